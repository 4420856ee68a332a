//! Whole-file cases for [`super::pipelines::PipelineFacts`] across the CI
//! systems the fixture repos do not cover.

use crate::core::engine::targets::TargetKind;

use super::model::{CiSystem, Mechanism, PipelineRole, RepoFile};
use super::pipelines::PipelineFacts;

fn scan(files: &[(&str, &str)]) -> PipelineFacts {
    let mut facts = PipelineFacts::default();
    for (path, text) in files {
        facts.scan_file(&RepoFile {
            path: path.to_string(),
            text: text.to_string(),
        });
    }
    facts.apply_owners();
    facts
}

#[test]
fn gitlab_kind_job_is_test_only_but_a_deploy_job_beside_it_is_not() {
    let ci = "stages: [test, deploy]\n\
variables:\n  KUBE_NS: shop\n\
e2e:\n  stage: test\n  script:\n    - kind create cluster --name ci\n    - kubectl apply -f k8s/\n\
deploy:\n  stage: deploy\n  script:\n    - aws eks update-kubeconfig --name shop-prod --region eu-west-1\n    - helm upgrade --install shop ./chart -n $KUBE_NS\n    - npm run migrate\n";
    let facts = scan(&[(".gitlab-ci.yml", ci)]);
    let p = &facts.pipelines[0];
    assert_eq!(p.ci, CiSystem::GitlabCi);
    assert_eq!(p.role, PipelineRole::Deploys);
    assert_eq!(
        p.mechanisms,
        vec![Mechanism::KubectlApply, Mechanism::HelmUpgrade]
    );
    assert_eq!(p.namespaces, vec!["shop"]);
    assert_eq!(facts.clusters[0].name, "shop-prod");
    assert_eq!(facts.clusters[0].source, "eks-kubeconfig");
    assert_eq!(facts.imperative.len(), 1);
    assert_eq!(facts.imperative[0].evidence.line, 14);

    let only_e2e = "e2e:\n  script:\n    - k3d cluster create ci\n    - kubectl apply -f k8s/\n    - kubectl config use-context k3d-ci\n    - ./migrate.sh\n";
    let facts = scan(&[("ci/e2e.gitlab-ci.yml", only_e2e)]);
    assert_eq!(facts.pipelines[0].role, PipelineRole::TestOnly);
    assert!(facts.clusters.is_empty() && facts.imperative.is_empty());
}

#[test]
fn one_jenkins_file_with_kind_and_real_credentials_deploys() {
    let jf = "pipeline {\n  stages {\n    stage('e2e') { steps { sh 'kind create cluster' } }\n\
    stage('deploy') { steps { sh 'az aks get-credentials --resource-group rg --name aks-prod'\n\
      sh 'kubectl apply -f k8s/' } }\n  }\n}\n";
    let facts = scan(&[("Jenkinsfile", jf)]);
    assert_eq!(facts.pipelines[0].role, PipelineRole::Deploys);
    assert_eq!(facts.clusters[0].source, "aks-credentials");
}

#[test]
fn other_systems_and_targets() {
    let azure = "trigger: [main]\nsteps:\n- task: KubernetesManifest@1\n  inputs:\n    action: deploy\n    kubernetesServiceConnection: aks-prod\n    namespace: shop\n";
    let bitbucket = "pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - pipe: atlassian/ssh-run:0.8.0\n              variables:\n                SSH_USER: deploy\n";
    let cloudbuild = "steps:\n- name: gcr.io/cloud-builders/gcloud\n  args: ['run', 'deploy', 'web', '--image', 'x']\n";
    let circle = "version: 2.1\njobs:\n  deploy:\n    steps:\n      - run: npx serverless deploy --stage prod\n  provision:\n    steps:\n      - run: ansible-playbook -i inventory site.yml\n";
    let pulumi = "on: push\njobs:\n  up:\n    steps:\n      - uses: pulumi/actions@v5\n        with:\n          command: up\n          stack-name: prod\n";
    let sls = "service: hooks\nprovider:\n  name: aws\nfunctions:\n  hook:\n    handler: h.main\n";
    let tf = "resource \"google_compute_instance\" \"vm\" {\n}\nresource \"vsphere_virtual_machine\" \"db\" {\n}\n";
    let facts = scan(&[
        ("azure-pipelines.yml", azure),
        ("bitbucket-pipelines.yml", bitbucket),
        ("cloudbuild.yaml", cloudbuild),
        (".circleci/config.yml", circle),
        (".github/workflows/pulumi.yml", pulumi),
        ("serverless.yml", sls),
        ("infra/main.tf", tf),
    ]);
    let kinds: Vec<_> = facts
        .pipelines
        .iter()
        .map(|p| (p.ci, p.role, p.target_kinds.clone()))
        .collect();
    use TargetKind::*;
    let deploys = PipelineRole::Deploys;
    assert_eq!(
        kinds,
        vec![
            (CiSystem::Circleci, deploys, vec![Serverless, Vm]),
            (CiSystem::GithubActions, deploys, vec![Vm, OnPrem]),
            (CiSystem::AzurePipelines, deploys, vec![Kubernetes]),
            (CiSystem::BitbucketPipelines, deploys, vec![Vm]),
            (CiSystem::CloudBuild, deploys, vec![Serverless]),
        ]
    );
    assert!(facts.pipelines[2].holds_cluster_credentials);
    assert_eq!(facts.pipelines[1].mechanisms, vec![Mechanism::PulumiUp]);
    let whats: Vec<_> = facts.targets.iter().map(|t| t.what.as_str()).collect();
    assert_eq!(
        whats,
        vec![
            "google_compute_instance",
            "vsphere_virtual_machine",
            "serverless-function"
        ]
    );
}

#[test]
fn first_codeowners_file_counts() {
    let facts = scan(&[
        ("CODEOWNERS", "* @root\n"),
        (".github/CODEOWNERS", "/.github/ @gh\n"),
        (
            ".github/workflows/a.yml",
            "jobs:\n  a:\n    steps:\n      - run: make\n",
        ),
    ]);
    assert_eq!(facts.pipelines[0].owners, vec!["@gh"]);
    assert_eq!(facts.owners.len(), 1);
    assert_eq!(facts.owners[0].evidence.file, ".github/CODEOWNERS");
}

#[test]
fn a_kubeconfig_secret_written_by_echo_is_credentials_not_a_deploy() {
    let wf = "jobs:\n  hotfix:\n    steps:\n      - name: Write kubeconfig\n        run: echo \"${{ secrets.PROD_KUBECONFIG }}\" > kubeconfig\n      - name: Roll out\n        env:\n          KUBECONFIG: kubeconfig\n        run: |\n          kubectl -n payments set image deployment/api api=x:${{ inputs.image }}\n";
    let facts = scan(&[(".github/workflows/hotfix.yml", wf)]);
    let p = &facts.pipelines[0];
    assert_eq!(p.role, PipelineRole::Deploys);
    assert!(p.holds_cluster_credentials);
    assert_eq!(p.namespaces, vec!["payments"]);
    let at: Vec<_> = p.evidence.iter().map(|e| e.line).collect();
    assert_eq!(at, vec![0, 5, 10]);
}

//! The pipeline side of the scanner against small, realistic repositories
//! under `tests/fixtures/repos/` (each with an `EXPECTED.md` saying why).

use std::fs;
use std::path::Path;

use pushpull::core::engine::targets::TargetKind;
use pushpull::core::scan::pipelines::PipelineFacts;
use pushpull::core::scan::{CiSystem, ImperativeKind, Mechanism, Pipeline, PipelineRole, RepoFile};

fn walk(root: &Path, dir: &Path, out: &mut Vec<RepoFile>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("fixture folder")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if path.file_name().is_some_and(|n| n != "EXPECTED.md") {
            let rel = path.strip_prefix(root).expect("under root");
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>();
            let bytes = fs::read(&path).expect("readable");
            out.push(RepoFile {
                path: rel.join("/"),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
    }
}

fn load(name: &str) -> Vec<RepoFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/repos")
        .join(name);
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    assert!(files.len() >= 5, "{name} has {} files", files.len());
    files
}

fn scan_files(files: &[RepoFile]) -> PipelineFacts {
    let mut facts = PipelineFacts::default();
    for f in files {
        facts.scan_file(f);
    }
    facts.apply_owners();
    facts
}

fn scan(name: &str) -> PipelineFacts {
    scan_files(&load(name))
}

fn pipeline<'a>(facts: &'a PipelineFacts, file: &str) -> &'a Pipeline {
    facts
        .pipelines
        .iter()
        .find(|p| p.file == file)
        .unwrap_or_else(|| panic!("no pipeline {file} in {:?}", facts.pipelines))
}

fn lines(p: &Pipeline) -> Vec<u32> {
    p.evidence.iter().map(|e| e.line).collect()
}

#[test]
fn gha_gke_kubectl() {
    let facts = scan("gha-gke-kubectl");
    assert_eq!(facts.pipelines.len(), 4);
    assert!(facts
        .pipelines
        .iter()
        .all(|p| p.ci == CiSystem::GithubActions));

    let deploy = pipeline(&facts, ".github/workflows/deploy.yml");
    assert_eq!(deploy.role, PipelineRole::Deploys);
    assert_eq!(deploy.mechanisms, vec![Mechanism::KubectlApply]);
    assert_eq!(deploy.target_kinds, vec![TargetKind::Kubernetes]);
    assert_eq!(deploy.namespaces, vec!["prod"]);
    assert!(deploy.holds_cluster_credentials);
    assert_eq!(deploy.owners, vec!["@shop/platform", "@shop/sre"]);
    assert_eq!(lines(deploy), vec![0, 49, 53, 54]);
    assert_eq!(deploy.evidence[2].excerpt, "kubectl apply -n prod -f k8s/");

    let restart = pipeline(&facts, ".github/workflows/restart.yml");
    assert_eq!(restart.role, PipelineRole::Deploys);
    assert_eq!(restart.mechanisms, vec![Mechanism::KubectlApply]);
    assert_eq!(restart.namespaces, vec!["prod"]);
    assert!(restart.holds_cluster_credentials);
    assert!(restart.owners.is_empty(), "no rule covers restart.yml");

    let e2e = pipeline(&facts, ".github/workflows/e2e.yml");
    assert_eq!(e2e.role, PipelineRole::TestOnly);
    assert!(e2e.target_kinds.is_empty());
    assert!(!e2e.holds_cluster_credentials);
    assert!(e2e.owners.is_empty());
    assert!(lines(e2e).contains(&12), "evidence names the kind-action");

    let lint = pipeline(&facts, ".github/workflows/lint.yml");
    assert_eq!(lint.role, PipelineRole::Checks);
    assert!(lint.mechanisms.is_empty());

    assert_eq!(facts.clusters.len(), 1, "{:?}", facts.clusters);
    let cluster = &facts.clusters[0];
    assert_eq!(
        (cluster.name.as_str(), cluster.source.as_str()),
        ("shop-prod", "gke-credentials")
    );
    let at: Vec<_> = cluster
        .evidence
        .iter()
        .map(|e| (e.file.as_str(), e.line))
        .collect();
    assert_eq!(
        at,
        vec![
            (".github/workflows/deploy.yml", 49),
            (".github/workflows/restart.yml", 19)
        ]
    );

    assert_eq!(facts.owners.len(), 4);
    assert_eq!(facts.owners[3].evidence.line, 5);
    assert!(facts.targets.is_empty() && facts.imperative.is_empty());
}

#[test]
fn sam_actions() {
    let facts = scan("sam-actions");
    assert_eq!(facts.pipelines.len(), 1);
    let p = &facts.pipelines[0];
    assert_eq!(p.role, PipelineRole::Deploys);
    assert_eq!(p.mechanisms, vec![Mechanism::SamDeploy]);
    assert_eq!(p.target_kinds, vec![TargetKind::Serverless]);
    assert!(!p.holds_cluster_credentials);
    assert_eq!(p.owners, vec!["@orders/backend"]);
    assert_eq!(lines(p), vec![0, 41]);

    let targets: Vec<_> = facts
        .targets
        .iter()
        .map(|t| {
            (
                t.kind,
                t.what.as_str(),
                t.evidence.file.as_str(),
                t.evidence.line,
            )
        })
        .collect();
    assert_eq!(
        targets,
        vec![
            (TargetKind::Serverless, "sam-function", "template.yaml", 27),
            (TargetKind::Serverless, "sam-function", "template.yaml", 40),
        ]
    );
    assert!(facts.clusters.is_empty() && facts.imperative.is_empty());
}

#[test]
fn terraform_cloud() {
    let facts = scan("terraform-cloud");
    let apply = pipeline(&facts, ".github/workflows/terraform-apply.yml");
    assert_eq!(apply.role, PipelineRole::Deploys);
    assert_eq!(apply.mechanisms, vec![Mechanism::TerraformApply]);
    assert_eq!(
        apply.target_kinds,
        vec![TargetKind::Serverless, TargetKind::Vm]
    );
    assert_eq!(lines(apply), vec![0, 34]);
    assert_eq!(apply.owners, vec!["@acme/platform"]);

    let plan = pipeline(&facts, ".github/workflows/terraform-plan.yml");
    assert_eq!(plan.role, PipelineRole::Checks);
    assert!(plan.mechanisms.is_empty() && plan.target_kinds.is_empty());
    assert!(plan.owners.is_empty());

    let targets: Vec<_> = facts
        .targets
        .iter()
        .map(|t| (t.kind, t.what.as_str(), t.evidence.line))
        .collect();
    assert_eq!(
        targets,
        vec![
            (TargetKind::Serverless, "aws_lambda_function", 34),
            (TargetKind::Vm, "aws_instance", 44),
        ]
    );
    assert!(facts.clusters.is_empty());
}

#[test]
fn terraform_kinds_do_not_depend_on_file_order() {
    let mut files = load("terraform-cloud");
    files.reverse();
    let backwards = scan_files(&files);
    let forwards = scan("terraform-cloud");
    assert_eq!(
        format!("{:?}", backwards.pipelines),
        format!("{:?}", forwards.pipelines)
    );
    assert_eq!(
        format!("{:?}", backwards.targets),
        format!("{:?}", forwards.targets)
    );
    let apply = pipeline(&backwards, ".github/workflows/terraform-apply.yml");
    assert_eq!(
        apply.target_kinds,
        vec![TargetKind::Serverless, TargetKind::Vm]
    );
    // Without any Terraform in the repo, a Terraform apply deploys to "other".
    let only_ci: Vec<_> = files
        .into_iter()
        .filter(|f| !f.path.ends_with(".tf"))
        .collect();
    let facts = scan_files(&only_ci);
    let apply = pipeline(&facts, ".github/workflows/terraform-apply.yml");
    assert_eq!(apply.target_kinds, vec![TargetKind::Other]);
}

#[test]
fn jenkins_deploy() {
    let facts = scan("jenkins-deploy");
    assert_eq!(facts.pipelines.len(), 2);
    let p = pipeline(&facts, "Jenkinsfile");
    assert_eq!(p.ci, CiSystem::Jenkins);
    assert_eq!(p.role, PipelineRole::Deploys);
    assert_eq!(p.mechanisms, vec![Mechanism::HelmUpgrade]);
    assert_eq!(p.target_kinds, vec![TargetKind::Kubernetes]);
    assert_eq!(p.namespaces, vec!["shop"]);
    assert!(p.holds_cluster_credentials);
    assert_eq!(p.owners, vec!["@shop/dev", "@shop/release"]);
    assert_eq!(lines(p), vec![0, 33, 34, 43, 45]);

    let nightly = pipeline(&facts, "ci/Jenkinsfile.nightly");
    assert_eq!(nightly.role, PipelineRole::Checks);
    assert_eq!(nightly.owners, vec!["@shop/dev", "@shop/release"]);

    assert_eq!(facts.clusters.len(), 1);
    assert_eq!(facts.clusters[0].name, "prod-eu");
    assert_eq!(facts.clusters[0].source, "kube-context");
    assert_eq!(facts.clusters[0].evidence[0].line, 34);

    assert_eq!(facts.imperative.len(), 1);
    assert_eq!(facts.imperative[0].kind, ImperativeKind::Migrations);
    assert_eq!(facts.imperative[0].evidence.file, "Jenkinsfile");
    assert_eq!(facts.imperative[0].evidence.line, 35);

    let patterns: Vec<_> = facts.owners.iter().map(|r| r.pattern.as_str()).collect();
    assert_eq!(patterns, vec!["*", "Jenkinsfile", "/ci/", "/chart/"]);
    assert_eq!(facts.owners[1].owners, vec!["@shop/release"]);
}

#[test]
fn never_panics_on_odd_files() {
    let long = "kubectl apply -f x ".repeat(20_000);
    let slow = "helm x --namespace $A ${{ env.B }} kind ".repeat(20_000);
    let junk = [
        "",
        "\u{0}\u{1}\u{fffd}\u{fffd}",
        "jobs:",
        "jobs:\n  - uses:\n    with:",
        "resource \"",
        "Transform: AWS::Serverless-2016-10-31\nType: !Ref",
        "[unterminated\n^[\n\\",
        "{{ if .Values.x }}\n  - run: {{ .cmd }}\n{{ end }}",
        long.as_str(),
        slow.as_str(),
    ];
    let paths = [
        ".github/workflows/x.yml",
        ".gitlab-ci.yml",
        "Jenkinsfile",
        "main.tf",
        "template.yaml",
        "serverless.yml",
        "CODEOWNERS",
    ];
    let started = std::time::Instant::now();
    let mut facts = PipelineFacts::default();
    for path in paths {
        for text in junk {
            facts.scan_file(&RepoFile {
                path: path.into(),
                text: text.into(),
            });
        }
    }
    facts.apply_owners();
    facts.apply_owners();
    let spent = started.elapsed();
    assert!(spent.as_secs() < 20, "odd files took {spent:?}");
    assert!(facts
        .pipelines
        .iter()
        .flat_map(|p| &p.evidence)
        .all(|e| e.excerpt.chars().count() <= 200));
}

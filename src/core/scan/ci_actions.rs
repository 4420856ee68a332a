//! Packaged steps that deploy: GitHub marketplace actions (`uses:`), Azure
//! Pipelines tasks (`task:`), Bitbucket pipes (`pipe:`) and Cloud Build
//! builder images (`name: gcr.io/cloud-builders/…`). Their inputs, in the
//! step's block, sometimes decide (`pulumi/actions` with `command: up`).

use super::ci_text::{key_value, words};
use super::mechanisms::{step, DeployStep, StepTarget};
use super::model::Mechanism;

/// The packaged step a line names, lower case and without its version:
/// `azure/k8s-deploy`, `task:kubernetesmanifest`, `pipe:atlassian/ssh-run`,
/// `gcr.io/cloud-builders/kubectl`.
pub fn action_of(code: &str) -> Option<String> {
    let (key, value) = key_value(code)?;
    let lower = value.trim().to_ascii_lowercase();
    let out = match key {
        "uses" => lower.split('@').next().unwrap_or("").to_string(),
        "task" => format!("task:{}", lower.split('@').next().unwrap_or("")),
        "pipe" => format!("pipe:{}", lower.split(':').next().unwrap_or("")),
        "name" if lower.contains("cloud-builders/") => {
            lower.split(':').next().unwrap_or("").to_string()
        }
        _ => return None,
    };
    (out.len() > 5).then_some(out)
}

fn other(target: StepTarget) -> DeployStep {
    DeployStep {
        mechanism: None,
        target,
    }
}

/// The deploy a packaged step performs; `block` holds the (comment-free)
/// lines of the step's block after the naming line.
pub fn action_step(action: &str, block: &[&str]) -> Option<DeployStep> {
    let input = |name: &str| {
        block
            .iter()
            .filter_map(|l| key_value(l))
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.to_ascii_lowercase())
    };
    let has = |name: &str, wanted: &[&str]| {
        input(name).is_some_and(|v| words(&v).iter().any(|w| wanted.contains(w)))
    };
    let found = match action {
        "azure/k8s-deploy" => step(Mechanism::KubectlApply),
        "google-github-actions/deploy-cloudrun"
        | "google-github-actions/deploy-cloud-functions"
        | "azure/functions-action" => step(Mechanism::ServerlessDeploy),
        "hashicorp/tfc-workflows-github/actions/apply-run" | "dflook/terraform-apply" => {
            step(Mechanism::TerraformApply)
        }
        "appleboy/lambda-action" => step(Mechanism::LambdaUpdate),
        "pulumi/actions" if has("command", &["up", "update"]) => step(Mechanism::PulumiUp),
        "serverless/github-action" if has("args", &["deploy"]) => step(Mechanism::ServerlessDeploy),
        "aws-actions/amazon-ecs-deploy-task-definition" => other(StepTarget::Other),
        "appleboy/ssh-action" => other(StepTarget::Vm),
        // Azure Pipelines tasks.
        "task:kubernetesmanifest" if has("action", &["deploy", "patch"]) => {
            step(Mechanism::KubectlApply)
        }
        "task:kubernetes" if has("command", &["apply", "create", "set"]) => {
            step(Mechanism::KubectlApply)
        }
        "task:helmdeploy" if has("command", &["upgrade", "install"]) => {
            step(Mechanism::HelmUpgrade)
        }
        "task:terraformtaskv4" | "task:terraformtaskv3" | "task:terraformtask"
            if has("command", &["apply"]) =>
        {
            step(Mechanism::TerraformApply)
        }
        "task:azurefunctionapp" => step(Mechanism::ServerlessDeploy),
        "task:copyfilesoverssh" | "task:ssh" => other(StepTarget::Vm),
        // Bitbucket pipes.
        "pipe:atlassian/kubectl-run"
        | "pipe:atlassian/aws-eks-kubectl-run"
        | "pipe:atlassian/google-gke-kubectl-run"
            if has(
                "kubectl_command",
                &["apply", "create", "replace", "set", "rollout"],
            ) =>
        {
            step(Mechanism::KubectlApply)
        }
        "pipe:atlassian/aws-sam-deploy" => step(Mechanism::SamDeploy),
        "pipe:atlassian/aws-lambda-deploy" => step(Mechanism::LambdaUpdate),
        "pipe:atlassian/serverless-deploy" => step(Mechanism::ServerlessDeploy),
        "pipe:atlassian/ssh-run" | "pipe:atlassian/scp-deploy" => other(StepTarget::Vm),
        "pipe:atlassian/aws-ecs-deploy" => other(StepTarget::Other),
        // Cloud Build builders, whose `args` say what they run.
        "gcr.io/cloud-builders/kubectl" if has("args", &["apply", "set", "rollout"]) => {
            step(Mechanism::KubectlApply)
        }
        "gcr.io/cloud-builders/gke-deploy" if has("args", &["run", "apply"]) => {
            step(Mechanism::KubectlApply)
        }
        "gcr.io/cloud-builders/gcloud" | "gcr.io/google.com/cloudsdktool/cloud-sdk"
            if has("args", &["run", "functions"]) && has("args", &["deploy"]) =>
        {
            step(Mechanism::ServerlessDeploy)
        }
        _ => return None,
    };
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Mechanism::*;

    fn m(line: &str, block: &[&str]) -> Option<Mechanism> {
        action_of(line)
            .and_then(|a| action_step(&a, block))
            .and_then(|s| s.mechanism)
    }

    #[test]
    fn reads_marketplace_actions() {
        assert_eq!(m("- uses: Azure/k8s-deploy@v5", &[]), Some(KubectlApply));
        assert_eq!(m("uses: pulumi/actions@v5", &["command: preview"]), None);
        assert_eq!(
            m("uses: pulumi/actions@v5", &["command: up"]),
            Some(PulumiUp)
        );
        let tfc = "uses: hashicorp/tfc-workflows-github/actions/apply-run@v1.3.0";
        assert_eq!(m(tfc, &[]), Some(TerraformApply));
        let create = "uses: hashicorp/tfc-workflows-github/actions/create-run@v1.3.0";
        assert_eq!(m(create, &["plan_only: true"]), None);
        let ssh = action_of("uses: appleboy/ssh-action@v1.0.3").unwrap();
        assert_eq!(
            action_step(&ssh, &[]).map(|s| s.target),
            Some(StepTarget::Vm)
        );
        assert_eq!(m("uses: actions/checkout@v4", &[]), None);
    }

    #[test]
    fn reads_tasks_pipes_and_builders() {
        let task = "- task: KubernetesManifest@1";
        assert_eq!(m(task, &["inputs:", "action: deploy"]), Some(KubectlApply));
        assert_eq!(m(task, &["action: bake"]), None);
        assert_eq!(
            m("- task: HelmDeploy@0", &["command: upgrade"]),
            Some(HelmUpgrade)
        );
        let tf = "- task: TerraformTaskV4@4";
        assert_eq!(m(tf, &["command: 'apply'"]), Some(TerraformApply));
        assert_eq!(m(tf, &["command: plan"]), None);
        let pipe = "- pipe: atlassian/kubectl-run:3.10.0";
        assert_eq!(
            m(pipe, &["variables:", "KUBECTL_COMMAND: 'apply'"]),
            Some(KubectlApply)
        );
        assert_eq!(
            m("- pipe: atlassian/aws-sam-deploy:2.2.0", &[]),
            Some(SamDeploy)
        );
        let builder = "- name: 'gcr.io/cloud-builders/kubectl'";
        assert_eq!(
            m(builder, &["args: ['apply', '-f', 'k8s/']"]),
            Some(KubectlApply)
        );
        let gcloud = "- name: gcr.io/cloud-builders/gcloud";
        assert_eq!(
            m(gcloud, &["args: ['run', 'deploy', 'web']"]),
            Some(ServerlessDeploy)
        );
        assert_eq!(m("- name: Deploy the app", &[]), None);
        for junk in ["uses:", "task: @", "pipe: :", "name: cloud-builders/"] {
            let _ = m(junk, &[junk]);
        }
    }
}

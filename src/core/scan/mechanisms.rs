//! Which deploy mechanism a CI step runs, read one comment-free line at a
//! time (plus the step's `with:` block for marketplace actions).

use super::ci_text::{key_value, operands, program, words};

use super::model::Mechanism;

/// What kind of target a step changes, as far as the step shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepTarget {
    Kubernetes,
    Serverless,
    Vm,
    /// Terraform or Pulumi: whatever the repo's infrastructure code holds.
    Infra,
    Other,
}

/// A deploy step. `mechanism` is `None` for deploys the model has no
/// mechanism for (an ECS task definition, a deploy over SSH).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeployStep {
    pub mechanism: Option<Mechanism>,
    pub target: StepTarget,
}

/// The kind of target a mechanism deploys to.
pub fn mechanism_target(m: Mechanism) -> StepTarget {
    use Mechanism::*;
    match m {
        KubectlApply | HelmUpgrade | Kustomize | Skaffold | ArgocdSync | FluxReconcile => {
            StepTarget::Kubernetes
        }
        ServerlessDeploy | SamDeploy | LambdaUpdate => StepTarget::Serverless,
        TerraformApply | PulumiUp => StepTarget::Infra,
        AnsiblePlaybook => StepTarget::Vm,
        CdkDeploy => StepTarget::Other,
    }
}

pub fn step(m: Mechanism) -> DeployStep {
    DeployStep {
        mechanism: Some(m),
        target: mechanism_target(m),
    }
}

/// Keys whose values describe a step rather than run it.
const LABEL_KEYS: [&str; 5] = ["name", "description", "displayName", "stage", "if"];

/// The deploy step a command line (a `run:` or `script:` line, a Jenkins
/// `sh` step, …) performs. `code` has no comment; `uses:` lines are read by
/// [`super::ci_actions::action_step`] instead.
pub fn line_step(code: &str) -> Option<DeployStep> {
    if let Some((key, _)) = key_value(code) {
        if LABEL_KEYS.contains(&key) || key == "uses" {
            return None;
        }
    }
    let trimmed = code.trim_start();
    if trimmed.starts_with("stage(") || trimmed.starts_with("echo ") {
        return None;
    }
    if code.contains("kubernetesDeploy") {
        return Some(step(Mechanism::KubectlApply));
    }
    if code.contains("ansiblePlaybook(") {
        return Some(step(Mechanism::AnsiblePlaybook));
    }
    let w = words(code);
    if w.first()
        .is_some_and(|first| *first == "echo" || *first == "printf")
    {
        return None;
    }
    let dry_run = w
        .iter()
        .any(|x| x.starts_with("--dry-run") && *x != "--dry-run=none");
    if is_kustomize_apply(&w) {
        return (!dry_run).then(|| step(Mechanism::Kustomize));
    }
    for (i, word) in w.iter().enumerate() {
        let found = program_step(&w, i, program(word), dry_run);
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Flags of the tools above that take a separate value.
const VALUED: [&str; 14] = [
    "-n",
    "--namespace",
    "--context",
    "--kube-context",
    "--kubeconfig",
    "--cluster",
    "-s",
    "--server",
    "--token",
    "--stack",
    "--region",
    "--profile",
    "--config",
    "--config-file",
];

fn program_step(w: &[&str], i: usize, prog: &str, dry_run: bool) -> Option<DeployStep> {
    let ops = operands(w, i, &VALUED);
    let first = ops.first().copied().unwrap_or("");
    let second = ops.get(1).copied().unwrap_or("");
    let m = match prog {
        "kubectl" | "oc" => match (first, second) {
            ("apply" | "create" | "replace", _) | ("set", "image") | ("rollout", "restart") => {
                Mechanism::KubectlApply
            }
            _ => return None,
        },
        "helm" | "helm3" if matches!(first, "upgrade" | "install") => Mechanism::HelmUpgrade,
        "helmfile" if matches!(first, "apply" | "sync") => Mechanism::HelmUpgrade,
        "skaffold" if matches!(first, "run" | "deploy") => Mechanism::Skaffold,
        "terraform" | "tofu" if first == "apply" => Mechanism::TerraformApply,
        "terragrunt" if ops.iter().take(3).any(|o| *o == "apply") => Mechanism::TerraformApply,
        "pulumi" if matches!(first, "up" | "update") => Mechanism::PulumiUp,
        "serverless" | "sls" if first == "deploy" => Mechanism::ServerlessDeploy,
        "sam" if first == "deploy" => Mechanism::SamDeploy,
        "cdk" if first == "deploy" => Mechanism::CdkDeploy,
        "aws" if first == "lambda" && second == "update-function-code" => Mechanism::LambdaUpdate,
        "gcloud" if matches!(first, "run" | "functions") && second == "deploy" => {
            Mechanism::ServerlessDeploy
        }
        "ansible-playbook" => {
            let checks = w
                .iter()
                .any(|x| matches!(*x, "--check" | "-C" | "--syntax-check"));
            if checks {
                return None;
            }
            Mechanism::AnsiblePlaybook
        }
        "argocd" if first == "app" && second == "sync" => Mechanism::ArgocdSync,
        "flux" if first == "reconcile" => Mechanism::FluxReconcile,
        _ => return None,
    };
    let k8s = mechanism_target(m) == StepTarget::Kubernetes;
    if k8s && dry_run {
        return None;
    }
    Some(step(m))
}

/// `kustomize build … | kubectl apply` (or `kubectl kustomize … | kubectl
/// apply`): a rendered overlay piped into the cluster.
fn is_kustomize_apply(w: &[&str]) -> bool {
    let renders = w.windows(2).any(|p| {
        (program(p[0]) == "kustomize" && p[1] == "build")
            || (program(p[0]) == "kubectl" && p[1] == "kustomize")
    });
    renders
        && w.windows(2)
            .any(|p| program(p[0]) == "kubectl" && matches!(p[1], "apply" | "create" | "replace"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Mechanism::*;

    fn m(line: &str) -> Option<Mechanism> {
        line_step(line).and_then(|s| s.mechanism)
    }

    #[test]
    fn reads_command_lines() {
        let cases = [
            ("run: kubectl apply -n prod -f k8s/", Some(KubectlApply)),
            (
                "- kubectl --context prod set image deploy/web web=x",
                Some(KubectlApply),
            ),
            ("kubectl rollout restart deploy/web", Some(KubectlApply)),
            ("kubectl rollout status deploy/web", None),
            ("kubectl get pods", None),
            ("kubectl apply --dry-run=client -f k8s/", None),
            (
                "sh 'helm upgrade --install web ./chart -n prod'",
                Some(HelmUpgrade),
            ),
            ("helm template ./chart", None),
            (
                "kustomize build overlays/prod | kubectl apply -f -",
                Some(Kustomize),
            ),
            ("kustomize build overlays/prod > out.yaml", None),
            ("skaffold run -p prod", Some(Skaffold)),
            (
                "terraform -chdir=infra apply -auto-approve",
                Some(TerraformApply),
            ),
            ("tofu apply tfplan", Some(TerraformApply)),
            ("terraform plan -out tfplan", None),
            ("terraform validate", None),
            ("terragrunt run-all apply", Some(TerraformApply)),
            ("pulumi up --yes --stack prod", Some(PulumiUp)),
            ("npx serverless deploy --stage prod", Some(ServerlessDeploy)),
            ("sls deploy", Some(ServerlessDeploy)),
            ("run: sam deploy --no-confirm-changeset", Some(SamDeploy)),
            ("sam build", None),
            (
                "gcloud run deploy web --image x --region europe-west1",
                Some(ServerlessDeploy),
            ),
            (
                "gcloud functions deploy hook --gen2",
                Some(ServerlessDeploy),
            ),
            ("npx cdk deploy --all", Some(CdkDeploy)),
            (
                "aws lambda update-function-code --function-name f",
                Some(LambdaUpdate),
            ),
            ("ansible-playbook -i hosts site.yml", Some(AnsiblePlaybook)),
            ("ansible-playbook --syntax-check site.yml", None),
            ("argocd app sync web", Some(ArgocdSync)),
            ("flux reconcile kustomization apps", Some(FluxReconcile)),
            (
                "kubernetesDeploy(configs: 'k8s/*.yaml', kubeconfigId: 'kc')",
                Some(KubectlApply),
            ),
            ("name: Deploy with kubectl apply", None),
            ("echo \"kubectl apply next\"", None),
            ("stage('helm upgrade') {", None),
        ];
        for (line, want) in cases {
            assert_eq!(m(line), want, "{line}");
        }
    }

    #[test]
    fn survives_junk() {
        for junk in [
            "",
            "-",
            ":",
            "uses:",
            "kubectl",
            "helm",
            "\u{0}\u{fffd}",
            "$ {{ }} |",
        ] {
            let _ = line_step(junk);
        }
    }
}

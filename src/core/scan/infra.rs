//! Deploy targets that infrastructure code declares: Terraform resources,
//! SAM templates and Serverless Framework services. Read line by line, so
//! CloudFormation short tags (`!Ref`, `!GetAtt`) and templates never stop it.

use crate::core::engine::targets::TargetKind;

use super::ci_text::{code_lines, evidence, unquote};
use super::model::{DeployTarget, RepoFile};

/// Charts that install a controller (GitOps, progressive delivery,
/// control planes): installing one is not a Kubernetes workload target.
const CONTROLLER_CHARTS: [&str; 9] = [
    "argo-cd",
    "argo-rollouts",
    "argo-workflows",
    "argocd-image-updater",
    "crossplane",
    "flux2",
    "flux",
    "flagger",
    "argocd-apps",
];

/// The targets `file` declares; empty for files that are none of these.
pub fn infra_targets(file: &RepoFile) -> Vec<DeployTarget> {
    let lower = file.path.to_ascii_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    if name.ends_with(".tf") {
        terraform_targets(file)
    } else if name == "serverless.yml" || name == "serverless.yaml" {
        serverless_targets(file)
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        sam_targets(file)
    } else {
        Vec::new()
    }
}

/// The kind of target a Terraform resource type is, if it is one.
pub fn resource_kind(resource_type: &str) -> Option<TargetKind> {
    let t = resource_type;
    let kind = match t {
        "aws_lambda_function"
        | "google_cloudfunctions_function"
        | "google_cloudfunctions2_function"
        | "google_cloud_run_service"
        | "google_cloud_run_v2_service"
        | "azurerm_linux_function_app"
        | "azurerm_windows_function_app"
        | "azurerm_function_app" => TargetKind::Serverless,
        "aws_instance"
        | "aws_autoscaling_group"
        | "google_compute_instance"
        | "azurerm_linux_virtual_machine"
        | "azurerm_windows_virtual_machine"
        | "azurerm_virtual_machine" => TargetKind::Vm,
        "vsphere_virtual_machine" => TargetKind::OnPrem,
        "helm_release" => TargetKind::Kubernetes,
        _ if t.starts_with("kubernetes_") => TargetKind::Kubernetes,
        _ if t.starts_with("proxmox_") => TargetKind::OnPrem,
        _ => return None,
    };
    Some(kind)
}

/// `resource "TYPE" "NAME" {` → (TYPE, NAME).
fn resource_header(code: &str) -> Option<(&str, &str)> {
    let rest = code.strip_prefix("resource")?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let mut quoted = rest.split('"').skip(1).step_by(2);
    let ty = quoted.next()?;
    let name = quoted.next().unwrap_or("");
    (!ty.is_empty()).then_some((ty, name))
}

/// Terraform comments start with `#` or `//`.
fn hcl_code(raw: &str) -> &str {
    let t = raw.trim();
    if t.starts_with('#') || t.starts_with("//") {
        ""
    } else {
        t
    }
}

fn terraform_targets(file: &RepoFile) -> Vec<DeployTarget> {
    let lines: Vec<&str> = file.text.lines().collect();
    let mut out = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let Some((ty, _)) = resource_header(hcl_code(raw)) else {
            continue;
        };
        let Some(kind) = resource_kind(ty) else {
            continue;
        };
        if ty == "helm_release" && installs_controller(&lines[i..]) {
            continue;
        }
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        out.push(DeployTarget {
            kind,
            what: ty.to_string(),
            evidence: evidence(&file.path, no, raw),
        });
    }
    out
}

/// The `chart = "…"` of the block starting at `block[0]` names a controller.
fn installs_controller(block: &[&str]) -> bool {
    let mut depth: i64 = 0;
    for (i, raw) in block.iter().enumerate() {
        let code = hcl_code(raw);
        if let Some((key, value)) = code.split_once('=') {
            if key.trim() == "chart" {
                let chart = unquote(value.trim()).trim_end_matches('/');
                let last = chart.rsplit('/').next().unwrap_or(chart);
                return CONTROLLER_CHARTS.contains(&last);
            }
        }
        depth += code.matches('{').count() as i64 - code.matches('}').count() as i64;
        if i > 0 && depth <= 0 {
            break;
        }
    }
    false
}

/// SAM: a template with the Serverless transform; one target per
/// `AWS::Serverless::Function`.
fn sam_targets(file: &RepoFile) -> Vec<DeployTarget> {
    if !file.text.contains("AWS::Serverless-2016-10-31") {
        return Vec::new();
    }
    let lines = code_lines(&file.text, false);
    let has_transform = lines
        .iter()
        .any(|l| l.code.starts_with("Transform") || l.code.starts_with("\"Transform\""));
    if !has_transform {
        return Vec::new();
    }
    lines
        .iter()
        .filter(|l| {
            let c = l.code.replace(['"', '\''], "");
            c.starts_with("Type:")
                && c.trim_end_matches(',')
                    .ends_with("AWS::Serverless::Function")
        })
        .map(|l| DeployTarget {
            kind: TargetKind::Serverless,
            what: "sam-function".to_string(),
            evidence: evidence(&file.path, l.no, l.raw),
        })
        .collect()
}

/// Serverless Framework: `provider:` and `functions:` at the top; one target
/// per function (or the `functions:` line when none is listed).
fn serverless_targets(file: &RepoFile) -> Vec<DeployTarget> {
    let lines = code_lines(&file.text, false);
    let top = |key: &str| {
        lines
            .iter()
            .position(|l| l.indent == 0 && l.code.starts_with(key))
    };
    let (Some(_), Some(functions)) = (top("provider:"), top("functions:")) else {
        return Vec::new();
    };
    let target = |no: u32, raw: &str| DeployTarget {
        kind: TargetKind::Serverless,
        what: "serverless-function".to_string(),
        evidence: evidence(&file.path, no, raw),
    };
    let mut out = Vec::new();
    let mut child = None;
    for line in lines.iter().skip(functions + 1) {
        if line.code.is_empty() {
            continue;
        }
        if line.indent == 0 {
            break;
        }
        let indent = *child.get_or_insert(line.indent);
        if line.indent == indent && line.code.ends_with(':') {
            out.push(target(line.no, line.raw));
        }
    }
    if out.is_empty() {
        let l = &lines[functions];
        out.push(target(l.no, l.raw));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> RepoFile {
        RepoFile {
            path: path.into(),
            text: text.into(),
        }
    }

    #[test]
    fn reads_terraform_resources_and_skips_controller_charts() {
        let tf = "# resource \"aws_instance\" \"old\" {\nresource \"aws_lambda_function\" \"api\" {\n}\n\
resource \"helm_release\" \"rollouts\" {\n  name = \"r\"\n  chart = \"argo-rollouts\"\n}\n\
resource \"helm_release\" \"web\" {\n  chart = \"./charts/web\"\n}\n\
data \"aws_instance\" \"x\" {}\nresource \"aws_s3_bucket\" \"b\" {}\nresource \"";
        let got = infra_targets(&file("infra/main.tf", tf));
        let summary: Vec<_> = got
            .iter()
            .map(|t| (t.kind, t.what.as_str(), t.evidence.line))
            .collect();
        assert_eq!(
            summary,
            vec![
                (TargetKind::Serverless, "aws_lambda_function", 2),
                (TargetKind::Kubernetes, "helm_release", 8),
            ]
        );
    }

    #[test]
    fn reads_sam_and_serverless() {
        let sam = "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Role: !GetAtt Role.Arn\n";
        let got = infra_targets(&file("template.yaml", sam));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].evidence.line, 4);
        let sls = "service: s\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.main\n  bye:\n    handler: b.main\n";
        let got = infra_targets(&file("serverless.yml", sls));
        assert_eq!(
            got.iter().map(|t| t.evidence.line).collect::<Vec<_>>(),
            vec![5, 7]
        );
        assert!(infra_targets(&file("k8s/app.yaml", "kind: Deployment")).is_empty());
    }
}

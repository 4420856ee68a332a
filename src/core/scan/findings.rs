//! The failure modes the guide warns about, as they show in a repository:
//! two controllers, a pipeline and a controller on the same target, deploy
//! pipelines nobody owns, and CI holding cluster credentials beside a
//! controller.

use super::model::*;

fn deploys_kubernetes(p: &Pipeline) -> bool {
    p.role == PipelineRole::Deploys
        && p.mechanisms.iter().any(|m| {
            matches!(
                m,
                Mechanism::KubectlApply
                    | Mechanism::HelmUpgrade
                    | Mechanism::Kustomize
                    | Mechanism::Skaffold
            )
        })
}

/// A pipeline's evidence lines (not the file as a whole), at most `n`.
fn steps(p: &Pipeline, n: usize) -> Vec<Evidence> {
    let lines: Vec<Evidence> = p
        .evidence
        .iter()
        .filter(|e| e.line > 0)
        .take(n)
        .cloned()
        .collect();
    if lines.is_empty() {
        p.evidence.iter().take(1).cloned().collect()
    } else {
        lines
    }
}

/// The clusters a pipeline's own steps name (get-credentials, contexts).
fn pipeline_clusters<'a>(p: &Pipeline, clusters: &'a [Cluster]) -> Vec<&'a str> {
    clusters
        .iter()
        .filter(|c| c.evidence.iter().any(|e| e.file == p.file))
        .map(|c| c.name.as_str())
        .collect()
}

fn both_tools(r: &ScanReport) -> Option<Finding> {
    let first = |tool| r.gitops_objects.iter().find(|o| o.tool == tool);
    let (argo, flux) = (first(GitOpsTool::ArgoCd)?, first(GitOpsTool::Flux)?);
    Some(Finding {
        id: FindingId::BothTools,
        text: "Argo CD and Flux both have objects here: unless it is written down which one owns which resources, two controllers can fight over the same objects.".into(),
        evidence: vec![argo.evidence.clone(), flux.evidence.clone()],
    })
}

fn mixed_mode(r: &ScanReport) -> Vec<Finding> {
    let mut found = Vec::new();
    for p in r.pipelines.iter().filter(|p| deploys_kubernetes(p)) {
        let clusters = pipeline_clusters(p, &r.clusters);
        let shared: Vec<&GitOpsObject> = r
            .gitops_objects
            .iter()
            .filter(|o| {
                o.target_namespace
                    .as_ref()
                    .is_some_and(|ns| p.namespaces.contains(ns))
                    || o.cluster.as_deref().is_some_and(|c| clusters.contains(&c))
            })
            .collect();
        let Some(object) = shared.first() else {
            continue;
        };
        let what = match &object.target_namespace {
            Some(ns) if p.namespaces.contains(ns) => format!("namespace {ns}"),
            _ => format!("cluster {}", object.cluster.as_deref().unwrap_or("?")),
        };
        let mut evidence = steps(p, 2);
        evidence.push(object.evidence.clone());
        found.push(Finding {
            id: FindingId::MixedMode,
            text: format!(
                "{} deploys to {what}, which the {} {} {} also reconciles: the controller reverts the pipeline's changes, or reports them as drift.",
                p.file,
                tool_label(object.tool),
                object.kind,
                object.name
            ),
            evidence,
        });
    }
    found
}

fn tool_label(tool: GitOpsTool) -> &'static str {
    match tool {
        GitOpsTool::ArgoCd => "Argo CD",
        GitOpsTool::Flux => "Flux",
    }
}

fn without_owner(r: &ScanReport) -> Vec<Finding> {
    let no_rules = r.owners.is_empty();
    r.pipelines
        .iter()
        .filter(|p| p.role == PipelineRole::Deploys && p.owners.is_empty())
        .map(|p| Finding {
            id: FindingId::PipelineWithoutOwner,
            text: if no_rules {
                format!(
                    "{} deploys, and the repository has no CODEOWNERS file to name who owns it.",
                    p.file
                )
            } else {
                format!("{} deploys, and no CODEOWNERS rule covers it.", p.file)
            },
            evidence: p.evidence.iter().take(1).cloned().collect(),
        })
        .collect()
}

fn ci_credentials(r: &ScanReport) -> Vec<Finding> {
    if r.gitops_tools.is_empty() {
        return Vec::new();
    }
    r.pipelines
        .iter()
        .filter(|p| p.role == PipelineRole::Deploys && p.holds_cluster_credentials)
        .map(|p| Finding {
            id: FindingId::CiHoldsClusterCredentials,
            text: format!(
                "{} holds cluster credentials although a controller runs here: CI can still change what the controller owns, and the credential is one more to rotate and guard.",
                p.file
            ),
            evidence: steps(p, 2),
        })
        .collect()
}

/// Every finding, in a stable order.
pub fn findings(r: &ScanReport) -> Vec<Finding> {
    let mut all: Vec<Finding> = both_tools(r).into_iter().collect();
    all.extend(mixed_mode(r));
    all.extend(without_owner(r));
    all.extend(ci_credentials(r));
    all
}

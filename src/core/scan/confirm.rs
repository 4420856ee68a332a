//! A record held against its repository: where the scan disagrees with
//! who the record says deploys what, with the tool it names, or with the
//! owners it asks for.

use super::model::*;
use crate::core::engine::evaluate;
use crate::core::engine::pattern::Deployer;
use crate::core::engine::targets::TargetKind;
use crate::core::record::details::NamedTool;
use crate::core::record::import::Imported;
use crate::core::record::options::named_tool;

/// One way the repository does not do what the record says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Divergence {
    pub text: String,
    pub evidence: Vec<Evidence>,
}

/// What `check --repo` looks at, for the record's Confirmation section.
pub const COVERS: &str = "no pipeline deploys what the record gives a controller, the repository's controller is the one it names, and every deploy pipeline has an owner";

fn deploys_kubernetes(p: &Pipeline) -> bool {
    p.role == PipelineRole::Deploys && p.target_kinds.contains(&TargetKind::Kubernetes)
}

fn tool_of(named: NamedTool) -> GitOpsTool {
    match named {
        NamedTool::ArgoCd => GitOpsTool::ArgoCd,
        NamedTool::Flux => GitOpsTool::Flux,
    }
}

/// Every divergence between `record` and `repo`, in a stable order.
pub fn divergences(record: &Imported, repo: &ScanReport) -> Vec<Divergence> {
    let decision = evaluate(&record.answers);
    let mut found = Vec::new();
    let gitops_kubernetes = decision.split.iter().any(|row| {
        row.deployed_by == Deployer::GitOps && row.target_kind.is_none_or(TargetKind::is_kubernetes)
    });
    if gitops_kubernetes {
        for p in repo.pipelines.iter().filter(|p| deploys_kubernetes(p)) {
            found.push(Divergence {
                text: format!("The record has a GitOps controller deploy Kubernetes, but {} deploys to Kubernetes from CI.", p.file),
                evidence: p.evidence.iter().take(2).cloned().collect(),
            });
        }
    }
    let uses_gitops = decision.pattern.is_some_and(|p| p.uses_gitops());
    if !uses_gitops && decision.pattern.is_some() {
        if let Some(object) = repo.gitops_objects.first() {
            found.push(Divergence {
                text: format!(
                    "The record chose pipeline deploys, but the repository holds GitOps objects ({} {}).",
                    object.kind, object.name
                ),
                evidence: vec![object.evidence.clone()],
            });
        }
    }
    if let Some(named) = named_tool(&decision, record.details.gitops_tool).filter(|_| uses_gitops) {
        let wanted = tool_of(named);
        if let Some(other) = repo.gitops_objects.iter().find(|o| o.tool != wanted) {
            let label = |tool| match tool {
                GitOpsTool::ArgoCd => "Argo CD",
                GitOpsTool::Flux => "Flux",
            };
            found.push(Divergence {
                text: format!(
                    "The record names {}, but the repository holds {} objects ({} {}).",
                    named.label(),
                    label(other.tool),
                    other.kind,
                    other.name
                ),
                evidence: vec![other.evidence.clone()],
            });
        }
    }
    for p in repo
        .pipelines
        .iter()
        .filter(|p| p.role == PipelineRole::Deploys && p.owners.is_empty())
    {
        found.push(Divergence {
            text: format!("The record asks for an owning team per deploy pipeline, but no CODEOWNERS rule covers {}.", p.file),
            evidence: p.evidence.iter().take(1).cloned().collect(),
        });
    }
    found
}

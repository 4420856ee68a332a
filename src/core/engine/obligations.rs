//! What the org takes on with the pick: the four "named X per Y" items of
//! the source.

use serde::Serialize;

use super::anchors;
use super::answers::Answers;
use super::choices::{GitOpsTooling, OwnerCoverage, SplitWritten};
use super::pattern::{Pattern, ToolPick};

/// Stable ids for obligations (kebab-case in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObligationId {
    /// One named GitOps tool per cluster (GitOps or Hybrid).
    NamedGitopsToolPerCluster,
    /// One named owning team per pipeline (whenever a pipeline deploys).
    NamedOwnerPerPipeline,
    /// A written split per org (Hybrid, or GitOps with pipeline steps).
    DocumentedSplit,
    /// A written "why this pattern" per decision (always).
    DocumentedDriver,
}

/// Something the org must do and keep doing under the pick.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Obligation {
    pub id: ObligationId,
    pub text: String,
    pub anchor: &'static str,
}

/// True when some pipeline deploys under `pattern` (for GitOps: only when
/// imperative steps run in pipelines).
pub fn pipelines_deploy(a: &Answers, pattern: Pattern) -> bool {
    match pattern {
        Pattern::Pipeline | Pattern::Hybrid => true,
        Pattern::GitOps => a.imperative().is_some(),
    }
}

/// True when the org runs both models side by side and needs a split.
pub fn needs_split(a: &Answers, pattern: Pattern) -> bool {
    pattern == Pattern::Hybrid || (pattern == Pattern::GitOps && a.imperative().is_some())
}

/// The obligations for `pattern`, given the tool pick and the drivers
/// (the answers behind the pick, as phrases).
pub fn build(
    a: &Answers,
    pattern: Option<Pattern>,
    tool: Option<ToolPick>,
    drivers: &str,
) -> Vec<Obligation> {
    let mut out = Vec::with_capacity(4);
    if let Some(p) = pattern {
        if p.uses_gitops() {
            out.push(Obligation {
                id: ObligationId::NamedGitopsToolPerCluster,
                text: tool_text(a, tool.unwrap_or(ToolPick::Either)),
                anchor: anchors::GITOPS_NAMED_TOOL,
            });
        }
        if pipelines_deploy(a, p) {
            out.push(Obligation {
                id: ObligationId::NamedOwnerPerPipeline,
                text: if a.pipeline_owners == Some(OwnerCoverage::All) {
                    "Keep an owning team on every deploy pipeline, new ones included, so a stalled pipeline always has someone to answer for it."
                } else {
                    "Name the owning team of every deploy pipeline, so a stalled pipeline always has someone to answer for it."
                }
                .to_string(),
                anchor: anchors::PIPELINE_NAMED_OWNER,
            });
        }
        if needs_split(a, p) {
            let text = match a.split_documented {
                Some(SplitWritten::Yes) => "Keep the written split of who deploys what current as targets and steps change.",
                Some(SplitWritten::Partly) => "Extend the written split of who deploys what to every target, starting from the \"who deploys what\" table.",
                _ => "Write down which mechanism deploys each target, starting from the \"who deploys what\" table, so nobody has to guess.",
            };
            out.push(Obligation {
                id: ObligationId::DocumentedSplit,
                text: text.to_string(),
                anchor: anchors::HYBRID_DOCUMENTED_SPLIT,
            });
        }
    }
    let text = match pattern {
        Some(p) => format!(
            "Record why the org uses {}: {}, with an owner, so the default cannot drift unnoticed.",
            p.noun(),
            drivers
        ),
        None => "Once a pattern is picked, record why, with an owner, so the default cannot drift unnoticed.".to_string(),
    };
    out.push(Obligation {
        id: ObligationId::DocumentedDriver,
        text,
        anchor: anchors::DOCUMENTED_DRIVER,
    });
    out
}

fn tool_text(a: &Answers, tool: ToolPick) -> String {
    let clusters = match a.all_clusters().filter(|&n| n > 0) {
        Some(1) => "the cluster".to_string(),
        Some(n) => format!("each of the {n} clusters"),
        None => "each cluster".to_string(),
    };
    let running = |t: GitOpsTooling| a.gitops_tooling == Some(t);
    let named = |tool: &str, this: GitOpsTooling, other: GitOpsTooling, other_name: &str| {
        if running(this) {
            format!("Name {tool} (already in use) as the GitOps tool for {clusters}.")
        } else if running(other) || a.gitops_tooling.is_some_and(GitOpsTooling::both) {
            format!("Name {tool} as the GitOps tool for {clusters}, and move what {other_name} deploys to it.")
        } else {
            format!("Name {tool} as the GitOps tool for {clusters}.")
        }
    };
    match tool {
        ToolPick::ArgoCd => named("Argo CD", GitOpsTooling::ArgoCd, GitOpsTooling::Flux, "Flux"),
        ToolPick::Flux => named("Flux", GitOpsTooling::Flux, GitOpsTooling::ArgoCd, "Argo CD"),
        ToolPick::Either => format!("Pick Argo CD or Flux and name it as the GitOps tool for {clusters}."),
        ToolPick::ConsolidateOnOne => format!(
            "Consolidate on one of Argo CD or Flux and name it as the GitOps tool for {clusters}; no cluster runs both."
        ),
        ToolPick::KeepSplit => format!(
            "Keep the written line between Argo CD and Flux, and name for {clusters} which resources each one owns."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::choices::ImperativeSteps;
    use super::*;

    #[test]
    fn gitops_with_steps_owes_split_and_owners() {
        let a = Answers {
            production_clusters: Some(3),
            imperative_steps: Some(ImperativeSteps::MIGRATIONS),
            ..Answers::default()
        };
        let ids: Vec<ObligationId> = build(
            &a,
            Some(Pattern::GitOps),
            Some(ToolPick::Either),
            "3 clusters",
        )
        .iter()
        .map(|o| o.id)
        .collect();
        assert_eq!(
            ids,
            [
                ObligationId::NamedGitopsToolPerCluster,
                ObligationId::NamedOwnerPerPipeline,
                ObligationId::DocumentedSplit,
                ObligationId::DocumentedDriver
            ]
        );
    }

    #[test]
    fn no_pattern_still_owes_a_driver() {
        let out = build(&Answers::default(), None, None, "");
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].id, ObligationId::DocumentedDriver);
    }
}

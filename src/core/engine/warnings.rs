//! The source's failure modes, flagged from the answers.

use serde::Serialize;

use super::anchors;
use super::answers::{Answers, ANSWERS_SCHEMA_VERSION};
use super::choices::{GitOpsTooling, OwnerCoverage, SplitWritten};
use super::pattern::Pattern;

/// Stable ids for warnings (kebab-case in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningId {
    /// Argo CD and Flux both in use with no line between them.
    GitopsToolSprawl,
    /// Some or all pipelines have no named owner.
    PipelinesWithoutOwner,
    /// Both models in use (Hybrid, or both tools) without a written split.
    MixedModeUndocumented,
    /// The answers were written for another schema version.
    UnsupportedSchemaVersion,
}

/// A failure mode the answers show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub id: WarningId,
    pub text: String,
    pub anchor: &'static str,
}

/// The warnings for these answers under `pattern`.
pub fn build(a: &Answers, pattern: Option<Pattern>) -> Vec<Warning> {
    let mut out = Vec::new();
    if a.schema_version != ANSWERS_SCHEMA_VERSION {
        out.push(Warning {
            id: WarningId::UnsupportedSchemaVersion,
            text: format!(
                "These answers say schema_version {}, but this build reads {}; the result may be wrong.",
                a.schema_version, ANSWERS_SCHEMA_VERSION
            ),
            anchor: anchors::ANSWERS_SCHEMA,
        });
    }
    let both = a.gitops_tooling == Some(GitOpsTooling::BothOverlapping);
    if both {
        out.push(Warning {
            id: WarningId::GitopsToolSprawl,
            text: "Argo CD and Flux both run with no agreed line between them, so two reconcilers can overwrite and prune each other's objects. Give each cluster one named controller, then consolidate on one.".to_string(),
            anchor: anchors::GITOPS_NAMED_TOOL,
        });
    }
    let owners = match a.pipeline_owners {
        Some(OwnerCoverage::Some) => Some("Some pipelines have no named owning team"),
        Some(OwnerCoverage::None_) => Some("No pipeline has a named owning team"),
        _ => None,
    };
    if let Some(lead) = owners {
        out.push(Warning {
            id: WarningId::PipelinesWithoutOwner,
            text: format!("{lead}: a pipeline that stalls with nobody owning it stays stalled."),
            anchor: anchors::PIPELINE_NAMED_OWNER,
        });
    }
    let mixed = pattern == Some(Pattern::Hybrid) || both;
    if mixed && a.split_documented != Some(SplitWritten::Yes) {
        let what = if pattern == Some(Pattern::Hybrid) {
            "GitOps and pipelines both deploy"
        } else {
            "Two GitOps tools deploy"
        };
        out.push(Warning {
            id: WarningId::MixedModeUndocumented,
            text: format!(
                "{what}, and {}: sooner or later nobody knows which one shipped a change.",
                if a.split_documented == Some(SplitWritten::Partly) {
                    "the written split covers only some targets"
                } else {
                    "nothing written says which deploys what"
                }
            ),
            anchor: anchors::HYBRID_DOCUMENTED_SPLIT,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(a: &Answers, p: Option<Pattern>) -> Vec<WarningId> {
        build(a, p).into_iter().map(|w| w.id).collect()
    }

    #[test]
    fn both_tools_warn_of_sprawl_and_missing_split() {
        let a = Answers {
            gitops_tooling: Some(GitOpsTooling::BothOverlapping),
            ..Answers::default()
        };
        assert_eq!(
            ids(&a, Some(Pattern::GitOps)),
            [
                WarningId::GitopsToolSprawl,
                WarningId::MixedModeUndocumented
            ]
        );
    }

    #[test]
    fn documented_hybrid_with_owners_is_quiet() {
        let a = Answers {
            pipeline_owners: Some(OwnerCoverage::All),
            split_documented: Some(SplitWritten::Yes),
            ..Answers::default()
        };
        assert!(ids(&a, Some(Pattern::Hybrid)).is_empty());
    }
}

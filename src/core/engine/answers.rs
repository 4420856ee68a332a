//! The answers a user gives: every question may be unanswered (`None`).
//!
//! JSON shape: field names as below (snake_case), enum values in kebab-case.
//! Unknown fields are rejected, and so is a `schema_version` other than
//! [`ANSWERS_SCHEMA_VERSION`]; a missing `schema_version` reads as the
//! current one so that hand-written answers stay short. Version 1 answers
//! are read by `answers_v1`, which migrates them.

use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

pub use super::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};
pub use super::targets::{Target, TargetKind};

/// The version of the answers JSON this build reads and writes.
pub const ANSWERS_SCHEMA_VERSION: u32 = 2;

/// A "small team" has at most this many engineers who ship to production.
/// The source says "small team" without a number; ten is where one team
/// usually splits.
pub const SMALL_TEAM_MAX: u32 = 10;

/// From this many production clusters on, GitOps is decisive: pulling is what holds up
/// at around ten clusters and beyond (a rule of thumb, see the guide).
pub const MANY_CLUSTERS_MIN: u32 = 10;

/// Everything the user has told us. `Answers::default()` is all unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    #[serde(
        default = "current_schema_version",
        deserialize_with = "deserialize_schema_version"
    )]
    pub schema_version: u32,
    /// Kubernetes clusters that run production and that this decision
    /// covers; 0 means none.
    #[serde(default)]
    pub production_clusters: Option<u32>,
    /// Long-lived non-production clusters (dev, staging, tools). They do
    /// not move the pick: the guide keeps pipelines for one production
    /// cluster whatever the environments around it.
    #[serde(default)]
    pub non_production_clusters: Option<u32>,
    /// Engineers who ship changes to production.
    #[serde(default)]
    pub team_size: Option<u32>,
    /// The regimes whose audit scope covers these systems; empty for none.
    #[serde(default)]
    pub compliance: Option<Regimes>,
    #[serde(default)]
    pub disaster_recovery: Option<DisasterRecovery>,
    /// `None` = unanswered; an empty list is answered-but-empty and is
    /// treated like unanswered by the rules.
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
    #[serde(default)]
    pub imperative_steps: Option<ImperativeSteps>,
    #[serde(default)]
    pub ci_credential_concern: Option<Concern>,
    #[serde(default)]
    pub gitops_tooling: Option<GitOpsTooling>,
    /// Does every deploy pipeline have an owning team?
    #[serde(default)]
    pub pipeline_owners: Option<OwnerCoverage>,
    /// Is it written down which mechanism deploys each target?
    #[serde(default)]
    pub split_documented: Option<SplitWritten>,
}

impl Default for Answers {
    fn default() -> Self {
        Answers {
            schema_version: ANSWERS_SCHEMA_VERSION,
            production_clusters: None,
            non_production_clusters: None,
            team_size: None,
            compliance: None,
            disaster_recovery: None,
            targets: None,
            imperative_steps: None,
            ci_credential_concern: None,
            gitops_tooling: None,
            pipeline_owners: None,
            split_documented: None,
        }
    }
}

/// Why a set of answers cannot be used as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersError {
    /// Written by a newer (or unknown) version of the answers model.
    UnsupportedSchemaVersion { found: u32 },
    /// A target with an empty (or all-blank) name, by index.
    UnnamedTarget { index: usize },
}

impl fmt::Display for AnswersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswersError::UnsupportedSchemaVersion { found } => write!(
                f,
                "unsupported answers schema_version {found} (this build reads {ANSWERS_SCHEMA_VERSION})"
            ),
            AnswersError::UnnamedTarget { index } => {
                write!(f, "target #{} has no name", index + 1)
            }
        }
    }
}

impl std::error::Error for AnswersError {}

fn current_schema_version() -> u32 {
    ANSWERS_SCHEMA_VERSION
}

fn deserialize_schema_version<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let found = u32::deserialize(d)?;
    if found == ANSWERS_SCHEMA_VERSION {
        Ok(found)
    } else {
        Err(serde::de::Error::custom(
            AnswersError::UnsupportedSchemaVersion { found },
        ))
    }
}

impl Answers {
    /// Checks what serde cannot: for answers built in code, the schema
    /// version; for all answers, that every target has a name.
    pub fn validate(&self) -> Result<(), AnswersError> {
        if self.schema_version != ANSWERS_SCHEMA_VERSION {
            return Err(AnswersError::UnsupportedSchemaVersion {
                found: self.schema_version,
            });
        }
        for (index, t) in self.listed_targets().iter().enumerate() {
            if t.name.trim().is_empty() {
                return Err(AnswersError::UnnamedTarget { index });
            }
        }
        Ok(())
    }

    /// Whether the cluster counts and the target list disagree: no clusters
    /// at all but a Kubernetes target, or clusters but only other targets.
    pub fn clusters_contradict_targets(&self) -> bool {
        let kubernetes_listed = self.listed_targets().iter().any(|t| t.kind.is_kubernetes());
        match self.all_clusters() {
            Some(0) => kubernetes_listed,
            Some(_) => self.targets_listed() && !kubernetes_listed,
            None => false,
        }
    }

    /// Production and non-production clusters together, once the production
    /// count is answered.
    pub fn all_clusters(&self) -> Option<u32> {
        self.production_clusters
            .map(|p| p.saturating_add(self.non_production_clusters.unwrap_or(0)))
    }

    /// The listed targets; empty when unanswered.
    pub fn listed_targets(&self) -> &[Target] {
        self.targets.as_deref().unwrap_or(&[])
    }

    /// True when targets were answered with at least one entry.
    pub fn targets_listed(&self) -> bool {
        !self.listed_targets().is_empty()
    }

    /// Kubernetes is in play: a Kubernetes target is listed, or there is at
    /// least one production cluster (even when targets are unanswered).
    /// Non-production clusters alone do not count: a controller is not
    /// worth running for dev clusters while production runs elsewhere.
    pub fn has_kubernetes(&self) -> bool {
        self.production_clusters.is_some_and(|n| n > 0)
            || self.listed_targets().iter().any(|t| t.kind.is_kubernetes())
    }

    /// The regimes in scope, when answered and at least one is.
    pub fn regimes(&self) -> Option<Regimes> {
        self.compliance.filter(|r| r.any())
    }

    /// A non-Kubernetes target (serverless, VMs, on-prem, other) is listed.
    pub fn has_non_kubernetes(&self) -> bool {
        self.listed_targets()
            .iter()
            .any(|t| !t.kind.is_kubernetes())
    }

    /// True when the team size is answered and at most [`SMALL_TEAM_MAX`].
    pub fn is_small_team(&self) -> Option<bool> {
        self.team_size.map(|n| n <= SMALL_TEAM_MAX)
    }

    /// The imperative steps, when answered and at least one is present.
    pub fn imperative(&self) -> Option<ImperativeSteps> {
        self.imperative_steps.filter(|s| s.any())
    }

    /// How many questions have an answer. An empty target list counts as
    /// answered here (the user did answer), although rules ignore it.
    pub fn answered_count(&self) -> usize {
        [
            self.production_clusters.is_some(),
            self.non_production_clusters.is_some(),
            self.team_size.is_some(),
            self.compliance.is_some(),
            self.disaster_recovery.is_some(),
            self.targets.is_some(),
            self.imperative_steps.is_some(),
            self.ci_credential_concern.is_some(),
            self.gitops_tooling.is_some(),
            self.pipeline_owners.is_some(),
            self.split_documented.is_some(),
        ]
        .iter()
        .filter(|&&b| b)
        .count()
    }

    /// The number of questions (`QuestionId::all().len()`).
    pub fn total_questions() -> usize {
        super::questions::QuestionId::all().len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_all_unanswered() {
        let a = Answers::default();
        assert_eq!(a.answered_count(), 0);
        assert_eq!(a.schema_version, ANSWERS_SCHEMA_VERSION);
        assert!(!a.has_kubernetes());
        assert!(!a.has_non_kubernetes());
        assert_eq!(Answers::total_questions(), 11);
    }

    #[test]
    fn clusters_imply_kubernetes_without_targets() {
        let a = Answers {
            production_clusters: Some(2),
            ..Answers::default()
        };
        assert!(a.has_kubernetes());
        let none = Answers {
            production_clusters: Some(0),
            ..Answers::default()
        };
        assert!(!none.has_kubernetes());
        let staging_only = Answers {
            production_clusters: Some(0),
            non_production_clusters: Some(1),
            ..Answers::default()
        };
        assert!(!staging_only.has_kubernetes());
    }

    #[test]
    fn validate_reports_version_and_blank_names() {
        let mut a = Answers {
            schema_version: 7,
            ..Answers::default()
        };
        assert_eq!(
            a.validate(),
            Err(AnswersError::UnsupportedSchemaVersion { found: 7 })
        );
        a.schema_version = ANSWERS_SCHEMA_VERSION;
        a.targets = Some(vec![Target::new(" ", TargetKind::Vm)]);
        assert_eq!(a.validate(), Err(AnswersError::UnnamedTarget { index: 0 }));
        assert!(a.validate().unwrap_err().to_string().contains("#1"));
    }
}

//! Stable ids for the questions, their labels, and human text for answers.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::choices::{Compliance, Concern, DisasterRecovery, OwnerCoverage};

/// One question of the questionnaire. Serialized in kebab-case
/// (`"team-size"`, `"ci-credential-concern"`, ...); the ids are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionId {
    Clusters,
    TeamSize,
    Compliance,
    DisasterRecovery,
    Targets,
    ImperativeSteps,
    CiCredentialConcern,
    GitopsTooling,
    PipelineOwners,
    SplitDocumented,
}

const ALL: [QuestionId; 10] = [
    QuestionId::Clusters,
    QuestionId::TeamSize,
    QuestionId::Compliance,
    QuestionId::DisasterRecovery,
    QuestionId::Targets,
    QuestionId::ImperativeSteps,
    QuestionId::CiCredentialConcern,
    QuestionId::GitopsTooling,
    QuestionId::PipelineOwners,
    QuestionId::SplitDocumented,
];

impl QuestionId {
    /// Every question, in questionnaire order.
    pub fn all() -> &'static [QuestionId] {
        &ALL
    }

    /// Short label, e.g. for a summary table.
    pub fn label(self) -> &'static str {
        match self {
            QuestionId::Clusters => "Kubernetes clusters",
            QuestionId::TeamSize => "Engineers who deploy",
            QuestionId::Compliance => "Compliance regime",
            QuestionId::DisasterRecovery => "Disaster recovery",
            QuestionId::Targets => "Deploy targets",
            QuestionId::ImperativeSteps => "Imperative steps",
            QuestionId::CiCredentialConcern => "CI credential concern",
            QuestionId::GitopsTooling => "GitOps tooling in use",
            QuestionId::PipelineOwners => "Pipeline owners",
            QuestionId::SplitDocumented => "Documented split",
        }
    }

    /// The label for use inside a sentence ("compliance regime", but
    /// "Kubernetes clusters" and "CI credential concern").
    pub fn phrase(self) -> &'static str {
        match self {
            QuestionId::Clusters => "Kubernetes clusters",
            QuestionId::TeamSize => "engineers who deploy",
            QuestionId::Compliance => "compliance regime",
            QuestionId::DisasterRecovery => "disaster recovery",
            QuestionId::Targets => "deploy targets",
            QuestionId::ImperativeSteps => "imperative steps",
            QuestionId::CiCredentialConcern => "CI credential concern",
            QuestionId::GitopsTooling => "GitOps tooling in use",
            QuestionId::PipelineOwners => "pipeline owners",
            QuestionId::SplitDocumented => "documented split",
        }
    }

    /// The question as asked.
    pub fn prompt(self) -> &'static str {
        match self {
            QuestionId::Clusters => "How many Kubernetes clusters do you deploy to?",
            QuestionId::TeamSize => "How many engineers deploy?",
            QuestionId::Compliance => "Which compliance regime applies, if any?",
            QuestionId::DisasterRecovery => "How fast must a lost cluster come back?",
            QuestionId::Targets => "What do you deploy to?",
            QuestionId::ImperativeSteps => {
                "Do deploys include migrations, traffic shifts or other orchestration?"
            }
            QuestionId::CiCredentialConcern => {
                "How worried are you about CI holding cluster credentials?"
            }
            QuestionId::GitopsTooling => "Which GitOps controllers do you run today?",
            QuestionId::PipelineOwners => "Does every pipeline have a named owning team?",
            QuestionId::SplitDocumented => {
                "Is there a written \"GitOps does X, pipelines do Y\" split?"
            }
        }
    }

    /// Answered for the rules' purposes: an empty target list is not.
    pub fn is_answered(self, a: &Answers) -> bool {
        match self {
            QuestionId::Clusters => a.clusters.is_some(),
            QuestionId::TeamSize => a.team_size.is_some(),
            QuestionId::Compliance => a.compliance.is_some(),
            QuestionId::DisasterRecovery => a.disaster_recovery.is_some(),
            QuestionId::Targets => a.targets_listed(),
            QuestionId::ImperativeSteps => a.imperative_steps.is_some(),
            QuestionId::CiCredentialConcern => a.ci_credential_concern.is_some(),
            QuestionId::GitopsTooling => a.gitops_tooling.is_some(),
            QuestionId::PipelineOwners => a.pipeline_owners.is_some(),
            QuestionId::SplitDocumented => a.split_documented.is_some(),
        }
    }

    /// The current answer as a short phrase ("1 cluster", "team of 4"), or
    /// "unanswered".
    pub fn answer_text(self, a: &Answers) -> String {
        if !self.is_answered(a) {
            return "unanswered".to_string();
        }
        match self {
            QuestionId::Clusters => clusters_text(a.clusters.unwrap_or(0)),
            QuestionId::TeamSize => team_text(a.team_size.unwrap_or(0)),
            QuestionId::Compliance => compliance_text(a.compliance.unwrap_or(Compliance::None_)),
            QuestionId::DisasterRecovery => {
                dr_text(a.disaster_recovery.unwrap_or(DisasterRecovery::BestEffort))
            }
            QuestionId::Targets => {
                let items: Vec<String> = a.listed_targets().iter().map(|t| t.describe()).collect();
                format!("targets {}", items.join(" + "))
            }
            QuestionId::ImperativeSteps => a.imperative_steps.unwrap_or_default().label(),
            QuestionId::CiCredentialConcern => {
                concern_text(a.ci_credential_concern.unwrap_or(Concern::Low))
            }
            QuestionId::GitopsTooling => match a.gitops_tooling {
                Some(t) if t.in_use() => format!("{} in use", t.label()),
                _ => "no GitOps tool in use".to_string(),
            },
            QuestionId::PipelineOwners => {
                let c = a.pipeline_owners.unwrap_or(OwnerCoverage::All);
                format!("{} with a named owner", c.label())
            }
            QuestionId::SplitDocumented => if a.split_documented == Some(true) {
                "split documented"
            } else {
                "no documented split"
            }
            .to_string(),
        }
    }
}

/// "no clusters", "1 cluster", "12 clusters".
pub fn clusters_text(n: u32) -> String {
    match n {
        0 => "no Kubernetes clusters".to_string(),
        1 => "1 cluster".to_string(),
        n => format!("{n} clusters"),
    }
}

/// "team of 4".
pub fn team_text(n: u32) -> String {
    format!("team of {n}")
}

fn compliance_text(c: Compliance) -> String {
    match c {
        Compliance::None_ => "no compliance regime".to_string(),
        Compliance::Other => "a compliance regime".to_string(),
        c => format!("{} compliance", c.label()),
    }
}

fn dr_text(d: DisasterRecovery) -> String {
    match d {
        DisasterRecovery::BestEffort => "best-effort disaster recovery",
        DisasterRecovery::Hours => "rebuild within hours",
        DisasterRecovery::Minutes => "automated rebuild in minutes",
    }
    .to_string()
}

fn concern_text(c: Concern) -> String {
    format!("{} concern about CI holding credentials", c.label())
}

#[cfg(test)]
mod tests {
    use super::super::targets::{Target, TargetKind};
    use super::*;

    #[test]
    fn ids_are_kebab_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for q in QuestionId::all() {
            let s = format!("{q:?}");
            assert!(seen.insert(s));
            assert!(!q.label().is_empty() && q.prompt().ends_with('?'));
        }
    }

    #[test]
    fn answer_texts() {
        let a = Answers {
            clusters: Some(1),
            team_size: Some(4),
            targets: Some(vec![
                Target::new("EKS", TargetKind::Kubernetes),
                Target::new("Lambda", TargetKind::Serverless),
            ]),
            ..Answers::default()
        };
        assert_eq!(QuestionId::Clusters.answer_text(&a), "1 cluster");
        assert_eq!(QuestionId::TeamSize.answer_text(&a), "team of 4");
        assert_eq!(
            QuestionId::Targets.answer_text(&a),
            "targets EKS (Kubernetes) + Lambda (serverless)"
        );
        assert_eq!(QuestionId::Compliance.answer_text(&a), "unanswered");
    }
}

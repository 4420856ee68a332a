//! The questions: stable ids, how each is asked (prompt, help, input,
//! options), and how an answer reads and is changed.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::choices::{Concern, DisasterRecovery, GitOpsTooling, OwnerCoverage, SplitWritten};
use super::question_options::{self, ChoiceOption, InputKind};

/// One question of the questionnaire. Serialized in kebab-case
/// (`"team-size"`, `"ci-credential-concern"`, ...); the ids are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionId {
    /// Production clusters (serialized `"clusters"`, its v1 name).
    Clusters,
    NonProductionClusters,
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

const ALL: [QuestionId; 11] = [
    QuestionId::Clusters,
    QuestionId::NonProductionClusters,
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
            QuestionId::Clusters => "Production clusters",
            QuestionId::NonProductionClusters => "Non-production clusters",
            QuestionId::TeamSize => "Engineers who ship to production",
            QuestionId::Compliance => "Compliance regimes",
            QuestionId::DisasterRecovery => "Disaster recovery",
            QuestionId::Targets => "Deploy targets",
            QuestionId::ImperativeSteps => "Imperative steps",
            QuestionId::CiCredentialConcern => "CI's cluster credentials",
            QuestionId::GitopsTooling => "GitOps tooling in use",
            QuestionId::PipelineOwners => "Deploy pipeline owners",
            QuestionId::SplitDocumented => "Who deploys what, in writing",
        }
    }

    /// The label for use inside a sentence ("compliance regime", but
    /// "Kubernetes clusters" and "CI credential concern").
    pub fn phrase(self) -> &'static str {
        match self {
            QuestionId::Clusters => "the number of production clusters",
            QuestionId::NonProductionClusters => "the number of non-production clusters",
            QuestionId::TeamSize => "the number of engineers who ship to production",
            QuestionId::Compliance => "the compliance regimes",
            QuestionId::DisasterRecovery => "the recovery target",
            QuestionId::Targets => "the deploy targets",
            QuestionId::ImperativeSteps => "the imperative steps",
            QuestionId::CiCredentialConcern => "the worry about CI's cluster credentials",
            QuestionId::GitopsTooling => "the GitOps tooling in use",
            QuestionId::PipelineOwners => "the deploy pipeline owners",
            QuestionId::SplitDocumented => "the written split",
        }
    }

    /// The question as asked.
    pub fn prompt(self) -> &'static str {
        match self {
            QuestionId::Clusters => "How many production Kubernetes clusters do you deploy to?",
            QuestionId::NonProductionClusters => {
                "How many long-lived non-production clusters do you deploy to?"
            }
            QuestionId::TeamSize => "How many engineers ship changes to production?",
            QuestionId::Compliance => "Which compliance regimes audit these systems?",
            QuestionId::DisasterRecovery => {
                "If a production cluster were lost, how must its workloads come back?"
            }
            QuestionId::Targets => "What do you deploy to?",
            QuestionId::ImperativeSteps => "Which of these steps do your deploys need?",
            QuestionId::CiCredentialConcern => {
                "How does CI reach the clusters today, and how much does that worry you?"
            }
            QuestionId::GitopsTooling => "Which GitOps controllers run today?",
            QuestionId::PipelineOwners => "Does every deploy pipeline have an owning team?",
            QuestionId::SplitDocumented => {
                "Is it written down which mechanism deploys each target?"
            }
        }
    }

    /// Answered for the rules' purposes: an empty target list is not.
    pub fn is_answered(self, a: &Answers) -> bool {
        match self {
            QuestionId::Clusters => a.production_clusters.is_some(),
            QuestionId::NonProductionClusters => a.non_production_clusters.is_some(),
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
            QuestionId::Clusters => clusters_text(a.production_clusters.unwrap_or(0)),
            QuestionId::NonProductionClusters => {
                non_production_text(a.non_production_clusters.unwrap_or(0))
            }
            QuestionId::TeamSize => team_text(a.team_size.unwrap_or(0)),
            QuestionId::Compliance => {
                let regimes = a.compliance.unwrap_or_default();
                if regimes.any() {
                    format!("{} in scope", regimes.label())
                } else {
                    regimes.label()
                }
            }
            QuestionId::DisasterRecovery => {
                dr_text(a.disaster_recovery.unwrap_or(DisasterRecovery::BestEffort))
            }
            QuestionId::Targets => {
                let items: Vec<String> = a.listed_targets().iter().map(|t| t.describe()).collect();
                format!("targets {}", items.join(" + "))
            }
            QuestionId::ImperativeSteps => a.imperative_steps.unwrap_or_default().label(),
            QuestionId::CiCredentialConcern => {
                concern_text(a.ci_credential_concern.unwrap_or(Concern::Accepted))
            }
            QuestionId::GitopsTooling => match a.gitops_tooling {
                Some(t @ (GitOpsTooling::ArgoCd | GitOpsTooling::Flux)) => {
                    format!("{} in use", t.label())
                }
                Some(GitOpsTooling::BothSplit) => {
                    "Argo CD and Flux on separate, written-down resources".to_string()
                }
                Some(GitOpsTooling::BothOverlapping) => {
                    "Argo CD and Flux both running, with no agreed line".to_string()
                }
                _ => "no GitOps tool in use".to_string(),
            },
            QuestionId::PipelineOwners => {
                let c = a.pipeline_owners.unwrap_or(OwnerCoverage::All);
                format!("{} with an owning team", c.label())
            }
            QuestionId::SplitDocumented => {
                let s = a.split_documented.unwrap_or(SplitWritten::No);
                format!("who deploys what {}", s.label())
            }
        }
    }

    /// A stable key for form field names and test ids.
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::Clusters => "clusters",
            QuestionId::NonProductionClusters => "non-production-clusters",
            QuestionId::TeamSize => "team-size",
            QuestionId::Compliance => "compliance",
            QuestionId::DisasterRecovery => "disaster-recovery",
            QuestionId::Targets => "targets",
            QuestionId::ImperativeSteps => "imperative-steps",
            QuestionId::CiCredentialConcern => "ci-credential-concern",
            QuestionId::GitopsTooling => "gitops-tooling",
            QuestionId::PipelineOwners => "pipeline-owners",
            QuestionId::SplitDocumented => "split-documented",
        }
    }

    pub fn input_kind(self) -> InputKind {
        match self {
            QuestionId::Clusters | QuestionId::NonProductionClusters | QuestionId::TeamSize => {
                InputKind::Number
            }
            QuestionId::Targets => InputKind::Targets,
            QuestionId::ImperativeSteps => InputKind::Steps,
            QuestionId::Compliance => InputKind::Regimes,
            _ => InputKind::Choice,
        }
    }

    /// What to count and why it matters: enough for a room to agree on an
    /// answer.
    pub fn help(self) -> &'static str {
        match self {
            QuestionId::Clusters => "Clusters that serve production traffic and that this decision covers, including a shared cluster another team runs if you deploy into it. Dev, staging and tools clusters go in the next question. 0 means no Kubernetes in production. Two or more lean toward GitOps; about ten settle it.",
            QuestionId::NonProductionClusters => "Dev, staging, QA or tools clusters that live for weeks or more; leave out clusters made for one test run or pull request (kind, k3d, previews). They do not change the pick, only how many credentials CI or a hub ends up holding.",
            QuestionId::TeamSize => "People who write and merge changes that reach production, not the whole company. Up to ten counts as a small team: few enough that everyone knows how each service ships.",
            QuestionId::Compliance => "Tick every regime whose audit scope includes the systems this decision covers, for example the PCI cardholder-data environment. None of them demands pull-based deploys; each asks for evidence that changes were approved and tested, which git history and a controller's sync records make cheaper to produce.",
            QuestionId::DisasterRecovery => "About the cluster's workloads and configuration, not its data, which comes back from backups whatever you pick. Repeatable means the same scripted steps every time; automated means nobody re-applies anything by hand.",
            QuestionId::Targets => "List what you deploy to. Kubernetes and anything else together usually means a hybrid.",
            QuestionId::ImperativeSteps => "Tick a step only if a deploy must do it in order. A plain rolling update is not a traffic shift, and a migration the app runs by itself at start-up is not a migration step.",
            QuestionId::CiCredentialConcern => "With pipeline deploys, CI holds credentials that can write to production; with a controller in each cluster, CI holds none. Short-lived OIDC tokens and isolated deploy runners shrink the risk without removing it.",
            QuestionId::GitopsTooling => "Both controllers can coexist when each owns separate resources and the line between them is written down; without that line, it is the failure mode where nobody knows which tool deploys what.",
            QuestionId::PipelineOwners => "Count deploy pipelines only, the ones that change a lasting environment, not test or lint jobs. An owner is a team with a rota, not one person: a pipeline owned by someone who left stalls unnoticed.",
            QuestionId::SplitDocumented => "For example \"Argo CD deploys everything in the EKS clusters; the Terraform pipeline deploys the Lambda functions\". Partly means some targets are covered and others live in people's heads.",
        }
    }

    /// The section of the guide behind the question.
    pub fn docs_anchor(self) -> &'static str {
        match self {
            QuestionId::Clusters => "/docs/gitops-wins#multi-cluster",
            QuestionId::NonProductionClusters => "/docs/how-to-pick#rule-single-cluster-small-team",
            QuestionId::TeamSize => "/docs/how-to-pick#rule-single-cluster-small-team",
            QuestionId::Compliance => "/docs/gitops-wins#compliance",
            QuestionId::DisasterRecovery => "/docs/gitops-wins#disaster-recovery",
            QuestionId::Targets => "/docs/how-to-pick#rule-mixed-workloads",
            QuestionId::ImperativeSteps => "/docs/pipeline-wins#imperative-steps",
            QuestionId::CiCredentialConcern => "/docs/how-to-pick#weigh-dr-and-credentials",
            QuestionId::GitopsTooling => "/docs/gitops-wins#one-tool-per-cluster",
            QuestionId::PipelineOwners => "/docs/pipeline-wins#pipeline-owner",
            QuestionId::SplitDocumented => "/docs/hybrid#documented-split",
        }
    }

    /// The selected option of a single-choice question.
    pub fn selected(self, a: &Answers) -> Option<usize> {
        fn position<T: PartialEq>(all: &[T], value: Option<T>) -> Option<usize> {
            value.and_then(|v| all.iter().position(|x| *x == v))
        }
        match self {
            QuestionId::DisasterRecovery => position(&DisasterRecovery::ALL, a.disaster_recovery),
            QuestionId::CiCredentialConcern => position(&Concern::ALL, a.ci_credential_concern),
            QuestionId::GitopsTooling => position(&GitOpsTooling::ALL, a.gitops_tooling),
            QuestionId::PipelineOwners => position(&OwnerCoverage::ALL, a.pipeline_owners),
            QuestionId::SplitDocumented => position(&SplitWritten::ALL, a.split_documented),
            _ => None,
        }
    }

    /// Sets (or, with `None`, clears) a single-choice answer by option index.
    pub fn select(self, a: &mut Answers, index: Option<usize>) {
        fn pick<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
            index.and_then(|i| all.get(i).copied())
        }
        match self {
            QuestionId::DisasterRecovery => {
                a.disaster_recovery = pick(&DisasterRecovery::ALL, index)
            }
            QuestionId::CiCredentialConcern => a.ci_credential_concern = pick(&Concern::ALL, index),
            QuestionId::GitopsTooling => a.gitops_tooling = pick(&GitOpsTooling::ALL, index),
            QuestionId::PipelineOwners => a.pipeline_owners = pick(&OwnerCoverage::ALL, index),
            QuestionId::SplitDocumented => a.split_documented = pick(&SplitWritten::ALL, index),
            _ => {}
        }
    }

    /// Clears the answer, whatever its kind.
    pub fn clear(self, a: &mut Answers) {
        match self {
            QuestionId::Clusters => a.production_clusters = None,
            QuestionId::NonProductionClusters => a.non_production_clusters = None,
            QuestionId::TeamSize => a.team_size = None,
            QuestionId::Compliance => a.compliance = None,
            QuestionId::Targets => a.targets = None,
            QuestionId::ImperativeSteps => a.imperative_steps = None,
            choice => choice.select(a, None),
        }
    }

    /// Copies this question's answer from `from` into `to` (adopting a
    /// participant's answer, or trying an alternative).
    pub fn copy_answer(self, from: &Answers, to: &mut Answers) {
        match self {
            QuestionId::Clusters => to.production_clusters = from.production_clusters,
            QuestionId::NonProductionClusters => {
                to.non_production_clusters = from.non_production_clusters
            }
            QuestionId::TeamSize => to.team_size = from.team_size,
            QuestionId::Compliance => to.compliance = from.compliance,
            QuestionId::DisasterRecovery => to.disaster_recovery = from.disaster_recovery,
            QuestionId::Targets => to.targets.clone_from(&from.targets),
            QuestionId::ImperativeSteps => to.imperative_steps = from.imperative_steps,
            QuestionId::CiCredentialConcern => {
                to.ci_credential_concern = from.ci_credential_concern
            }
            QuestionId::GitopsTooling => to.gitops_tooling = from.gitops_tooling,
            QuestionId::PipelineOwners => to.pipeline_owners = from.pipeline_owners,
            QuestionId::SplitDocumented => to.split_documented = from.split_documented,
        }
    }

    /// The options of a single-choice question, in display order; empty for
    /// the other kinds.
    pub fn options(self) -> &'static [ChoiceOption] {
        question_options::of(self)
    }
}

/// "no production cluster", "1 production cluster", "12 production clusters".
pub fn clusters_text(n: u32) -> String {
    match n {
        0 => "no production Kubernetes cluster".to_string(),
        1 => "one production cluster".to_string(),
        n => format!("{n} production clusters"),
    }
}

/// "no non-production cluster", "2 non-production clusters".
pub fn non_production_text(n: u32) -> String {
    match n {
        0 => "no long-lived non-production cluster".to_string(),
        1 => "one non-production cluster".to_string(),
        n => format!("{n} non-production clusters"),
    }
}

/// "team of 4".
pub fn team_text(n: u32) -> String {
    format!("team of {n}")
}

fn dr_text(d: DisasterRecovery) -> String {
    match d {
        DisasterRecovery::BestEffort => "a best-effort rebuild after losing a cluster",
        DisasterRecovery::Hours => "a repeatable rebuild within hours",
        DisasterRecovery::Minutes => "an automated rebuild within minutes",
    }
    .to_string()
}

fn concern_text(c: Concern) -> String {
    match c {
        Concern::Accepted => "CI's cluster credentials an accepted risk",
        Concern::Isolated => "CI deploying from isolated runners",
        Concern::ShortLived => "CI using short-lived OIDC tokens",
        Concern::Moderate => "moderate worry about CI's cluster credentials",
        Concern::High => "high worry about CI's cluster credentials",
    }
    .to_string()
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
            production_clusters: Some(1),
            team_size: Some(4),
            targets: Some(vec![
                Target::new("EKS", TargetKind::Kubernetes),
                Target::new("Lambda", TargetKind::Serverless),
            ]),
            ..Answers::default()
        };
        assert_eq!(
            QuestionId::Clusters.answer_text(&a),
            "one production cluster"
        );
        assert_eq!(QuestionId::TeamSize.answer_text(&a), "team of 4");
        assert_eq!(
            QuestionId::Targets.answer_text(&a),
            "targets EKS (Kubernetes) + Lambda (serverless)"
        );
        assert_eq!(QuestionId::Compliance.answer_text(&a), "unanswered");
    }
}

#[cfg(test)]
mod option_tests {
    use super::*;

    #[test]
    fn choice_options_round_trip_through_their_index() {
        for &q in QuestionId::all() {
            let options = q.options();
            assert_eq!(
                options.is_empty(),
                q.input_kind() != InputKind::Choice,
                "{q:?}"
            );
            for index in 0..options.len() {
                let mut a = Answers::default();
                q.select(&mut a, Some(index));
                assert_eq!(q.selected(&a), Some(index), "{q:?} option {index}");
                assert!(q.is_answered(&a));
                q.clear(&mut a);
                assert!(!q.is_answered(&a));
            }
        }
    }

    #[test]
    fn option_labels_match_the_enums() {
        assert_eq!(
            QuestionId::DisasterRecovery.options().len(),
            DisasterRecovery::ALL.len()
        );
        assert_eq!(
            QuestionId::CiCredentialConcern.options().len(),
            Concern::ALL.len()
        );
        assert_eq!(
            QuestionId::GitopsTooling.options().len(),
            GitOpsTooling::ALL.len()
        );
        assert_eq!(
            QuestionId::SplitDocumented.options().len(),
            SplitWritten::ALL.len()
        );
        assert_eq!(
            QuestionId::PipelineOwners.options().len(),
            OwnerCoverage::ALL.len()
        );
    }
}

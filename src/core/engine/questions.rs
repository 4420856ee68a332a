//! The questions: stable ids, how each is asked (prompt, help, input,
//! options), and how an answer reads and is changed.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::choices::{Compliance, Concern, DisasterRecovery, GitOpsTooling, OwnerCoverage};
use super::question_options::{self, ChoiceOption, InputKind};

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

    /// A stable key for form field names and test ids.
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::Clusters => "clusters",
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
            QuestionId::Clusters | QuestionId::TeamSize => InputKind::Number,
            QuestionId::Targets => InputKind::Targets,
            QuestionId::ImperativeSteps => InputKind::Steps,
            _ => InputKind::Choice,
        }
    }

    /// Why the question matters, in a sentence or two.
    pub fn help(self) -> &'static str {
        match self {
            QuestionId::Clusters => "Count production and non-production clusters you deploy to. 0 means you run no Kubernetes at all. Past about ten, pushing to each cluster from CI stops scaling.",
            QuestionId::TeamSize => "Engineers who ship changes, not the whole company. A small team (up to 10) can keep one pipeline in its head.",
            QuestionId::Compliance => "A regime that expects evidence of approved changes and of production matching them favours git as the audited source of truth.",
            QuestionId::DisasterRecovery => "GitOps can rebuild a cluster's objects from git without anyone re-running pipelines. Data still needs backups either way.",
            QuestionId::Targets => "List what you deploy to. Kubernetes and anything else together usually means a hybrid.",
            QuestionId::ImperativeSteps => "Procedural steps such as schema migrations or traffic shifts fit a pipeline better than declarative state.",
            QuestionId::CiCredentialConcern => "With pipeline deploys CI holds credentials that can write to production; with per-cluster GitOps controllers they stay in the cluster.",
            QuestionId::GitopsTooling => "Running both Argo CD and Flux is a known failure mode: each cluster should have one named tool.",
            QuestionId::PipelineOwners => "A pipeline nobody owns stalls and rots unnoticed.",
            QuestionId::SplitDocumented => "In a mixed setup, a written split answers \"which tool deploys this?\" before it becomes an incident.",
        }
    }

    /// The section of the guide behind the question.
    pub fn docs_anchor(self) -> &'static str {
        match self {
            QuestionId::Clusters => "/docs/gitops-wins#multi-cluster",
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
            QuestionId::Compliance => position(&Compliance::ALL, a.compliance),
            QuestionId::DisasterRecovery => position(&DisasterRecovery::ALL, a.disaster_recovery),
            QuestionId::CiCredentialConcern => position(&Concern::ALL, a.ci_credential_concern),
            QuestionId::GitopsTooling => position(&GitOpsTooling::ALL, a.gitops_tooling),
            QuestionId::PipelineOwners => position(&OwnerCoverage::ALL, a.pipeline_owners),
            QuestionId::SplitDocumented => a.split_documented.map(|yes| usize::from(!yes)),
            _ => None,
        }
    }

    /// Sets (or, with `None`, clears) a single-choice answer by option index.
    pub fn select(self, a: &mut Answers, index: Option<usize>) {
        fn pick<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
            index.and_then(|i| all.get(i).copied())
        }
        match self {
            QuestionId::Compliance => a.compliance = pick(&Compliance::ALL, index),
            QuestionId::DisasterRecovery => {
                a.disaster_recovery = pick(&DisasterRecovery::ALL, index)
            }
            QuestionId::CiCredentialConcern => a.ci_credential_concern = pick(&Concern::ALL, index),
            QuestionId::GitopsTooling => a.gitops_tooling = pick(&GitOpsTooling::ALL, index),
            QuestionId::PipelineOwners => a.pipeline_owners = pick(&OwnerCoverage::ALL, index),
            QuestionId::SplitDocumented => {
                a.split_documented = index.filter(|i| *i < 2).map(|i| i == 0)
            }
            _ => {}
        }
    }

    /// Clears the answer, whatever its kind.
    pub fn clear(self, a: &mut Answers) {
        match self {
            QuestionId::Clusters => a.clusters = None,
            QuestionId::TeamSize => a.team_size = None,
            QuestionId::Targets => a.targets = None,
            QuestionId::ImperativeSteps => a.imperative_steps = None,
            choice => choice.select(a, None),
        }
    }

    /// Copies this question's answer from `from` into `to` (adopting a
    /// participant's answer, or trying an alternative).
    pub fn copy_answer(self, from: &Answers, to: &mut Answers) {
        match self {
            QuestionId::Clusters => to.clusters = from.clusters,
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
            QuestionId::Compliance.options().len(),
            Compliance::ALL.len()
        );
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
            QuestionId::PipelineOwners.options().len(),
            OwnerCoverage::ALL.len()
        );
    }
}

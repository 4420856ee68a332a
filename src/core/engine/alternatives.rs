//! Representative alternative answers per question, for "what would change
//! it". Numbers use representative values (clusters 0, 1, 3, 12; team 5,
//! 25); targets use representative mixes; enums use every value.

use super::answers::{Answers, MANY_CLUSTERS_MIN, SMALL_TEAM_MAX};
use super::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};
use super::questions::{non_production_text, QuestionId};
use super::targets::TargetMix;
use super::text::count_word;

/// One alternative answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AltValue {
    Clusters(u32),
    NonProductionClusters(u32),
    TeamSize(u32),
    Compliance(Regimes),
    DisasterRecovery(DisasterRecovery),
    Targets(TargetMix),
    ImperativeSteps(ImperativeSteps),
    CiCredentialConcern(Concern),
    GitopsTooling(GitOpsTooling),
    PipelineOwners(OwnerCoverage),
    SplitDocumented(SplitWritten),
}

/// Representative cluster counts: none, one, several, many.
pub const CLUSTER_VALUES: [u32; 4] = [0, 1, 3, 12];
/// Representative team sizes: small, larger.
pub const TEAM_VALUES: [u32; 2] = [5, 25];

const CLUSTERS: [AltValue; 4] = [
    AltValue::Clusters(CLUSTER_VALUES[0]),
    AltValue::Clusters(CLUSTER_VALUES[1]),
    AltValue::Clusters(CLUSTER_VALUES[2]),
    AltValue::Clusters(CLUSTER_VALUES[3]),
];
const NON_PRODUCTION: [AltValue; 2] = [
    AltValue::NonProductionClusters(0),
    AltValue::NonProductionClusters(2),
];
const TEAM: [AltValue; 2] = [
    AltValue::TeamSize(TEAM_VALUES[0]),
    AltValue::TeamSize(TEAM_VALUES[1]),
];
/// No regime, or one: the rules weigh any regime alike.
const COMPLIANCE: [AltValue; 2] = [
    AltValue::Compliance(Regimes::NONE),
    AltValue::Compliance(Regimes::one(Regime::Soc2)),
];
const DR: [AltValue; 3] = [
    AltValue::DisasterRecovery(DisasterRecovery::BestEffort),
    AltValue::DisasterRecovery(DisasterRecovery::Hours),
    AltValue::DisasterRecovery(DisasterRecovery::Minutes),
];
const TARGETS: [AltValue; 3] = [
    AltValue::Targets(TargetMix::KubernetesOnly),
    AltValue::Targets(TargetMix::KubernetesAndServerless),
    AltValue::Targets(TargetMix::ServerlessAndVms),
];
const STEPS: [AltValue; 3] = [
    AltValue::ImperativeSteps(ImperativeSteps::NONE),
    AltValue::ImperativeSteps(ImperativeSteps::MIGRATIONS),
    AltValue::ImperativeSteps(ImperativeSteps::ALL_KINDS),
];
const CONCERN: [AltValue; 4] = [
    AltValue::CiCredentialConcern(Concern::Accepted),
    AltValue::CiCredentialConcern(Concern::ShortLived),
    AltValue::CiCredentialConcern(Concern::Moderate),
    AltValue::CiCredentialConcern(Concern::High),
];
const TOOLING: [AltValue; 5] = [
    AltValue::GitopsTooling(GitOpsTooling::None_),
    AltValue::GitopsTooling(GitOpsTooling::ArgoCd),
    AltValue::GitopsTooling(GitOpsTooling::Flux),
    AltValue::GitopsTooling(GitOpsTooling::BothSplit),
    AltValue::GitopsTooling(GitOpsTooling::BothOverlapping),
];
const OWNERS: [AltValue; 3] = [
    AltValue::PipelineOwners(OwnerCoverage::All),
    AltValue::PipelineOwners(OwnerCoverage::Some),
    AltValue::PipelineOwners(OwnerCoverage::None_),
];
const SPLIT: [AltValue; 3] = [
    AltValue::SplitDocumented(SplitWritten::Yes),
    AltValue::SplitDocumented(SplitWritten::Partly),
    AltValue::SplitDocumented(SplitWritten::No),
];

/// Every representative value of a question (the current one included).
pub fn values(q: QuestionId) -> &'static [AltValue] {
    match q {
        QuestionId::Clusters => &CLUSTERS,
        QuestionId::NonProductionClusters => &NON_PRODUCTION,
        QuestionId::TeamSize => &TEAM,
        QuestionId::Compliance => &COMPLIANCE,
        QuestionId::DisasterRecovery => &DR,
        QuestionId::Targets => &TARGETS,
        QuestionId::ImperativeSteps => &STEPS,
        QuestionId::CiCredentialConcern => &CONCERN,
        QuestionId::GitopsTooling => &TOOLING,
        QuestionId::PipelineOwners => &OWNERS,
        QuestionId::SplitDocumented => &SPLIT,
    }
}

impl AltValue {
    pub fn question(self) -> QuestionId {
        match self {
            AltValue::Clusters(_) => QuestionId::Clusters,
            AltValue::NonProductionClusters(_) => QuestionId::NonProductionClusters,
            AltValue::TeamSize(_) => QuestionId::TeamSize,
            AltValue::Compliance(_) => QuestionId::Compliance,
            AltValue::DisasterRecovery(_) => QuestionId::DisasterRecovery,
            AltValue::Targets(_) => QuestionId::Targets,
            AltValue::ImperativeSteps(_) => QuestionId::ImperativeSteps,
            AltValue::CiCredentialConcern(_) => QuestionId::CiCredentialConcern,
            AltValue::GitopsTooling(_) => QuestionId::GitopsTooling,
            AltValue::PipelineOwners(_) => QuestionId::PipelineOwners,
            AltValue::SplitDocumented(_) => QuestionId::SplitDocumented,
        }
    }

    /// Human label of the value, a phrase that reads after "with": "2 to 9
    /// production clusters", "a team of ten or fewer", "a compliance regime
    /// in scope". Each representative stands for every answer the rules
    /// treat alike, and the label says so.
    pub fn label(self) -> String {
        match self {
            AltValue::Clusters(0) => "no production cluster".to_string(),
            AltValue::Clusters(1) => "one production cluster".to_string(),
            AltValue::Clusters(n) if n < MANY_CLUSTERS_MIN => {
                format!("2 to {} production clusters", MANY_CLUSTERS_MIN - 1)
            }
            AltValue::Clusters(_) => format!("{MANY_CLUSTERS_MIN} or more production clusters"),
            AltValue::NonProductionClusters(0) => {
                "no long-lived non-production cluster".to_string()
            }
            AltValue::NonProductionClusters(n) => non_production_text(n),
            AltValue::TeamSize(n) if n <= SMALL_TEAM_MAX => {
                format!("a team of {} or fewer", count_word(SMALL_TEAM_MAX as usize))
            }
            AltValue::TeamSize(_) => format!(
                "more than {} engineers shipping to production",
                count_word(SMALL_TEAM_MAX as usize)
            ),
            AltValue::Compliance(c) if c.any() => "a compliance regime in scope".to_string(),
            AltValue::Compliance(_) => "no compliance regime in scope".to_string(),
            AltValue::DisasterRecovery(d) => match d {
                DisasterRecovery::BestEffort => "a best-effort rebuild after losing a cluster",
                DisasterRecovery::Hours => "a repeatable rebuild within hours",
                DisasterRecovery::Minutes => "an automated rebuild within minutes",
            }
            .to_string(),
            AltValue::Targets(m) => match m {
                TargetMix::KubernetesOnly => "only Kubernetes targets",
                TargetMix::KubernetesAndServerless => "Kubernetes and serverless targets",
                TargetMix::ServerlessAndVms => "only serverless and VM targets",
            }
            .to_string(),
            AltValue::ImperativeSteps(s) if s == ImperativeSteps::ALL_KINDS => {
                "migrations, traffic shifts and ordered steps across systems".to_string()
            }
            AltValue::ImperativeSteps(s) if s.any() => s.label(),
            AltValue::ImperativeSteps(_) => "no imperative steps".to_string(),
            AltValue::CiCredentialConcern(c) => match c {
                Concern::Accepted => "CI's cluster credentials an accepted risk",
                Concern::Isolated => "CI deploying from isolated runners",
                Concern::ShortLived => "CI on short-lived OIDC tokens",
                Concern::Moderate => "moderate worry about CI's cluster credentials",
                Concern::High => "high worry about CI's cluster credentials",
            }
            .to_string(),
            AltValue::GitopsTooling(t) => match t {
                GitOpsTooling::None_ => "no GitOps controller in use".to_string(),
                t => format!("{} in use", t.label()),
            },
            AltValue::PipelineOwners(o) => match o {
                OwnerCoverage::All => "an owning team for every deploy pipeline",
                OwnerCoverage::Some => "owning teams for some deploy pipelines",
                OwnerCoverage::None_ => "no owning team for any deploy pipeline",
            }
            .to_string(),
            AltValue::SplitDocumented(s) => match s {
                SplitWritten::Yes => "a written split for every target",
                SplitWritten::Partly => "a split written down for some targets",
                SplitWritten::No => "no written split",
            }
            .to_string(),
        }
    }

    /// Sets this value on `a`.
    pub fn apply(self, a: &mut Answers) {
        match self {
            AltValue::Clusters(n) => a.production_clusters = Some(n),
            AltValue::NonProductionClusters(n) => a.non_production_clusters = Some(n),
            AltValue::TeamSize(n) => a.team_size = Some(n),
            AltValue::Compliance(c) => a.compliance = Some(c),
            AltValue::DisasterRecovery(d) => a.disaster_recovery = Some(d),
            AltValue::Targets(m) => a.targets = Some(m.targets()),
            AltValue::ImperativeSteps(s) => a.imperative_steps = Some(s),
            AltValue::CiCredentialConcern(c) => a.ci_credential_concern = Some(c),
            AltValue::GitopsTooling(t) => a.gitops_tooling = Some(t),
            AltValue::PipelineOwners(o) => a.pipeline_owners = Some(o),
            AltValue::SplitDocumented(b) => a.split_documented = Some(b),
        }
    }

    /// True when `a` already holds this value (for targets: the same set
    /// of kinds; for team size: the same side of the small-team line).
    pub fn is_current(self, a: &Answers) -> bool {
        match self {
            AltValue::Clusters(n) => a.production_clusters == Some(n),
            AltValue::NonProductionClusters(n) => a.non_production_clusters == Some(n),
            AltValue::TeamSize(n) => a
                .is_small_team()
                .is_some_and(|small| small == (n <= SMALL_TEAM_MAX)),
            AltValue::Compliance(c) => a.compliance.is_some_and(|now| now.any() == c.any()),
            AltValue::DisasterRecovery(d) => a.disaster_recovery == Some(d),
            AltValue::Targets(m) => a.targets_listed() && m.matches(a.listed_targets()),
            AltValue::ImperativeSteps(s) => a.imperative_steps == Some(s),
            AltValue::CiCredentialConcern(c) => a.ci_credential_concern == Some(c),
            AltValue::GitopsTooling(t) => a.gitops_tooling == Some(t),
            AltValue::PipelineOwners(o) => a.pipeline_owners == Some(o),
            AltValue::SplitDocumented(b) => a.split_documented == Some(b),
        }
    }
}

/// Whether changing `before` into `after` is advice worth giving: "what if
/// you had no clusters?" is not while a Kubernetes target is listed, and
/// neither is "what if you had no production cluster?" while production
/// clusters are counted and a Kubernetes target is listed (the target
/// would still be a production cluster).
pub fn is_coherent_change(before: &Answers, after: &Answers) -> bool {
    let k8s_listed = after
        .listed_targets()
        .iter()
        .any(|t| t.kind.is_kubernetes());
    let drops_production =
        before.production_clusters.is_some_and(|n| n > 0) && after.production_clusters == Some(0);
    if k8s_listed && drops_production {
        return false;
    }
    !after.clusters_contradict_targets() || before.clusters_contradict_targets()
}

/// The alternatives to the current answer of `q`: each with the human
/// label of the value and a changed copy of the answers. The current value
/// is left out; "unanswered" is never offered as an alternative.
pub fn alternatives(a: &Answers, q: QuestionId) -> Vec<(String, Answers)> {
    values(q)
        .iter()
        .filter(|v| !v.is_current(a))
        .map(|v| {
            let mut changed = a.clone();
            v.apply(&mut changed);
            (v.label(), changed)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_values_of_its_own() {
        for &q in QuestionId::all() {
            assert!(!values(q).is_empty());
            assert!(values(q).iter().all(|v| v.question() == q));
        }
    }

    #[test]
    fn alternatives_skip_the_current_value() {
        let a = Answers {
            production_clusters: Some(3),
            team_size: Some(4),
            ..Answers::default()
        };
        let labels: Vec<String> = alternatives(&a, QuestionId::Clusters)
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(
            labels,
            [
                "no production cluster",
                "one production cluster",
                "10 or more production clusters"
            ]
        );
        let team = alternatives(&a, QuestionId::TeamSize);
        assert_eq!(team.len(), 1);
        assert_eq!(team[0].1.team_size, Some(25));
        assert_eq!(
            alternatives(&Answers::default(), QuestionId::Compliance).len(),
            2
        );
    }
}

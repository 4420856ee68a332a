//! Table-driven cases: answers in, expected pattern, strength and ids out.

use pushpull::core::engine::answers::{
    Answers, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regimes,
    SplitWritten,
};
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::warnings::WarningId;
use pushpull::core::engine::{Pattern, Strength};

/// Every question answered with its most neutral value (a startup on one
/// Kubernetes cluster); cases override what they test.
pub fn neutral() -> Answers {
    Answers {
        production_clusters: Some(1),
        team_size: Some(4),
        compliance: Some(Regimes::NONE),
        disaster_recovery: Some(DisasterRecovery::BestEffort),
        targets: Some(vec![super::k8s("EKS prod")]),
        imperative_steps: Some(ImperativeSteps::NONE),
        ci_credential_concern: Some(Concern::Accepted),
        gitops_tooling: Some(GitOpsTooling::None_),
        pipeline_owners: Some(OwnerCoverage::All),
        split_documented: Some(SplitWritten::Yes),
        ..Answers::default()
    }
}

/// One row of a rules table.
pub struct Case {
    name: &'static str,
    answers: Answers,
    pattern: Option<Pattern>,
    strength: Strength,
    fired: &'static [&'static str],
    conflicts: &'static [&'static str],
    warnings: &'static [WarningId],
}

/// A case expecting `pattern` at `strength`, and (until said otherwise)
/// no fired rules, conflicts or warnings.
pub fn case(
    name: &'static str,
    answers: Answers,
    pattern: Option<Pattern>,
    strength: Strength,
) -> Case {
    Case {
        name,
        answers,
        pattern,
        strength,
        fired: &[],
        conflicts: &[],
        warnings: &[],
    }
}

impl Case {
    pub fn fired(mut self, ids: &'static [&'static str]) -> Self {
        self.fired = ids;
        self
    }

    pub fn conflicts(mut self, ids: &'static [&'static str]) -> Self {
        self.conflicts = ids;
        self
    }

    pub fn warnings(mut self, ids: &'static [WarningId]) -> Self {
        self.warnings = ids;
        self
    }
}

/// Evaluates every case and compares; all ids in order.
pub fn run(cases: Vec<Case>) {
    for c in cases {
        let d = evaluate(&c.answers);
        let fired: Vec<&str> = d.fired.iter().map(|f| f.id).collect();
        let conflicts: Vec<&str> = d.conflicts.iter().map(|x| x.id.as_str()).collect();
        let warnings: Vec<WarningId> = d.warnings.iter().map(|w| w.id).collect();
        assert_eq!(d.pattern, c.pattern, "{}: pattern", c.name);
        assert_eq!(
            d.strength, c.strength,
            "{}: strength ({})",
            c.name, d.strength_reason
        );
        assert_eq!(fired, c.fired, "{}: fired", c.name);
        assert_eq!(conflicts, c.conflicts, "{}: conflicts", c.name);
        assert_eq!(warnings, c.warnings, "{}: warnings", c.name);
        assert!(!d.rationale.is_empty(), "{}: rationale", c.name);
    }
}

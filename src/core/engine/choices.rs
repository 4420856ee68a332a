//! The enumerated answer values (everything except targets, see `targets`).
//!
//! All enums serialize in kebab-case; the `None_` variants serialize as
//! `"none"`. Each has `ALL` (in display order) and a short human `label()`.

use serde::{Deserialize, Serialize};

/// A compliance regime whose audit scope covers the systems being decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Regime {
    Soc2,
    PciDss,
    Hipaa,
    Iso27001,
    Other,
}

impl Regime {
    pub const ALL: [Regime; 5] = [
        Regime::Soc2,
        Regime::PciDss,
        Regime::Hipaa,
        Regime::Iso27001,
        Regime::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Regime::Soc2 => "SOC 2",
            Regime::PciDss => "PCI DSS",
            Regime::Hipaa => "HIPAA",
            Regime::Iso27001 => "ISO 27001",
            Regime::Other => "another regime",
        }
    }

    /// The form's checkbox value and the codec's code.
    pub fn key(self) -> &'static str {
        match self {
            Regime::Soc2 => "soc2",
            Regime::PciDss => "pci",
            Regime::Hipaa => "hipaa",
            Regime::Iso27001 => "iso",
            Regime::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Regime> {
        Regime::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// The regimes in scope; empty means none. JSON: a list such as
/// `["soc2", "iso27001"]`, `[]` for none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(into = "Vec<Regime>", from = "Vec<Regime>")]
pub struct Regimes(u8);

impl Regimes {
    pub const NONE: Regimes = Regimes(0);

    pub fn of(regimes: &[Regime]) -> Regimes {
        regimes
            .iter()
            .fold(Regimes::NONE, |set, &r| set.with(r, true))
    }

    const fn bit(r: Regime) -> u8 {
        1 << (r as u8)
    }

    pub const fn one(r: Regime) -> Regimes {
        Regimes(Regimes::bit(r))
    }

    pub fn contains(self, r: Regime) -> bool {
        self.0 & Regimes::bit(r) != 0
    }

    #[must_use]
    pub fn with(self, r: Regime, on: bool) -> Regimes {
        if on {
            Regimes(self.0 | Regimes::bit(r))
        } else {
            Regimes(self.0 & !Regimes::bit(r))
        }
    }

    /// True when at least one regime is in scope.
    pub fn any(self) -> bool {
        self.0 != 0
    }

    /// The regimes in scope, in display order.
    pub fn list(self) -> Vec<Regime> {
        Regime::ALL
            .into_iter()
            .filter(|&r| self.contains(r))
            .collect()
    }

    /// "SOC 2 and ISO 27001", or "no compliance regime".
    pub fn label(self) -> String {
        let names: Vec<&str> = self.list().into_iter().map(Regime::label).collect();
        if names.is_empty() {
            "no compliance regime".to_string()
        } else {
            super::text::join_and(&names)
        }
    }
}

impl From<Regimes> for Vec<Regime> {
    fn from(set: Regimes) -> Vec<Regime> {
        set.list()
    }
}

impl From<Vec<Regime>> for Regimes {
    fn from(list: Vec<Regime>) -> Regimes {
        Regimes::of(&list)
    }
}

/// How a lost production cluster's workloads must come back (data comes
/// from backups either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisasterRecovery {
    /// Rebuilding by hand, without a target time, is acceptable.
    BestEffort,
    /// A scripted, repeatable rebuild within hours.
    Hours,
    /// An automated rebuild within minutes.
    Minutes,
}

impl DisasterRecovery {
    pub const ALL: [DisasterRecovery; 3] = [
        DisasterRecovery::BestEffort,
        DisasterRecovery::Hours,
        DisasterRecovery::Minutes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            DisasterRecovery::BestEffort => "best effort",
            DisasterRecovery::Hours => "repeatably within hours",
            DisasterRecovery::Minutes => "automatically within minutes",
        }
    }
}

/// How CI's write access to the clusters is held, and how much it worries
/// the org. The first three carry no weight; they differ in what the record
/// asks the org to keep doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    /// Long-lived credentials in CI; the risk is known and accepted.
    Accepted,
    /// Deploy jobs run on dedicated runners behind a protected environment.
    Isolated,
    /// CI gets short-lived, per-environment tokens (OIDC federation).
    ShortLived,
    Moderate,
    High,
}

impl Concern {
    pub const ALL: [Concern; 5] = [
        Concern::Accepted,
        Concern::Isolated,
        Concern::ShortLived,
        Concern::Moderate,
        Concern::High,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Concern::Accepted => "low (risk accepted)",
            Concern::Isolated => "low (isolated deploy runners)",
            Concern::ShortLived => "low (short-lived OIDC tokens)",
            Concern::Moderate => "moderate",
            Concern::High => "high",
        }
    }

    /// Moderate or high: the worry counts toward GitOps.
    pub fn weighs(self) -> bool {
        matches!(self, Concern::Moderate | Concern::High)
    }
}

/// Which GitOps controllers already run in the org.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GitOpsTooling {
    #[serde(rename = "none")]
    None_,
    ArgoCd,
    Flux,
    /// Both, each owning written-down, disjoint resources.
    BothSplit,
    /// Both, with no agreed line between them.
    BothOverlapping,
}

impl GitOpsTooling {
    pub const ALL: [GitOpsTooling; 5] = [
        GitOpsTooling::None_,
        GitOpsTooling::ArgoCd,
        GitOpsTooling::Flux,
        GitOpsTooling::BothSplit,
        GitOpsTooling::BothOverlapping,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GitOpsTooling::None_ => "none",
            GitOpsTooling::ArgoCd => "Argo CD",
            GitOpsTooling::Flux => "Flux",
            GitOpsTooling::BothSplit => "Argo CD and Flux on separate, written-down resources",
            GitOpsTooling::BothOverlapping => "Argo CD and Flux with no agreed line between them",
        }
    }

    /// True when at least one GitOps controller is in use.
    pub fn in_use(self) -> bool {
        self != GitOpsTooling::None_
    }

    /// True when both controllers run, split or not.
    pub fn both(self) -> bool {
        matches!(
            self,
            GitOpsTooling::BothSplit | GitOpsTooling::BothOverlapping
        )
    }
}

/// Whether every deploy pipeline has an owning team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OwnerCoverage {
    All,
    Some,
    #[serde(rename = "none")]
    None_,
}

impl OwnerCoverage {
    pub const ALL: [OwnerCoverage; 3] = [
        OwnerCoverage::All,
        OwnerCoverage::Some,
        OwnerCoverage::None_,
    ];

    pub fn label(self) -> &'static str {
        match self {
            OwnerCoverage::All => "every deploy pipeline",
            OwnerCoverage::Some => "some deploy pipelines",
            OwnerCoverage::None_ => "no deploy pipeline",
        }
    }
}

/// Whether it is written down which mechanism deploys each target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SplitWritten {
    Yes,
    Partly,
    No,
}

impl SplitWritten {
    pub const ALL: [SplitWritten; 3] = [SplitWritten::Yes, SplitWritten::Partly, SplitWritten::No];

    pub fn label(self) -> &'static str {
        match self {
            SplitWritten::Yes => "written down for every target",
            SplitWritten::Partly => "written down for some targets",
            SplitWritten::No => "not written down",
        }
    }
}

/// One kind of imperative deploy step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Migrations,
    TrafficShifts,
    OrderedSteps,
}

impl Step {
    pub fn name(self) -> &'static str {
        match self {
            Step::Migrations => "database migrations",
            Step::TrafficShifts => "canary or blue-green traffic shifts",
            Step::OrderedSteps => "ordered steps across systems",
        }
    }

    pub fn short_name(self) -> &'static str {
        match self {
            Step::TrafficShifts => "traffic shifts",
            step => step.name(),
        }
    }
}

/// Deploy steps that declarative state does not express well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImperativeSteps {
    /// Schema migrations that must run before or after the new version
    /// (not ones the app runs by itself at start-up).
    pub migrations: bool,
    /// Canary or blue-green traffic shifts (not a plain rolling update).
    pub traffic_shifts: bool,
    /// Steps that must run in order across systems.
    pub other_orchestration: bool,
}

impl ImperativeSteps {
    /// No imperative steps at all.
    pub const NONE: ImperativeSteps = ImperativeSteps {
        migrations: false,
        traffic_shifts: false,
        other_orchestration: false,
    };
    /// Database migrations only.
    pub const MIGRATIONS: ImperativeSteps = ImperativeSteps {
        migrations: true,
        traffic_shifts: false,
        other_orchestration: false,
    };
    /// Every kind of imperative step.
    pub const ALL_KINDS: ImperativeSteps = ImperativeSteps {
        migrations: true,
        traffic_shifts: true,
        other_orchestration: true,
    };

    /// True when any step is present.
    pub fn any(self) -> bool {
        self.migrations || self.traffic_shifts || self.other_orchestration
    }

    /// The steps present, in a fixed order.
    pub fn present(self) -> Vec<Step> {
        [
            (self.migrations, Step::Migrations),
            (self.traffic_shifts, Step::TrafficShifts),
            (self.other_orchestration, Step::OrderedSteps),
        ]
        .into_iter()
        .filter_map(|(on, step)| on.then_some(step))
        .collect()
    }

    /// Human names of the steps present, in a fixed order.
    pub fn names(self) -> Vec<&'static str> {
        self.present().into_iter().map(Step::name).collect()
    }

    /// The same, shorter ("traffic shifts"), for prose that already said
    /// what kind.
    pub fn short_names(self) -> Vec<&'static str> {
        self.present().into_iter().map(Step::short_name).collect()
    }

    /// e.g. "database migrations and ordered steps across systems", or "no
    /// imperative steps".
    pub fn label(self) -> String {
        let names = self.names();
        if names.is_empty() {
            "no imperative steps".to_string()
        } else {
            super::text::join_and(&names)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imperative_labels() {
        assert_eq!(ImperativeSteps::NONE.label(), "no imperative steps");
        assert_eq!(ImperativeSteps::MIGRATIONS.label(), "database migrations");
        assert!(ImperativeSteps::ALL_KINDS.any());
    }

    #[test]
    fn regimes_are_a_set_that_reads_as_a_list() {
        let set = Regimes::of(&[Regime::Iso27001, Regime::Soc2, Regime::Soc2]);
        assert_eq!(set.list(), vec![Regime::Soc2, Regime::Iso27001]);
        assert_eq!(set.label(), "SOC 2 and ISO 27001");
        assert_eq!(
            serde_json::to_string(&set).unwrap(),
            r#"["soc2","iso27001"]"#
        );
        assert_eq!(
            serde_json::from_str::<Regimes>("[]").unwrap(),
            Regimes::NONE
        );
        assert!(!set
            .with(Regime::Soc2, false)
            .with(Regime::Iso27001, false)
            .any());
        for r in Regime::ALL {
            assert_eq!(Regime::from_key(r.key()), Some(r));
        }
    }
}

//! The enumerated answer values (everything except targets, see `targets`).
//!
//! All enums serialize in kebab-case; the `None_` variants serialize as
//! `"none"`. Each has `ALL` (in display order) and a short human `label()`.

use serde::{Deserialize, Serialize};

/// Compliance regime the org must satisfy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Compliance {
    #[serde(rename = "none")]
    None_,
    Soc2,
    PciDss,
    Hipaa,
    Iso27001,
    Other,
}

impl Compliance {
    pub const ALL: [Compliance; 6] = [
        Compliance::None_,
        Compliance::Soc2,
        Compliance::PciDss,
        Compliance::Hipaa,
        Compliance::Iso27001,
        Compliance::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Compliance::None_ => "none",
            Compliance::Soc2 => "SOC 2",
            Compliance::PciDss => "PCI DSS",
            Compliance::Hipaa => "HIPAA",
            Compliance::Iso27001 => "ISO 27001",
            Compliance::Other => "another regime",
        }
    }

    /// True for every regime except `None_`.
    pub fn is_regime(self) -> bool {
        self != Compliance::None_
    }
}

/// How fast, and how repeatably, a lost cluster must come back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DisasterRecovery {
    /// Rebuilding by hand is acceptable.
    BestEffort,
    /// Rebuild within hours, repeatably.
    Hours,
    /// Strict: an automated rebuild within minutes.
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
            DisasterRecovery::Hours => "within hours",
            DisasterRecovery::Minutes => "within minutes (automated)",
        }
    }
}

/// How worried the org is about CI holding cluster credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Concern {
    Low,
    Moderate,
    High,
}

impl Concern {
    pub const ALL: [Concern; 3] = [Concern::Low, Concern::Moderate, Concern::High];

    pub fn label(self) -> &'static str {
        match self {
            Concern::Low => "low",
            Concern::Moderate => "moderate",
            Concern::High => "high",
        }
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
    Both,
}

impl GitOpsTooling {
    pub const ALL: [GitOpsTooling; 4] = [
        GitOpsTooling::None_,
        GitOpsTooling::ArgoCd,
        GitOpsTooling::Flux,
        GitOpsTooling::Both,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GitOpsTooling::None_ => "none",
            GitOpsTooling::ArgoCd => "Argo CD",
            GitOpsTooling::Flux => "Flux",
            GitOpsTooling::Both => "both Argo CD and Flux",
        }
    }

    /// True when at least one GitOps controller is in use.
    pub fn in_use(self) -> bool {
        self != GitOpsTooling::None_
    }
}

/// Whether every pipeline has a named owning team.
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
            OwnerCoverage::All => "every pipeline",
            OwnerCoverage::Some => "some pipelines",
            OwnerCoverage::None_ => "no pipeline",
        }
    }
}

/// Procedural deploy steps that do not fit declarative state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImperativeSteps {
    pub migrations: bool,
    pub traffic_shifts: bool,
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

    /// Human names of the steps present, in a fixed order.
    pub fn names(self) -> Vec<&'static str> {
        let mut out = Vec::with_capacity(3);
        if self.migrations {
            out.push("database migrations");
        }
        if self.traffic_shifts {
            out.push("traffic shifts");
        }
        if self.other_orchestration {
            out.push("other orchestration");
        }
        out
    }

    /// e.g. "database migrations and traffic shifts", or "no imperative steps".
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
}

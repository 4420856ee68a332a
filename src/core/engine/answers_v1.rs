//! Answers as version 1 wrote them (JSON `schema_version: 1`), frozen, and
//! their migration to the current model. Version 1 counted every cluster in
//! one number, allowed one compliance regime, merged "isolated" and
//! "accepted" into a low credential concern, had a single "both" for Argo
//! CD and Flux, and a yes/no documented split.
//!
//! The migration keeps what each v1 answer meant to the rules, so a record
//! written under v1 still picks what it picked: the one cluster count
//! becomes the production count (the non-production count stays
//! unanswered), "low" becomes "accepted", "both" becomes "with no agreed
//! line".

use serde::Deserialize;

use super::answers::{Answers, Target, ANSWERS_SCHEMA_VERSION};
use super::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};

pub const V1: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComplianceV1 {
    #[serde(rename = "none")]
    None_,
    Soc2,
    PciDss,
    Hipaa,
    Iso27001,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConcernV1 {
    Low,
    Moderate,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToolingV1 {
    #[serde(rename = "none")]
    None_,
    ArgoCd,
    Flux,
    Both,
}

/// Version 1 answers, field for field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersV1 {
    #[serde(default, deserialize_with = "version_one")]
    pub schema_version: u32,
    #[serde(default)]
    pub clusters: Option<u32>,
    #[serde(default)]
    pub team_size: Option<u32>,
    #[serde(default)]
    pub compliance: Option<ComplianceV1>,
    #[serde(default)]
    pub disaster_recovery: Option<DisasterRecovery>,
    #[serde(default)]
    pub targets: Option<Vec<Target>>,
    #[serde(default)]
    pub imperative_steps: Option<ImperativeSteps>,
    #[serde(default)]
    pub ci_credential_concern: Option<ConcernV1>,
    #[serde(default)]
    pub gitops_tooling: Option<ToolingV1>,
    #[serde(default)]
    pub pipeline_owners: Option<OwnerCoverage>,
    #[serde(default)]
    pub split_documented: Option<bool>,
}

fn version_one<'de, D: serde::Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let found = u32::deserialize(d)?;
    if found == V1 {
        Ok(found)
    } else {
        Err(serde::de::Error::custom(format!(
            "this is not version 1 answers (schema_version {found})"
        )))
    }
}

pub fn compliance(v1: ComplianceV1) -> Regimes {
    let regime = match v1 {
        ComplianceV1::None_ => return Regimes::NONE,
        ComplianceV1::Soc2 => Regime::Soc2,
        ComplianceV1::PciDss => Regime::PciDss,
        ComplianceV1::Hipaa => Regime::Hipaa,
        ComplianceV1::Iso27001 => Regime::Iso27001,
        ComplianceV1::Other => Regime::Other,
    };
    Regimes::of(&[regime])
}

pub fn concern(v1: ConcernV1) -> Concern {
    match v1 {
        ConcernV1::Low => Concern::Accepted,
        ConcernV1::Moderate => Concern::Moderate,
        ConcernV1::High => Concern::High,
    }
}

pub fn tooling(v1: ToolingV1) -> GitOpsTooling {
    match v1 {
        ToolingV1::None_ => GitOpsTooling::None_,
        ToolingV1::ArgoCd => GitOpsTooling::ArgoCd,
        ToolingV1::Flux => GitOpsTooling::Flux,
        ToolingV1::Both => GitOpsTooling::BothOverlapping,
    }
}

pub fn split(v1: bool) -> SplitWritten {
    if v1 {
        SplitWritten::Yes
    } else {
        SplitWritten::No
    }
}

impl From<AnswersV1> for Answers {
    fn from(v1: AnswersV1) -> Answers {
        Answers {
            schema_version: ANSWERS_SCHEMA_VERSION,
            production_clusters: v1.clusters,
            non_production_clusters: None,
            team_size: v1.team_size,
            compliance: v1.compliance.map(compliance),
            disaster_recovery: v1.disaster_recovery,
            targets: v1.targets,
            imperative_steps: v1.imperative_steps,
            ci_credential_concern: v1.ci_credential_concern.map(concern),
            gitops_tooling: v1.gitops_tooling.map(tooling),
            pipeline_owners: v1.pipeline_owners,
            split_documented: v1.split_documented.map(split),
        }
    }
}

/// Which version a JSON answers object was written by: its
/// `schema_version`, or, when that is missing, 1 if it uses the v1-only
/// `clusters` field. Looks at nothing else.
pub fn json_version(value: &serde_json::Value) -> u32 {
    match value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
    {
        Some(v) => u32::try_from(v).unwrap_or(u32::MAX),
        None if value.get("clusters").is_some() => V1,
        None => ANSWERS_SCHEMA_VERSION,
    }
}

/// Answers JSON of either version, as a value; used where answers sit
/// inside other JSON (a participant in record details).
pub fn from_value(value: serde_json::Value) -> Result<Answers, serde_json::Error> {
    if json_version(&value) == V1 {
        serde_json::from_value::<AnswersV1>(value).map(Answers::from)
    } else {
        serde_json::from_value::<Answers>(value)
    }
}

/// Deserializes answers of either version (for `#[serde(deserialize_with)]`).
pub fn deserialize_any_version<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Answers, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    from_value(value).map_err(serde::de::Error::custom)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_keeps_its_meaning() {
        let v1: AnswersV1 = serde_json::from_str(
            r#"{"schema_version":1,"clusters":3,"compliance":"soc2","ci_credential_concern":"low","gitops_tooling":"both","split_documented":true}"#,
        )
        .unwrap();
        let a = Answers::from(v1);
        assert_eq!(a.production_clusters, Some(3));
        assert_eq!(a.non_production_clusters, None);
        assert_eq!(a.compliance, Some(Regimes::of(&[Regime::Soc2])));
        assert_eq!(a.ci_credential_concern, Some(Concern::Accepted));
        assert_eq!(a.gitops_tooling, Some(GitOpsTooling::BothOverlapping));
        assert_eq!(a.split_documented, Some(SplitWritten::Yes));
        assert_eq!(compliance(ComplianceV1::None_), Regimes::NONE);
    }

    #[test]
    fn the_version_is_read_or_inferred() {
        let v = |text: &str| json_version(&serde_json::from_str(text).unwrap());
        assert_eq!(v(r#"{"clusters":1}"#), 1);
        assert_eq!(v(r#"{"production_clusters":1}"#), 2);
        assert_eq!(v(r#"{"schema_version":2,"clusters":1}"#), 2);
        assert!(from_value(serde_json::json!({"schema_version": 2, "clusters": 1})).is_err());
        assert!(from_value(serde_json::json!({"schema_version": 9})).is_err());
    }
}

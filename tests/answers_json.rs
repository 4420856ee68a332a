#![cfg(not(target_arch = "wasm32"))]
//! The JSON shapes: answers round-trip, strangers are rejected.

mod common;

use common::{k8s, serverless};
use pushpull::core::engine::answers::{
    Answers, AnswersError, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps,
    OwnerCoverage, Regime, Regimes, SplitWritten, Target, TargetKind, ANSWERS_SCHEMA_VERSION,
};
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::warnings::WarningId;
use pushpull::core::engine::QuestionId;

fn full() -> Answers {
    Answers {
        production_clusters: Some(4),
        team_size: Some(30),
        compliance: Some(Regimes::one(Regime::PciDss)),
        disaster_recovery: Some(DisasterRecovery::BestEffort),
        targets: Some(vec![
            k8s("EKS"),
            serverless("Lambda"),
            Target::new("DC", TargetKind::OnPrem),
        ]),
        imperative_steps: Some(ImperativeSteps::MIGRATIONS),
        ci_credential_concern: Some(Concern::Moderate),
        gitops_tooling: Some(GitOpsTooling::ArgoCd),
        pipeline_owners: Some(OwnerCoverage::None_),
        split_documented: Some(SplitWritten::No),
        ..Answers::default()
    }
}

#[test]
fn answers_round_trip() {
    for a in [Answers::default(), full()] {
        let json = serde_json::to_string(&a).unwrap();
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(back, a, "{json}");
    }
}

#[test]
fn enum_values_are_kebab_case() {
    let v = serde_json::to_value(full()).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["compliance"], serde_json::json!(["pci-dss"]));
    assert_eq!(v["disaster_recovery"], "best-effort");
    assert_eq!(v["targets"][2]["kind"], "on-prem");
    assert_eq!(v["gitops_tooling"], "argo-cd");
    assert_eq!(v["pipeline_owners"], "none");
    assert_eq!(v["ci_credential_concern"], "moderate");
    let names = |c: Regimes| serde_json::to_value(c).unwrap();
    assert_eq!(names(Regimes::NONE), serde_json::json!([]));
    assert_eq!(
        names(Regimes::one(Regime::Soc2)),
        serde_json::json!(["soc2"])
    );
    assert_eq!(
        names(Regimes::of(&[Regime::Iso27001, Regime::Soc2])),
        serde_json::json!(["soc2", "iso27001"])
    );
    assert_eq!(
        serde_json::to_value(SplitWritten::Partly).unwrap(),
        "partly"
    );
    assert_eq!(
        serde_json::to_value(GitOpsTooling::BothSplit).unwrap(),
        "both-split"
    );
    assert_eq!(
        serde_json::to_value(Concern::ShortLived).unwrap(),
        "short-lived"
    );
    assert_eq!(serde_json::to_value(GitOpsTooling::None_).unwrap(), "none");
    assert_eq!(serde_json::to_value(TargetKind::Vm).unwrap(), "vm");
}

#[test]
fn question_ids_round_trip_in_kebab_case() {
    for &q in QuestionId::all() {
        let json = serde_json::to_string(&q).unwrap();
        assert_eq!(serde_json::from_str::<QuestionId>(&json).unwrap(), q);
    }
    assert_eq!(
        serde_json::to_string(&QuestionId::CiCredentialConcern).unwrap(),
        "\"ci-credential-concern\""
    );
}

#[test]
fn short_hand_answers_read() {
    let a: Answers = serde_json::from_str(
        r#"{"production_clusters": 1, "team_size": null, "imperative_steps": {"migrations": true}}"#,
    )
    .unwrap();
    assert_eq!(a.schema_version, ANSWERS_SCHEMA_VERSION);
    assert_eq!(a.production_clusters, Some(1));
    assert_eq!(a.team_size, None);
    assert_eq!(a.imperative_steps, Some(ImperativeSteps::MIGRATIONS));
    assert_eq!(
        serde_json::from_str::<Answers>("{}").unwrap(),
        Answers::default()
    );
}

#[test]
fn unknown_schema_versions_are_rejected() {
    let err = serde_json::from_str::<Answers>(r#"{"schema_version": 3, "production_clusters": 1}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("unsupported answers schema_version 3"),
        "{err}"
    );
    let built = Answers {
        schema_version: 0,
        ..Answers::default()
    };
    assert_eq!(
        built.validate(),
        Err(AnswersError::UnsupportedSchemaVersion { found: 0 })
    );
    // evaluate stays total, and says so.
    let d = evaluate(&built);
    assert!(d
        .warnings
        .iter()
        .any(|w| w.id == WarningId::UnsupportedSchemaVersion));
}

#[test]
fn unknown_fields_and_values_are_rejected() {
    for bad in [
        r#"{"production_clusters": 1, "clusterz": 2}"#,
        r#"{"clusters": 1}"#,
        r#"{"compliance": "soc2"}"#,
        r#"{"split_documented": true}"#,
        r#"{"ci_credential_concern": "low"}"#,
        r#"{"targets": [{"name": "a", "kind": "kubernetes", "region": "eu"}]}"#,
        r#"{"imperative_steps": {"migrations": true, "backfills": true}}"#,
        r#"{"compliance": ["gdpr"]}"#,
        r#"{"targets": [{"name": "a", "kind": "mainframe"}]}"#,
        r#"{"production_clusters": -1}"#,
        r#"{"gitops_tooling": "argocd"}"#,
    ] {
        assert!(
            serde_json::from_str::<Answers>(bad).is_err(),
            "accepted {bad}"
        );
    }
}

#[test]
fn decision_serializes_for_the_cli() {
    let d = evaluate(&full());
    let v = serde_json::to_value(&d).unwrap();
    assert_eq!(v["pattern"], "hybrid");
    assert_eq!(v["gitops_tool"], "argo-cd");
    assert_eq!(v["strength"], "strong");
    assert_eq!(v["fired"][0]["effect"]["kind"], "decisive");
    assert_eq!(v["split"][0]["deployed_by"], "gitops");
    assert!(v["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["id"] == "documented-split"));
    assert!(v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["id"] == "pipelines-without-owner"));
    let none = serde_json::to_value(evaluate(&Answers::default())).unwrap();
    assert!(none["pattern"].is_null());
    assert_eq!(none["missing"], serde_json::json!(["clusters", "targets"]));
}

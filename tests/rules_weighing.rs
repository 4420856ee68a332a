#![cfg(not(target_arch = "wasm32"))]
//! The weighing rules (compliance, DR, credentials, imperative steps) and
//! the failure-mode warnings, case by case.

mod common;

use common::serverless;
use common::table::{case, neutral, run};
use pushpull::core::engine::answers::{
    Answers, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime,
    Regimes, SplitWritten,
};
use pushpull::core::engine::warnings::WarningId::{
    GitopsToolSprawl, MixedModeUndocumented, PipelinesWithoutOwner,
};
use pushpull::core::engine::Pattern::{GitOps, Pipeline};
use pushpull::core::engine::Strength::{Clear, Leaning, Strong, Tentative};

#[test]
fn compliance() {
    let a = Answers::default;
    run(vec![
        case(
            "1 cluster + PCI DSS",
            Answers {
                production_clusters: Some(1),
                compliance: Some(Regimes::one(Regime::PciDss)),
                ..a()
            },
            Some(GitOps),
            Tentative,
        )
        .fired(&["single-cluster", "compliance"])
        .conflicts(&["single-cluster-vs-gitops"]),
        case(
            "1 cluster, 4 engineers + PCI DSS",
            Answers {
                compliance: Some(Regimes::one(Regime::PciDss)),
                ..neutral()
            },
            Some(GitOps),
            Leaning,
        )
        .fired(&["single-cluster-small-team", "compliance"])
        .conflicts(&["single-cluster-small-team-vs-gitops"]),
        case(
            "4 clusters + HIPAA",
            Answers {
                production_clusters: Some(4),
                compliance: Some(Regimes::one(Regime::Hipaa)),
                ..neutral()
            },
            Some(GitOps),
            Strong,
        )
        .fired(&["multi-cluster", "compliance"]),
        case(
            "compliance but no clusters",
            Answers {
                production_clusters: Some(0),
                compliance: Some(Regimes::one(Regime::Soc2)),
                targets: Some(vec![serverless("Lambda")]),
                ..a()
            },
            Some(Pipeline),
            Strong,
        )
        .fired(&["no-kubernetes", "compliance"])
        .conflicts(&["compliance-vs-pipeline"]),
    ]);
}

#[test]
fn disaster_recovery_and_credentials() {
    let a = Answers::default;
    let minutes = Some(DisasterRecovery::Minutes);
    run(vec![
        case(
            "small team but DR in minutes",
            Answers {
                disaster_recovery: minutes,
                ..neutral()
            },
            Some(Pipeline),
            Leaning,
        )
        .fired(&["single-cluster-small-team", "disaster-recovery"])
        .conflicts(&["disaster-recovery-vs-pipeline"]),
        case(
            "small team but high credential concern",
            Answers {
                ci_credential_concern: Some(Concern::High),
                ..neutral()
            },
            Some(Pipeline),
            Leaning,
        )
        .fired(&["single-cluster-small-team", "ci-credentials"])
        .conflicts(&["ci-credentials-vs-pipeline"]),
        case(
            "small team but DR in minutes and high credential concern",
            Answers {
                disaster_recovery: minutes,
                ci_credential_concern: Some(Concern::High),
                ..neutral()
            },
            Some(GitOps),
            Leaning,
        )
        .fired(&[
            "single-cluster-small-team",
            "disaster-recovery",
            "ci-credentials",
        ])
        .conflicts(&["single-cluster-small-team-vs-gitops"]),
        case(
            "a tie goes to pipelines",
            Answers {
                disaster_recovery: minutes,
                ci_credential_concern: Some(Concern::Moderate),
                ..neutral()
            },
            Some(Pipeline),
            Leaning,
        )
        .fired(&[
            "single-cluster-small-team",
            "disaster-recovery",
            "ci-credentials",
        ])
        .conflicts(&[
            "disaster-recovery-vs-pipeline",
            "ci-credentials-vs-pipeline",
        ]),
        case(
            "only DR answered: tentative GitOps",
            Answers {
                disaster_recovery: Some(DisasterRecovery::Hours),
                ..a()
            },
            Some(GitOps),
            Tentative,
        )
        .fired(&["disaster-recovery"]),
    ]);
}

#[test]
fn imperative_steps() {
    let a = Answers::default;
    run(vec![
        case(
            "many clusters but imperative steps",
            Answers {
                production_clusters: Some(12),
                imperative_steps: Some(ImperativeSteps::ALL_KINDS),
                ..neutral()
            },
            Some(GitOps),
            Strong,
        )
        .fired(&["many-clusters", "imperative-steps"])
        .conflicts(&["imperative-steps-vs-gitops"]),
        case(
            "imperative steps do not overturn a mild GitOps lean",
            Answers {
                team_size: Some(25),
                disaster_recovery: Some(DisasterRecovery::Minutes),
                imperative_steps: Some(ImperativeSteps::MIGRATIONS),
                ..neutral()
            },
            Some(GitOps),
            Leaning,
        )
        .fired(&[
            "single-cluster-larger-team",
            "disaster-recovery",
            "imperative-steps",
        ])
        .conflicts(&[
            "single-cluster-larger-team-vs-gitops",
            "imperative-steps-vs-gitops",
        ]),
        case(
            "only migrations answered: tentative pipeline",
            Answers {
                imperative_steps: Some(ImperativeSteps::MIGRATIONS),
                ..a()
            },
            Some(Pipeline),
            Tentative,
        )
        .fired(&["imperative-steps"]),
    ]);
}

#[test]
fn failure_mode_warnings() {
    let both = Some(GitOpsTooling::BothOverlapping);
    run(vec![
        case(
            "Argo CD and Flux both in use",
            Answers {
                production_clusters: Some(3),
                gitops_tooling: both,
                ..neutral()
            },
            Some(GitOps),
            Clear,
        )
        .fired(&["multi-cluster"])
        .warnings(&[GitopsToolSprawl]),
        case(
            "both tools, no documented split",
            Answers {
                production_clusters: Some(3),
                gitops_tooling: both,
                split_documented: Some(SplitWritten::No),
                ..neutral()
            },
            Some(GitOps),
            Clear,
        )
        .fired(&["multi-cluster"])
        .warnings(&[GitopsToolSprawl, MixedModeUndocumented]),
        case(
            "some pipelines without owners",
            Answers {
                pipeline_owners: Some(OwnerCoverage::Some),
                ..neutral()
            },
            Some(Pipeline),
            Clear,
        )
        .fired(&["single-cluster-small-team"])
        .warnings(&[PipelinesWithoutOwner]),
        case(
            "no pipeline has an owner",
            Answers {
                pipeline_owners: Some(OwnerCoverage::None_),
                ..neutral()
            },
            Some(Pipeline),
            Clear,
        )
        .fired(&["single-cluster-small-team"])
        .warnings(&[PipelinesWithoutOwner]),
    ]);
}

//! Four realistic org shapes, used by the tests, the golden decision
//! records, the benchmarks and `examples/answers/*.json`.

use super::answers::{Answers, Target, TargetKind};
use super::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};

/// A named scenario.
pub struct Sample {
    pub name: &'static str,
    pub answers: Answers,
}

fn steps(
    migrations: bool,
    traffic_shifts: bool,
    other_orchestration: bool,
) -> Option<ImperativeSteps> {
    Some(ImperativeSteps {
        migrations,
        traffic_shifts,
        other_orchestration,
    })
}

/// A six-person startup: one production cluster, a staging cluster beside it.
pub fn startup() -> Answers {
    Answers {
        production_clusters: Some(1),
        non_production_clusters: Some(1),
        team_size: Some(6),
        compliance: Some(Regimes::NONE),
        disaster_recovery: Some(DisasterRecovery::BestEffort),
        targets: Some(vec![Target::new(
            "Production EKS cluster",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, false, false),
        ci_credential_concern: Some(Concern::ShortLived),
        gitops_tooling: Some(GitOpsTooling::None_),
        pipeline_owners: Some(OwnerCoverage::All),
        split_documented: Some(SplitWritten::No),
        ..Answers::default()
    }
}

/// A platform team running a 40-cluster fleet (32 of them production) with
/// Argo CD.
pub fn platform() -> Answers {
    Answers {
        production_clusters: Some(32),
        non_production_clusters: Some(8),
        team_size: Some(120),
        compliance: Some(Regimes::of(&[Regime::Soc2])),
        disaster_recovery: Some(DisasterRecovery::Minutes),
        targets: Some(vec![Target::new(
            "Regional GKE fleet",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, true, false),
        ci_credential_concern: Some(Concern::High),
        gitops_tooling: Some(GitOpsTooling::ArgoCd),
        pipeline_owners: Some(OwnerCoverage::Some),
        split_documented: Some(SplitWritten::Yes),
        ..Answers::default()
    }
}

/// A payments team in PCI DSS and SOC 2 scope on one production cluster,
/// already on Flux.
pub fn regulated() -> Answers {
    Answers {
        production_clusters: Some(1),
        non_production_clusters: Some(1),
        team_size: Some(8),
        compliance: Some(Regimes::of(&[Regime::PciDss, Regime::Soc2])),
        disaster_recovery: Some(DisasterRecovery::Hours),
        targets: Some(vec![Target::new(
            "Payments cluster",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, false, false),
        ci_credential_concern: Some(Concern::High),
        gitops_tooling: Some(GitOpsTooling::Flux),
        pipeline_owners: Some(OwnerCoverage::All),
        split_documented: Some(SplitWritten::No),
        ..Answers::default()
    }
}

/// A mixed estate: EKS (one production cluster, staging and tools beside
/// it), Lambda and a legacy EC2 service, with both GitOps tools and no
/// agreed line between them.
pub fn mixed() -> Answers {
    Answers {
        production_clusters: Some(1),
        non_production_clusters: Some(2),
        team_size: Some(35),
        compliance: Some(Regimes::of(&[Regime::Iso27001])),
        disaster_recovery: Some(DisasterRecovery::Hours),
        targets: Some(vec![
            Target::new(
                "EKS clusters (prod, staging, tools)",
                TargetKind::Kubernetes,
            ),
            Target::new("Lambda functions", TargetKind::Serverless),
            Target::new("Legacy billing on EC2", TargetKind::Vm),
        ]),
        imperative_steps: steps(true, true, true),
        ci_credential_concern: Some(Concern::Moderate),
        gitops_tooling: Some(GitOpsTooling::BothOverlapping),
        pipeline_owners: Some(OwnerCoverage::Some),
        split_documented: Some(SplitWritten::Partly),
        ..Answers::default()
    }
}

pub fn all() -> Vec<Sample> {
    vec![
        Sample {
            name: "startup",
            answers: startup(),
        },
        Sample {
            name: "platform",
            answers: platform(),
        },
        Sample {
            name: "regulated",
            answers: regulated(),
        },
        Sample {
            name: "mixed",
            answers: mixed(),
        },
    ]
}

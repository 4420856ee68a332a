//! Four realistic org shapes, used by the tests, the golden decision
//! records, the benchmarks and `examples/answers/*.json`.

use super::answers::{Answers, Target, TargetKind};
use super::choices::{
    Compliance, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage,
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

/// A six-person startup on one cluster.
pub fn startup() -> Answers {
    Answers {
        clusters: Some(1),
        team_size: Some(6),
        compliance: Some(Compliance::None_),
        disaster_recovery: Some(DisasterRecovery::BestEffort),
        targets: Some(vec![Target::new(
            "Production EKS cluster",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, false, false),
        ci_credential_concern: Some(Concern::Low),
        gitops_tooling: Some(GitOpsTooling::None_),
        pipeline_owners: Some(OwnerCoverage::All),
        split_documented: Some(false),
        ..Answers::default()
    }
}

/// A platform team running a 40-cluster fleet with Argo CD.
pub fn platform() -> Answers {
    Answers {
        clusters: Some(40),
        team_size: Some(120),
        compliance: Some(Compliance::Soc2),
        disaster_recovery: Some(DisasterRecovery::Minutes),
        targets: Some(vec![Target::new(
            "Regional GKE fleet",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, true, false),
        ci_credential_concern: Some(Concern::High),
        gitops_tooling: Some(GitOpsTooling::ArgoCd),
        pipeline_owners: Some(OwnerCoverage::Some),
        split_documented: Some(true),
        ..Answers::default()
    }
}

/// A PCI-regulated payments team on a single cluster, already on Flux.
pub fn regulated() -> Answers {
    Answers {
        clusters: Some(1),
        team_size: Some(8),
        compliance: Some(Compliance::PciDss),
        disaster_recovery: Some(DisasterRecovery::Hours),
        targets: Some(vec![Target::new(
            "Payments cluster",
            TargetKind::Kubernetes,
        )]),
        imperative_steps: steps(true, false, false),
        ci_credential_concern: Some(Concern::High),
        gitops_tooling: Some(GitOpsTooling::Flux),
        pipeline_owners: Some(OwnerCoverage::All),
        split_documented: Some(false),
        ..Answers::default()
    }
}

/// A mixed estate: EKS, Lambda and a legacy EC2 service, with both GitOps tools.
pub fn mixed() -> Answers {
    Answers {
        clusters: Some(3),
        team_size: Some(35),
        compliance: Some(Compliance::Iso27001),
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
        gitops_tooling: Some(GitOpsTooling::Both),
        pipeline_owners: Some(OwnerCoverage::Some),
        split_documented: Some(false),
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

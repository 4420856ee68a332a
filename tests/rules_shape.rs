#![cfg(not(target_arch = "wasm32"))]
//! The source's shape rules (clusters, team, targets), case by case.

mod common;

use common::table::{case, neutral, run};
use common::{k8s, serverless, vm};
use pushpull::core::engine::answers::{Answers, GitOpsTooling};
use pushpull::core::engine::warnings::WarningId::MixedModeUndocumented;
use pushpull::core::engine::Pattern::{GitOps, Hybrid, Pipeline};
use pushpull::core::engine::Strength::{Clear, Leaning, Strong, Tentative};

#[test]
fn clusters_and_team_size() {
    let a = Answers::default;
    run(vec![
        case(
            "startup: 1 cluster, 4 engineers",
            Answers {
                production_clusters: Some(1),
                team_size: Some(4),
                ..a()
            },
            Some(Pipeline),
            Tentative,
        )
        .fired(&["single-cluster-small-team"]),
        case(
            "startup, everything answered",
            neutral(),
            Some(Pipeline),
            Clear,
        )
        .fired(&["single-cluster-small-team"]),
        case(
            "single cluster, team unknown",
            Answers {
                production_clusters: Some(1),
                ..a()
            },
            Some(Pipeline),
            Tentative,
        )
        .fired(&["single-cluster"]),
        case(
            "10 engineers is still small",
            Answers {
                team_size: Some(10),
                ..neutral()
            },
            Some(Pipeline),
            Clear,
        )
        .fired(&["single-cluster-small-team"]),
        case(
            "11 engineers on one production cluster: a mild pipeline lean",
            Answers {
                team_size: Some(11),
                ..neutral()
            },
            Some(Pipeline),
            Leaning,
        )
        .fired(&["single-cluster-larger-team"]),
        case(
            "3 clusters",
            Answers {
                production_clusters: Some(3),
                ..neutral()
            },
            Some(GitOps),
            Clear,
        )
        .fired(&["multi-cluster"]),
        case(
            "9 clusters is several, not decisive",
            Answers {
                production_clusters: Some(9),
                ..a()
            },
            Some(GitOps),
            Tentative,
        )
        .fired(&["multi-cluster"]),
        case(
            "10 clusters is already many",
            Answers {
                production_clusters: Some(10),
                ..neutral()
            },
            Some(GitOps),
            Strong,
        )
        .fired(&["many-clusters"]),
        case(
            "12 clusters",
            Answers {
                production_clusters: Some(12),
                ..a()
            },
            Some(GitOps),
            Strong,
        )
        .fired(&["many-clusters"]),
        case(
            "12 clusters, everything answered",
            Answers {
                production_clusters: Some(12),
                ..neutral()
            },
            Some(GitOps),
            Strong,
        )
        .fired(&["many-clusters"]),
        case(
            "no clusters",
            Answers {
                production_clusters: Some(0),
                ..a()
            },
            Some(Pipeline),
            Strong,
        )
        .fired(&["no-kubernetes"]),
    ]);
}

#[test]
fn targets() {
    let a = Answers::default;
    run(vec![
        case(
            "EKS + Lambda",
            Answers {
                targets: Some(vec![k8s("EKS"), serverless("Lambda")]),
                ..a()
            },
            Some(Hybrid),
            Strong,
        )
        .fired(&["mixed-workloads"])
        .warnings(&[MixedModeUndocumented]),
        case(
            "EKS + Lambda on 2 clusters, split documented",
            Answers {
                production_clusters: Some(2),
                targets: Some(vec![k8s("EKS"), serverless("Lambda")]),
                ..neutral()
            },
            Some(Hybrid),
            Strong,
        )
        .fired(&["mixed-workloads", "multi-cluster"]),
        case(
            "hybrid on one cluster with a small team",
            Answers {
                targets: Some(vec![k8s("EKS"), serverless("Lambda")]),
                ..neutral()
            },
            Some(Hybrid),
            Strong,
        )
        .fired(&["mixed-workloads", "single-cluster-small-team"])
        .conflicts(&["single-cluster-small-team-vs-hybrid"]),
        case(
            "only Lambda + EC2",
            Answers {
                targets: Some(vec![serverless("Lambda"), vm("EC2")]),
                ..a()
            },
            Some(Pipeline),
            Strong,
        )
        .fired(&["no-kubernetes"]),
        case(
            "Kubernetes-only targets, clusters unanswered",
            Answers {
                targets: Some(vec![k8s("GKE")]),
                ..a()
            },
            Some(GitOps),
            Tentative,
        )
        .fired(&["kubernetes-only"]),
        case(
            "no clusters but a Kubernetes target",
            Answers {
                production_clusters: Some(0),
                targets: Some(vec![k8s("GKE")]),
                ..a()
            },
            Some(GitOps),
            Leaning,
        )
        .fired(&["kubernetes-only"])
        .conflicts(&["clusters-vs-targets"]),
        case(
            "clusters but only serverless listed",
            Answers {
                production_clusters: Some(3),
                targets: Some(vec![serverless("Lambda")]),
                ..a()
            },
            Some(Hybrid),
            Strong,
        )
        .fired(&["mixed-workloads", "multi-cluster"])
        .conflicts(&["clusters-vs-targets"])
        .warnings(&[MixedModeUndocumented]),
        case(
            "pipeline pick while Argo CD runs",
            Answers {
                gitops_tooling: Some(GitOpsTooling::ArgoCd),
                ..neutral()
            },
            Some(Pipeline),
            Clear,
        )
        .fired(&["single-cluster-small-team"])
        .conflicts(&["gitops-tool-vs-pipeline"]),
    ]);
}

#[test]
fn nothing_decisive_answered() {
    let a = Answers::default;
    run(vec![
        case("nothing answered", a(), None, Tentative),
        case(
            "only team size answered",
            Answers {
                team_size: Some(4),
                ..a()
            },
            None,
            Tentative,
        ),
        case(
            "an empty target list is like unanswered",
            Answers {
                targets: Some(Vec::new()),
                ..a()
            },
            None,
            Tentative,
        ),
    ]);
}

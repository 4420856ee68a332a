//! The rules, as data. Each rule reads the answers and either stays silent
//! or fires with an [`Effect`]; `decision` and `tally` combine the firings.
//!
//! Weights (GitOps and pipeline weights are summed separately):
//! - 4: a compliance regime (a hard audit requirement beats "overkill").
//! - 3: the source's primary picks: one production cluster + small team,
//!   2-9 production clusters.
//! - 2: one production cluster with team size unknown; DR in minutes; high
//!   credential concern.
//! - 1: DR within hours; moderate credential concern; Kubernetes-only
//!   targets with no production cluster count; one production cluster with
//!   a larger team (still pipeline, but any GitOps signal outweighs it).
//!
//! Only production clusters are counted: the guide keeps pipelines for one
//! production cluster with dev and staging beside it.
//!
//! Imperative steps carry no weight: they route their part to a pipeline and
//! only break a tie, so they never overturn a GitOps pick on their own.

use serde::Serialize;

use super::anchors;
use super::answers::{Answers, MANY_CLUSTERS_MIN, SMALL_TEAM_MAX};
use super::choices::{Concern, DisasterRecovery};
use super::pattern::Pattern;
use super::questions::QuestionId;

/// What a firing does to the pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Effect {
    /// Settles the pattern by itself. Precedence when several are decisive:
    /// Hybrid, then Pipeline, then GitOps (Hybrid keeps GitOps for clusters).
    Decisive { toward: Pattern },
    /// Adds `weight` toward `toward` (Pipeline or GitOps).
    Weighted { toward: Pattern, weight: u8 },
    /// Sends that part of the work to `toward`; breaks a tie, never
    /// overturns a pick.
    ForPart { toward: Pattern },
}

impl Effect {
    pub fn toward(self) -> Pattern {
        match self {
            Effect::Decisive { toward }
            | Effect::Weighted { toward, .. }
            | Effect::ForPart { toward } => toward,
        }
    }

    /// Whether this effect is in line with `pattern`. A GitOps push agrees
    /// with Hybrid (its Kubernetes part is GitOps), and so does a pipeline
    /// part (its other part is pipelines).
    pub fn agrees_with(self, pattern: Pattern) -> bool {
        match self {
            Effect::ForPart { toward } => {
                toward == pattern || (pattern == Pattern::Hybrid && toward == Pattern::Pipeline)
            }
            Effect::Decisive { toward } | Effect::Weighted { toward, .. } => {
                toward == pattern || (pattern == Pattern::Hybrid && toward == Pattern::GitOps)
            }
        }
    }
}

/// A rule that fired: its effect and the questions whose answers triggered
/// it. The human text of those answers is `because(answers)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Firing {
    pub effect: Effect,
    pub questions: &'static [QuestionId],
}

impl Firing {
    /// The triggering answers as phrases ("one production cluster", "a team of 4").
    pub fn because(&self, a: &Answers) -> Vec<String> {
        self.questions
            .iter()
            .map(|&q| super::text::answer_phrase(q, a))
            .collect()
    }
}

/// One rule of the source, with a link to where the docs explain it.
#[derive(Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub title: &'static str,
    pub source_anchor: &'static str,
    /// Every question `evaluate` looks at (used to skip rules in the flip
    /// search; a property test checks nothing else changes the firing).
    pub reads: &'static [QuestionId],
    /// One sentence saying why the rule points where it does.
    pub summary: &'static str,
    pub evaluate: fn(&Answers) -> Option<Firing>,
}

impl Rule {
    /// True when `evaluate` looks at question `q`.
    pub fn reads_question(&self, q: QuestionId) -> bool {
        self.reads.contains(&q)
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("id", &self.id).finish()
    }
}

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

pub const WEIGHT_COMPLIANCE: u8 = 4;
pub const WEIGHT_PRIMARY: u8 = 3;
pub const WEIGHT_SINGLE_CLUSTER_TEAM_UNKNOWN: u8 = 2;
pub const WEIGHT_STRONG_FACTOR: u8 = 2;
pub const WEIGHT_MILD: u8 = 1;

const CLUSTERS: &[QuestionId] = &[QuestionId::Clusters];
const CLUSTERS_TEAM: &[QuestionId] = &[QuestionId::Clusters, QuestionId::TeamSize];
const TARGETS: &[QuestionId] = &[QuestionId::Targets];
const CLUSTERS_TARGETS: &[QuestionId] = &[QuestionId::Clusters, QuestionId::Targets];

fn weighted(toward: Pattern, weight: u8, questions: &'static [QuestionId]) -> Option<Firing> {
    Some(Firing {
        effect: Effect::Weighted { toward, weight },
        questions,
    })
}

fn decisive(toward: Pattern, questions: &'static [QuestionId]) -> Option<Firing> {
    Some(Firing {
        effect: Effect::Decisive { toward },
        questions,
    })
}

fn no_kubernetes(a: &Answers) -> Option<Firing> {
    if a.has_kubernetes() {
        return None;
    }
    match (a.production_clusters, a.targets_listed()) {
        (Some(0), true) => decisive(Pattern::Pipeline, CLUSTERS_TARGETS),
        (Some(0), false) => decisive(Pattern::Pipeline, CLUSTERS),
        (_, true) => decisive(Pattern::Pipeline, TARGETS),
        _ => None,
    }
}

fn mixed_workloads(a: &Answers) -> Option<Firing> {
    if !(a.has_kubernetes() && a.has_non_kubernetes()) {
        return None;
    }
    let k8s_listed = a.listed_targets().iter().any(|t| t.kind.is_kubernetes());
    decisive(
        Pattern::Hybrid,
        if k8s_listed {
            TARGETS
        } else {
            CLUSTERS_TARGETS
        },
    )
}

fn many_clusters(a: &Answers) -> Option<Firing> {
    match a.production_clusters {
        Some(n) if n >= MANY_CLUSTERS_MIN => decisive(Pattern::GitOps, CLUSTERS),
        _ => None,
    }
}

fn multi_cluster(a: &Answers) -> Option<Firing> {
    match a.production_clusters {
        Some(n) if n > 1 && n < MANY_CLUSTERS_MIN => {
            weighted(Pattern::GitOps, WEIGHT_PRIMARY, CLUSTERS)
        }
        _ => None,
    }
}

fn single_cluster_small_team(a: &Answers) -> Option<Firing> {
    match (a.production_clusters, a.team_size) {
        (Some(1), Some(t)) if t <= SMALL_TEAM_MAX => {
            weighted(Pattern::Pipeline, WEIGHT_PRIMARY, CLUSTERS_TEAM)
        }
        _ => None,
    }
}

fn single_cluster_team_unknown(a: &Answers) -> Option<Firing> {
    match (a.production_clusters, a.team_size) {
        (Some(1), None) => weighted(
            Pattern::Pipeline,
            WEIGHT_SINGLE_CLUSTER_TEAM_UNKNOWN,
            CLUSTERS,
        ),
        _ => None,
    }
}

fn single_cluster_larger_team(a: &Answers) -> Option<Firing> {
    match (a.production_clusters, a.team_size) {
        (Some(1), Some(t)) if t > SMALL_TEAM_MAX => {
            weighted(Pattern::Pipeline, WEIGHT_MILD, CLUSTERS_TEAM)
        }
        _ => None,
    }
}

fn kubernetes_only(a: &Answers) -> Option<Firing> {
    let all_k8s = a.targets_listed() && a.listed_targets().iter().all(|t| t.kind.is_kubernetes());
    match a.production_clusters {
        None | Some(0) if all_k8s => weighted(Pattern::GitOps, WEIGHT_MILD, TARGETS),
        _ => None,
    }
}

fn compliance(a: &Answers) -> Option<Firing> {
    a.regimes().and_then(|_| {
        weighted(
            Pattern::GitOps,
            WEIGHT_COMPLIANCE,
            &[QuestionId::Compliance],
        )
    })
}

fn disaster_recovery(a: &Answers) -> Option<Firing> {
    let weight = match a.disaster_recovery? {
        DisasterRecovery::BestEffort => return None,
        DisasterRecovery::Hours => WEIGHT_MILD,
        DisasterRecovery::Minutes => WEIGHT_STRONG_FACTOR,
    };
    weighted(Pattern::GitOps, weight, &[QuestionId::DisasterRecovery])
}

fn ci_credentials(a: &Answers) -> Option<Firing> {
    let weight = match a.ci_credential_concern? {
        Concern::Accepted | Concern::Isolated | Concern::ShortLived => return None,
        Concern::Moderate => WEIGHT_MILD,
        Concern::High => WEIGHT_STRONG_FACTOR,
    };
    weighted(Pattern::GitOps, weight, &[QuestionId::CiCredentialConcern])
}

fn imperative_steps(a: &Answers) -> Option<Firing> {
    a.imperative().map(|_| Firing {
        effect: Effect::ForPart {
            toward: Pattern::Pipeline,
        },
        questions: &[QuestionId::ImperativeSteps],
    })
}

/// Every rule, in the order they are listed in a decision.
pub static RULES: &[Rule] = &[
    Rule {
        id: "no-kubernetes",
        title: "No Kubernetes at all",
        source_anchor: anchors::RULE_NO_KUBERNETES,
        reads: CLUSTERS_TARGETS,
        summary: "Argo CD and Flux reconcile Kubernetes objects; for Lambda functions, VMs or on-prem hosts they would be a detour, so CI pipelines deploy it all.",
        evaluate: no_kubernetes,
    },
    Rule {
        id: "mixed-workloads",
        title: "Kubernetes and non-Kubernetes targets",
        source_anchor: anchors::RULE_MIXED_WORKLOADS,
        reads: CLUSTERS_TARGETS,
        summary: "With Kubernetes and other targets side by side, neither model covers everything: a controller takes the clusters, CI takes the rest, and the image build joins them by committing new tags to the manifest repo.",
        evaluate: mixed_workloads,
    },
    Rule {
        id: "many-clusters",
        title: "Many production clusters",
        source_anchor: anchors::GITOPS_MULTI_CLUSTER,
        reads: CLUSTERS,
        summary: "From about ten production clusters, each cluster fetching its own state from one repo is the arrangement that holds up; a CI job per cluster, each with its own credential, grows fragile.",
        evaluate: many_clusters,
    },
    Rule {
        id: "multi-cluster",
        title: "Several production clusters",
        source_anchor: anchors::RULE_MULTI_CLUSTER_OR_COMPLIANCE,
        reads: CLUSTERS,
        summary: "With two or more production clusters, every change has to land everywhere: pulling from git does that by itself, where pushing from CI means one credential and one apply per cluster.",
        evaluate: multi_cluster,
    },
    Rule {
        id: "single-cluster-small-team",
        title: "One production cluster, small team",
        source_anchor: anchors::RULE_SINGLE_CLUSTER_SMALL_TEAM,
        reads: CLUSTERS_TEAM,
        summary: "With one production cluster and a team this size, a well-run pipeline does the job, whatever dev and staging clusters sit beside it; a controller would be one more thing to run, upgrade and debug for little gain.",
        evaluate: single_cluster_small_team,
    },
    Rule {
        id: "single-cluster",
        title: "One production cluster (team size unknown)",
        source_anchor: anchors::PIPELINE_SINGLE_CLUSTER,
        reads: CLUSTERS_TEAM,
        summary: "One production cluster with simple operations is pipeline territory; how many engineers ship to it decides how firmly.",
        evaluate: single_cluster_team_unknown,
    },
    Rule {
        id: "single-cluster-larger-team",
        title: "One production cluster, larger team",
        source_anchor: anchors::RULE_SINGLE_CLUSTER_SMALL_TEAM,
        reads: CLUSTERS_TEAM,
        summary: "One production cluster still leans toward pipelines with more than ten engineers shipping to it, but only slightly: with that many people, operations are rarely simple, so any signal toward GitOps outweighs it.",
        evaluate: single_cluster_larger_team,
    },
    Rule {
        id: "kubernetes-only",
        title: "Kubernetes-only targets",
        source_anchor: anchors::HYBRID_GITOPS_FOR_KUBERNETES,
        reads: CLUSTERS_TARGETS,
        summary: "When everything listed runs on Kubernetes, a controller applying manifests from git is the natural fit; the production cluster count, once answered, decides how firmly.",
        evaluate: kubernetes_only,
    },
    Rule {
        id: "compliance",
        title: "Compliance regime",
        source_anchor: anchors::GITOPS_COMPLIANCE,
        reads: &[QuestionId::Compliance],
        summary: "No regime demands pull-based deploys; each asks for evidence that production changes were approved, tested and traceable. Reviewed commits plus a controller that reports drift produce that evidence as a by-product, provided the sync history is exported, because the controller keeps only a short one.",
        evaluate: compliance,
    },
    Rule {
        id: "disaster-recovery",
        title: "Repeatable disaster recovery",
        source_anchor: anchors::GITOPS_DISASTER_RECOVERY,
        reads: &[QuestionId::DisasterRecovery],
        summary: "A replacement cluster converges from git once its controller is reinstalled with repo access and decryption keys, instead of every pipeline being re-run in the right order; data still comes back from backups.",
        evaluate: disaster_recovery,
    },
    Rule {
        id: "ci-credentials",
        title: "CI holding cluster credentials",
        source_anchor: anchors::WEIGH_DR_AND_CREDENTIALS,
        reads: &[QuestionId::CiCredentialConcern],
        summary: "When each cluster pulls for itself, CI holds no credential that writes to production, so a compromised CI job can no longer change a cluster directly; it can still ship a bad image through its tag commits, which only image signing tied to the protected build, verified at admission, blocks.",
        evaluate: ci_credentials,
    },
    Rule {
        id: "imperative-steps",
        title: "Imperative deploy steps",
        source_anchor: anchors::WEIGH_IMPERATIVE_STEPS,
        reads: &[QuestionId::ImperativeSteps],
        summary: "Migrations, traffic shifts and ordered steps across systems read best as pipeline steps, so a pipeline runs that part without overturning the pattern; a progressive-delivery controller can move traffic shifts into git instead.",
        evaluate: imperative_steps,
    },
];

/// Every rule that fires for these answers, in `RULES` order.
pub fn fire(a: &Answers) -> impl Iterator<Item = (&'static Rule, Firing)> + '_ {
    RULES
        .iter()
        .filter_map(move |r| (r.evaluate)(a).map(|f| (r, f)))
}

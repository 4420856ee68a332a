//! The record's own sentences about the org: the context paragraph, one
//! line per decision driver, and the "because" of the outcome.

use super::facts::{count, number, Facts};
use super::options::steps_short;
use super::text::inline;
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{
    Concern, DisasterRecovery, GitOpsTooling, OwnerCoverage, SplitWritten,
};
use crate::core::engine::decision::FiredRule;
use crate::core::engine::text::{capitalize, join_and};
use crate::core::engine::{Decision, Pattern};
use crate::core::record::details::RecordDetails;

/// The names of the listed targets outside Kubernetes, joined.
pub fn outside_kubernetes(a: &Answers) -> String {
    let names: Vec<String> = a
        .listed_targets()
        .iter()
        .filter(|t| !t.kind.is_kubernetes())
        .map(|t| inline(&t.name))
        .collect();
    join_and(&names)
}

fn engineers(n: u32) -> String {
    count(n, "engineer", "engineers")
}

/// The context paragraph: only what was answered.
pub fn context(a: &Answers, d: &Decision, w: &RecordDetails) -> String {
    let org = inline(w.organisation.trim());
    let we = org.is_empty();
    let subject = if we { "We".to_string() } else { org };
    let (run, deploy) = if we {
        ("run", "deploy")
    } else {
        ("runs", "deploys")
    };
    let mut s: Vec<String> = Vec::new();
    let targets: Vec<String> = a
        .listed_targets()
        .iter()
        .map(|t| inline(&t.describe()))
        .collect();
    let estate = a.production_clusters.map(|n| {
        let prod = match n {
            0 => "no production Kubernetes cluster".to_string(),
            n => count(n, "production cluster", "production clusters"),
        };
        match a.non_production_clusters.filter(|&m| m > 0) {
            Some(m) => format!(
                "{prod} and {}",
                count(m, "non-production cluster", "non-production clusters")
            ),
            None => prod,
        }
    });
    match (estate, targets.is_empty()) {
        (Some(e), false) => s.push(format!(
            "{subject} {run} {e}, and {deploy} to {}.",
            join_and(&targets)
        )),
        (Some(e), true) => s.push(format!("{subject} {run} {e}.")),
        (None, false) => s.push(format!("{subject} {deploy} to {}.", join_and(&targets))),
        (None, true) => {}
    }
    if let Some(n) = a.team_size {
        s.push(format!("{} ship to production.", capitalize(&engineers(n))));
    }
    // Answers that fired a rule are stated once, as drivers; the rest here.
    if a.compliance.is_some_and(|r| !r.any()) {
        s.push("No compliance regime applies.".into());
    }
    if a.disaster_recovery == Some(DisasterRecovery::BestEffort) {
        s.push("A best-effort rebuild of a lost cluster is acceptable.".into());
    }
    if a.imperative_steps.is_some_and(|steps| !steps.any()) {
        s.push("Deploys only roll out new versions.".into());
    }
    s.extend(a.ci_credential_concern.and_then(|c| {
        match c {
            Concern::Accepted => Some("CI holds long-lived cluster credentials, a risk we accept."),
            Concern::Isolated => {
                Some("Deploy jobs run on isolated runners behind a protected environment.")
            }
            Concern::ShortLived => Some("CI already gets short-lived OIDC tokens per environment."),
            Concern::Moderate | Concern::High => None,
        }
        .map(str::to_string)
    }));
    s.extend(a.gitops_tooling.map(|t| match t {
        GitOpsTooling::None_ => "No GitOps controller runs today.".to_string(),
        GitOpsTooling::ArgoCd | GitOpsTooling::Flux => format!("{} already runs here.", t.label()),
        GitOpsTooling::BothSplit => {
            "Argo CD and Flux both run, each on written-down resources.".into()
        }
        GitOpsTooling::BothOverlapping => {
            "Argo CD and Flux both run, with no agreed line between them.".into()
        }
    }));
    if a.pipeline_owners == Some(OwnerCoverage::All) {
        s.push("Every deploy pipeline has an owning team.".into());
    }
    if a.split_documented == Some(SplitWritten::Yes) {
        s.push("A written split says which mechanism deploys what.".into());
    }
    if d.pattern.is_some() && !d.missing.is_empty() {
        let open: Vec<&str> = d.missing.iter().map(|q| q.phrase()).collect();
        s.push(format!(
            "Still open, and able to change this: {}.",
            join_and(&open)
        ));
    }
    s.join(" ")
}

fn regimes(a: &Answers) -> String {
    a.regimes().map_or_else(String::new, |r| r.label())
}

fn clusters(a: &Answers) -> u32 {
    a.production_clusters.unwrap_or(0)
}

/// One driver as a sentence, or `None` for a rule this record words as
/// part of another.
fn driver(rule: &FiredRule, a: &Answers) -> String {
    let team = a.team_size.map(engineers).unwrap_or_default();
    match rule.id {
        "no-kubernetes" => "Nothing we deploy runs on Kubernetes, so no controller has a cluster to run in".into(),
        "mixed-workloads" => format!(
            "{} run outside Kubernetes, where no GitOps controller reaches",
            outside_kubernetes(a)
        ),
        "many-clusters" => format!(
            "{} production clusters: a CI job and a credential per cluster does not hold up at that count",
            clusters(a)
        ),
        "multi-cluster" => format!(
            "{} production clusters, each needing its own CI credential and deploy job",
            capitalize(&number(clusters(a)))
        ),
        "single-cluster-small-team" => format!(
            "One production cluster and {team}: a controller would be one more system to run"
        ),
        "single-cluster" => "One production cluster, which a pipeline can serve on its own".into(),
        "single-cluster-larger-team" => format!(
            "One production cluster, although {team} ship to it"
        ),
        "kubernetes-only" => "Everything we deploy runs on Kubernetes".into(),
        "compliance" => format!(
            "{} auditors ask who approved each production change and when it took effect",
            regimes(a)
        ),
        "disaster-recovery" => match a.disaster_recovery {
            Some(DisasterRecovery::Minutes) => "A lost cluster must come back automatically within minutes".into(),
            _ => "A lost cluster must come back, repeatably, within hours".into(),
        },
        "ci-credentials" => match a.ci_credential_concern {
            Some(Concern::High) => "We do not want CI to hold credentials that can change production".into(),
            _ => "We would rather CI did not hold credentials that can change production".into(),
        },
        "imperative-steps" => format!(
            "Deploys include {}, which must run in order around a rollout",
            steps_short(a)
        ),
        _ => rule.title.to_string(),
    }
}

/// The Decision Drivers bullets: each driver once, the ones that pulled
/// the other way marked as such.
pub fn drivers(d: &Decision, a: &Answers) -> Vec<String> {
    d.fired
        .iter()
        .map(|rule| {
            let text = driver(rule, a);
            match (rule.agrees, rule.id) {
                (true, _) => text,
                (false, "imperative-steps") => format!("{text} (they stay pipeline steps)"),
                (false, _) => format!("{text} (weighed against the pick)"),
            }
        })
        .collect()
}

/// A clause of the "because", in the voice of the people deciding.
fn reason(rule: &FiredRule, a: &Answers) -> Option<String> {
    let team = a.team_size.map(engineers).unwrap_or_default();
    Some(match rule.id {
        "no-kubernetes" => "nothing we deploy runs on Kubernetes".into(),
        "mixed-workloads" => format!(
            "our clusters suit a controller while {} need pipelines",
            outside_kubernetes(a)
        ),
        "many-clusters" => format!(
            "we run {} production clusters, too many to push to from CI one credential at a time",
            clusters(a)
        ),
        "multi-cluster" => format!(
            "we run {} production clusters, and each would need its own CI credential",
            number(clusters(a))
        ),
        "single-cluster-small-team" => format!(
            "we run one production cluster with {team}, and a controller would cost us more than it saves"
        ),
        "single-cluster" => "we run one production cluster, which a pipeline serves well".into(),
        "kubernetes-only" => "everything we deploy runs on Kubernetes".into(),
        "compliance" => format!(
            "{} auditors need a reviewed trail of every production change",
            regimes(a)
        ),
        "disaster-recovery" => match a.disaster_recovery {
            Some(DisasterRecovery::Minutes) => "a lost cluster must come back within minutes".into(),
            _ => "a lost cluster must come back within hours".into(),
        },
        "ci-credentials" => "we want CI to stop holding production credentials".into(),
        _ => return None,
    })
}

/// The rest of "Chosen option: "…", because …".
pub fn because(d: &Decision, a: &Answers, f: &Facts) -> String {
    let clauses: Vec<String> = d
        .fired
        .iter()
        .filter(|r| r.agrees)
        .filter_map(|r| reason(r, a))
        .take(2)
        .collect();
    let mut text = match clauses.split_first() {
        Some((first, [])) => format!("{first}."),
        Some((first, rest)) => format!("{first}; also, {}.", join_and(rest)),
        None => "it fits the answers given.".to_string(),
    };
    if f.pattern == Some(Pattern::Pipeline) && a.ci_credential_concern == Some(Concern::ShortLived)
    {
        text.push_str(" CI's short-lived OIDC tokens already keep its access narrow.");
    }
    text
}

//! Conflicts: every fired rule that points away from the pick, and answers
//! that contradict each other. Each says which way it was resolved and why;
//! nothing is resolved silently.

use serde::Serialize;

use super::answers::Answers;
use super::pattern::Pattern;
use super::questions::{clusters_text, non_production_text, QuestionId};
use super::rules::{Effect, Firing, Rule};
use super::tally::Resolution;
use super::text::{answer_phrase, capitalize, join_and};

/// One tension in the answers, and how it was resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// e.g. "compliance-vs-pipeline", "clusters-vs-targets".
    pub id: String,
    /// The rules on both sides (the opposing rule first).
    pub rules: Vec<&'static str>,
    pub questions: Vec<QuestionId>,
    pub resolved_toward: Pattern,
    pub text: String,
}

/// The rules that carried the pick, strongest first.
pub fn winners<'a>(
    fired: &'a [(&'static Rule, Firing)],
    pattern: Pattern,
) -> Vec<&'a (&'static Rule, Firing)> {
    let mut w: Vec<_> = fired
        .iter()
        .filter(|(_, f)| {
            f.effect.agrees_with(pattern) && !matches!(f.effect, Effect::ForPart { .. })
        })
        .collect();
    w.sort_by_key(|(_, f)| match f.effect {
        Effect::Decisive { .. } => 0,
        Effect::Weighted { weight, .. } => 100 - i32::from(weight),
        Effect::ForPart { .. } => 200,
    });
    w
}

/// "one production cluster and a team of 4", from the winners' triggering
/// answers, each phrased to fit inside a sentence.
pub fn drivers_text(a: &Answers, winners: &[&(&'static Rule, Firing)]) -> String {
    let mut phrases: Vec<String> = Vec::new();
    for (_, f) in winners {
        for &q in f.questions {
            let p = answer_phrase(q, a);
            if !phrases.contains(&p) {
                phrases.push(p);
            }
        }
    }
    join_and(&phrases)
}

/// Every conflict for a decision that picked `pattern` via `resolution`.
pub fn build(
    a: &Answers,
    fired: &[(&'static Rule, Firing)],
    pattern: Pattern,
    resolution: Resolution,
) -> Vec<Conflict> {
    let winners = winners(fired, pattern);
    let drivers = drivers_text(a, &winners);
    let mut out = Vec::new();
    for (rule, f) in fired {
        if f.effect.agrees_with(pattern) {
            continue;
        }
        let mut rules = vec![rule.id];
        rules.extend(winners.iter().map(|(r, _)| r.id));
        let mut questions: Vec<QuestionId> = f.questions.to_vec();
        for (_, wf) in &winners {
            for q in wf.questions {
                if !questions.contains(q) {
                    questions.push(*q);
                }
            }
        }
        out.push(Conflict {
            id: format!("{}-vs-{}", rule.id, slug(pattern)),
            rules,
            questions,
            resolved_toward: pattern,
            text: opposing_text(a, rule, f, pattern, resolution, &drivers, &winners),
        });
    }
    out.extend(answer_conflicts(a, pattern));
    out
}

fn slug(p: Pattern) -> &'static str {
    match p {
        Pattern::Pipeline => "pipeline",
        Pattern::GitOps => "gitops",
        Pattern::Hybrid => "hybrid",
    }
}

fn opposing_text(
    a: &Answers,
    rule: &Rule,
    f: &Firing,
    pattern: Pattern,
    resolution: Resolution,
    drivers: &str,
    winners: &[&(&'static Rule, Firing)],
) -> String {
    if let Effect::ForPart { .. } = f.effect {
        return steps_text(a, pattern, drivers);
    }
    let because = join_and(
        &f.questions
            .iter()
            .map(|&q| answer_phrase(q, a))
            .collect::<Vec<_>>(),
    );
    let toward = f.effect.toward().noun();
    let noun = pattern.noun();
    let mut text = match resolution {
        Resolution::Decisive => {
            let clause = winners
                .iter()
                .filter(|(_, w)| matches!(w.effect, Effect::Decisive { .. }))
                .find(|(_, w)| w.effect.toward() == pattern)
                .map_or("one answer settles it on its own", |(r, _)| {
                    super::explain::settled_clause(r.id)
                });
            format!(
                "Taken alone, {because} would point to {toward}, but {clause}, so the pick is {noun}."
            )
        }
        Resolution::Margin { winner, loser } => {
            let how = if winner - loser >= super::explain::STRONG_MARGIN {
                "far more"
            } else {
                "more"
            };
            format!(
                "Taken alone, {because} would point to {toward}, but the pick is {noun}, because the answers for it carry {how} weight: {drivers}."
            )
        }
        Resolution::Tie { by_steps, .. } => {
            let breaker = if by_steps {
                "the imperative steps break the tie toward pipeline deploys"
            } else {
                "a tie goes to the simpler model, pipeline deploys"
            };
            format!(
                "Taken alone, {because} would point to {toward}, and the answers for {noun} weigh just as much ({drivers}); {breaker}."
            )
        }
    };
    if let Some(m) = mitigation(rule.id, pattern) {
        text.push(' ');
        text.push_str(m);
    }
    text
}

/// Imperative steps under a GitOps pick: where each kind runs. Across
/// several clusters a migration runs once, from the service's pipeline,
/// not as a hook in every cluster that shares the database.
fn steps_text(a: &Answers, pattern: Pattern, drivers: &str) -> String {
    let steps = a.imperative().unwrap_or_default();
    let mut text = format!(
        "{} fit a pipeline better than a controller, but they only decide where those steps run, not the pick: it stays {}, driven by {drivers}.",
        capitalize(&steps.label()),
        pattern.noun()
    );
    if steps.migrations {
        let fleet = a.production_clusters.is_some_and(|n| n > 1);
        text.push_str(if fleet {
            " Run each migration once, from the service's pipeline, before it commits the new image tag; as a hook it would run again in every cluster that shares the database."
        } else {
            " Run migrations from the service's pipeline before it commits the new image tag; a short, idempotent one can instead be an Argo CD PreSync hook or a Flux Job ordered with dependsOn."
        });
    }
    if steps.traffic_shifts {
        text.push_str(" Traffic shifts can stay pipeline steps, or move into git with a progressive-delivery controller such as Argo Rollouts or Flagger.");
    }
    if steps.other_orchestration {
        text.push_str(" Steps ordered across systems stay in the pipeline, around the commit that changes the manifests.");
    }
    text
}

fn mitigation(rule_id: &str, pattern: Pattern) -> Option<&'static str> {
    Some(match (rule_id, pattern) {
        ("compliance", Pattern::Pipeline) => {
            "No regime asks for pull-based deploys, only for approved, tested and traceable changes: keep reviewed infrastructure-as-code in git, protected branches, retained pipeline logs and a scheduled drift check as the evidence."
        }
        ("disaster-recovery", Pattern::Pipeline) => {
            "Keep everything in git, script the full rebuild as one pipeline run, and rehearse it."
        }
        ("ci-credentials", Pattern::Pipeline) => {
            "Narrow what CI holds: short-lived, least-privilege credentials per target, for example through OIDC federation."
        }
        ("single-cluster-small-team" | "single-cluster" | "single-cluster-larger-team", Pattern::GitOps) => {
            "Keep the GitOps setup small: one controller, one manifest repo."
        }
        ("single-cluster-small-team" | "single-cluster" | "single-cluster-larger-team", Pattern::Hybrid) => {
            "The cluster still goes to GitOps; keep that setup small (one controller, one repo), and note in the documented driver that the non-Kubernetes targets forced the hybrid."
        }
        _ => return None,
    })
}

/// Answers that contradict each other, or the pick.
fn answer_conflicts(a: &Answers, pattern: Pattern) -> Vec<Conflict> {
    let mut out = Vec::new();
    let k8s_listed: Vec<&str> = a
        .listed_targets()
        .iter()
        .filter(|t| t.kind.is_kubernetes())
        .map(|t| t.name.as_str())
        .collect();
    let ct = vec![QuestionId::Clusters, QuestionId::Targets];
    match a.all_clusters() {
        Some(0) if !k8s_listed.is_empty() => out.push(Conflict {
            id: "clusters-vs-targets".to_string(),
            rules: Vec::new(),
            questions: ct,
            resolved_toward: pattern,
            text: format!(
                "The cluster counts say there are no clusters at all, but {} {}. It is read as Kubernetes being in play, since a named target is more specific than a count; correct whichever answer is wrong.",
                join_and(&k8s_listed),
                if k8s_listed.len() == 1 {
                    "is listed as a Kubernetes target"
                } else {
                    "are listed as Kubernetes targets"
                }
            ),
        }),
        Some(n) if n > 0 && a.targets_listed() && k8s_listed.is_empty() => {
            let production = a.production_clusters.unwrap_or(0);
            let text = if production > 0 {
                format!(
                    "You count {} but list no Kubernetes target. The clusters are read as Kubernetes beside the listed targets; add them to the targets, or set the count to 0 if they are not yours to deploy to.",
                    clusters_text(production)
                )
            } else {
                format!(
                    "You count {} but list no Kubernetes target. Without a production cluster they do not change the pick; add them to the targets if you deploy to them.",
                    non_production_text(n)
                )
            };
            out.push(Conflict {
                id: "clusters-vs-targets".to_string(),
                rules: Vec::new(),
                questions: ct,
                resolved_toward: pattern,
                text,
            });
        }
        _ => {}
    }
    if let Some(tool) = a.gitops_tooling.filter(|t| t.in_use()) {
        if pattern == Pattern::Pipeline {
            out.push(Conflict {
                id: "gitops-tool-vs-pipeline".to_string(),
                rules: Vec::new(),
                questions: vec![QuestionId::GitopsTooling],
                resolved_toward: pattern,
                text: format!(
                    "{} ({}), yet the answers point to pipeline deploys: tooling in place does not count toward the pick. If you keep {}, write down which targets {} deploys, so the two models never both deploy the same thing.",
                    if tool.both() { "GitOps controllers are already in use" } else { "A GitOps controller is already in use" },
                    tool.label(),
                    if tool.both() { "them" } else { "it" },
                    if tool.both() { "each" } else { "it" }
                ),
            });
        }
    }
    out
}

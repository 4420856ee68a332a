//! Conflicts: every fired rule that points away from the pick, and answers
//! that contradict each other. Each says which way it was resolved and why;
//! nothing is resolved silently.

use serde::Serialize;

use super::answers::Answers;
use super::pattern::Pattern;
use super::questions::{clusters_text, QuestionId};
use super::rules::{Effect, Firing, Rule};
use super::tally::Resolution;
use super::text::{capitalize, join_and, verb_point};

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

/// "1 cluster and team of 4", from the winners' triggering answers.
pub fn drivers_text(a: &Answers, winners: &[&(&'static Rule, Firing)]) -> String {
    let mut phrases: Vec<String> = Vec::new();
    for (_, f) in winners {
        for p in f.because(a) {
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
    let because = join_and(&f.because(a));
    if let Effect::ForPart { .. } = f.effect {
        return format!(
            "{} want procedural control flow, which favours pipelines, but they do not overturn a {} pick driven by {}. Resolved toward {}: those steps run as pipeline steps (or, if short and idempotent, as an Argo CD PreSync hook or a Flux Job chained with dependsOn), as listed in the split.",
            capitalize(&because),
            pattern.label(),
            drivers,
            pattern.noun()
        );
    }
    let why = match resolution {
        Resolution::Decisive => {
            let title = winners
                .iter()
                .find(|(_, w)| matches!(w.effect, Effect::Decisive { .. }))
                .map_or("a decisive rule", |(r, _)| r.title);
            format!("\"{title}\" is decisive")
        }
        Resolution::Margin { winner, loser } => {
            format!("that side weighs more ({winner} to {loser})")
        }
        Resolution::Tie { score, by_steps } => {
            if by_steps {
                format!("the sides tie ({score} each) and the imperative steps break the tie")
            } else {
                format!("the sides tie ({score} each) and the simpler model wins a tie")
            }
        }
    };
    let mut text = format!(
        "{} {} to {}, but {} {} to {}. Resolved toward {} because {}.",
        capitalize(&because),
        verb_point(&because),
        f.effect.toward().noun(),
        drivers,
        verb_point(drivers),
        pattern.noun(),
        pattern.noun(),
        why
    );
    if let Some(m) = mitigation(rule.id, pattern) {
        text.push(' ');
        text.push_str(m);
    }
    text
}

fn mitigation(rule_id: &str, pattern: Pattern) -> Option<&'static str> {
    Some(match (rule_id, pattern) {
        ("compliance", Pattern::Pipeline) => {
            "Keep the audit trail with infrastructure-as-code reviewed in git, protected branches, retained pipeline logs and a scheduled drift check; no regime requires pull-based deploys."
        }
        ("disaster-recovery", Pattern::Pipeline) => {
            "Keep everything in git and script the full rebuild as one pipeline run, and rehearse it."
        }
        ("ci-credentials", Pattern::Pipeline) => {
            "Narrow what CI holds: short-lived, least-privilege credentials per target (for example OIDC federation)."
        }
        ("single-cluster-small-team" | "single-cluster", Pattern::GitOps) => {
            "Keep the GitOps setup small: one controller, one manifest repo."
        }
        ("single-cluster-small-team" | "single-cluster", Pattern::Hybrid) => {
            "The cluster still goes to GitOps; keep that setup small (one controller, one repo) and say in the documented driver that the non-Kubernetes targets forced the hybrid."
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
                "Clusters says none, but {} is listed as a Kubernetes target. Resolved as having Kubernetes, since a named target is more specific than the count; correct one of the two answers.",
                join_and(&k8s_listed)
            ),
        }),
        Some(n) if n > 0 && a.targets_listed() && k8s_listed.is_empty() => out.push(Conflict {
            id: "clusters-vs-targets".to_string(),
            rules: Vec::new(),
            questions: ct,
            resolved_toward: pattern,
            text: format!(
                "You have {} but listed no Kubernetes target. Resolved as Kubernetes plus the listed targets; add the clusters to the targets, or set clusters to 0.",
                clusters_text(n)
            ),
        }),
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
                    "{} is already in use, but the answers point to pipeline deploys. Resolved toward pipeline deploys because tooling already in place is not one of the drivers these rules weigh; if you keep it, document which targets it deploys so the two models do not overlap.",
                    tool.label()
                ),
            });
        }
    }
    out
}

//! Strength and rationale: the human-facing summary of a decision.
//!
//! Strength:
//! - no pattern: Tentative;
//! - a decisive rule picked it: Strong (anything still open is named in
//!   the reason);
//! - otherwise, an unanswered question that could flip it: Tentative;
//! - otherwise by margin: 6 or more Strong, 3 to 5 Clear, less (or a
//!   tie-break) Leaning.

use super::answers::Answers;
use super::conflicts::drivers_text;
use super::flips::Flip;
use super::pattern::{Pattern, Strength, ToolPick};
use super::questions::QuestionId;
use super::rules::{Effect, Firing, Rule};
use super::tally::Resolution;
use super::text::{decapitalize, join_and};

/// Margin from which a weighed pick is Clear.
pub const CLEAR_MARGIN: u8 = 3;
/// Margin from which a weighed pick is Strong.
pub const STRONG_MARGIN: u8 = 6;

/// The strength of the pick and a sentence saying why. No internal score
/// shows: the weights are how the rules compare, not something to read.
pub fn strength(
    resolved: Option<(Pattern, Resolution)>,
    winners: &[&(&'static Rule, Firing)],
    missing: &[QuestionId],
    flips: &[Flip],
) -> (Strength, String) {
    let Some((pattern, resolution)) = resolved else {
        return (
            Strength::Tentative,
            format!(
                "Nothing decisive is answered yet: start with {}.",
                labels(missing)
            ),
        );
    };
    let open = open_text(missing, flips);
    match resolution {
        Resolution::Decisive => {
            let rule = winners
                .iter()
                .filter(|(_, f)| matches!(f.effect, Effect::Decisive { .. }))
                .find(|(_, f)| f.effect.toward() == pattern)
                .or_else(|| {
                    winners
                        .iter()
                        .find(|(_, f)| matches!(f.effect, Effect::Decisive { .. }))
                })
                .map(|(r, _)| *r);
            let mut s = settled_text(rule).to_string();
            if let Some(open) = open {
                s.push(' ');
                s.push_str(&open);
            }
            (Strength::Strong, s)
        }
        _ if open.is_some() => (
            Strength::Tentative,
            format!(
                "This is a partial recommendation. {}",
                open.unwrap_or_default()
            ),
        ),
        Resolution::Margin { winner, loser } => {
            let margin = winner - loser;
            let strength = if margin >= STRONG_MARGIN {
                Strength::Strong
            } else if margin >= CLEAR_MARGIN {
                Strength::Clear
            } else {
                Strength::Leaning
            };
            let reason = match (strength, loser) {
                (Strength::Leaning, 0) => {
                    "Only a mild signal points this way, but nothing in the answers points against it."
                }
                (_, 0) => "Every answer that weighs in points this way.",
                (Strength::Strong, _) => {
                    "Some answers point the other way, but the answers for this pick far outweigh them."
                }
                (Strength::Clear, _) => {
                    "Some answers point the other way, but the answers for this pick clearly outweigh them."
                }
                _ => {
                    "The answers for this pick only just outweigh those against it, so a small change could tip it."
                }
            };
            (strength, reason.to_string())
        }
        Resolution::Tie { score, by_steps } => {
            let s = match (score, by_steps) {
                (0, true) => "Only the imperative steps weigh in, and they tip it to pipeline deploys.",
                (0, false) => "Nothing in the answers tips it either way, so the simpler model, pipeline deploys, wins.",
                (_, true) => "The answers for and against balance out, and the imperative steps tip it to pipeline deploys.",
                (_, false) => "The answers for and against balance out, so the simpler model, pipeline deploys, wins the tie.",
            };
            (Strength::Leaning, s.to_string())
        }
    }
}

/// Why a decisive rule settles the pick, in a sentence.
fn settled_text(rule: Option<&Rule>) -> &'static str {
    match rule.map(|r| r.id) {
        Some("no-kubernetes") => {
            "With nothing on Kubernetes, a GitOps controller would have nothing to reconcile, so that settles it."
        }
        Some("mixed-workloads") => {
            "Kubernetes beside other targets settles it: the clusters suit a controller, and the rest still needs pipelines."
        }
        Some("many-clusters") => {
            "From about ten production clusters on, pulling from git is the pick by itself."
        }
        _ => "One answer settles the pick on its own.",
    }
}

/// Why a decisive rule settles the pick, as a clause for "..., but
/// {clause}, so the pick is ...".
pub fn settled_clause(rule_id: &str) -> &'static str {
    match rule_id {
        "no-kubernetes" => {
            "with nothing on Kubernetes a controller would have nothing to reconcile"
        }
        "mixed-workloads" => "Kubernetes beside other targets needs both mechanisms",
        "many-clusters" => "from about ten production clusters on, pulling from git wins by itself",
        _ => "one answer settles it on its own",
    }
}

fn labels(qs: &[QuestionId]) -> String {
    let l: Vec<&str> = qs.iter().map(|q| q.phrase()).collect();
    join_and(&l)
}

/// "An open question could still change it: the compliance regimes. For
/// example, with a compliance regime in scope, the pick would be GitOps."
fn open_text(missing: &[QuestionId], flips: &[Flip]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let lead = if missing.len() == 1 {
        "An open question could still change it"
    } else {
        "Open questions could still change it"
    };
    let example = flips
        .iter()
        .find(|f| missing.contains(&f.question))
        .map(|f| format!(" For example, {}", decapitalize(&f.change)))
        .unwrap_or_default();
    Some(format!("{lead}: {}.{example}", labels(missing)))
}

/// The headline name of the pick.
pub fn headline(pattern: Pattern, tool: Option<ToolPick>) -> String {
    match pattern {
        Pattern::Pipeline => "Pipeline deploys".to_string(),
        Pattern::GitOps => format!(
            "GitOps with {}",
            tool.map_or("Argo CD or Flux", |t| match t {
                ToolPick::ConsolidateOnOne => "one of Argo CD or Flux",
                t => t.label(),
            })
        ),
        Pattern::Hybrid => "A hybrid (GitOps for Kubernetes, pipelines for the rest)".to_string(),
    }
}

/// One or two sentences: what, driven by which answers, and the main
/// reason from the source. Never empty.
pub fn rationale(
    a: &Answers,
    resolved: Option<(Pattern, Resolution)>,
    tool: Option<ToolPick>,
    fired: &[(&'static Rule, Firing)],
    winners: &[&(&'static Rule, Firing)],
) -> String {
    let Some((pattern, resolution)) = resolved else {
        return "No recommendation yet: say how many production clusters you run and what you deploy to.".to_string();
    };
    let head = headline(pattern, tool);
    let main = winners.first().map(|(r, _)| r.summary);
    match resolution {
        Resolution::Tie { score, by_steps } => {
            let steps = fired
                .iter()
                .find(|(_, f)| matches!(f.effect, Effect::ForPart { .. }))
                .map(|(_, f)| join_and(&f.because(a)));
            let breaker = match (by_steps, steps) {
                (true, Some(steps)) => format!(
                    "{steps} tip it, since steps that must run in a set order sit most naturally in a pipeline"
                ),
                _ => "with nothing to tip it, the simpler model wins".to_string(),
            };
            if score == 0 {
                format!("{head}: nothing else weighs in, and {breaker}.")
            } else {
                format!(
                    "{head}: {} pull in opposite directions with equal weight, and {breaker}.",
                    drivers_text(a, &all_weighted(fired))
                )
            }
        }
        _ => {
            let drivers = drivers_text(a, winners);
            // "driven by no production cluster" reads as nonsense.
            let mut s = if drivers.starts_with("no ") {
                format!("{head}, because there is {drivers}.")
            } else {
                format!("{head}, driven by {drivers}.")
            };
            if let Some(main) = main {
                s.push(' ');
                s.push_str(main);
            }
            s
        }
    }
}

fn all_weighted<'a>(fired: &'a [(&'static Rule, Firing)]) -> Vec<&'a (&'static Rule, Firing)> {
    fired
        .iter()
        .filter(|(_, f)| matches!(f.effect, Effect::Weighted { .. }))
        .collect()
}

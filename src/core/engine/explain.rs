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
use super::text::join_and;

/// Margin from which a weighed pick is Clear.
pub const CLEAR_MARGIN: u8 = 3;
/// Margin from which a weighed pick is Strong.
pub const STRONG_MARGIN: u8 = 6;

/// The strength of the pick and a sentence saying why.
pub fn strength(
    resolved: Option<(Pattern, Resolution)>,
    winners: &[&(&'static Rule, Firing)],
    missing: &[QuestionId],
    flips: &[Flip],
) -> (Strength, String) {
    let Some((_, resolution)) = resolved else {
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
            let title = winners
                .iter()
                .find(|(_, f)| matches!(f.effect, Effect::Decisive { .. }))
                .map_or("A decisive rule", |(r, _)| r.title);
            let mut s = format!("\"{title}\" settles it on its own.");
            if let Some(open) = open {
                s.push_str(" Still open: ");
                s.push_str(&open);
            }
            (Strength::Strong, s)
        }
        _ if open.is_some() => (
            Strength::Tentative,
            format!("A partial recommendation: {}", open.unwrap_or_default()),
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
            (
                strength,
                format!("The answers weigh {winner} to {loser} for this pattern."),
            )
        }
        Resolution::Tie { score, by_steps } => (
            Strength::Leaning,
            format!(
                "The answers weigh {score} to {score}; {}.",
                tie_breaker(by_steps)
            ),
        ),
    }
}

fn tie_breaker(by_steps: bool) -> &'static str {
    if by_steps {
        "the imperative steps tip it to pipeline deploys"
    } else {
        "with nothing to tip it, the simpler model (pipeline deploys) wins"
    }
}

fn labels(qs: &[QuestionId]) -> String {
    let l: Vec<&str> = qs.iter().map(|q| q.phrase()).collect();
    join_and(&l)
}

/// "compliance regime is unanswered and could change it: for example ..."
fn open_text(missing: &[QuestionId], flips: &[Flip]) -> Option<String> {
    if missing.is_empty() {
        return None;
    }
    let verb = if missing.len() == 1 { "is" } else { "are" };
    let example = flips
        .iter()
        .find(|f| missing.contains(&f.question))
        .map(|f| {
            format!(
                "; for example answering {} to {} would make it {}",
                f.value,
                f.question.phrase(),
                f.new_pattern.label()
            )
        })
        .unwrap_or_default();
    Some(format!(
        "{} {verb} unanswered and could change it{example}.",
        labels(missing)
    ))
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
        Pattern::Hybrid => "Hybrid: GitOps for Kubernetes, pipelines for the rest".to_string(),
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
        return "No recommendation yet: answer how many Kubernetes clusters you run and what you deploy to.".to_string();
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
                (true, Some(steps)) => format!("{steps} tip it: they want procedural control flow"),
                _ => tie_breaker(false).to_string(),
            };
            if score == 0 {
                format!("{head}: nothing else weighs in, and {breaker}.")
            } else {
                format!(
                    "{head}: the answers weigh {score} to {score} ({}), and {breaker}.",
                    drivers_text(a, &all_weighted(fired))
                )
            }
        }
        _ => {
            let drivers = drivers_text(a, winners);
            let mut s = format!("{head}, driven by {drivers}.");
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

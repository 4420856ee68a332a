//! The projector view: one question at a time, driven from the keyboard.
//! Keys map to moves here; the page applies them.

use maud::{html, Markup};

use super::form::{regime_ticked, regime_values, step_ticked, Control, STEP_VALUES};
use super::groups::GROUPS;
use crate::core::engine::answers::Answers;
use crate::core::engine::question_options::InputKind;
use crate::core::engine::questions::QuestionId;
use crate::core::ui::{Action, ActionButton, Field};

/// What a key press means while presenting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    Exit,
    /// The n-th option of the current question (1-based, as on the key).
    Pick(usize),
}

/// The move for a `KeyboardEvent.key`, if any.
pub fn key_move(key: &str) -> Option<Move> {
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | "n" => Some(Move::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "p" => Some(Move::Previous),
        "Escape" => Some(Move::Exit),
        digit => match digit.parse::<usize>() {
            Ok(n @ 1..=9) => Some(Move::Pick(n)),
            _ => None,
        },
    }
}

/// The question shown at `index` (clamped), in the form's order.
pub fn question_at(index: usize) -> QuestionId {
    GROUPS
        .iter()
        .flat_map(|g| g.questions)
        .copied()
        .nth(index)
        .unwrap_or(QuestionId::SplitDocumented)
}

/// The question index after moving one step forward or back (clamped).
pub fn step(index: usize, forward: bool) -> usize {
    if forward {
        (index + 1).min(count() - 1)
    } else {
        index.saturating_sub(1)
    }
}

/// How many questions there are to present.
pub fn count() -> usize {
    QuestionId::all().len()
}

/// The form change that picking option `n` of `question` makes: a choice
/// is selected, a step toggled. Numbers and targets are typed instead.
pub fn pick_control(question: QuestionId, answers: &Answers, n: usize) -> Option<Control> {
    let index = n.checked_sub(1)?;
    match question.input_kind() {
        InputKind::Choice if index < question.options().len() => Some(Control {
            name: Field::Answer(question).name().to_string(),
            value: index.to_string(),
            ..Control::default()
        }),
        InputKind::Regimes => {
            let value = regime_values().nth(index)?;
            Some(Control {
                name: Field::Regime.name().to_string(),
                value: value.to_string(),
                checked: !regime_ticked(answers.compliance, value),
                ..Control::default()
            })
        }
        InputKind::Steps => {
            let value = *STEP_VALUES.get(index)?;
            Some(Control {
                name: Field::Step.name().to_string(),
                value: value.to_string(),
                checked: !step_ticked(answers.imperative_steps, value),
                ..Control::default()
            })
        }
        _ => None,
    }
}

/// The bar above the current question: where we are and the keys.
pub fn bar(index: usize) -> Markup {
    let total = count();
    let question = question_at(index);
    let keys = match question.input_kind() {
        InputKind::Choice => format!("1–{} pick an option", question.options().len()),
        InputKind::Steps => "1–4 tick a step".to_string(),
        InputKind::Regimes => format!("1–{} tick a regime", regime_values().count()),
        InputKind::Number | InputKind::Targets => "type the answer".to_string(),
    };
    html! {
        p class="present-bar__where" { strong { "Question " (index + 1) " of " (total) } " · " (question.label()) }
        p class="present-bar__keys" { "← → move · " (keys) " · Esc leaves" }
        div class="toolbar__buttons" {
            (ActionButton::new(Action::PresentPrevious, "button").disabled(index == 0).label("← Previous"))
            (ActionButton::new(Action::PresentNext, "button button--primary").disabled(index + 1 >= total).label("Next →"))
            (ActionButton::new(Action::PresentExit, "button").label("Leave projector view"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::form::apply;
    use crate::core::ui::button::rendered_attrs;

    #[test]
    fn keys_move_and_pick() {
        assert_eq!(key_move("ArrowRight"), Some(Move::Next));
        assert_eq!(key_move("PageUp"), Some(Move::Previous));
        assert_eq!(key_move("Escape"), Some(Move::Exit));
        assert_eq!(key_move("3"), Some(Move::Pick(3)));
        assert_eq!(key_move("0"), None);
        assert_eq!(key_move("x"), None);
    }

    #[test]
    fn picking_changes_the_answers_like_the_form() {
        let mut a = Answers::default();
        let control = pick_control(QuestionId::Compliance, &a, 2).unwrap();
        assert!(apply(&mut a, &control).changed);
        assert!(a.compliance.is_some());
        assert!(pick_control(QuestionId::Compliance, &a, 9).is_none());
        assert!(pick_control(QuestionId::Clusters, &a, 1).is_none());
        let tick = pick_control(QuestionId::ImperativeSteps, &a, 1).unwrap();
        apply(&mut a, &tick);
        assert!(a.imperative_steps.unwrap().migrations);
        let untick = pick_control(QuestionId::ImperativeSteps, &a, 1).unwrap();
        apply(&mut a, &untick);
        assert!(!a.imperative_steps.unwrap().migrations);
    }

    #[test]
    fn steps_stay_within_the_questions() {
        assert_eq!(step(0, false), 0);
        assert_eq!(step(0, true), 1);
        assert_eq!(step(count() - 1, true), count() - 1);
    }

    #[test]
    fn questions_follow_the_form() {
        assert_eq!(question_at(1), QuestionId::NonProductionClusters);
        assert_eq!(question_at(2), QuestionId::Targets);
        assert_eq!(question_at(99), QuestionId::SplitDocumented);
        let mut seen: Vec<QuestionId> = (0..count()).map(question_at).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), count());
    }

    #[test]
    fn the_bar_names_the_question_and_ends() {
        let first = bar(0).into_string();
        assert!(
            first.contains("Question 1 of 11")
                && first.contains(&format!(
                    "{} disabled",
                    rendered_attrs(Action::PresentPrevious)
                ))
        );
        let next_disabled = format!("{} disabled", rendered_attrs(Action::PresentNext));
        assert!(!first.contains(&next_disabled));
        assert!(bar(10).into_string().contains(&next_disabled));
    }
}

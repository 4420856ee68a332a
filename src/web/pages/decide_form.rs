//! Drawing the questionnaire's state into the Decide page: what a change
//! did to the form, the participants' answers, the projector view and each
//! question's badge.

use leptos::prelude::*;

use crate::core::engine::QuestionId;
use crate::core::questionnaire::form::{apply, question_states, Control, Outcome};
use crate::core::questionnaire::projector::{self, question_at};
use crate::core::ui::ids;
use crate::web::glue;
use crate::web::session::Session;

/// Applies one change of the questionnaire to the answers and updates the
/// form.
pub(super) fn apply_control(session: Session, control: Control, draw: &impl Fn(Option<String>)) {
    let mut outcome = Outcome::default();
    session.answers.maybe_update(|answers| {
        outcome = apply(answers, &control);
        outcome.changed
    });
    show_outcome(session, outcome, draw);
}

/// Shows what a change did: a redraw when the form's structure changed,
/// else just the badges and the field's message.
pub(super) fn show_outcome(session: Session, outcome: Outcome, draw: &impl Fn(Option<String>)) {
    if let Some((q, message)) = &outcome.field_error {
        glue::set_field_error(&ids::field_error(*q), &ids::field_input(*q), message);
    }
    if outcome.redraw {
        draw(outcome.focus);
    } else if outcome.changed {
        session
            .answers
            .with_untracked(|answers| set_question_states(&question_states(answers)));
    }
}

/// Puts each question's "who answered what" in place.
pub(super) fn show_votes(votes: &[String]) {
    for (index, q) in QuestionId::all().iter().enumerate() {
        let html = votes.get(index).map_or("", String::as_str);
        glue::set_inner_html(&ids::votes(*q), html);
    }
}

/// Shows the projector view at question `index` (or leaves it), moving
/// focus to the question when it `moved`.
pub(super) fn show_current(index: Option<usize>, moved: bool) {
    glue::set_body_class("presenting", index.is_some());
    let id = index.map(|i| ids::question(question_at(i)));
    glue::mark_current(".question", id.as_deref());
    glue::set_inner_html(
        ids::PRESENT_BAR,
        &index.map_or(String::new(), |i| projector::bar(i).into_string()),
    );
    if let (Some(id), true) = (id, moved) {
        glue::focus_id(&id);
    }
}

/// Refreshes each question's "Answered" badge and Clear button without
/// redrawing the form (which could swallow a click in flight).
fn set_question_states(states: &[(QuestionId, bool)]) {
    for &(q, answered) in states {
        if let Some(state) = glue::element_by_id(&ids::question(q))
            .and_then(|question| question.query_selector(".question__state").ok().flatten())
        {
            state.set_text_content(Some(if answered {
                "Answered"
            } else {
                "Not answered yet"
            }));
            let _ = state.class_list().toggle_with_force("answered", answered);
        }
        if let Some(clear) = glue::element_by_id(&ids::clear(q)) {
            let _ = if answered {
                clear.remove_attribute("disabled")
            } else {
                clear.set_attribute("disabled", "")
            };
        }
    }
}

//! The app's shared state: the answers being worked on and the decision
//! derived from them, provided once at the root.

use leptos::prelude::*;

use crate::core::decide::{evaluate, Answers, Decision};
use crate::core::workshop::Workshop;

#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    pub decision: Memo<Decision>,
    /// Bumped when the answers are replaced from outside the questionnaire
    /// form (a loaded record, a share link), so the form draws itself again.
    pub form_revision: RwSignal<u32>,
    /// The decision record's details.
    pub workshop: RwSignal<Workshop>,
}

impl Session {
    pub fn new(answers: Answers) -> Self {
        let answers = RwSignal::new(answers);
        let decision = Memo::new(move |_| answers.with(evaluate));
        Session {
            answers,
            decision,
            form_revision: RwSignal::new(0),
            workshop: RwSignal::new(Workshop::default()),
        }
    }

    /// Replaces every answer (not a keystroke in the form).
    pub fn replace_answers(&self, answers: Answers) {
        self.answers.set(answers);
        self.form_revision.update(|revision| *revision += 1);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

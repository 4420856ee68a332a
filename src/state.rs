//! The app's shared state: the answers being worked on and the decision
//! derived from them, provided once at the root.

use leptos::prelude::*;

use crate::core::decide::{evaluate, Answers, Decision};

#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    pub decision: Memo<Decision>,
}

impl Session {
    pub fn new(answers: Answers) -> Self {
        let answers = RwSignal::new(answers);
        let decision = Memo::new(move |_| answers.with(evaluate));
        Session { answers, decision }
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

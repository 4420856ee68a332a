use leptos::prelude::*;

use crate::core::decide::QuestionId;
use crate::state::use_session;

/// Radio buttons for a single-choice question; none checked = unanswered.
#[component]
pub fn ChoiceInput(question: QuestionId) -> impl IntoView {
    let session = use_session();
    let selected = move || session.answers.with(|a| question.selected(a));
    view! {
        <div class="choices">
            {question
                .options()
                .iter()
                .enumerate()
                .map(|(index, option)| {
                    let id = format!("{}-{index}", question.key());
                    view! {
                        <label class="choice">
                            <input type="radio" id=id name=question.key()
                                prop:checked=move || selected() == Some(index)
                                on:change=move |_| session.answers.update(|a| question.select(a, Some(index))) />
                            <span class="choice__label">{option.label}</span>
                            {(!option.hint.is_empty()).then(|| view! { <span class="choice__hint">{option.hint}</span> })}
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}

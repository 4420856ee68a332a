use leptos::prelude::*;

use crate::core::decide::QuestionId;
use crate::state::use_session;

const MAX: u32 = 100_000;

/// A whole-number answer; an empty box is unanswered.
#[component]
pub fn NumberInput(question: QuestionId) -> impl IntoView {
    let session = use_session();
    let (error, set_error) = signal(None::<String>);
    let key = question.key();
    let value = move || {
        session.answers.with(|a| match question {
            QuestionId::Clusters => a.clusters,
            _ => a.team_size,
        })
    };
    let set = move |number: Option<u32>| {
        session.answers.update(|a| match question {
            QuestionId::Clusters => a.clusters = number,
            _ => a.team_size = number,
        })
    };
    let on_input = move |event| {
        let text = event_target_value(&event);
        let text = text.trim();
        if text.is_empty() {
            set_error.set(None);
            set(None);
            return;
        }
        match text.parse::<u32>() {
            Ok(number) if number <= MAX => {
                set_error.set(None);
                set(Some(number));
            }
            _ => set_error.set(Some(format!("Enter a whole number from 0 to {MAX}."))),
        }
    };
    let input_id = format!("{key}-input");
    let error_id = format!("{key}-error");
    view! {
        <div class="number-input">
            <label for=input_id.clone()>{question.label()}</label>
            <input id=input_id type="number" inputmode="numeric" min="0" max=MAX step="1"
                prop:value=move || value().map(|n| n.to_string()).unwrap_or_default()
                aria-invalid=move || error.with(Option::is_some).to_string()
                aria-errormessage=error_id.clone()
                on:input=on_input />
            <p class="field-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}

use leptos::prelude::*;

use super::{choice_input::ChoiceInput, number_input::NumberInput};
use super::{steps_input::StepsInput, targets_input::TargetsInput};
use crate::app::SiteBase;
use crate::core::decide::questionnaire::InputKind;
use crate::core::decide::QuestionId;
use crate::state::use_session;

/// One question: its prompt, why it matters, a link to the guide, the input,
/// and whether it is answered (with a way back to "not answered").
#[component]
pub fn QuestionCard(question: QuestionId) -> impl IntoView {
    let session = use_session();
    let base = expect_context::<SiteBase>();
    let key = question.key();
    let answered = move || session.answers.with(|a| question.is_answered(a));
    let input = match question.input_kind() {
        InputKind::Number => view! { <NumberInput question /> }.into_any(),
        InputKind::Choice => view! { <ChoiceInput question /> }.into_any(),
        InputKind::Targets => view! { <TargetsInput /> }.into_any(),
        InputKind::Steps => view! { <StepsInput /> }.into_any(),
    };
    view! {
        <fieldset class="question" id=format!("q-{key}") data-testid=format!("question-{key}")
            aria-describedby=format!("help-{key}")>
            <legend class="question__prompt">{question.prompt()}</legend>
            <p class="question__help" id=format!("help-{key}")>
                {question.help()} " "
                <a href=base.href(question.docs_anchor())>"Read more"<span class="visually-hidden">{format!(" about {}", question.phrase())}</span></a>
            </p>
            {input}
            <div class="question__footer">
                <span class="question__state" class:answered=answered>
                    {move || if answered() { "Answered" } else { "Not answered yet" }}
                </span>
                <button type="button" class="link-button" disabled=move || !answered()
                    on:click=move |_| session.answers.update(|a| question.clear(a))>
                    "Clear answer"<span class="visually-hidden">{format!(": {}", question.phrase())}</span>
                </button>
            </div>
        </fieldset>
    }
}

//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`form_html`, `panel_html`); this
//! page wires the form's events to `form::apply`.

use leptos::ev;
use leptos::prelude::*;

use crate::app::SiteBase;
use crate::browser;
use crate::core::decide::form::{apply, question_states, Outcome};
use crate::core::decide::form_html::render_form;
use crate::core::decide::panel_html::{announcement, capitalise, pattern_class, render_panel};
use crate::core::decide::Decision;
use crate::state::use_session;

const FORM_ID: &str = "questionnaire";

#[component]
pub fn DecidePage() -> impl IntoView {
    let session = use_session();
    let decision = session.decision;
    let base = expect_context::<SiteBase>().0;

    let draw = {
        let base = base.clone();
        move |focus: Option<String>| {
            let html = session
                .answers
                .with_untracked(|answers| render_form(answers, &base));
            browser::replace_html_keeping_focus(FORM_ID, &html, focus.as_deref());
        }
    };
    let draw_on_change = draw.clone();
    Effect::new(move |_| {
        session.form_revision.track();
        draw_on_change(None);
    });

    let handle = move |event: ev::Event| {
        let Some(control) = browser::form_control(&event) else {
            return;
        };
        let mut outcome = Outcome::default();
        session.answers.maybe_update(|answers| {
            outcome = apply(answers, &control);
            outcome.changed
        });
        if let Some((error_id, message)) = &outcome.field_error {
            browser::set_field_error(error_id, message);
        }
        if outcome.redraw {
            draw(outcome.focus);
        } else if outcome.changed {
            session
                .answers
                .with_untracked(|answers| browser::set_question_states(&question_states(answers)));
        }
    };
    let on_input = handle.clone();
    let on_change = handle.clone();
    let on_click = move |event: ev::MouseEvent| handle(event.into());

    let panel_base = base.clone();
    view! {

        <div class="decide">
            <header class="decide__intro">
                <h1>"Decide"</h1>
                <p class="lead">
                    "Answer what you know; skip what you don't. The recommendation follows every answer and shows the rules behind it, "
                    <a href=format!("{base}/docs/how-to-pick")>"as the guide explains them"</a>"."
                </p>
            </header>
            <form id=FORM_ID class="decide__questions" aria-label="Questionnaire"
                on:submit=|event| event.prevent_default()
                on:input=on_input on:change=on_change on:click=on_click></form>
            // On narrow screens the panel sits below the questions; this bar
            // keeps the current pick in sight and jumps to the panel.
            <a class=move || format!("rec-peek {}", decision.with(|d| pattern_class(d.pattern)))
                href=format!("{base}/decide#rec-title") aria-hidden="true" tabindex="-1">
                <span class="rec-peek__pattern">{move || decision.with(Decision::headline)}</span>
                <span class="rec-peek__more">{move || decision.with(|d| format!("{} · see why ↓", capitalise(d.strength.label())))}</span>
            </a>
            <div class="rec-column">
                <p class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement">
                    {move || decision.with(announcement)}
                </p>
                <aside class=move || format!("rec {}", decision.with(|d| pattern_class(d.pattern)))
                    aria-labelledby="rec-title" data-testid="recommendation"
                    inner_html=move || decision.with(|d| render_panel(d, &panel_base))></aside>
            </div>
        </div>
    }
}

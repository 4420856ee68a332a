//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`form_html`, `panel_html`); this
//! page wires the form's events to `form::apply`.

use leptos::ev;
use leptos::prelude::*;

use crate::app::SiteBase;
use crate::browser;
use crate::core::decide::form::{apply, question_states, Outcome};
use crate::core::decide::form_html::render_form;
use crate::state::use_session;

const FORM_ID: &str = "questionnaire";

#[component]
pub fn DecidePage() -> impl IntoView {
    let session = use_session();
    let base = expect_context::<SiteBase>().0;
    session.watch_decision(base.clone());
    let panel = session.panel;
    let field = move |read: fn(&crate::core::protocol::Panel) -> String, waiting: &'static str| {
        move || panel.with(|p| p.as_ref().map_or_else(|| waiting.to_string(), read))
    };

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
            <a class=field(|p| format!("rec-peek {}", p.class), "rec-peek rec--none")
                href=format!("{base}/decide#rec-title") aria-hidden="true" tabindex="-1">
                <span class="rec-peek__pattern">{field(|p| p.headline.clone(), "Working it out…")}</span>
                <span class="rec-peek__more">{field(|p| format!("{} · see why ↓", p.strength), "")}</span>
            </a>
            <div class="rec-column">
                <p class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement">
                    {field(|p| p.announcement.clone(), "")}
                </p>
                <aside class=field(|p| format!("rec {}", p.class), "rec rec--none")
                    aria-labelledby="rec-title" data-testid="recommendation"
                    inner_html=field(|p| p.html.clone(), r#"<h2 id="rec-title" class="rec__title">Recommendation</h2><p class="loading">Working out the recommendation…</p>"#)></aside>
            </div>
        </div>
    }
}

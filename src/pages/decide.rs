//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`form_html`, `panel_html`); this
//! page wires the form's events to `form::apply`.

use leptos::ev;
use leptos::prelude::*;

use crate::app::SiteBase;
use crate::browser;
use crate::core::codec;
use crate::core::decide::form::{apply, question_states, Outcome};
use crate::core::decide::form_html::render_form;
use crate::core::html::escape;
use crate::state::use_session;

const FORM_ID: &str = "questionnaire";

#[component]
pub fn DecidePage() -> impl IntoView {
    let session = use_session();
    let base = expect_context::<SiteBase>().0;
    let link_notice = load_answers_from_link(session);
    session.watch_decision(base.clone());
    // The worker's answer goes straight into the page (one effect, no
    // reactive attributes: each costs wasm bytes).
    let panel = session.panel;
    Effect::new(move |_| {
        panel.with(|panel| {
            let Some(p) = panel else { return };
            browser::set_class("rec-peek", &format!("rec-peek {}", p.class));
            browser::set_inner_html("rec-peek", &format!(
                r#"<span class="rec-peek__pattern">{}</span><span class="rec-peek__more">{} · see why ↓</span>"#,
                escape(&p.headline),
                escape(&p.strength)
            ));
            browser::set_inner_html("rec-announcement", &escape(&p.announcement));
            browser::set_class("recommendation", &format!("rec {}", p.class));
            browser::set_inner_html("recommendation", &p.html);
        })
    });

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
            {link_notice.map(|(kind, text)| view! { <p class=format!("notice notice--{kind} decide__notice") role="status">{text}</p> })}
            {session.storage_notice.get_untracked().map(|text| view! { <p class="notice notice--warn decide__notice" role="status" data-testid="storage-notice">{text}</p> })}
            <form id=FORM_ID class="decide__questions" aria-label="Questionnaire"
                on:submit=|event| event.prevent_default()
                on:input=on_input on:change=on_change on:click=on_click></form>
            // On narrow screens the panel sits below the questions; this bar
            // keeps the current pick in sight and jumps to the panel.
            <a id="rec-peek" class="rec-peek rec--none" href=format!("{base}/decide#rec-title") aria-hidden="true" tabindex="-1"></a>
            <div class="rec-column">
                <p id="rec-announcement" class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement"></p>
                <aside id="recommendation" class="rec rec--none" aria-labelledby="rec-title" data-testid="recommendation">
                    <h2 id="rec-title" class="rec__title">"Recommendation"</h2>
                    <p class="loading">"Working out the recommendation…"</p>
                </aside>
            </div>
        </div>
    }
}

/// Answers carried in the URL fragment (a record's "open these answers"
/// link) replace the current ones; a damaged fragment changes nothing.
fn load_answers_from_link(session: crate::state::Session) -> Option<(&'static str, String)> {
    let fragment = browser::location_hash();
    if !fragment.starts_with("v=") {
        return None;
    }
    Some(match codec::decode(&fragment) {
        Ok((answers, _)) => {
            session.replace_answers(answers);
            ("info", "Loaded the answers from the link.".to_string())
        }
        Err(error) => (
            "error",
            format!(
                "The answers in this link could not be read: {error}. Your answers are unchanged."
            ),
        ),
    })
}

//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`form_html`, `panel_html`); this
//! page wires the form's events to `form::apply`.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::SiteBase;
use crate::browser;
use crate::core::codec;
use crate::core::decide::form::{apply, question_states, Outcome};
use crate::core::decide::form_html::render_form;
use crate::core::decide::Answers;
use crate::core::html::escape;
use crate::core::views::decide_toolbar::{toolbar, Toolbar};
use crate::core::workshop::Workshop;
use crate::state::{use_session, Session};

const FORM_ID: &str = "questionnaire";

#[component]
pub fn DecidePage() -> impl IntoView {
    let session = use_session();
    let base = expect_context::<SiteBase>().0;
    let offer = RwSignal::new(None::<(Answers, Option<Workshop>)>);
    let link_notice = read_link(session, offer);
    let confirming_reset = RwSignal::new(false);
    let toolbar_status = RwSignal::new(String::new());
    Effect::new(move |_| {
        let state = match offer.with(|o| o.as_ref().map(|(a, w)| (a.answered_count(), w.is_some())))
        {
            Some((answered, with_details)) => Toolbar::OfferLink {
                answered,
                with_details,
            },
            None if confirming_reset.get() => Toolbar::ConfirmReset,
            None => Toolbar::Idle,
        };
        browser::set_inner_html("decide-toolbar", &toolbar(state, &toolbar_status.get()));
    });
    let on_toolbar = move |event: ev::MouseEvent| {
        let share = |with_details: bool| {
            let encoded = session.answers.with_untracked(|a| {
                session
                    .workshop
                    .with_untracked(|w| codec::encode(a, with_details.then_some(w)))
            });
            let link = format!("{}/decide#{encoded}", browser::site_url());
            spawn_local(async move {
                toolbar_status.set(match browser::copy_text(&link).await {
                    Ok(()) => format!("Copied a link of {} characters. It carries the answers in its #fragment, which browsers never send to a server.", link.len()),
                    Err(error) => format!("Copying failed: {error}. The link is: {link}"),
                });
            });
        };
        match browser::clicked_action(&event).as_deref() {
            Some("copy-link") => share(false),
            Some("copy-link-details") => share(true),
            Some("reset") => confirming_reset.set(true),
            Some("cancel-reset") => confirming_reset.set(false),
            Some("confirm-reset") => {
                confirming_reset.set(false);
                session.workshop.set(Workshop::default());
                session.replace_answers(Answers::default());
                toolbar_status.set("Started a new decision.".to_string());
            }
            Some("accept-link") => {
                if let Some((answers, workshop)) = offer.get_untracked() {
                    if let Some(workshop) = workshop {
                        session.workshop.set(workshop);
                    }
                    session.replace_answers(answers);
                    toolbar_status.set("Replaced your answers with the link's.".to_string());
                }
                offer.set(None);
            }
            Some("reject-link") => {
                offer.set(None);
                toolbar_status.set("Kept your answers; the link was ignored.".to_string());
            }
            _ => {}
        }
    };
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
            <div id="decide-toolbar" class="decide__toolbar" on:click=on_toolbar></div>
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

/// A link's answers (and maybe details) waiting for the user's yes.
type Offer = Option<(Answers, Option<Workshop>)>;

/// Answers carried in the URL fragment (a share link, or a record's "open
/// these answers" link). They replace empty local work at once; otherwise
/// they wait for a yes. A damaged link changes nothing.
fn read_link(session: Session, offer: RwSignal<Offer>) -> Option<(&'static str, String)> {
    let fragment = browser::location_hash();
    if !fragment.starts_with("v=") {
        return None;
    }
    match codec::decode(&fragment) {
        Ok((answers, workshop)) => {
            if session.answers.with_untracked(|a| *a == Answers::default()) {
                if let Some(workshop) = workshop {
                    session.workshop.set(workshop);
                }
                session.replace_answers(answers);
                Some(("info", "Loaded the answers from the link.".to_string()))
            } else {
                offer.set(Some((answers, workshop)));
                None
            }
        }
        Err(error) => Some((
            "error",
            format!(
                "The answers in this link could not be read: {error}. Your answers are unchanged."
            ),
        )),
    }
}

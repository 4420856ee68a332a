//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`form_html`, `panel_html`); this
//! page wires the form's events to `form::apply`.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::codec;
use crate::core::engine::{Answers, QuestionId};
use crate::core::html::escape;
use crate::core::questionnaire::form::{apply, question, question_states, Control, Outcome};
use crate::core::questionnaire::form_view::render_form;
use crate::core::questionnaire::participants::{adopt_from_button, paste, Pasted};
use crate::core::questionnaire::participants_view::PASTE_BOX;
use crate::core::questionnaire::projector::{self, key_move, pick_control, question_at, Move};
use crate::core::questionnaire::toolbar_view::{toolbar, Toolbar};
use crate::core::record::details::RecordDetails;
use crate::core::site::intros::decide_intro;
use crate::web::app::SiteBase;
use crate::web::components::worker_notice::worker_notice;
use crate::web::glue;
use crate::web::session::{use_session, Session};

const FORM_ID: &str = "questionnaire";

#[component]
pub fn DecidePage() -> impl IntoView {
    let session = use_session();
    let base = expect_context::<SiteBase>().0;
    let offer = RwSignal::new(None::<(Answers, Option<RecordDetails>)>);
    let link_notice = read_link(session, offer);
    let confirming_reset = RwSignal::new(false);
    let toolbar_status = RwSignal::new(String::new());
    // The projector view's current question, while it is on.
    let presenting = RwSignal::new(None::<usize>);
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
        glue::set_inner_html("decide-toolbar", &toolbar(state, &toolbar_status.get()));
    });
    let on_toolbar = move |event: ev::MouseEvent| {
        let share = |with_details: bool| {
            let encoded = session.answers.with_untracked(|a| {
                session
                    .details
                    .with_untracked(|w| codec::encode(a, with_details.then_some(w)))
            });
            let link = format!("{}/decide#{encoded}", glue::site_url());
            spawn_local(async move {
                toolbar_status.set(match glue::copy_text(&link).await {
                    Ok(()) => format!("Copied a link of {} characters. It carries the answers in its #fragment, which browsers never send to a server.", link.len()),
                    Err(error) => format!("Copying failed: {error}. The link is: {link}"),
                });
            });
        };
        match glue::clicked_action(&event).as_deref() {
            Some("copy-link") => share(false),
            Some("copy-link-details") => share(true),
            Some("present") => presenting.set(Some(0)),
            Some("reset") => confirming_reset.set(true),
            Some("cancel-reset") => confirming_reset.set(false),
            Some("confirm-reset") => {
                confirming_reset.set(false);
                session.details.set(RecordDetails::default());
                session.replace_answers(Answers::default());
                toolbar_status.set("Started a new decision.".to_string());
            }
            Some("accept-link") => {
                if let Some((answers, details)) = offer.get_untracked() {
                    if let Some(details) = details {
                        session.details.set(details);
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
    session.watch_decision();
    worker_notice();
    session.show_storage_notice("storage-notice");
    // The worker's answer goes straight into the page (one effect, no
    // reactive attributes: each costs wasm bytes).
    let panel = session.panel;
    Effect::new(move |_| {
        panel.with(|panel| {
            let Some(p) = panel else { return };
            glue::set_class("rec-peek", &format!("rec-peek {}", p.class));
            glue::set_inner_html("rec-peek", &format!(
                r#"<span class="rec-peek__pattern">{}</span><span class="rec-peek__more">{} · see why ↓</span>"#,
                escape(&p.headline),
                escape(&p.strength)
            ));
            glue::set_inner_html("rec-announcement", &escape(&p.announcement));
            glue::set_class("recommendation", &format!("rec {}", p.class));
            glue::set_inner_html("recommendation", &p.html);
            glue::set_inner_html("participants-list", &p.participants);
            show_votes(&p.votes);
        })
    });

    let draw = {
        let base = base.clone();
        move |focus: Option<String>| {
            let html = session.answers.with_untracked(|answers| {
                session
                    .details
                    .with_untracked(|w| render_form(answers, w, &base))
            });
            glue::replace_html_keeping_focus(FORM_ID, &html, focus.as_deref());
            panel.with_untracked(|p| show_votes(p.as_ref().map_or(&[][..], |p| &p.votes)));
            show_current(presenting.get_untracked(), false);
        }
    };
    let draw_on_change = draw.clone();
    Effect::new(move |_| {
        session.form_revision.track();
        draw_on_change(None);
    });

    let change = {
        let draw = draw.clone();
        move |control: Control| {
            if control.name == "note" {
                if let Some(q) = question(&control.data) {
                    session.details.update(|w| w.set_note(q, &control.value));
                }
                return;
            }
            if control.action == "adopt" {
                let mut adopted = None;
                session.answers.update(|answers| {
                    adopted = session.details.with_untracked(|w| {
                        adopt_from_button(answers, &w.participants, &control.data)
                    })
                });
                if let Some(q) = adopted {
                    draw(Some(format!("q-{}", q.key())));
                }
                return;
            }
            apply_control(session, control, &draw);
        }
    };
    let handle = move |event: ev::Event| {
        if let Some(control) = glue::form_control(&event) {
            change(control);
        }
    };

    let pick_draw = draw.clone();
    Effect::new(move |_| show_current(presenting.get(), true));
    let keys = window_event_listener(ev::keydown, move |event| {
        let Some(index) = presenting.get_untracked() else {
            return;
        };
        let key = event.key();
        if key != "Escape" && glue::is_typing(&event) {
            return;
        }
        let Some(step) = key_move(&key) else { return };
        event.prevent_default();
        match step {
            Move::Next => presenting.set(Some(projector::step(index, true))),
            Move::Previous => presenting.set(Some(projector::step(index, false))),
            Move::Exit => presenting.set(None),
            Move::Pick(n) => {
                let q = question_at(index);
                if let Some(control) = session.answers.with_untracked(|a| pick_control(q, a, n)) {
                    apply_control(session, control, &pick_draw);
                    pick_draw(None);
                }
            }
        }
    });
    on_cleanup(move || {
        keys.remove();
        glue::set_body_class("presenting", false);
    });
    let on_present_bar = move |event: ev::MouseEvent| {
        let index = presenting.get_untracked().unwrap_or(0);
        match glue::clicked_action(&event).as_deref() {
            Some("present-next") => presenting.set(Some(projector::step(index, true))),
            Some("present-previous") => presenting.set(Some(projector::step(index, false))),
            Some("present-exit") => presenting.set(None),
            _ => {}
        }
    };

    let on_participants = move |event: ev::MouseEvent| {
        let Some(control) = glue::form_control(&event.into()) else {
            return;
        };
        match control.action.as_str() {
            "add-participants" => {
                let text = glue::text_area_value("participant-links");
                let mut pasted = Pasted::default();
                session
                    .details
                    .update(|w| pasted = paste(&mut w.participants, &text));
                if pasted.problems.is_empty() && !text.trim().is_empty() {
                    glue::clear_text_area("participant-links");
                }
                glue::set_inner_html("participants-status", &escape(&pasted.message()));
            }
            "remove-participant" => {
                if let Ok(index) = control.data.parse::<usize>() {
                    session.details.update(|w| {
                        if index < w.participants.len() {
                            w.participants.remove(index);
                        }
                    });
                }
            }
            "jump" => {
                let id = format!("q-{}", control.data);
                glue::scroll_to_id(&id);
                glue::focus_id(&id);
            }
            _ => {}
        }
    };
    let on_input = handle.clone();
    let on_change = handle.clone();
    let on_click = move |event: ev::MouseEvent| handle(event.into());

    view! {

        <div class="decide">
            <header class="decide__intro" inner_html=decide_intro(&base)></header>
            {link_notice.map(|(kind, text)| view! { <p class=format!("notice notice--{kind} decide__notice") role="status">{text}</p> })}
            <div id="storage-notice" class="decide__notice"></div>
            <div id="decide-toolbar" class="decide__toolbar" on:click=on_toolbar></div>
            <section id="participants" class="participants" aria-label="Workshop participants" inner_html=PASTE_BOX on:click=on_participants></section>
            <div id="present-bar" class="present-bar" on:click=on_present_bar></div>
            <form id=FORM_ID class="decide__questions" aria-label="Questionnaire"
                on:submit=|event| event.prevent_default()
                on:input=on_input on:change=on_change on:click=on_click></form>
            // On narrow screens the panel sits below the questions; this bar
            // keeps the current pick in sight and jumps to the panel.
            <a id="rec-peek" class="rec-peek rec--none" href=format!("{base}/decide#rec-title") aria-hidden="true" tabindex="-1"></a>
            <div class="rec-column">
                <div id="worker-notice" class="no-print"></div>
                <p id="rec-announcement" class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement"></p>
                <aside id="recommendation" class="rec rec--none" aria-labelledby="rec-title" data-testid="recommendation">
                    <h2 id="rec-title" class="rec__title">"Recommendation"</h2>
                    <p class="loading">"Working out the recommendation…"</p>
                </aside>
            </div>
        </div>
    }
}

/// Applies one change of the questionnaire to the answers and updates the
/// form: a redraw when its structure changed, else just the badges.
fn apply_control(session: Session, control: Control, draw: &impl Fn(Option<String>)) {
    let mut outcome = Outcome::default();
    session.answers.maybe_update(|answers| {
        outcome = apply(answers, &control);
        outcome.changed
    });
    if let Some((error_id, message)) = &outcome.field_error {
        glue::set_field_error(error_id, message);
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
fn show_votes(votes: &[String]) {
    for (index, q) in QuestionId::all().iter().enumerate() {
        let html = votes.get(index).map_or("", String::as_str);
        glue::set_inner_html(&format!("votes-{}", q.key()), html);
    }
}

/// Shows the projector view at question `index` (or leaves it), moving
/// focus to the question when it `moved`.
fn show_current(index: Option<usize>, moved: bool) {
    glue::set_body_class("presenting", index.is_some());
    let id = index.map(|i| format!("q-{}", question_at(i).key()));
    glue::mark_current(".question", id.as_deref());
    glue::set_inner_html(
        "present-bar",
        &index.map(projector::bar).unwrap_or_default(),
    );
    if let (Some(id), true) = (id, moved) {
        glue::focus_id(&id);
    }
}

/// A link's answers (and maybe details) waiting for the user's yes.
type Offer = Option<(Answers, Option<RecordDetails>)>;

/// Answers carried in the URL fragment (a share link, or a record's "open
/// these answers" link). They replace empty local work at once; otherwise
/// they wait for a yes. A damaged link changes nothing.
fn read_link(session: Session, offer: RwSignal<Offer>) -> Option<(&'static str, String)> {
    let fragment = glue::location_hash();
    if !fragment.starts_with("v=") {
        return None;
    }
    match codec::decode(&fragment) {
        Ok((answers, details)) => {
            if session.answers.with_untracked(|a| *a == Answers::default()) {
                if let Some(details) = details {
                    session.details.set(details);
                }
                session.replace_answers(answers);
                Some(("info", "Loaded the answers from the link.".to_string()))
            } else {
                offer.set(Some((answers, details)));
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

/// Refreshes each question's "Answered" badge and Clear button without
/// redrawing the form (which could swallow a click in flight).
fn set_question_states(states: &[(&str, bool)]) {
    for (key, answered) in states {
        if let Some(state) = glue::element_by_id(&format!("q-{key}"))
            .and_then(|question| question.query_selector(".question__state").ok().flatten())
        {
            state.set_text_content(Some(if *answered {
                "Answered"
            } else {
                "Not answered yet"
            }));
            let _ = state.class_list().toggle_with_force("answered", *answered);
        }
        if let Some(clear) = glue::element_by_id(&format!("clear-{key}")) {
            let _ = if *answered {
                clear.remove_attribute("disabled")
            } else {
                clear.set_attribute("disabled", "")
            };
        }
    }
}

//! `/decide`: the questionnaire beside a live recommendation. The form and
//! the panel are drawn by the pure core (`render_form`, `render_panel`);
//! this page wires the form's events to `form::apply` and its buttons'
//! [`Action`]s to their handlers.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use maud::html;

use crate::core::codec;
use crate::core::engine::{Answers, QuestionId};
use crate::core::questionnaire::form::Control;
use crate::core::questionnaire::form::{apply_action, Outcome};
use crate::core::questionnaire::form_view::render_form;
use crate::core::questionnaire::page_view::{decide_frame, link_notice as notice_html};
use crate::core::questionnaire::panel_view::peek;
use crate::core::questionnaire::participants::{adopt, paste, Pasted};
use crate::core::questionnaire::projector::{self, key_move, pick_control, question_at, Move};
use crate::core::questionnaire::scan_view::repo_mark;
use crate::core::questionnaire::toolbar_view::{toolbar, Toolbar};
use crate::core::record::details::RecordDetails;
use crate::core::ui::events::FormEvent;
use crate::core::ui::{ids, Action, Field};
use crate::web::app::SiteBase;
use crate::web::glue;
use crate::web::pages::decide_form::{apply_control, show_current, show_outcome, show_votes};
use crate::web::session::{use_session, Session};

/// `attach`: the page was pre-rendered into `decide.html` with the empty
/// questionnaire; the app takes that DOM over (and what was typed into it
/// before it started) instead of drawing its own.
#[component]
pub fn DecidePage(#[prop(optional)] attach: bool) -> impl IntoView {
    let session = use_session();
    let root = if attach {
        glue::prerendered_page()
    } else {
        None
    };
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
        glue::set_inner_html(
            ids::DECIDE_TOOLBAR,
            &toolbar(state, &toolbar_status.get()).into_string(),
        );
    });
    let on_toolbar = move |action: Action| {
        let share = |with_details: bool| {
            let encoded = session.answers.with_untracked(|a| {
                session
                    .details
                    .with_untracked(|w| codec::encode(a, with_details.then_some(w)))
            });
            let link = format!("{}/decide#{encoded}", glue::served_at());
            spawn_local(async move {
                toolbar_status.set(match glue::copy_text(&link).await {
                    Ok(()) => format!("Copied a link of {} characters. It carries the answers in its #fragment, which browsers never send to a server.", link.len()),
                    Err(error) => format!("Copying failed: {error}. The link is: {link}"),
                });
            });
        };
        match action {
            Action::CopyLink => share(false),
            Action::CopyLinkWithDetails => share(true),
            Action::Present => presenting.set(Some(0)),
            Action::Reset => confirming_reset.set(true),
            Action::CancelReset => confirming_reset.set(false),
            Action::ConfirmReset => {
                confirming_reset.set(false);
                session.details.set(RecordDetails::default());
                session.replace_answers(Answers::default());
                toolbar_status.set("Started a new decision.".to_string());
            }
            Action::AcceptLink => {
                if let Some((answers, details)) = offer.get_untracked() {
                    if let Some(details) = details {
                        session.details.set(details);
                    }
                    session.replace_answers(answers);
                    toolbar_status.set("Replaced your answers with the link's.".to_string());
                }
                offer.set(None);
            }
            Action::RejectLink => {
                offer.set(None);
                toolbar_status.set("Kept your answers; the link was ignored.".to_string());
            }
            _ => {}
        }
    };
    session.watch_decision();
    session.show_storage_notice(ids::STORAGE_NOTICE);
    // The core's answer goes straight into the page (one effect, no
    // reactive attributes: each costs wasm bytes).
    let panel = session.panel;
    Effect::new(move |_| {
        panel.with(|panel| {
            let Some(p) = panel else { return };
            glue::set_class(ids::REC_PEEK, &format!("rec-peek {}", p.class));
            glue::set_inner_html(ids::REC_PEEK, &peek(&p.headline, &p.strength).into_string());
            glue::set_text(ids::REC_ANNOUNCEMENT, &p.announcement);
            glue::set_class(ids::RECOMMENDATION, &format!("rec {}", p.class));
            glue::set_inner_html(ids::RECOMMENDATION, &p.html);
            glue::set_inner_html(ids::PARTICIPANTS_LIST, &p.participants);
            show_votes(&p.votes);
        })
    });

    // The repository scan: its marks, drawn with the form.
    let marks_base = base.clone();
    let show_marks = move || {
        let marks = session.repo_marks();
        for &q in QuestionId::all() {
            let html = marks
                .iter()
                .find(|(m, _)| *m == q)
                .map_or(String::new(), |(q, id)| {
                    repo_mark(*q, id, &marks_base).into_string()
                });
            glue::set_inner_html(&ids::from_repo(q), &html);
        }
    };
    let on_scan = move |event: ev::Event| {
        session.set_scan_status("Reading the folder…".into());
        spawn_local(async move {
            let picked = glue::read_picked_folder(&event).await;
            session.scan_repo(picked.files, picked.not_read);
        });
    };
    // A folder dropped anywhere on the page is scanned like a picked one
    // (and a file dropped by mistake does not replace the page).
    let on_dragover = |event: ev::DragEvent| event.prevent_default();
    let on_drop = move |event: ev::DragEvent| {
        event.prevent_default();
        let entries = glue::dropped_entries(&event);
        if entries.is_empty() || !glue::event_within(&event, ids::SCAN_DROP) {
            return;
        }
        session.set_scan_status("Reading the dropped folder…".into());
        glue::scroll_to_id(ids::SCAN_STATUS);
        spawn_local(async move {
            let picked = glue::read_dropped(entries).await;
            session.scan_repo(picked.files, picked.not_read);
        });
    };

    let draw = {
        let base = base.clone();
        let show_marks = show_marks.clone();
        move |focus: Option<String>| {
            let html = session.answers.with_untracked(|answers| {
                session
                    .details
                    .with_untracked(|w| render_form(answers, w, &base).into_string())
            });
            glue::replace_html_keeping_focus(ids::QUESTIONNAIRE, &html, focus.as_deref());
            panel.with_untracked(|p| show_votes(p.as_ref().map_or(&[][..], |p| &p.votes)));
            show_current(presenting.get_untracked(), false);
            show_marks();
        }
    };
    // One user change is one `apply`: typed fields report it by `input`,
    // the rest by `change`, and clicks carry only the buttons' actions.
    let on_control = {
        let draw = draw.clone();
        move |control: Control| {
            let field = Field::decode(&control.name, &control.arg);
            if let Some(Field::Note(q)) = field {
                session.details.update(|w| w.set_note(q, &control.value));
                return;
            }
            // Changed by hand, a filled answer is the user's own.
            if let Some(q) = field.and_then(Field::question) {
                drop_mark(session, q);
            }
            apply_control(session, control, &draw);
        }
    };
    let on_field = {
        let on_control = on_control.clone();
        move |event: ev::Event, kind: FormEvent| {
            if let Some(control) = glue::changed_control(&event, kind) {
                on_control(control);
            }
        }
    };

    let draw_on_change = draw.clone();
    let attached = StoredValue::new(root.is_some());
    Effect::new(move |_| {
        session.form_revision.track();
        // The pre-rendered questionnaire is the empty one: drawn again only
        // if saved or linked work has to show. What was typed or clicked
        // into it before the app started counts as the user's changes.
        let first_on_prerendered = attached.try_update_value(std::mem::take) == Some(true);
        let pristine = first_on_prerendered
            && session.answers.with_untracked(|a| *a == Answers::default())
            && session
                .details
                .with_untracked(|w| *w == RecordDetails::default());
        if first_on_prerendered {
            for control in glue::early_controls(ids::QUESTIONNAIRE) {
                on_control(control);
            }
        }
        if !pristine {
            draw_on_change(None);
        }
        session.show_repo_scan();
        glue::set_root_class(ids::RESTORING, false);
    });
    let on_form = {
        let draw = draw.clone();
        move |action: Action| match action {
            Action::Adopt {
                participant,
                question,
            } => {
                let mut adopted = false;
                session.answers.update(|answers| {
                    adopted = session
                        .details
                        .with_untracked(|w| adopt(answers, &w.participants, participant, question))
                });
                if adopted {
                    draw(Some(ids::question(question)));
                }
            }
            action => {
                match action {
                    Action::Clear(q) => drop_mark(session, q),
                    Action::AddTarget(_) | Action::RemoveTarget(_) => {
                        drop_mark(session, QuestionId::Targets)
                    }
                    _ => {}
                }
                let mut outcome = Outcome::default();
                session.answers.maybe_update(|answers| {
                    outcome = apply_action(answers, action);
                    outcome.changed
                });
                show_outcome(session, outcome, &draw);
            }
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
    let on_present_bar = move |action: Action| {
        let index = presenting.get_untracked().unwrap_or(0);
        match action {
            Action::PresentNext => presenting.set(Some(projector::step(index, true))),
            Action::PresentPrevious => presenting.set(Some(projector::step(index, false))),
            _ => presenting.set(None),
        }
    };

    let on_participants = move |action: Action| match action {
        Action::AddParticipants => {
            let text = glue::text_area_value(ids::PARTICIPANT_LINKS);
            let mut pasted = Pasted::default();
            session
                .details
                .update(|w| pasted = paste(&mut w.participants, &text));
            if pasted.problems.is_empty() && !text.trim().is_empty() {
                glue::clear_text_area(ids::PARTICIPANT_LINKS);
            }
            glue::set_text(ids::PARTICIPANTS_STATUS, &pasted.message());
        }
        Action::RemoveParticipant(index) => {
            session.details.update(|w| {
                if index < w.participants.len() {
                    w.participants.remove(index);
                }
            });
        }
        Action::Jump(q) => {
            let id = ids::question(q);
            glue::scroll_to_id(&id);
            glue::focus_id(&id);
        }
        _ => {}
    };
    let on_input = {
        let on_field = on_field.clone();
        move |event: ev::Event| on_field(event, FormEvent::Input)
    };
    let on_change = move |event: ev::Event| {
        if glue::event_on(&event, ids::SCAN_FOLDER) {
            on_scan(event);
        } else {
            on_field(event, FormEvent::Change);
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        let Some(action) = glue::clicked_action(&event) else {
            return;
        };
        match action {
            Action::CopyLink
            | Action::CopyLinkWithDetails
            | Action::Present
            | Action::Reset
            | Action::ConfirmReset
            | Action::CancelReset
            | Action::AcceptLink
            | Action::RejectLink => on_toolbar(action),
            Action::PresentPrevious | Action::PresentNext | Action::PresentExit => {
                on_present_bar(action)
            }
            Action::AddParticipants | Action::RemoveParticipant(_) | Action::Jump(_) => {
                on_participants(action)
            }
            Action::AcceptRepo(q) | Action::ClearRepo(q) => {
                drop_mark(session, q);
                if matches!(action, Action::ClearRepo(_)) {
                    on_form(Action::Clear(q));
                }
                glue::focus_id(&ids::question(q));
            }
            Action::Clear(_)
            | Action::AddTarget(_)
            | Action::RemoveTarget(_)
            | Action::Adopt { .. } => on_form(action),
            // The Record and guide pages' actions.
            Action::Download
            | Action::CopyMarkdown
            | Action::Print
            | Action::Supersede
            | Action::DownloadSuperseded
            | Action::StopSuperseding
            | Action::RetryPage => {}
        }
    };

    if let Some((kind, text)) = link_notice {
        Effect::new(move |_| {
            glue::set_inner_html(ids::LINK_NOTICE, &notice_html(kind, &text).into_string())
        });
    }
    // Events bubble to the page's root: one listener per kind of event.
    if let Some(root) = root {
        glue::listen(&root, "submit", |event: ev::Event| event.prevent_default());
        glue::listen(&root, "input", on_input);
        glue::listen(&root, "change", on_change);
        glue::listen(&root, "click", on_click);
        glue::listen(&root, "dragover", on_dragover);
        glue::listen(&root, "drop", on_drop);
        glue::enable_until_app();
        return ().into_any();
    }
    let frame = decide_frame(&base, html! {}).into_string();
    view! {
        <div class="decide" inner_html=frame
            on:submit=|event| event.prevent_default()
            on:input=on_input on:change=on_change on:click=on_click
            on:dragover=on_dragover on:drop=on_drop></div>
    }
    .into_any()
}

/// Takes the "from the repo" mark off a question's answer.
fn drop_mark(session: Session, q: QuestionId) {
    if session.drop_repo_mark(q) {
        glue::set_inner_html(&ids::from_repo(q), "");
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
                let mut text = "Loaded the answers from the link.".to_string();
                if codec::is_version_1(&fragment) {
                    text = format!("{text} {}", codec::EARLIER_VERSION_NOTE);
                }
                Some(("info", text))
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

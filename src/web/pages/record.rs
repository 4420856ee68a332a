//! `/record`: the decision record's details, a safe preview, download, copy,
//! print, and loading an exported record back. Writing, reading and
//! previewing records happens in the core (see `core::protocol`).

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::protocol::Request;
use crate::core::record::form_view::notice;
use crate::core::record::import::MAX_RECORD_BYTES;
use crate::core::record::page_view::record_page;
use crate::core::ui::events::FormEvent;
use crate::core::ui::{ids, Action};
use crate::web::glue;
use crate::web::session::{use_session, Notice, Session, Written};
use maud::html;

/// `attach`: the page was pre-rendered into `record.html` with the empty
/// details form; the app takes that DOM over (and what was typed into it
/// before it started) until the core draws the form for the answers.
#[component]
pub fn RecordPage(#[prop(optional)] attach: bool) -> impl IntoView {
    let session = use_session();
    let root = if attach {
        glue::prerendered_page()
    } else {
        None
    };
    if session.details.with_untracked(|w| w.date.is_empty()) {
        session.details.update(|w| w.date = glue::today());
    }
    if root.is_some() {
        let early = glue::early_controls(ids::RECORD_FORM);
        if !early.is_empty() {
            session.details.update(|w| {
                for control in &early {
                    w.set_field(&control.name, &control.value);
                }
            });
        }
    }
    session.watch_record();
    session.show_storage_notice(ids::STORAGE_NOTICE);
    let status = session.notice;
    let written = session.written;
    status.set(None);
    let send = move |request: Request| session.send(request);

    Effect::new(move |_| {
        session.record_form.with(|html| {
            if let Some(html) = html {
                glue::replace_html_keeping_focus(ids::RECORD_FORM, html, None);
                // Saved details were held back from the pre-rendered form,
                // and its controls wait until they are the live ones: a file
                // chosen in the one being replaced would be lost.
                glue::set_root_class(ids::RESTORING, false);
                glue::enable_until_app();
            }
        })
    });

    let load = move |file: web_sys::File| {
        spawn_local(async move {
            match glue::read_file(&file, MAX_RECORD_BYTES).await {
                Ok((file, text)) => send(Request::Import { text, file }),
                Err(error) => status.set(Some((
                    "error",
                    format!("Nothing was loaded: {error}. Your current answers are unchanged."),
                ))),
            }
        });
    };
    // Each change arrives once: typed fields by `input`, the rest by `change`.
    let on_field = move |event: ev::Event, kind: FormEvent| {
        let Some(control) = glue::changed_control(&event, kind) else {
            return;
        };
        if control.name == "record-file" {
            if let Some(file) = glue::event_file(&event) {
                load(file);
            }
            return;
        }
        session.details.update(|w| {
            w.set_field(&control.name, &control.value);
        });
    };
    let on_input = move |event: ev::Event| on_field(event, FormEvent::Input);
    let on_change = move |event: ev::Event| on_field(event, FormEvent::Change);
    let on_click = move |event: ev::MouseEvent| {
        let action = glue::clicked_action(&event);
        if let Some(
            action @ (Action::Supersede | Action::DownloadSuperseded | Action::StopSuperseding),
        ) = action
        {
            if let Some(notice) = supersede(session, action) {
                status.set(Some(notice));
            }
            return;
        }
        let Some((name, text, _)) = written.get_untracked() else {
            if action.is_some() {
                status.set(Some((
                    "warn",
                    "The record is still being written; try again in a moment.".to_string(),
                )));
            }
            return;
        };
        match action {
            Some(Action::Download) => status.set(Some(match glue::download(&name, &text) {
                Ok(()) => (
                    "info",
                    format!("Downloaded {name}. Keep it in docs/decisions/ in your repository."),
                ),
                Err(error) => ("error", format!("The download failed: {error}.")),
            })),
            Some(Action::CopyMarkdown) => spawn_local(async move {
                status.set(Some(match glue::copy_text(&text).await {
                    Ok(()) => (
                        "info",
                        "Copied the record's Markdown to the clipboard.".to_string(),
                    ),
                    Err(error) => ("error", format!("Copying failed: {error}.")),
                }))
            }),
            Some(Action::Print) => glue::print(),
            _ => {}
        }
    };
    let on_drop = move |event: ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = glue::event_file(&event) {
            load(file);
        }
    };
    // The notice, the file name and the preview go straight into the page.
    Effect::new(move |_| {
        let html = status.with(|status: &Notice| match status {
            Some((kind, text)) => notice(kind, text).into_string(),
            None => String::new(),
        });
        glue::set_inner_html(ids::RECORD_NOTICE, &html);
        session
            .superseding
            .with(|(panel, _)| glue::set_inner_html(ids::RECORD_SUPERSEDE, panel));
        written.with(|w: &Written| {
            if let Some((file_name, _, preview)) = w {
                glue::set_text(ids::RECORD_FILE_NAME, file_name);
                glue::set_inner_html(ids::RECORD_PREVIEW, preview);
            }
        })
    });

    // Events bubble to the page's root: one listener per kind of event.
    if let Some(root) = root {
        glue::listen(&root, "submit", |event: ev::Event| event.prevent_default());
        glue::listen(&root, "input", on_input);
        glue::listen(&root, "change", on_change);
        glue::listen(&root, "click", on_click);
        glue::listen(&root, "dragover", |event: ev::DragEvent| {
            event.prevent_default()
        });
        glue::listen(&root, "drop", on_drop);
        return ().into_any();
    }
    view! {
        <div class="record-page" inner_html=record_page(html! {}).into_string()
            on:submit=|event| event.prevent_default() on:input=on_input on:change=on_change on:click=on_click
            on:dragover=|event: ev::DragEvent| event.prevent_default() on:drop=on_drop></div>
    }
    .into_any()
}

/// The superseding actions: what they did, or `None` for other actions.
fn supersede(session: Session, action: Action) -> Option<(&'static str, String)> {
    Some(match action {
        // The worker answers with the new record's details.
        Action::Supersede => {
            session.send(Request::Supersede {
                today: glue::today(),
            });
            return None;
        }
        Action::DownloadSuperseded => match session.superseding.get_untracked().1 {
            Some((name, text)) => match glue::download(&name, &text) {
                Ok(()) => (
                    "info",
                    format!("Downloaded {name}, marked superseded. Commit it with the new record."),
                ),
                Err(error) => ("error", format!("The download failed: {error}.")),
            },
            None => (
                "warn",
                "Load the superseded record's file first.".to_string(),
            ),
        },
        Action::StopSuperseding => {
            session.details.update(|w| w.supersedes = None);
            (
                "info",
                "This record no longer supersedes another.".to_string(),
            )
        }
        _ => return None,
    })
}

//! `/record`: the decision record's details, a safe preview, download, copy,
//! print, and loading an exported record back. Writing, reading and
//! previewing records happens in the worker (see `core::protocol`).

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::html::escape;
use crate::core::protocol::Request;
use crate::core::record::import::MAX_RECORD_BYTES;
use crate::core::site::intros::RECORD_INTRO;
use crate::web::components::worker_notice::worker_notice;
use crate::web::glue;
use crate::web::session::{use_session, Notice, Written};

const FORM_ID: &str = "record-form";

#[component]
pub fn RecordPage() -> impl IntoView {
    let session = use_session();
    if session.details.with_untracked(|w| w.date.is_empty()) {
        session.details.update(|w| w.date = glue::today());
    }
    session.watch_record();
    worker_notice();
    session.show_storage_notice("storage-notice");
    let status = session.notice;
    let written = session.written;
    status.set(None);
    let send = move |request: Request| session.send(request);

    Effect::new(move |_| {
        session.record_form.with(|html| {
            if let Some(html) = html {
                glue::replace_html_keeping_focus(FORM_ID, html, None);
            }
        })
    });

    let load = move |file: web_sys::File| {
        spawn_local(async move {
            match glue::read_file(&file, MAX_RECORD_BYTES).await {
                Ok((_, text)) => send(Request::Import { text }),
                Err(error) => status.set(Some((
                    "error",
                    format!("Nothing was loaded: {error}. Your current answers are unchanged."),
                ))),
            }
        });
    };
    let on_input = move |event: ev::Event| {
        if let Some(control) = glue::form_control(&event) {
            session.details.update(|w| {
                w.set_field(&control.name, &control.value);
            });
        }
    };
    let on_change = move |event: ev::Event| {
        let is_file = glue::form_control(&event).is_some_and(|c| c.name == "record-file");
        match glue::event_file(&event).filter(|_| is_file) {
            Some(file) => load(file),
            None => on_input(event),
        }
    };
    let on_click = move |event: ev::MouseEvent| {
        let action = glue::clicked_action(&event);
        let Some((name, text, _)) = written.get_untracked() else {
            if action.is_some() {
                status.set(Some((
                    "warn",
                    "The record is still being written; try again in a moment.".to_string(),
                )));
            }
            return;
        };
        match action.as_deref() {
            Some("download") => status.set(Some(match glue::download(&name, &text) {
                Ok(()) => (
                    "info",
                    format!("Downloaded {name}. Keep it in docs/decisions/ in your repository."),
                ),
                Err(error) => ("error", format!("The download failed: {error}.")),
            })),
            Some("copy") => spawn_local(async move {
                status.set(Some(match glue::copy_text(&text).await {
                    Ok(()) => (
                        "info",
                        "Copied the record's Markdown to the clipboard.".to_string(),
                    ),
                    Err(error) => ("error", format!("Copying failed: {error}.")),
                }))
            }),
            Some("print") => glue::print(),
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
        let notice = status.with(|notice: &Notice| match notice {
            Some((kind, text)) => {
                format!(r#"<p class="notice notice--{kind}">{}</p>"#, escape(text))
            }
            None => String::new(),
        });
        glue::set_inner_html("record-notice", &notice);
        written.with(|w: &Written| {
            if let Some((file_name, _, preview)) = w {
                glue::set_inner_html("record-file-name", &escape(file_name));
                glue::set_inner_html("record-preview", preview);
            }
        })
    });

    view! {
        <div class="record-page">
            <header class="record-page__intro no-print" inner_html=RECORD_INTRO></header>
            <div id="storage-notice" class="no-print"></div>
            <div id="worker-notice" class="no-print"></div>
            <form id=FORM_ID class="record-form no-print" aria-label="Record details"
                on:submit=|event| event.prevent_default() on:input=on_input on:change=on_change on:click=on_click
                on:dragover=|event: ev::DragEvent| event.prevent_default() on:drop=on_drop></form>
            <div id="record-notice" class="no-print" role="status" aria-live="polite" data-testid="record-status"></div>
            <p class="record-file-name no-print">"File: " <code id="record-file-name" data-testid="record-file-name"></code></p>
            <article id="record-preview" class="record-preview" aria-label="Preview of the record" data-testid="record-preview">
                <p class="loading">"Writing the record…"</p>
            </article>
        </div>
    }
}

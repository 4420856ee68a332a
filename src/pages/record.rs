//! `/record`: the decision record's details, a safe preview, download, copy,
//! print, and loading an exported record back.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::SiteBase;
use crate::browser;
use crate::core::record::import::{import, MAX_RECORD_BYTES};
use crate::core::record::preview::to_html;
use crate::core::record::writer::{file_name, write, RecordInput};
use crate::core::views::record_page::record_form;
use crate::state::use_session;

const FORM_ID: &str = "record-form";

/// A message for the user about the last action.
#[derive(Clone, PartialEq)]
struct Notice {
    kind: &'static str,
    text: String,
}

fn notice(kind: &'static str, text: impl Into<String>) -> Option<Notice> {
    Some(Notice {
        kind,
        text: text.into(),
    })
}

#[component]
pub fn RecordPage() -> impl IntoView {
    let session = use_session();
    let base = StoredValue::new(expect_context::<SiteBase>().0);
    let site_url = browser::site_url();
    if session.workshop.with_untracked(|w| w.date.is_empty()) {
        session.workshop.update(|w| w.date = browser::today());
    }
    let status = RwSignal::new(None::<Notice>);

    let record = Memo::new(move |_| {
        session.answers.with(|answers| {
            session.workshop.with(|workshop| {
                let input = RecordInput {
                    answers,
                    decision: &session.decision.get(),
                    workshop,
                    site_url: &site_url,
                };
                (file_name(&input), write(&input))
            })
        })
    });

    let uses_gitops = Memo::new(move |_| {
        session
            .decision
            .with(|d| d.pattern.is_some_and(|p| p.uses_gitops()))
    });
    // Drawn when the page opens, when the GitOps question appears or goes,
    // and after a record is loaded: never while someone types.
    Effect::new(move |_| {
        session.form_revision.track();
        let html = session
            .workshop
            .with_untracked(|w| base.with_value(|base| record_form(w, uses_gitops.get(), base)));
        browser::replace_html_keeping_focus(FORM_ID, &html, None);
    });

    let load = move |file: web_sys::File| {
        spawn_local(async move {
            let outcome = match browser::read_file(&file, MAX_RECORD_BYTES).await {
                Err(error) => notice("error", format!("Nothing was loaded: {error}.")),
                Ok((name, text)) => match import(&text) {
                    Err(error) => notice("error", format!("Nothing was loaded from {name}. {error} Your current answers are unchanged.")),
                    Ok(imported) => {
                        let drift = imported.drifted().then(|| {
                            format!(
                                " Today's rules pick \"{}\", but the record chose \"{}\": review it.",
                                imported.current_choice.unwrap_or("nothing yet"),
                                imported.recorded_choice.as_deref().unwrap_or("nothing")
                            )
                        });
                        session.workshop.set(imported.workshop.clone());
                        session.replace_answers(imported.answers.clone());
                        match drift {
                            Some(drift) => notice("warn", format!("Loaded {name}: answers and details restored.{drift}")),
                            None => notice("info", format!("Loaded {name}: answers and details restored; today's rules still pick the recorded option.")),
                        }
                    }
                },
            };
            status.set(outcome);
        });
    };

    let on_field = move |event: ev::Event| {
        if let Some(control) = browser::form_control(&event) {
            session.workshop.update(|w| {
                w.set_field(&control.name, &control.value);
            });
        }
    };
    let on_change = move |event: ev::Event| {
        if let Some(file) = browser::event_file(&event)
            .filter(|_| browser::form_control(&event).is_some_and(|c| c.name == "record-file"))
        {
            load(file);
            return;
        }
        on_field(event);
    };
    let on_click = move |event: ev::MouseEvent| {
        let (name, text) = record.get_untracked();
        match browser::clicked_action(&event).as_deref() {
            Some("download") => status.set(match browser::download(&name, &text) {
                Ok(()) => notice(
                    "info",
                    format!("Downloaded {name}. Keep it in docs/decisions/ in your repository."),
                ),
                Err(error) => notice("error", format!("The download failed: {error}.")),
            }),
            Some("copy") => spawn_local(async move {
                status.set(match browser::copy_text(&text).await {
                    Ok(()) => notice("info", "Copied the record's Markdown to the clipboard."),
                    Err(error) => notice("error", format!("Copying failed: {error}.")),
                })
            }),
            Some("print") => browser::print(),
            _ => {}
        }
    };
    let on_drop = move |event: ev::DragEvent| {
        event.prevent_default();
        if let Some(file) = browser::event_file(&event) {
            load(file);
        }
    };

    view! {
        <div class="record-page">
            <header class="record-page__intro no-print">
                <h1>"Decision record"</h1>
                <p class="lead">"A MADR 4.0.0 record of your pick and the reasons for it, to keep in git next to your other decisions. It carries its answers, so it can be loaded back and checked again later."</p>
            </header>
            <form id=FORM_ID class="record-form no-print" aria-label="Record details"
                on:submit=|event| event.prevent_default() on:input=on_field on:change=on_change on:click=on_click
                on:dragover=|event: ev::DragEvent| event.prevent_default() on:drop=on_drop></form>
            <div class="no-print" role="status" aria-live="polite" data-testid="record-status">
                {move || status.get().map(|n| view! { <p class=format!("notice notice--{}", n.kind)>{n.text}</p> })}
            </div>
            <p class="record-file-name no-print">"File: " <code data-testid="record-file-name">{move || record.with(|r| r.0.clone())}</code></p>
            <article class="record-preview" aria-label="Preview of the record" data-testid="record-preview"
                inner_html=move || record.with(|r| to_html(&r.1))></article>
        </div>
    }
}

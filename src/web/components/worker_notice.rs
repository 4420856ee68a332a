//! The notice a page shows when the worker cannot help: what happened, in
//! plain words, and the one thing to do about it.

use leptos::ev;
use leptos::prelude::*;

use crate::core::html::escape;
use crate::core::protocol::status::{Remedy, WorkerStatus};
use crate::web::glue;
use crate::web::session::use_session;

const SLOT: &str = "worker-notice";

/// Fills the page's `#worker-notice` in while the worker is failed.
pub fn worker_notice() {
    let session = use_session();
    let status = session.worker_status;
    // Drawn as text, like the pages' other notices: no reactive view, which
    // would cost wasm bytes on the first load.
    Effect::new(move |_| {
        let html = match status.get() {
            WorkerStatus::Failed(failure) => format!(
                r#"<div class="notice notice--warn worker-notice" role="alert" data-testid="worker-notice"><p>{}</p><button type="button" class="button" data-action="{}">{}</button></div>"#,
                escape(failure.message()),
                failure.remedy().key(),
                failure.remedy().label(),
            ),
            _ => String::new(),
        };
        glue::set_inner_html(SLOT, &html);
    });
    let clicks = window_event_listener(ev::click, move |event| {
        match glue::clicked_action(&event)
            .as_deref()
            .and_then(Remedy::from_key)
        {
            Some(Remedy::Retry) => session.retry_worker(),
            Some(Remedy::Reload) => glue::reload(),
            None => {}
        }
    });
    on_cleanup(move || clicks.remove());
}

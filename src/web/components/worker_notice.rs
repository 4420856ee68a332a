//! The notice a page shows when the worker cannot help: what happened, in
//! plain words, and the one thing to do about it.

use leptos::ev;
use leptos::prelude::*;

use crate::core::protocol::status::WorkerStatus;
use crate::core::ui::notices;
use crate::core::ui::{ids, Action};
use crate::web::glue;
use crate::web::session::use_session;

/// Fills the page's `#worker-notice` in while the worker is failed.
pub fn worker_notice() {
    let session = use_session();
    let status = session.worker_status;
    // Drawn as text, like the pages' other notices: no reactive view, which
    // would cost wasm bytes on the first load.
    Effect::new(move |_| {
        let html = match status.get() {
            WorkerStatus::Failed(failure) => notices::worker_notice(failure).into_string(),
            _ => String::new(),
        };
        glue::set_inner_html(ids::WORKER_NOTICE, &html);
    });
    let clicks =
        window_event_listener(ev::click, move |event| match glue::clicked_action(&event) {
            Some(Action::RetryWorker) => session.retry_worker(),
            Some(Action::ReloadPage) => glue::reload(),
            _ => {}
        });
    on_cleanup(move || clicks.remove());
}

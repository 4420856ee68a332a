//! The notice a page shows when the worker cannot help: what happened, in
//! plain words, and the one thing to do about it.

use leptos::prelude::*;

use crate::core::protocol::status::{Remedy, WorkerStatus};
use crate::web::glue;
use crate::web::session::use_session;

#[component]
pub fn WorkerNotice() -> impl IntoView {
    let session = use_session();
    move || {
        let WorkerStatus::Failed(failure) = session.worker_status.get() else {
            return None;
        };
        let remedy = failure.remedy();
        Some(view! {
            <div class="notice notice--warn worker-notice no-print" role="alert" data-testid="worker-notice">
                <p>{failure.message()}</p>
                <button type="button" class="button" on:click=move |_| match remedy {
                    Remedy::Retry => session.retry_worker(),
                    Remedy::Reload => glue::reload(),
                }>{remedy.label()}</button>
            </div>
        })
    }
}

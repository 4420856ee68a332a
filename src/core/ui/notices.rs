//! Notices the shell shows about the browser itself (storage, the
//! worker), drawn here so that their text is escaped like every other
//! view's and their buttons are Actions.

use maud::{html, Markup};

use super::ActionButton;
use crate::core::protocol::status::Failure;

/// Why saving or restoring work in this browser went wrong.
pub fn storage_notice(text: &str) -> Markup {
    html! { p class="notice notice--warn" role="status" data-testid="storage-notice" { (text) } }
}

/// The notice a page shows while the worker cannot help: what happened,
/// and the one button that deals with it.
pub fn worker_notice(failure: Failure) -> Markup {
    let remedy = failure.remedy();
    html! {
        div class="notice notice--warn worker-notice" role="alert" data-testid="worker-notice" {
            p { (failure.message()) }
            (ActionButton::new(remedy.action(), "button").label(remedy.label()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_stays_text() {
        assert_eq!(
            storage_notice("<b>full</b>").into_string(),
            r#"<p class="notice notice--warn" role="status" data-testid="storage-notice">&lt;b&gt;full&lt;/b&gt;</p>"#
        );
    }
}

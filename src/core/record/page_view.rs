//! The Record page's frame: the slots that the details form, the notice,
//! the file name and the preview are drawn into. Drawn once; the shell
//! listens on its root and fills the slots by id. The build writes it into
//! `record.html` with the empty details form in place, so the form is
//! there at first paint and the app attaches to it.

use maud::{html, Markup};

use crate::core::site::intros::record_intro;
use crate::core::ui::ids;

/// The page's root, with `form` (as `record_form` draws it) in its slot.
pub fn record_root(form: Markup) -> Markup {
    html! { div class="record-page" { (record_page(form)) } }
}

/// What the page's root holds.
pub fn record_page(form: Markup) -> Markup {
    html! {
        header class="record-page__intro no-print" { (record_intro()) }
        div id=(ids::STORAGE_NOTICE) class="no-print" {}
        form id=(ids::RECORD_FORM) class="record-form no-print" aria-label="Record details" { (form) }
        div id=(ids::RECORD_NOTICE) class="no-print" role="status" aria-live="polite" data-testid="record-status" {}
        div id=(ids::RECORD_SUPERSEDE) class="no-print" {}
        p class="record-file-name no-print" { "File: " code id=(ids::RECORD_FILE_NAME) data-testid="record-file-name" {} }
        article id=(ids::RECORD_PREVIEW) class="record-preview" aria-label="Preview of the record" data-testid="record-preview" {
            p class="loading" { "Writing the record…" }
            noscript {
                p class="notice notice--info" {
                    "Writing the record, its preview and its download, and loading a record back, need JavaScript and WebAssembly. "
                    "The fields can be read without them."
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_slot_and_the_form_in_place() {
        let html = record_root(html! { input name="title"; }).into_string();
        for id in [
            ids::STORAGE_NOTICE,
            ids::RECORD_FORM,
            ids::RECORD_NOTICE,
            ids::RECORD_SUPERSEDE,
            ids::RECORD_FILE_NAME,
            ids::RECORD_PREVIEW,
        ] {
            assert!(html.contains(&format!(r#"id="{id}""#)), "{id}");
        }
        assert!(html.starts_with(r#"<div class="record-page">"#));
        assert!(html.contains(r#"aria-label="Record details"><input name="title"></form>"#));
        assert!(html.contains("<h1>Decision record</h1>"));
        assert!(html.contains("<noscript>"));
    }
}

//! The Record page's frame: the slots that the details form, the notice,
//! the file name and the preview are drawn into. Drawn once; the shell
//! listens on its root and fills the slots by id.

use maud::{html, Markup};

use crate::core::site::intros::record_intro;
use crate::core::ui::ids;

pub fn record_page() -> Markup {
    html! {
        header class="record-page__intro no-print" { (record_intro()) }
        div id=(ids::STORAGE_NOTICE) class="no-print" {}
        form id=(ids::RECORD_FORM) class="record-form no-print" aria-label="Record details" {}
        div id=(ids::RECORD_NOTICE) class="no-print" role="status" aria-live="polite" data-testid="record-status" {}
        div id=(ids::RECORD_SUPERSEDE) class="no-print" {}
        p class="record-file-name no-print" { "File: " code id=(ids::RECORD_FILE_NAME) data-testid="record-file-name" {} }
        article id=(ids::RECORD_PREVIEW) class="record-preview" aria-label="Preview of the record" data-testid="record-preview" {
            p class="loading" { "Writing the record…" }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_slot() {
        let html = record_page().into_string();
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
    }
}

//! The Decide page's frame: the slots that the toolbar, the participants,
//! the projector bar, the form and the panel are drawn into. Drawn once;
//! the shell listens on its root and fills the slots by id.

use maud::{html, Markup};

use super::participants_view::paste_box;
use super::scan_view::scan_section;
use crate::core::site::intros::decide_intro;
use crate::core::ui::ids;

/// The page, with a `(kind, text)` notice about the link it was opened
/// with, if any.
pub fn decide_page(base: &str, link_notice: Option<(&str, &str)>) -> Markup {
    html! {
        header class="decide__intro" { (decide_intro(base)) }
        @if let Some((kind, text)) = link_notice {
            p class={ "notice notice--" (kind) " decide__notice" } role="status" { (text) }
        }
        div id=(ids::STORAGE_NOTICE) class="decide__notice" {}
        div id=(ids::DECIDE_TOOLBAR) class="decide__toolbar" {}
        section id="participants" class="participants" aria-label="Workshop participants" { (paste_box()) }
        (scan_section())
        div id=(ids::PRESENT_BAR) class="present-bar" {}
        form id=(ids::QUESTIONNAIRE) class="decide__questions" aria-label="Questionnaire" {}
        // On narrow screens the panel sits below the questions; this bar
        // keeps the current pick in sight and jumps to the panel.
        a id=(ids::REC_PEEK) class="rec-peek rec--none" href={ (base) "/decide#rec-title" } aria-hidden="true" tabindex="-1" {}
        div class="rec-column" {
            div id=(ids::WORKER_NOTICE) class="no-print" {}
            p id=(ids::REC_ANNOUNCEMENT) class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement" {}
            aside id=(ids::RECOMMENDATION) class="rec rec--none" aria-labelledby="rec-title" data-testid="recommendation" {
                h2 id="rec-title" class="rec__title" { "Recommendation" }
                p class="loading" { "Working out the recommendation…" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_slot_and_the_link_notice_as_text() {
        let html = decide_page("/b", Some(("error", "<bad> link"))).into_string();
        for id in [
            ids::STORAGE_NOTICE,
            ids::WORKER_NOTICE,
            ids::DECIDE_TOOLBAR,
            ids::PRESENT_BAR,
            ids::QUESTIONNAIRE,
            ids::RECOMMENDATION,
            ids::PARTICIPANTS_LIST,
            ids::SCAN_FOLDER,
            ids::SCAN_STATUS,
            ids::SCAN_REPORT,
        ] {
            assert!(html.contains(&format!(r#"id="{id}""#)), "{id}");
        }
        assert!(html.contains(
            r#"<p class="notice notice--error decide__notice" role="status">&lt;bad&gt; link</p>"#
        ));
        assert!(html.contains(r#"href="/b/decide#rec-title""#));
    }
}

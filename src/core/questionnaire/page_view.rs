//! The Decide page's frame: the slots that the toolbar, the participants,
//! the projector bar, the form and the panel are drawn into. Drawn once,
//! with the questionnaire in it: the build writes it into `decide.html`
//! (with the empty form), so the questions are there at first paint; the
//! shell listens on its root and fills the slots by id.

use maud::{html, Markup};

use super::participants_view::paste_box;
use super::scan_view::scan_section;
use super::toolbar_view::{toolbar, Toolbar};
use crate::core::site::intros::decide_intro;
use crate::core::ui::ids;

/// The page's root, with `form` (the questionnaire as `render_form`
/// draws it) in place.
pub fn decide_page(base: &str, form: Markup) -> Markup {
    html! { div class="decide" { (decide_frame(base, form)) } }
}

/// What the page's root holds.
pub fn decide_frame(base: &str, form: Markup) -> Markup {
    html! {
        header class="decide__intro" { (decide_intro(base)) }
        div id=(ids::LINK_NOTICE) class="decide__notice" {}
        div id=(ids::STORAGE_NOTICE) class="decide__notice" {}
        // Drawn idle, as the app first draws it: nothing below moves then.
        div id=(ids::DECIDE_TOOLBAR) class="decide__toolbar" { (toolbar(Toolbar::Idle, "")) }
        section id="participants" class="participants" aria-label="Workshop participants" { (paste_box()) }
        (scan_section())
        div id=(ids::PRESENT_BAR) class="present-bar" {}
        form id=(ids::QUESTIONNAIRE) class="decide__questions" aria-label="Questionnaire" { (form) }
        // On narrow screens the panel sits below the questions; this bar
        // keeps the current pick in sight and jumps to the panel.
        a id=(ids::REC_PEEK) class="rec-peek rec--none" href={ (base) "/decide#rec-title" } aria-hidden="true" tabindex="-1" {}
        div class="rec-column" {
            p id=(ids::REC_ANNOUNCEMENT) class="visually-hidden" role="status" aria-live="polite" data-testid="rec-announcement" {}
            aside id=(ids::RECOMMENDATION) class="rec rec--none" aria-labelledby="rec-title" data-testid="recommendation" {
                h2 id="rec-title" class="rec__title" { "Recommendation" }
                p class="loading" { "Working out the recommendation…" }
                noscript {
                    p class="notice notice--info" {
                        "The recommendation, the rule trace and the record need JavaScript and WebAssembly. "
                        "The questions and their help read without them."
                    }
                }
            }
        }
    }
}

/// The notice about the link the page was opened with, for its slot.
pub fn link_notice(kind: &str, text: &str) -> Markup {
    html! { p class={ "notice notice--" (kind) " decide__notice" } role="status" { (text) } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_slot_the_form_and_the_link_notice_as_text() {
        let html = decide_page("/b", html! { fieldset id="q" {} }).into_string();
        for id in [
            ids::LINK_NOTICE,
            ids::STORAGE_NOTICE,
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
        assert!(html.starts_with(r#"<div class="decide">"#));
        assert!(html.contains(r#"aria-label="Questionnaire"><fieldset id="q"></fieldset></form>"#));
        assert!(html.contains("<noscript>"));
        assert_eq!(
            link_notice("error", "<bad> link").into_string(),
            r#"<p class="notice notice--error decide__notice" role="status">&lt;bad&gt; link</p>"#
        );
        assert!(html.contains(r#"href="/b/decide#rec-title""#));
    }
}

//! Notices the shell shows about the browser itself (its storage), drawn
//! here so that their text is escaped like every other view's.

use maud::{html, Markup};

/// Why saving or restoring work in this browser went wrong.
pub fn storage_notice(text: &str) -> Markup {
    html! { p class="notice notice--warn" role="status" data-testid="storage-notice" { (text) } }
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

//! The Decide page's toolbar: share links, starting over, and the question
//! asked before a link replaces local work.

use crate::core::html::escape;

/// What the toolbar shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toolbar {
    /// Share and start-over buttons.
    Idle,
    /// A link carries answers (and maybe details) and local work exists.
    OfferLink { answered: usize, with_details: bool },
    /// "Start a new decision" was pressed.
    ConfirmReset,
}

pub fn toolbar(state: Toolbar, status: &str) -> String {
    let body = match state {
        Toolbar::Idle => r#"<div class="toolbar__buttons"><button type="button" class="button button--small" data-action="copy-link">Copy share link</button><button type="button" class="button button--small" data-action="copy-link-details">Copy link with record details</button><button type="button" class="button button--small" data-action="present">Projector view</button><button type="button" class="button button--small" data-action="reset">Start a new decision</button></div>"#.to_string(),
        Toolbar::OfferLink { answered, with_details } => format!(
            r#"<div class="notice notice--info" role="alert"><p>This link carries {answered} answer{s}{details}. Replace the answers in this browser with them?</p><div class="toolbar__buttons"><button type="button" class="button button--small button--primary" data-action="accept-link">Replace with the link's answers</button><button type="button" class="button button--small" data-action="reject-link">Keep my answers</button></div></div>"#,
            s = if answered == 1 { "" } else { "s" },
            details = if with_details { " and the record's details" } else { "" },
        ),
        Toolbar::ConfirmReset => r#"<div class="notice notice--warn" role="alert"><p>Start a new decision? This clears every answer and the record's details in this browser. Download the record first if you want to keep it.</p><div class="toolbar__buttons"><button type="button" class="button button--small button--primary" data-action="confirm-reset">Clear everything</button><button type="button" class="button button--small" data-action="cancel-reset">Cancel</button></div></div>"#.to_string(),
    };
    format!(
        r#"{body}<p class="toolbar__status" role="status">{}</p>"#,
        escape(status)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_offers_its_actions() {
        assert!(toolbar(Toolbar::Idle, "").contains(r#"data-action="copy-link""#));
        let offer = toolbar(
            Toolbar::OfferLink {
                answered: 1,
                with_details: true,
            },
            "",
        );
        assert!(offer.contains("1 answer and the record's details"));
        assert!(
            offer.contains(r#"data-action="accept-link""#)
                && offer.contains(r#"data-action="reject-link""#)
        );
        assert!(toolbar(Toolbar::ConfirmReset, "<b>").contains("&lt;b&gt;"));
    }
}

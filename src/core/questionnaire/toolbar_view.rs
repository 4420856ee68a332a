//! The Decide page's toolbar: share links, starting over, and the question
//! asked before a link replaces local work.

use maud::{html, Markup};

use crate::core::ui::{Action, ActionButton};

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

fn button(action: Action, label: &str) -> Markup {
    ActionButton::new(action, "button button--small").label(label)
}

fn primary(action: Action, label: &str) -> Markup {
    ActionButton::new(action, "button button--small button--primary").label(label)
}

pub fn toolbar(state: Toolbar, status: &str) -> Markup {
    html! {
        @match state {
            Toolbar::Idle => div class="toolbar__buttons" {
                (button(Action::CopyLink, "Copy share link"))
                (button(Action::CopyLinkWithDetails, "Copy link with record details"))
                (button(Action::Present, "Projector view"))
                (button(Action::Reset, "Start a new decision"))
            },
            Toolbar::OfferLink { answered, with_details } => div class="notice notice--info" role="alert" {
                p {
                    "This link carries " (answered) " answer" @if answered != 1 { "s" }
                    @if with_details { " and the record's details" }
                    ". Replace the answers in this browser with them?"
                }
                div class="toolbar__buttons" {
                    (primary(Action::AcceptLink, "Replace with the link's answers"))
                    (button(Action::RejectLink, "Keep my answers"))
                }
            },
            Toolbar::ConfirmReset => div class="notice notice--warn" role="alert" {
                p { "Start a new decision? This clears every answer and the record's details in this browser. Download the record first if you want to keep it." }
                div class="toolbar__buttons" {
                    (primary(Action::ConfirmReset, "Clear everything"))
                    (button(Action::CancelReset, "Cancel"))
                }
            },
        }
        p class="toolbar__status" role="status" { (status) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(html: &Markup, action: Action) -> bool {
        let encoded = action.encode();
        html.0
            .contains(&format!(r#"data-action="{}""#, encoded.action))
    }

    #[test]
    fn each_state_offers_its_actions() {
        let idle = toolbar(Toolbar::Idle, "");
        assert!(has(&idle, Action::CopyLink) && has(&idle, Action::Present));
        let offer = toolbar(
            Toolbar::OfferLink {
                answered: 1,
                with_details: true,
            },
            "",
        );
        assert!(offer.0.contains("1 answer and the record's details"));
        assert!(has(&offer, Action::AcceptLink) && has(&offer, Action::RejectLink));
        assert!(!has(&offer, Action::CopyLink));
        let confirm = toolbar(Toolbar::ConfirmReset, "<b>");
        assert!(has(&confirm, Action::ConfirmReset) && has(&confirm, Action::CancelReset));
        assert!(confirm.0.contains("&lt;b&gt;"));
    }
}

//! The opening of the Decide and Record pages: drawn by the app, and
//! pre-rendered into their static pages so that they paint before the wasm
//! arrives (with the whole questionnaire and the record form: each `page_view`).

use maud::{html, Markup};

/// The Decide page's heading and lead, inside `header.decide__intro`.
pub fn decide_intro(base: &str) -> Markup {
    html! {
        h1 { "Decide" }
        p class="lead" {
            "Answer what you know; skip what you don't. The recommendation follows every answer and shows the rules behind it, "
            a href={ (base) "/docs/how-to-pick" } { "as the guide explains them" } "."
        }
    }
}

/// The Record page's heading and lead, inside `header.record-page__intro`.
pub fn record_intro() -> Markup {
    html! {
        h1 { "Decision record" }
        p class="lead" { "A MADR 4.0.0 record of your pick and the reasons for it, to keep in git next to your other decisions. It carries its answers, so it can be loaded back and checked again later." }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_follow_the_site_base() {
        assert!(decide_intro("/sub")
            .into_string()
            .contains(r#"href="/sub/docs/how-to-pick""#));
    }
}

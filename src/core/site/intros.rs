//! The opening of the Decide and Record pages: drawn by the app, and
//! pre-rendered into their static pages so that they paint before the wasm
//! arrives.

/// The Decide page's heading and lead, inside `header.decide__intro`.
pub fn decide_intro(base: &str) -> String {
    format!(
        r#"<h1>Decide</h1><p class="lead">Answer what you know; skip what you don't. The recommendation follows every answer and shows the rules behind it, <a href="{base}/docs/how-to-pick">as the guide explains them</a>.</p>"#
    )
}

/// The Record page's heading and lead, inside `header.record-page__intro`.
pub const RECORD_INTRO: &str = r#"<h1>Decision record</h1><p class="lead">A MADR 4.0.0 record of your pick and the reasons for it, to keep in git next to your other decisions. It carries its answers, so it can be loaded back and checked again later.</p>"#;

/// The pre-rendered first view of Decide: its opening only; the app draws
/// the rest (the questionnaire depends on saved answers).
pub fn decide_opening(base: &str) -> String {
    format!(
        r#"<div class="decide"><header class="decide__intro">{}</header></div>"#,
        decide_intro(base)
    )
}

/// The pre-rendered first view of Record: its opening only.
pub fn record_opening() -> String {
    format!(
        r#"<div class="record-page"><header class="record-page__intro no-print">{RECORD_INTRO}</header></div>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_follow_the_site_base() {
        assert!(decide_opening("/sub").contains(r#"href="/sub/docs/how-to-pick""#));
        assert!(record_opening().contains("<h1>Decision record</h1>"));
    }
}

//! The recommendation panel as HTML: the pick, why, tensions, warnings,
//! obligations, who deploys what, what would change it, and what is open.

use maud::{html, Markup};

use crate::core::engine::decision::Decision;
use crate::core::engine::pattern::Pattern;
use crate::core::engine::text::capitalize;
use crate::core::ui::ids;

/// The CSS modifier for a pattern's colour.
pub fn pattern_class(pattern: Option<Pattern>) -> &'static str {
    match pattern {
        Some(Pattern::Pipeline) => "rec--pipeline",
        Some(Pattern::GitOps) => "rec--gitops",
        Some(Pattern::Hybrid) => "rec--hybrid",
        None => "rec--none",
    }
}

/// One sentence for screen readers when the pick changes.
pub fn announcement(d: &Decision) -> String {
    match d.pattern {
        Some(_) => format!(
            "Recommendation: {}. {} {} pick.",
            d.headline(),
            d.subline(),
            capitalize(d.strength.label())
        ),
        None => "No recommendation yet: answer the first questions.".to_string(),
    }
}

fn list_section(title: &str, test_id: &str, items: Vec<Markup>) -> Markup {
    html! {
        @if !items.is_empty() {
            section class="rec__section" data-testid=(test_id) {
                h3 { (title) }
                ul { @for item in items { li { (item) } } }
            }
        }
    }
}

/// A link into the guide, with its context for screen readers.
fn guide_link(base: &str, anchor: &str, text: &str, context: &str) -> Markup {
    html! {
        a href={ (base) (anchor) } { (text) span class="visually-hidden" { ": " (context) } }
    }
}

/// The bar that keeps the pick in sight on narrow screens (`#rec-peek`).
pub fn peek(headline: &str, strength: &str) -> Markup {
    html! {
        span class="rec-peek__pattern" { (headline) }
        span class="rec-peek__more" { (strength) " · see why ↓" }
    }
}

/// The panel's content (inside the `<aside>`), as the worker sends it.
pub fn render_panel(d: &Decision, base: &str) -> String {
    let why = d
        .fired
        .iter()
        .map(|rule| {
            html! {
                span.rule.rule--against[!rule.agrees] {
                    strong { (rule.title) }
                    @if !rule.agrees { " (outweighed)" }
                    span class="rule__because" { "Because: " (rule.because.join(", ")) "." }
                    (guide_link(base, rule.anchor, "The rule", rule.title))
                }
            }
        })
        .collect();
    let conflicts = d.conflicts.iter().map(|c| html! { (c.text) }).collect();
    let warnings = d
        .warnings
        .iter()
        .map(|w| {
            html! {
                (w.text) " " (guide_link(base, w.anchor, "Why it matters", &w.text))
            }
        })
        .collect();
    let obligations = d
        .obligations
        .iter()
        .map(|o| {
            html! {
                (o.text) " " (guide_link(base, o.anchor, "Guide", &o.text))
            }
        })
        .collect();
    html! {
        h2 id="rec-title" class="rec__title" { "Recommendation" }
        p class="rec__pattern" data-testid="rec-pattern" { (d.headline()) }
        p class="rec__subline" { (d.subline()) }
        p class="rec__strength" {
            span class="badge" data-testid="rec-strength" { (capitalize(d.strength.label())) }
            " " (d.strength_reason)
        }
        div class="rec__progress" {
            label for="answered-progress" { (d.answered) " of " (d.total_questions) " questions answered" }
            progress id="answered-progress" max=(d.total_questions) value=(d.answered) {}
        }
        p class="rec__rationale" { (d.rationale) }
        (list_section("Why", "rec-why", why))
        (list_section("Tensions in your answers", "rec-conflicts", conflicts))
        (list_section("Warnings", "rec-warnings", warnings))
        (list_section("What this commits you to", "rec-obligations", obligations))
        @if !d.split.is_empty() {
            section class="rec__section" data-testid="rec-split" {
                h3 { "Who deploys what" }
                div class="table-wrap" role="region" aria-label="Who deploys what" tabindex="0" {
                    table {
                        thead { tr { th scope="col" { "What" } th scope="col" { "Deployed by" } th scope="col" { "Note" } } }
                        tbody {
                            @for row in &d.split {
                                tr { td { (row.what) } td { (row.deployed_by.label()) } td { (row.note) } }
                            }
                        }
                    }
                }
            }
        }
        section class="rec__section" data-testid="rec-flips" {
            h3 { "What would change it" }
            @if d.flips.is_empty() {
                p { "No single answer would change this pick." }
            } @else {
                ul { @for flip in &d.flips { li { (flip.change) } } }
            }
        }
        @if !d.missing.is_empty() {
            section class="rec__section" {
                h3 { "Still open" }
                p { "Answering these could change the pick:" }
                ul class="inline-list" {
                    @for q in &d.missing {
                        li { a href={ (base) "/decide#" (ids::question(*q)) } { (q.label()) } }
                    }
                }
            }
        }
        @if !d.further_reading.is_empty() {
            section class="rec__section" data-testid="rec-reading" {
                h3 { "Read next" }
                ul { @for r in &d.further_reading { li { a href={ (base) (r.href) } { (r.title) } } } }
            }
        }
        div class="rec__actions" {
            a class="button button--primary" href={ (base) "/record" } { "Write the decision record" }
        }
    }
    .into_string()
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{evaluate, samples, Answers};

    #[test]
    fn shows_the_pick_the_trace_and_the_flips() {
        let html = render_panel(&evaluate(&samples::startup()), "/sub");
        assert!(html.contains(r#"data-testid="rec-pattern">Pipeline deploy</p>"#));
        assert!(html.contains("One production cluster, small team"));
        assert!(html.contains(r#"href="/sub/docs/how-to-pick#rule-single-cluster-small-team""#));
        assert!(html.contains("With two or more production clusters rather than one production cluster, the pick would be GitOps."));
        assert!(html.contains(r#"href="/sub/record""#));
        assert!(html.contains(r#"href="/sub/docs/pipeline-wins#ci-credentials""#));
        assert!(html
            .split('<')
            .all(|tag| tag.matches(" class=").count() <= 1));
    }

    #[test]
    fn an_empty_questionnaire_asks_for_the_first_answers() {
        let d = evaluate(&Answers::default());
        let html = render_panel(&d, "");
        assert!(html.contains("Not enough answers yet"));
        assert!(html.contains(r#"href="/decide#q-clusters""#));
        assert_eq!(
            announcement(&d),
            "No recommendation yet: answer the first questions."
        );
    }

    #[test]
    fn the_peek_escapes_what_it_shows() {
        let html = peek("<i>Hybrid</i>", "Strong").into_string();
        assert!(html.contains("&lt;i&gt;Hybrid&lt;/i&gt;") && html.contains("Strong · see why ↓"));
    }

    #[test]
    fn target_names_in_the_split_stay_text() {
        let mut a = samples::mixed();
        a.targets.as_mut().unwrap()[1].name = "<b>Lambda</b> | # x".to_string();
        let html = render_panel(&evaluate(&a), "");
        assert!(html.contains("&lt;b&gt;Lambda&lt;/b&gt; | # x"));
        assert!(!html.contains("<b>Lambda"));
    }
}

//! The recommendation panel as HTML: the pick, why, tensions, warnings,
//! obligations, who deploys what, what would change it, and what is open.

use std::fmt::Write;

use crate::core::engine::decision::Decision;
use crate::core::engine::pattern::Pattern;
use crate::core::engine::text::capitalize;
use crate::core::html::escape;

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

fn list_section(out: &mut String, title: &str, test_id: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = write!(
        out,
        r#"<section class="rec__section" data-testid="{test_id}"><h3>{title}</h3><ul>"#
    );
    for item in items {
        let _ = write!(out, "<li>{item}</li>");
    }
    out.push_str("</ul></section>");
}

/// The panel's content (inside the `<aside>`).
pub fn render_panel(d: &Decision, base: &str) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let link = |anchor: &str, text: &str, context: &str| {
        format!(
            r#"<a href="{base}{anchor}">{text}<span class="visually-hidden">: {}</span></a>"#,
            escape(context)
        )
    };
    let _ = write!(
        out,
        r#"<h2 id="rec-title" class="rec__title">Recommendation</h2><p class="rec__pattern" data-testid="rec-pattern">{headline}</p><p class="rec__subline">{subline}</p><p class="rec__strength"><span class="badge" data-testid="rec-strength">{strength}</span> {reason}</p><div class="rec__progress"><label for="answered-progress">{answered} of {total} questions answered</label><progress id="answered-progress" max="{total}" value="{answered}"></progress></div><p class="rec__rationale">{rationale}</p>"#,
        headline = escape(&d.headline()),
        subline = escape(&d.subline()),
        strength = capitalize(d.strength.label()),
        reason = escape(&d.strength_reason),
        answered = d.answered,
        total = d.total_questions,
        rationale = escape(&d.rationale),
    );
    list_section(
        &mut out,
        "Why",
        "rec-why",
        d.fired.iter().map(|rule| {
            format!(
                r#"<span class="rule{against}"><strong>{title}</strong>{outweighed}<span class="rule__because">Because: {because}.</span>{link}</span>"#,
                against = if rule.agrees { "" } else { " rule--against" },
                title = escape(rule.title),
                outweighed = if rule.agrees { "" } else { " (outweighed)" },
                because = escape(&rule.because.join(", ")),
                link = link(rule.anchor, "The rule", rule.title),
            )
        }),
    );
    list_section(
        &mut out,
        "Tensions in your answers",
        "rec-conflicts",
        d.conflicts.iter().map(|c| escape(&c.text)),
    );
    list_section(
        &mut out,
        "Warnings",
        "rec-warnings",
        d.warnings.iter().map(|w| {
            format!(
                "{} {}",
                escape(&w.text),
                link(w.anchor, "Why it matters", &w.text)
            )
        }),
    );
    list_section(
        &mut out,
        "What this commits you to",
        "rec-obligations",
        d.obligations
            .iter()
            .map(|o| format!("{} {}", escape(&o.text), link(o.anchor, "Guide", &o.text))),
    );
    if !d.split.is_empty() {
        out.push_str(r#"<section class="rec__section" data-testid="rec-split"><h3>Who deploys what</h3><div class="table-wrap" role="region" aria-label="Who deploys what" tabindex="0"><table><thead><tr><th scope="col">What</th><th scope="col">Deployed by</th><th scope="col">Note</th></tr></thead><tbody>"#);
        for row in &d.split {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&row.what),
                row.deployed_by.label(),
                escape(&row.note)
            );
        }
        out.push_str("</tbody></table></div></section>");
    }
    out.push_str(
        r#"<section class="rec__section" data-testid="rec-flips"><h3>What would change it</h3>"#,
    );
    if d.flips.is_empty() {
        out.push_str("<p>No single answer would change this pick.</p>");
    } else {
        out.push_str("<ul>");
        for flip in &d.flips {
            let _ = write!(
                out,
                "<li>{} → {}</li>",
                escape(&flip.change),
                flip.new_pattern.label()
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    if !d.missing.is_empty() {
        out.push_str(r#"<section class="rec__section"><h3>Still open</h3><p>Answering these could change the pick:</p><ul class="inline-list">"#);
        for q in &d.missing {
            let _ = write!(
                out,
                r#"<li><a href="{base}/decide#q-{}">{}</a></li>"#,
                q.key(),
                q.label()
            );
        }
        out.push_str("</ul></section>");
    }
    let _ = write!(
        out,
        r#"<div class="rec__actions"><a class="button button--primary" href="{base}/record">Write the decision record</a></div>"#
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{evaluate, samples, Answers};

    #[test]
    fn shows_the_pick_the_trace_and_the_flips() {
        let html = render_panel(&evaluate(&samples::startup()), "/sub");
        assert!(html.contains(r#"data-testid="rec-pattern">Pipeline deploy</p>"#));
        assert!(html.contains("Single cluster, small team"));
        assert!(html.contains(r#"href="/sub/docs/how-to-pick#rule-single-cluster-small-team""#));
        assert!(html.contains("Kubernetes clusters: 3 clusters or 12 clusters → GitOps"));
        assert!(html.contains(r#"href="/sub/record""#));
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
    fn target_names_in_the_split_stay_text() {
        let mut a = samples::mixed();
        a.targets.as_mut().unwrap()[1].name = "<b>Lambda</b> | # x".to_string();
        let html = render_panel(&evaluate(&a), "");
        assert!(html.contains("&lt;b&gt;Lambda&lt;/b&gt; | # x"));
        assert!(!html.contains("<b>Lambda"));
    }
}

//! The live recommendation: the pick, why, what it commits you to, what to
//! watch for, who deploys what, and what would change it.

use leptos::prelude::*;

use crate::app::SiteBase;
use crate::components::site_link::SiteLink;
use crate::core::decide::{Decision, Pattern};
use crate::state::use_session;

fn pattern_class(pattern: Option<Pattern>) -> &'static str {
    match pattern {
        Some(Pattern::Pipeline) => "rec--pipeline",
        Some(Pattern::GitOps) => "rec--gitops",
        Some(Pattern::Hybrid) => "rec--hybrid",
        None => "rec--none",
    }
}

#[component]
pub fn Recommendation() -> impl IntoView {
    let session = use_session();
    let decision = session.decision;
    let base = expect_context::<SiteBase>();
    let summary = move || {
        decision.with(|d| match d.pattern {
            Some(_) => format!(
                "Recommendation: {}. {} {} pick.",
                d.headline(),
                d.subline(),
                capitalise(d.strength.label())
            ),
            None => "No recommendation yet: answer the first questions.".to_string(),
        })
    };
    let peek_href = base.href("/decide#rec-title");
    view! {
        // On narrow screens the panel sits below the questions; this bar
        // keeps the current pick in sight and jumps to the panel.
        <a class=move || format!("rec-peek {}", decision.with(|d| pattern_class(d.pattern))) href=peek_href aria-hidden="true" tabindex="-1">
            <span class="rec-peek__pattern">{move || decision.with(Decision::headline)}</span>
            <span class="rec-peek__more">{move || decision.with(|d| format!("{} · see why ↓", capitalise(d.strength.label())))}</span>
        </a>
        <aside class=move || format!("rec {}", decision.with(|d| pattern_class(d.pattern)))
            aria-labelledby="rec-title" data-testid="recommendation">
            <h2 id="rec-title" class="rec__title">"Recommendation"</h2>
            <div class="rec__headline" role="status" aria-live="polite" aria-atomic="true">
                <p class="visually-hidden">{summary}</p>
                <p class="rec__pattern" aria-hidden="true" data-testid="rec-pattern">{move || decision.with(Decision::headline)}</p>
                <p class="rec__subline" aria-hidden="true">{move || decision.with(Decision::subline)}</p>
                <p class="rec__strength" aria-hidden="true">
                    <span class="badge" data-testid="rec-strength">{move || decision.with(|d| capitalise(d.strength.label()))}</span>
                    " " {move || decision.with(|d| d.strength_reason.clone())}
                </p>
            </div>
            <div class="rec__progress">
                <label for="answered-progress">{move || decision.with(|d| format!("{} of {} questions answered", d.answered, d.total_questions))}</label>
                <progress id="answered-progress" max=move || decision.with(|d| d.total_questions)
                    value=move || decision.with(|d| d.answered)></progress>
            </div>
            <p class="rec__rationale">{move || decision.with(|d| d.rationale.clone())}</p>
            {move || {
                let base = base.clone();
                decision.with(|d| details(d, &base))
            }}
            <div class="rec__actions">
                <SiteLink to="/record" class="button button--primary">"Write the decision record"</SiteLink>
            </div>
        </aside>
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Everything below the headline; rebuilt when the decision changes.
fn details(d: &Decision, base: &SiteBase) -> impl IntoView {
    let link = |anchor: &str| base.href(anchor);
    let fired = (!d.fired.is_empty()).then(|| view! {
        <section class="rec__section" data-testid="rec-why">
            <h3>"Why"</h3>
            <ul class="rule-list">
                {d.fired.iter().map(|rule| view! {
                    <li class:against=!rule.agrees>
                        <strong>{rule.title}</strong>
                        {(!rule.agrees).then_some(" (outweighed)")}
                        <span class="rule-list__because">{format!("Because: {}.", rule.because.join(", "))}</span>
                        <a href=link(rule.anchor)>"The rule"<span class="visually-hidden">{format!(": {}", rule.title)}</span></a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    });
    let conflicts = (!d.conflicts.is_empty()).then(|| view! {
        <section class="rec__section">
            <h3>"Tensions in your answers"</h3>
            <ul>{d.conflicts.iter().map(|c| view! { <li>{c.text.clone()}</li> }).collect_view()}</ul>
        </section>
    });
    let warnings = (!d.warnings.is_empty()).then(|| {
        view! {
            <section class="rec__section rec__warnings" data-testid="rec-warnings">
                <h3>"Warnings"</h3>
                <ul>{d.warnings.iter().map(|w| view! {
                    <li>{w.text.clone()} " " <a href=link(w.anchor)>"Why it matters"</a></li>
                }).collect_view()}</ul>
            </section>
        }
    });
    let obligations = (!d.obligations.is_empty()).then(|| {
        view! {
            <section class="rec__section">
                <h3>"What this commits you to"</h3>
                <ul>{d.obligations.iter().map(|o| view! {
                    <li>{o.text.clone()} " " <a href=link(o.anchor)>"Guide"</a></li>
                }).collect_view()}</ul>
            </section>
        }
    });
    let split = (!d.split.is_empty()).then(|| view! {
        <section class="rec__section">
            <h3>"Who deploys what"</h3>
            <div class="table-wrap" role="region" aria-label="Who deploys what" tabindex="0">
                <table>
                    <thead><tr><th scope="col">"What"</th><th scope="col">"Deployed by"</th><th scope="col">"Note"</th></tr></thead>
                    <tbody>{d.split.iter().map(|row| view! {
                        <tr><td>{row.what.clone()}</td><td>{row.deployed_by.label()}</td><td>{row.note.clone()}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        </section>
    });
    let flips = view! {
        <section class="rec__section" data-testid="rec-flips">
            <h3>"What would change it"</h3>
            {if d.flips.is_empty() {
                view! { <p>"No single answer would change this pick."</p> }.into_any()
            } else {
                view! { <ul>{d.flips.iter().map(|f| view! {
                    <li>{format!("{} → {}", f.change, f.new_pattern.label())}</li>
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
    };
    let missing = (!d.missing.is_empty()).then(|| {
        view! {
            <section class="rec__section">
                <h3>"Still open"</h3>
                <p>"Answering these could change the pick:"</p>
                <ul class="inline-list">{d.missing.iter().map(|q| view! {
                    <li><a href=link(&format!("/decide#q-{}", q.key()))>{q.label()}</a></li>
                }).collect_view()}</ul>
            </section>
        }
    });
    view! { {fired} {conflicts} {warnings} {obligations} {split} {flips} {missing} }
}

//! The landing page and the not-found page.

use maud::{html, Markup};

const PATTERNS: [(&str, &str); 3] = [
    ("Pipeline deploy", "CI holds the cluster credentials and applies each change. Simple, procedural, fits one cluster and non-Kubernetes targets."),
    ("GitOps", "A controller inside each cluster pulls from git and keeps reconciling. Scales across clusters, audits well, rebuilds from git."),
    ("Hybrid", "GitOps for Kubernetes, pipelines for everything else, joined by CI updating the manifest repo. Where most orgs end up."),
];

/// `/`.
pub fn home(base: &str) -> Markup {
    html! {
        section class="hero" {
            p class="eyebrow" { "Deployment decisions, written down" }
            h1 { "Push from CI, or pull from git?" }
            p class="lead" { "PushPull helps your team choose between pipeline deploys, GitOps and a hybrid of both, shows the reasoning behind the pick, and hands you a decision record to keep in your repository." }
            div class="hero__actions" {
                a href={ (base) "/decide" } class="button button--primary" { "Start deciding" }
                a href={ (base) "/docs/overview" } class="button" { "Read the guide" }
            }
        }
        section class="patterns" aria-labelledby="patterns-title" {
            h2 id="patterns-title" class="visually-hidden" { "The three patterns" }
            @for (title, text) in PATTERNS {
                div class="pattern-card" { h3 { (title) } p { (text) } }
            }
        }
    }
}

/// Any path the site does not have.
pub fn not_found(base: &str) -> Markup {
    html! {
        section class="page narrow not-found" data-testid="not-found" {
            h1 { "Page not found" }
            p class="lead" { "There is no page at this address. It may have moved, or the link may be mistyped." }
            ul class="inline-links" {
                li { a href={ (base) "/" } { "Home" } }
                li { a href={ (base) "/docs" } { "The guide" } }
                li { a href={ (base) "/decide" } { "Decide" } }
            }
        }
    }
}

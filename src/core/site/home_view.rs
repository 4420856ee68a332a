//! The landing page and the not-found page.

/// `/`.
pub fn home(base: &str) -> String {
    format!(
        r#"<section class="hero"><p class="eyebrow">Deployment decisions, written down</p><h1>Push from CI, or pull from git?</h1><p class="lead">PushPull helps your team choose between pipeline deploys, GitOps and a hybrid of both, shows the reasoning behind the pick, and hands you a decision record to keep in your repository.</p><div class="hero__actions"><a href="{base}/decide" class="button button--primary">Start deciding</a><a href="{base}/docs/overview" class="button">Read the guide</a></div></section><section class="patterns" aria-labelledby="patterns-title"><h2 id="patterns-title" class="visually-hidden">The three patterns</h2><div class="pattern-card"><h3>Pipeline deploy</h3><p>CI holds the cluster credentials and applies each change. Simple, procedural, fits one cluster and non-Kubernetes targets.</p></div><div class="pattern-card"><h3>GitOps</h3><p>A controller inside each cluster pulls from git and keeps reconciling. Scales across clusters, audits well, rebuilds from git.</p></div><div class="pattern-card"><h3>Hybrid</h3><p>GitOps for Kubernetes, pipelines for everything else, joined by CI updating the manifest repo. Where most orgs end up.</p></div></section>"#
    )
}

/// Any path the site does not have.
pub fn not_found(base: &str) -> String {
    format!(
        r#"<section class="page narrow not-found" data-testid="not-found"><h1>Page not found</h1><p class="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p><ul class="inline-links"><li><a href="{base}/">Home</a></li><li><a href="{base}/docs">The guide</a></li><li><a href="{base}/decide">Decide</a></li></ul></section>"#
    )
}

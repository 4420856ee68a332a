//! The landing page.

use crate::components::site_link::SiteLink;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="" />
        <section class="hero">
            <p class="eyebrow">"Deployment decisions, written down"</p>
            <h1>"Push from CI, or pull from git?"</h1>
            <p class="lead">
                "PushPull helps your team choose between pipeline deploys, GitOps and a hybrid of both, "
                "shows the reasoning behind the pick, and hands you a decision record to keep in your repository."
            </p>
            <div class="hero__actions">
                <SiteLink to="/decide" class="button button--primary">"Start deciding"</SiteLink>
                <SiteLink to="/docs/overview" class="button">"Read the guide"</SiteLink>
            </div>
        </section>
        <section class="patterns" aria-labelledby="patterns-title">
            <h2 id="patterns-title" class="visually-hidden">"The three patterns"</h2>
            <div class="pattern-card">
                <h3>"Pipeline deploy"</h3>
                <p>"CI holds the cluster credentials and applies each change. Simple, procedural, fits one cluster and non-Kubernetes targets."</p>
            </div>
            <div class="pattern-card">
                <h3>"GitOps"</h3>
                <p>"A controller inside each cluster pulls from git and keeps reconciling. Scales across clusters, audits well, rebuilds from git."</p>
            </div>
            <div class="pattern-card">
                <h3>"Hybrid"</h3>
                <p>"GitOps for Kubernetes, pipelines for everything else, joined by CI updating the manifest repo. Where most orgs end up."</p>
            </div>
        </section>
    }
}

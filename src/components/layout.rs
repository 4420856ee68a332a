//! The frame around every page: skip link, header with navigation, footer.

use crate::components::search::SiteSearch;
use crate::components::site_link::SiteLink;
use leptos::prelude::*;

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">"Skip to content"</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <SiteLink to="/" class="brand">
                    <span class="brand__mark" aria-hidden="true">"⇅"</span>
                    <span class="brand__name">"PushPull"</span>
                </SiteLink>
                <SiteSearch />
                <nav class="site-nav" aria-label="Main">
                    <SiteLink to="/docs/overview" section="/docs">"Docs"</SiteLink>
                    <SiteLink to="/decide">"Decide"</SiteLink>
                    <SiteLink to="/record">"Record"</SiteLink>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p class="privacy-promise">
                <strong>"Private by design."</strong>
                " Your answers stay in this browser: no accounts, no analytics, no cookies, and no requests to anyone but this site."
            </p>
            <p class="site-footer__small">"PushPull · GitOps, pipeline deploys or both, decided and written down."</p>
        </footer>
    }
}

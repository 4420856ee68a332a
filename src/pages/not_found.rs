//! The page shown for any path the site does not have.

use crate::components::site_link::SiteLink;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page not found" />
        <section class="page narrow not-found" data-testid="not-found">
            <h1>"Page not found"</h1>
            <p class="lead">"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <ul class="inline-links">
                <li><SiteLink to="/">"Home"</SiteLink></li>
                <li><SiteLink to="/docs">"The guide"</SiteLink></li>
                <li><SiteLink to="/decide">"Decide"</SiteLink></li>
            </ul>
        </section>
    }
}

//! The page shown for any path the site does not have.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page not found" />
        <section class="page narrow not-found" data-testid="not-found">
            <h1>"Page not found"</h1>
            <p class="lead">"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <ul class="inline-links">
                <li><A href="/">"Home"</A></li>
                <li><A href="/docs">"The guide"</A></li>
                <li><A href="/decide">"Decide"</A></li>
            </ul>
        </section>
    }
}

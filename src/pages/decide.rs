//! `/decide`: the questionnaire (being built).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn DecidePage() -> impl IntoView {
    view! {
        <Title text="Decide" />
        <section class="page narrow">
            <h1>"Decide"</h1>
            <p class="lead">"The questionnaire is on its way. Until then, the guide explains how to pick."</p>
            <p><A href="/docs/overview">"Read the guide"</A></p>
        </section>
    }
}

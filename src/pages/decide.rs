//! `/decide`: the questionnaire (being built).

use crate::components::site_link::SiteLink;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DecidePage() -> impl IntoView {
    view! {
        <Title text="Decide" />
        <section class="page narrow">
            <h1>"Decide"</h1>
            <p class="lead">"The questionnaire is on its way. Until then, the guide explains how to pick."</p>
            <p><SiteLink to="/docs/overview">"Read the guide"</SiteLink></p>
        </section>
    }
}

//! `/record`: the decision record export (being built).

use crate::components::site_link::SiteLink;
use leptos::prelude::*;

#[component]
pub fn RecordPage() -> impl IntoView {
    view! {
        <section class="page narrow">
            <h1>"Decision record"</h1>
            <p class="lead">"Exporting a decision record comes with the questionnaire."</p>
            <p><SiteLink to="/docs/overview">"Read the guide"</SiteLink></p>
        </section>
    }
}

//! `/record`: the decision record export (being built).

use crate::components::site_link::SiteLink;
use leptos::prelude::*;

use crate::browser;

#[component]
pub fn RecordPage() -> impl IntoView {
    browser::set_page_meta(
        "Record",
        Some("Export a MADR 4.0.0 decision record of your deployment pattern, and load one back."),
    );
    view! {
        <section class="page narrow">
            <h1>"Decision record"</h1>
            <p class="lead">"Exporting a decision record comes with the questionnaire."</p>
            <p><SiteLink to="/docs/overview">"Read the guide"</SiteLink></p>
        </section>
    }
}

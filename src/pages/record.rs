//! `/record`: the decision record export (being built).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn RecordPage() -> impl IntoView {
    view! {
        <Title text="Record" />
        <section class="page narrow">
            <h1>"Decision record"</h1>
            <p class="lead">"Exporting a decision record comes with the questionnaire."</p>
            <p><A href="/docs/overview">"Read the guide"</A></p>
        </section>
    }
}

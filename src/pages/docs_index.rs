//! `/docs`: the guide's contents.

use crate::components::site_link::SiteLink;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::core::content;

#[component]
pub fn DocsIndexPage() -> impl IntoView {
    view! {
        <Title text="Guide" />
        <section class="page narrow">
            <h1>"The guide"</h1>
            <p class="lead">"Read it in order, or jump to the part you are arguing about."</p>
            <ol class="card-list">
                {content::pages()
                    .iter()
                    .map(|page| {
                        view! {
                            <li class="card">
                                <SiteLink to=content::page_path(page.slug)>{page.title}</SiteLink>
                                <p>{page.description}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

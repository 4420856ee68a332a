//! A docs page: sidebar, the rendered article, its table of contents.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_location, use_params_map};

use crate::app::SiteBase;
use crate::browser;
use crate::components::docs_nav::{DocsSidebar, PreviousNext, TableOfContents};
use crate::core::content::{self, Page};
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn DocPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match content::page(&slug) {
            Some(page) => view! { <DocArticle page /> }.into_any(),
            None => view! { <NotFoundPage /> }.into_any(),
        }
    }
}

#[component]
fn DocArticle(page: &'static Page) -> impl IntoView {
    let base = expect_context::<SiteBase>();
    let location = use_location();
    let body = RwSignal::new(None::<Result<String, String>>);
    let load = move || {
        body.set(None);
        spawn_local(async move {
            body.set(Some(
                browser::fetch_text(&content::body_path(page.slug)).await,
            ));
        });
    };
    load();
    // The body arrives after the browser's own jump to the fragment, so jump
    // again once it is in the document.
    Effect::new(move |_| {
        let hash = location.hash.get();
        let loaded = body.with(|body| matches!(body, Some(Ok(_))));
        if let Some(id) = hash.strip_prefix('#').filter(|id| loaded && !id.is_empty()) {
            browser::scroll_to_id(id);
        }
    });
    let rendered = move || match body.get() {
        None => view! { <p class="loading" role="status">"Loading the page…"</p> }.into_any(),
        Some(Ok(html)) => {
            view! { <div class="prose" inner_html=content::with_base(&html, &base.0)></div> }
                .into_any()
        }
        Some(Err(error)) => view! {
            <div class="notice notice--error" role="alert">
                <p><strong>"This page could not be loaded."</strong>" " {error} "."</p>
                <button class="button" on:click=move |_| load()>"Try again"</button>
            </div>
        }
        .into_any(),
    };
    view! {
        <Title text=page.title />
        <Meta name="description" content=page.description />
        <div class="docs-layout">
            <DocsSidebar />
            <article class="docs-article" aria-labelledby="page-title">
                <h1 id="page-title">{page.title}</h1>
                <p class="lead">{page.description}</p>
                {rendered}
                <PreviousNext slug=page.slug />
            </article>
            <TableOfContents page />
        </div>
    }
}

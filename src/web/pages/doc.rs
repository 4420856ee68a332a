//! A docs page: the frame comes from `views::docs`, the body is fetched.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

use crate::core::content::{self, Page};
use crate::core::html::TrustedHtml;
use crate::core::site::docs_view::{doc_page, Body};
use crate::core::ui::Action;
use crate::web::app::SiteBase;
use crate::web::glue;
use crate::web::pages::not_found::NotFoundPage;

/// A docs page by slug (the route has checked that it exists).
#[component]
pub fn DocPage(slug: &'static str) -> impl IntoView {
    match content::page(slug) {
        Some(page) => view! { <DocArticle page /> }.into_any(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}

#[component]
fn DocArticle(page: &'static Page) -> impl IntoView {
    let base = expect_context::<SiteBase>();
    let location = use_location();
    let body = RwSignal::new(Body::Loading);
    let load = move || {
        body.set(Body::Loading);
        spawn_local(async move {
            body.set(
                match glue::fetch_text(&content::body_path(page.slug)).await {
                    Ok(html) => Body::Loaded(TrustedHtml::from_guide(html)),
                    Err(error) => Body::Failed(error),
                },
            );
        });
    };
    load();
    // The body arrives after the browser's own jump to the fragment, so jump
    // again once it is in the document.
    Effect::new(move |_| {
        let hash = location.hash.get();
        let loaded = body.with(|body| matches!(body, Body::Loaded(_)));
        if let Some(id) = hash.strip_prefix('#').filter(|id| loaded && !id.is_empty()) {
            glue::scroll_to_id(id);
        }
    });
    let on_click = move |event: leptos::ev::MouseEvent| {
        if glue::clicked_action(&event) == Some(Action::RetryPage) {
            load();
        }
    };
    view! {

        <div on:click=on_click inner_html=move || body.with(|body| doc_page(page, body, &base.0).into_string())></div>
    }
}

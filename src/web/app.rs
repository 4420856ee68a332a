//! The router, the page layout and the site-wide metadata.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::core::site::page_meta;
use crate::core::site::routes::{self, Route};
use crate::web::components::search::SiteSearch;
use crate::web::glue;
use crate::web::pages::{
    decide::DecidePage, doc::DocPage, docs_index::DocsIndexPage, home::HomePage,
};
use crate::web::pages::{not_found::NotFoundPage, record::RecordPage};
use crate::web::session::Session;

/// The site base path (`""` at the root), shared with every page that
/// renders links into pre-rendered HTML.
#[derive(Clone, Debug)]
pub struct SiteBase(pub String);

/// The saved work, read before the page is drawn: its reactive state lives
/// as long as the page does, under an owner of its own.
pub fn restore_session() -> Session {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let session = owner.with(Session::restore_and_autosave);
    std::mem::forget(owner);
    session
}

/// The app, with the session `restore_session` read.
pub fn app(session: Session) -> impl IntoView {
    let base = glue::site_base();
    provide_context(SiteBase(base.clone()));
    provide_context(session);

    // The header and footer are static HTML in index.html; the app fills
    // `<main>` and then, in a task of its own, the search box.
    let search_base = base.clone();
    set_timeout(
        move || {
            glue::mount_search(move || {
                provide_context(SiteBase(search_base.clone()));
                view! { <SiteSearch /> }
            })
        },
        std::time::Duration::ZERO,
    );

    view! {
        <Router base=base>
            <PageMeta />
            // One catch-all route; `core::site::routes` says which page a path shows.
            <Routes fallback=NotFoundPage>
                <Route path=path!("/*any") view=CurrentPage />
            </Routes>
        </Router>
    }
}

/// Keeps the document title, description and the current navigation link
/// in step with the route.
#[component]
fn PageMeta() -> impl IntoView {
    let location = use_location();
    let base = expect_context::<SiteBase>().0;
    Effect::new(move |_| {
        let path = location.pathname.get();
        let path = path.strip_prefix(base.as_str()).unwrap_or(&path);
        let (title, description) = page_meta::for_path(path);
        glue::set_page_meta(&title, description);
        glue::mark_current_nav(path);
    });
}

/// The page for the current path.
#[component]
fn CurrentPage() -> impl IntoView {
    let location = use_location();
    let base = expect_context::<SiteBase>().0;
    let route = Memo::new(move |_| {
        let path = location.pathname.get();
        routes::route(path.strip_prefix(base.as_str()).unwrap_or(&path))
    });
    // The first page may already be in `<main>`, pre-rendered at build
    // time: leave it as it is (no re-layout), until the route changes.
    let prerendered = StoredValue::new(glue::prerendered_route().map(|r| routes::route(&r)));
    move || {
        let current = route.get();
        let kept = prerendered.try_update_value(Option::take).flatten();
        if kept == Some(current) && current.is_static() {
            return ().into_any();
        }
        if kept == Some(Route::Decide) && current == Route::Decide {
            return view! { <DecidePage attach=true /> }.into_any();
        }
        if kept == Some(Route::Record) && current == Route::Record {
            return view! { <RecordPage attach=true /> }.into_any();
        }
        // Otherwise the pre-rendered opening gives way to the live page in
        // the same task, with no paint between.
        glue::remove_prerendered();
        match current {
            Route::Home => view! { <HomePage /> }.into_any(),
            Route::DocsIndex => view! { <DocsIndexPage /> }.into_any(),
            Route::Doc(slug) => view! { <DocPage slug /> }.into_any(),
            Route::Decide => view! { <DecidePage /> }.into_any(),
            Route::Record => view! { <RecordPage /> }.into_any(),
            Route::NotFound => view! { <NotFoundPage /> }.into_any(),
        }
    }
}

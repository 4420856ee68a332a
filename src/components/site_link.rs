//! Links to the site's own routes. The router's `<A>` does not add the
//! router base to absolute paths, so every in-site link goes through here.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::SiteBase;

/// An `<a>` to a site path such as `/docs/overview`. The router intercepts
/// the click; `aria-current="page"` marks the link to the current page (or,
/// with `section`, to any page under it).
#[component]
pub fn SiteLink(
    #[prop(into)] to: String,
    #[prop(optional, into)] class: String,
    /// Marks the link current for every path under this prefix too.
    #[prop(optional, into)]
    section: Option<String>,
    children: Children,
) -> impl IntoView {
    let base = expect_context::<SiteBase>();
    let href = base.href(&to);
    let location = use_location();
    let current_prefix = section.map(|prefix| base.href(&prefix));
    let exact = href.clone();
    let is_current = move || {
        let path = location.pathname.get();
        let path = path.trim_end_matches('/');
        let matches = path == exact.trim_end_matches('/')
            || current_prefix
                .as_deref()
                .is_some_and(|prefix| path.starts_with(prefix));
        matches.then_some("page")
    };
    view! {
        <a href=href class=(!class.is_empty()).then_some(class) aria-current=is_current>
            {children()}
        </a>
    }
}

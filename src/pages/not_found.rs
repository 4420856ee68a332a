//! The page shown for any path the site does not have.

use leptos::prelude::*;

use crate::browser;

use crate::app::SiteBase;
use crate::core::views::home::not_found;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    browser::set_page_meta("Page not found", None);
    view! {
        <div inner_html=not_found(&base.0)></div>
    }
}

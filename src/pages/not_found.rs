//! The page shown for any path the site does not have.

use leptos::prelude::*;

use crate::app::SiteBase;
use crate::core::views::home::not_found;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div inner_html=not_found(&base.0)></div>
    }
}

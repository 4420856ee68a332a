//! The page shown for any path the site does not have.

use leptos::prelude::*;

use crate::core::site::home_view::not_found;
use crate::web::app::SiteBase;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div inner_html=not_found(&base.0).into_string()></div>
    }
}

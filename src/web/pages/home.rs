//! The landing page.

use leptos::prelude::*;

use crate::core::site::home_view::home;
use crate::web::app::SiteBase;

#[component]
pub fn HomePage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div class="page-home" inner_html=home(&base.0).into_string()></div>
    }
}

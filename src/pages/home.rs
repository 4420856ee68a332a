//! The landing page.

use leptos::prelude::*;

use crate::app::SiteBase;
use crate::core::views::home::home;

#[component]
pub fn HomePage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div class="page-home" inner_html=home(&base.0)></div>
    }
}

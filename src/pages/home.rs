//! The landing page.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::SiteBase;
use crate::core::views::home::home;

#[component]
pub fn HomePage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <Title text="" />
        <div class="page-home" inner_html=home(&base.0)></div>
    }
}

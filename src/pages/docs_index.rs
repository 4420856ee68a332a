//! `/docs`: the guide's contents.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::SiteBase;
use crate::core::views::docs::docs_index;

#[component]
pub fn DocsIndexPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <Title text="Guide" />
        <div inner_html=docs_index(&base.0)></div>
    }
}

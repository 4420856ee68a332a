//! `/docs`: the guide's contents.

use leptos::prelude::*;

use crate::app::SiteBase;
use crate::core::views::docs::docs_index;

#[component]
pub fn DocsIndexPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div inner_html=docs_index(&base.0)></div>
    }
}

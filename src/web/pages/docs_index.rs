//! `/docs`: the guide's contents.

use leptos::prelude::*;

use crate::core::site::docs_view::docs_index;
use crate::web::app::SiteBase;

#[component]
pub fn DocsIndexPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    view! {
        <div inner_html=docs_index(&base.0).into_string()></div>
    }
}

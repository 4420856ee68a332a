//! `/docs`: the guide's contents.

use leptos::prelude::*;

use crate::browser;

use crate::app::SiteBase;
use crate::core::views::docs::docs_index;

#[component]
pub fn DocsIndexPage() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    browser::set_page_meta("Guide", Some("The PushPull guide: pipeline deploys, GitOps and hybrids compared, with the rules for picking one."));
    view! {
        <div inner_html=docs_index(&base.0)></div>
    }
}

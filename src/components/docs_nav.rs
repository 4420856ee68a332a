//! Navigation around a docs page: the sidebar, the table of contents and the
//! previous/next links.

use crate::components::site_link::SiteLink;
use leptos::prelude::*;

use crate::core::content::{self, Page};

#[component]
pub fn DocsSidebar() -> impl IntoView {
    view! {
        <nav class="docs-sidebar" aria-label="Documentation">
            <p class="docs-sidebar__title">"Guide"</p>
            <ul>
                {content::pages()
                    .iter()
                    .map(|page| {
                        view! {
                            <li>
                                <SiteLink to=content::page_path(page.slug)>{page.title}</SiteLink>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn TableOfContents(page: &'static Page) -> impl IntoView {
    let base = use_context::<crate::app::SiteBase>().expect("SiteBase context");
    let entries = page.toc.iter().filter(|entry| entry.level <= 3);
    view! {
        <nav class="toc" aria-label="On this page">
            <p class="toc__title">"On this page"</p>
            <ul>
                {entries
                    .map(|entry| {
                        let href = base.href(&format!("{}#{}", content::page_path(page.slug), entry.id));
                        view! {
                            <li class=format!("toc__level-{}", entry.level)>
                                <a href=href>{entry.text}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
pub fn PreviousNext(slug: &'static str) -> impl IntoView {
    let (previous, next) = content::neighbours(slug);
    view! {
        <nav class="prev-next" aria-label="Previous and next page">
            {previous
                .map(|page| {
                    view! {
                        <SiteLink to=content::page_path(page.slug) class="prev-next__link prev-next__link--previous">
                            <span class="prev-next__hint">"Previous"</span>
                            <span class="prev-next__title">{page.title}</span>
                        </SiteLink>
                    }
                })}
            {next
                .map(|page| {
                    view! {
                        <SiteLink to=content::page_path(page.slug) class="prev-next__link prev-next__link--next">
                            <span class="prev-next__hint">"Next"</span>
                            <span class="prev-next__title">{page.title}</span>
                        </SiteLink>
                    }
                })}
        </nav>
    }
}

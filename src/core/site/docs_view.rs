//! The guide's pages: sidebar, article frame, table of contents,
//! previous/next links, and the guide's index.

use maud::{html, Markup};

use crate::core::content::{self, Page};
use crate::core::html::TrustedHtml;
use crate::core::ui::{Action, ActionButton};

/// The state of a page body fetched on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Loading,
    Loaded(TrustedHtml),
    Failed(String),
}

fn sidebar(current: &str, base: &str) -> Markup {
    html! {
        nav class="docs-sidebar" aria-label="Documentation" {
            p class="docs-sidebar__title" { "Guide" }
            ul {
                @for page in content::pages() {
                    li { a href={ (base) "/docs/" (page.slug) } aria-current=[(page.slug == current).then_some("page")] { (page.title) } }
                }
            }
        }
    }
}

/// Separates a fetched page body from its table of contents.
pub const TOC_MARKER: &str = "\n<!-- pushpull:toc -->\n";

/// A page's table of contents, with root-relative links (the wasm build has
/// no headings of its own: `export-docs` appends this to each page body).
pub fn table_of_contents(page: &Page) -> Markup {
    html! {
        nav class="toc" aria-label="On this page" {
            p class="toc__title" { "On this page" }
            ul {
                @for entry in page.toc.iter().filter(|entry| entry.level <= 3) {
                    li class={ "toc__level-" (entry.level) } { a href={ "/docs/" (page.slug) "#" (entry.id) } { (entry.text) } }
                }
            }
        }
    }
}

fn previous_next(slug: &str, base: &str) -> Markup {
    let (previous, next) = content::neighbours(slug);
    html! {
        nav class="prev-next" aria-label="Previous and next page" {
            @for (page, direction, hint) in [(previous, "previous", "Previous"), (next, "next", "Next")] {
                @if let Some(page) = page {
                    a class={ "prev-next__link prev-next__link--" (direction) } href={ (base) "/docs/" (page.slug) } {
                        span class="prev-next__hint" { (hint) }
                        span class="prev-next__title" { (page.title) }
                    }
                }
            }
        }
    }
}

/// A whole docs page: sidebar, article with its body, table of contents.
pub fn doc_page(page: &Page, body: &Body, base: &str) -> Markup {
    let (text, toc) = match body {
        Body::Loaded(html) => html.split_once(TOC_MARKER),
        _ => Default::default(),
    };
    html! {
        div class="docs-layout" {
            (sidebar(page.slug, base))
            article class="docs-article" aria-labelledby="page-title" {
                h1 id="page-title" { (page.title) }
                p class="lead" { (page.description) }
                @match body {
                    Body::Loading => p class="loading" role="status" { "Loading the page…" },
                    Body::Loaded(_) => div class="prose" { (text.with_base(base)) },
                    Body::Failed(error) => div class="notice notice--error" role="alert" {
                        p { strong { "This page could not be loaded." } " " (error) "." }
                        (ActionButton::new(Action::RetryPage, "button").label("Try again"))
                    },
                }
                (previous_next(page.slug, base))
            }
            (toc.with_base(base))
        }
    }
}

/// `/docs`: every page with its description.
pub fn docs_index(base: &str) -> Markup {
    html! {
        section class="page narrow" {
            h1 { "The guide" }
            p class="lead" { "Read it in order, or jump to the part you are arguing about." }
            ol class="card-list" {
                @for page in content::pages() {
                    li class="card" { a href={ (base) "/docs/" (page.slug) } { (page.title) } p { (page.description) } }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ui::button::rendered_attrs;

    #[test]
    fn a_docs_page_links_everything_under_the_base() {
        let page = content::page("hybrid").unwrap();
        let html = doc_page(
            page,
            &Body::Loaded(TrustedHtml::from_guide(
                r#"<p><a href="/docs/overview">x</a></p>"#.into(),
            )),
            "/sub",
        )
        .into_string();
        assert!(html.contains(r#"<a href="/sub/docs/hybrid" aria-current="page">Hybrid</a>"#));
        assert!(html.contains(r#"href="/sub/docs/overview">x</a>"#));
        assert!(html.contains("prev-next__link--previous"));
        assert!(html.contains("prev-next__link--next"));
        assert!(!html.contains(r#"href="/docs"#));
    }

    #[test]
    fn a_failed_body_says_so_and_offers_a_retry() {
        let page = content::page("overview").unwrap();
        let html =
            doc_page(page, &Body::Failed("the server answered <500>".into()), "").into_string();
        assert!(html.contains("This page could not be loaded."));
        assert!(html.contains("the server answered &lt;500&gt;"));
        assert!(html.contains(&rendered_attrs(Action::RetryPage)));
    }
}

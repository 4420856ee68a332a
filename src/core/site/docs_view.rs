//! The guide's pages: sidebar, article frame, table of contents,
//! previous/next links, and the guide's index.

use std::fmt::Write;

use crate::core::content::{self, Page};
use crate::core::html::escape;

/// The state of a page body fetched on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Loading,
    Loaded(String),
    Failed(String),
}

fn sidebar(out: &mut String, current: &str, base: &str) {
    out.push_str(r#"<nav class="docs-sidebar" aria-label="Documentation"><p class="docs-sidebar__title">Guide</p><ul>"#);
    for page in content::pages() {
        let current_attr = if page.slug == current {
            r#" aria-current="page""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<li><a href="{base}/docs/{slug}"{current_attr}>{title}</a></li>"#,
            slug = page.slug,
            title = escape(page.title),
        );
    }
    out.push_str("</ul></nav>");
}

/// Separates a fetched page body from its table of contents.
pub const TOC_MARKER: &str = "\n<!-- pushpull:toc -->\n";

/// A page's table of contents, with root-relative links (the wasm build has
/// no headings of its own: `export-docs` appends this to each page body).
pub fn table_of_contents(page: &Page) -> String {
    let mut out = String::new();
    let base = "";
    out.push_str(
        r#"<nav class="toc" aria-label="On this page"><p class="toc__title">On this page</p><ul>"#,
    );
    for entry in page.toc.iter().filter(|entry| entry.level <= 3) {
        let _ = write!(
            out,
            r#"<li class="toc__level-{level}"><a href="{base}/docs/{slug}#{id}">{text}</a></li>"#,
            level = entry.level,
            slug = page.slug,
            id = entry.id,
            text = escape(entry.text),
        );
    }
    out.push_str("</ul></nav>");
    out
}

fn previous_next(out: &mut String, slug: &str, base: &str) {
    let (previous, next) = content::neighbours(slug);
    out.push_str(r#"<nav class="prev-next" aria-label="Previous and next page">"#);
    for (page, direction, hint) in [(previous, "previous", "Previous"), (next, "next", "Next")] {
        if let Some(page) = page {
            let _ = write!(
                out,
                r#"<a class="prev-next__link prev-next__link--{direction}" href="{base}/docs/{slug}"><span class="prev-next__hint">{hint}</span><span class="prev-next__title">{title}</span></a>"#,
                slug = page.slug,
                title = escape(page.title),
            );
        }
    }
    out.push_str("</nav>");
}

/// A whole docs page: sidebar, article with its body, table of contents.
pub fn doc_page(page: &Page, body: &Body, base: &str) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str(r#"<div class="docs-layout">"#);
    sidebar(&mut out, page.slug, base);
    let _ = write!(
        out,
        r#"<article class="docs-article" aria-labelledby="page-title"><h1 id="page-title">{title}</h1><p class="lead">{description}</p>"#,
        title = escape(page.title),
        description = escape(page.description),
    );
    match body {
        Body::Loading => out.push_str(r#"<p class="loading" role="status">Loading the page…</p>"#),
        Body::Loaded(html) => {
            let (body, _) = html.split_once(TOC_MARKER).unwrap_or((html, ""));
            out.push_str(r#"<div class="prose">"#);
            out.push_str(&content::with_base(body, base));
            out.push_str("</div>");
        }
        Body::Failed(error) => {
            let _ = write!(
                out,
                r#"<div class="notice notice--error" role="alert"><p><strong>This page could not be loaded.</strong> {}.</p><button type="button" class="button" data-action="retry">Try again</button></div>"#,
                escape(error)
            );
        }
    }
    previous_next(&mut out, page.slug, base);
    out.push_str("</article>");
    if let Body::Loaded(html) = body {
        if let Some((_, toc)) = html.split_once(TOC_MARKER) {
            out.push_str(&content::with_base(toc, base));
        }
    }
    out.push_str("</div>");
    out
}

/// `/docs`: every page with its description.
pub fn docs_index(base: &str) -> String {
    let mut out = String::from(
        r#"<section class="page narrow"><h1>The guide</h1><p class="lead">Read it in order, or jump to the part you are arguing about.</p><ol class="card-list">"#,
    );
    for page in content::pages() {
        let _ = write!(
            out,
            r#"<li class="card"><a href="{base}/docs/{slug}">{title}</a><p>{description}</p></li>"#,
            slug = page.slug,
            title = escape(page.title),
            description = escape(page.description),
        );
    }
    out.push_str("</ol></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_docs_page_links_everything_under_the_base() {
        let page = content::page("hybrid").unwrap();
        let html = doc_page(
            page,
            &Body::Loaded(r#"<p><a href="/docs/overview">x</a></p>"#.into()),
            "/sub",
        );
        assert!(html.contains(r#"<a href="/sub/docs/hybrid" aria-current="page">Hybrid</a>"#));
        assert!(html.contains(r#"href="/sub/docs/overview">x</a>"#));
        assert!(html.contains("prev-next__link--previous"));
        assert!(html.contains("prev-next__link--next"));
        assert!(!html.contains(r#"href="/docs"#));
    }

    #[test]
    fn a_failed_body_says_so_and_offers_a_retry() {
        let page = content::page("overview").unwrap();
        let html = doc_page(page, &Body::Failed("the server answered <500>".into()), "");
        assert!(html.contains("This page could not be loaded."));
        assert!(html.contains("the server answered &lt;500&gt;"));
        assert!(html.contains(r#"data-action="retry""#));
    }
}

//! The site's content pages, rendered to HTML at build time (see `build.rs`).

/// A heading of a page, for its table of contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TocEntry {
    pub level: u8,
    pub id: &'static str,
    pub text: &'static str,
}

/// The plain text under one heading, for search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchSection {
    pub id: &'static str,
    pub heading: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    pub slug: &'static str,
    pub title: &'static str,
    pub order: u32,
    pub description: &'static str,
    /// Rendered HTML whose internal links are root-relative; see [`with_base`].
    /// Empty in the wasm build, which fetches it from [`body_path`].
    pub html: &'static str,
    /// Empty in the wasm build: the fetched body carries it.
    pub toc: &'static [TocEntry],
    /// Empty in the wasm build, which fetches [`SEARCH_INDEX_PATH`].
    pub sections: &'static [SearchSection],
}

include!(concat!(env!("OUT_DIR"), "/pages.rs"));

/// All pages, in reading order.
pub fn pages() -> &'static [Page] {
    PAGES
}

pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.slug == slug)
}

/// The pages before and after `slug` in reading order.
pub fn neighbours(slug: &str) -> (Option<&'static Page>, Option<&'static Page>) {
    let Some(index) = PAGES.iter().position(|page| page.slug == slug) else {
        return (None, None);
    };
    let previous = index.checked_sub(1).map(|i| &PAGES[i]);
    (previous, PAGES.get(index + 1))
}

/// The site path of a docs page, without the site base.
pub fn page_path(slug: &str) -> String {
    format!("/docs/{slug}")
}

/// Where the site serves a page's rendered body (site-relative).
pub fn body_path(slug: &str) -> String {
    format!("/content/{slug}.html")
}

/// Where the site serves the search index (site-relative).
pub const SEARCH_INDEX_PATH: &str = "/content/search-index.tsv";

/// Prefixes the site base (e.g. `/tools/pushpull`) to every root-relative
/// link and image in rendered HTML. `base` has no trailing slash; `""` is the
/// site root.
pub fn with_base(html: &str, base: &str) -> String {
    if base.is_empty() {
        return html.to_string();
    }
    html.replace("href=\"/", &format!("href=\"{base}/"))
        .replace("src=\"/", &format!("src=\"{base}/"))
}

/// Normalises a `<base href>` or public URL into the router's base: a path
/// with a leading slash and no trailing slash, `""` for the root.
pub fn normalise_base(public_url: &str) -> String {
    let path = match public_url.find("://") {
        Some(scheme_end) => {
            let after_host = &public_url[scheme_end + 3..];
            after_host.find('/').map_or("", |i| &after_host[i..])
        }
        None => public_url,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_prefixed_to_internal_links_only() {
        let html =
            r#"<a href="/docs/hybrid#image-bridge">x</a> <a href="https://fluxcd.io/">y</a>"#;
        assert_eq!(
            with_base(html, "/sub/path"),
            r#"<a href="/sub/path/docs/hybrid#image-bridge">x</a> <a href="https://fluxcd.io/">y</a>"#
        );
        assert_eq!(with_base(html, ""), html);
    }

    #[test]
    fn bases_normalise() {
        assert_eq!(normalise_base("http://127.0.0.1:8080/"), "");
        assert_eq!(
            normalise_base("http://127.0.0.1:8080/sub/path/"),
            "/sub/path"
        );
        assert_eq!(normalise_base("https://x.org/a/?q=1#f"), "/a");
        assert_eq!(normalise_base("/sub/"), "/sub");
        assert_eq!(normalise_base("/"), "");
    }

    #[test]
    fn every_page_has_a_title_description_and_unique_slug() {
        assert!(!pages().is_empty());
        let mut slugs: Vec<_> = pages().iter().map(|p| p.slug).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), pages().len());
        for page in pages() {
            assert!(
                !page.title.is_empty() && !page.description.is_empty(),
                "{}",
                page.slug
            );
        }
    }

    #[test]
    fn rendered_pages_need_no_inline_styles_or_scripts() {
        // The Content-Security-Policy forbids both.
        for page in pages() {
            assert!(
                !page.html.contains("style="),
                "{} has a style attribute",
                page.slug
            );
            assert!(
                !page.html.contains("<style"),
                "{} has a style element",
                page.slug
            );
            assert!(!page.html.contains("<script"), "{} has a script", page.slug);
            assert!(
                !page.html.contains("href=\"#"),
                "{} has a bare fragment link",
                page.slug
            );
        }
    }

    #[test]
    fn neighbours_follow_reading_order() {
        let first = pages()[0].slug;
        let (previous, next) = neighbours(first);
        assert!(previous.is_none());
        assert_eq!(next.map(|p| p.slug), pages().get(1).map(|p| p.slug));
        assert_eq!(neighbours("no-such-page"), (None, None));
    }
}

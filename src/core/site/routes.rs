//! The site's routes as data: which page a path (without the base) shows.

/// A page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    DocsIndex,
    Doc(&'static str),
    Decide,
    Record,
    NotFound,
}

impl Route {
    /// Whether the page is the same for every visitor, so that its
    /// pre-rendered HTML can stay as the live page.
    pub fn is_static(self) -> bool {
        matches!(self, Route::Home | Route::DocsIndex | Route::Doc(_))
    }
}

/// The route for a path such as `/docs/hybrid` (trailing slash ignored).
pub fn route(path: &str) -> Route {
    let path = path.trim_end_matches('/');
    match path {
        "" => Route::Home,
        "/docs" => Route::DocsIndex,
        "/decide" => Route::Decide,
        "/record" => Route::Record,
        _ => match path
            .strip_prefix("/docs/")
            .and_then(crate::core::content::page)
        {
            Some(page) => Route::Doc(page.slug),
            None => Route::NotFound,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_pages() {
        assert_eq!(route("/"), Route::Home);
        assert_eq!(route(""), Route::Home);
        assert_eq!(route("/docs/"), Route::DocsIndex);
        assert_eq!(route("/docs/hybrid"), Route::Doc("hybrid"));
        assert_eq!(route("/docs/nope"), Route::NotFound);
        assert_eq!(route("/decide"), Route::Decide);
        assert_eq!(route("/record/"), Route::Record);
        assert_eq!(route("/elsewhere"), Route::NotFound);
    }
}

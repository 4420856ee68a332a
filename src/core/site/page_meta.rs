//! Each page's document title and meta description.

/// The description of pages that have none of their own.
pub const SITE_DESCRIPTION: &str = "Decide between GitOps, pipeline deploys or a hybrid of both, see the reasoning, and export a decision record for your repository.";

/// "Decide · PushPull"; just "PushPull" for the home page.
pub fn document_title(page: &str) -> String {
    if page.is_empty() {
        "PushPull".to_string()
    } else {
        format!("{page} · PushPull")
    }
}

/// The page title and description for a site path (without the base).
pub fn for_path(path: &str) -> (String, &'static str) {
    let path = path.trim_end_matches('/');
    let (title, description) = match path {
        "" => ("", SITE_DESCRIPTION),
        "/docs" => ("Guide", "The PushPull guide: pipeline deploys, GitOps and hybrids compared, with the rules for picking one."),
        "/decide" => ("Decide", "Answer questions about your clusters, targets and constraints and get an explained pick: pipeline deploys, GitOps or a hybrid."),
        "/record" => ("Record", "Export a MADR 4.0.0 decision record of your deployment pattern, and load one back."),
        _ => match path.strip_prefix("/docs/").and_then(crate::core::content::page) {
            Some(page) => (page.title, page.description),
            None => ("Page not found", SITE_DESCRIPTION),
        },
    };
    (document_title(title), description)
}

#[cfg(test)]
mod tests {
    use super::{document_title, for_path};

    #[test]
    fn every_route_has_its_title() {
        assert_eq!(for_path("/").0, "PushPull");
        assert_eq!(for_path("/docs/hybrid").0, "Hybrid · PushPull");
        assert_eq!(for_path("/decide/").0, "Decide · PushPull");
        assert_eq!(for_path("/docs/nope").0, "Page not found · PushPull");
        assert_eq!(for_path("/what").0, "Page not found · PushPull");
    }

    #[test]
    fn titles_name_the_page_then_the_site() {
        assert_eq!(document_title(""), "PushPull");
        assert_eq!(document_title("Hybrid"), "Hybrid · PushPull");
    }
}

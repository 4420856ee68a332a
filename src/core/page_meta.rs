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

#[cfg(test)]
mod tests {
    use super::document_title;

    #[test]
    fn titles_name_the_page_then_the_site() {
        assert_eq!(document_title(""), "PushPull");
        assert_eq!(document_title("Hybrid"), "Hybrid · PushPull");
    }
}

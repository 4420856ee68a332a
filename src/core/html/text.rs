//! Text helpers for HTML written by hand at build time (the guide's
//! Markdown renderer, which `build.rs` includes): escaping and slugs.

/// Escapes text for use in HTML content and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Lowercase ASCII words joined by `-` ("When GitOps wins!" →
/// "when-gitops-wins"); empty when the text has no ASCII letters or digits.
/// Used for heading ids and file names.
pub fn ascii_slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn nothing_survives_as_markup() {
        assert_eq!(
            escape(r#"<img src=x onerror="a('b')"> & co"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"
        );
    }
}

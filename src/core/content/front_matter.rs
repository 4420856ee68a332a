//! Front matter of a content page: a `---` fenced block of `key: value`
//! lines. Shared with `build.rs`, so it depends on nothing but `std`.

/// The metadata every content page declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub slug: String,
    pub order: u32,
    pub description: String,
}

/// Splits a page into its front matter and its Markdown body.
pub fn parse(source: &str) -> Result<(FrontMatter, &str), String> {
    let rest = source
        .strip_prefix("---\n")
        .ok_or("the page must start with a `---` front matter line")?;
    let end = rest
        .find("\n---\n")
        .ok_or("the front matter has no closing `---` line")?;
    let (block, body) = (&rest[..end], &rest[end + 5..]);

    let mut title = None;
    let mut slug = None;
    let mut order = None;
    let mut description = None;
    for (number, line) in block.lines().enumerate() {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("front matter line {}: expected `key: value`", number + 2))?;
        let value = value.trim().to_string();
        match key.trim() {
            "title" => title = Some(value),
            "slug" => slug = Some(value),
            "description" => description = Some(value),
            "order" => {
                order = Some(
                    value
                        .parse()
                        .map_err(|_| format!("front matter `order` is not a number: {value}"))?,
                )
            }
            other => return Err(format!("unknown front matter key `{other}`")),
        }
    }
    let slug = slug.ok_or("front matter lacks `slug`")?;
    if slug.is_empty()
        || !slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(format!(
            "slug `{slug}` must be lowercase letters, digits and hyphens"
        ));
    }
    Ok((
        FrontMatter {
            title: title.ok_or("front matter lacks `title`")?,
            slug,
            order: order.ok_or("front matter lacks `order`")?,
            description: description.ok_or("front matter lacks `description`")?,
        },
        body,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_keys_and_the_body() {
        let page = "---\ntitle: Hybrid\nslug: hybrid\norder: 4\ndescription: Both at once.\n---\n## Body\n";
        let (meta, body) = parse(page).unwrap();
        assert_eq!(meta.title, "Hybrid");
        assert_eq!(meta.slug, "hybrid");
        assert_eq!(meta.order, 4);
        assert_eq!(meta.description, "Both at once.");
        assert_eq!(body, "## Body\n");
    }

    #[test]
    fn names_what_is_wrong() {
        assert!(parse("## no front matter").unwrap_err().contains("---"));
        let missing = "---\ntitle: A\nslug: a\norder: 1\n---\n";
        assert!(parse(missing).unwrap_err().contains("description"));
        let bad_slug = "---\ntitle: A\nslug: A B\norder: 1\ndescription: d\n---\n";
        assert!(parse(bad_slug).unwrap_err().contains("slug"));
        let bad_order = "---\ntitle: A\nslug: a\norder: first\ndescription: d\n---\n";
        assert!(parse(bad_order).unwrap_err().contains("order"));
    }
}

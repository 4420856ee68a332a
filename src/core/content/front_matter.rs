//! Front matter of a content page: a `---` fenced block of `key: value`
//! lines. Shared with `build.rs`, so it depends on nothing but `std`.

/// The metadata every content page declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub slug: String,
    pub order: u32,
    pub description: String,
    /// The day the page's facts were last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// The versions they were checked against ("Argo CD 3.5, Flux 2.7").
    pub versions: String,
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
    let mut checked = None;
    let mut versions = None;
    for (number, line) in block.lines().enumerate() {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("front matter line {}: expected `key: value`", number + 2))?;
        let value = value.trim().to_string();
        match key.trim() {
            "title" => title = Some(value),
            "slug" => slug = Some(value),
            "description" => description = Some(value),
            "checked" => checked = Some(checked_date(&value)?),
            "versions" => versions = Some(value),
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
            checked: checked
                .ok_or("front matter lacks `checked` (the day its facts were checked)")?,
            versions: versions
                .filter(|v| !v.is_empty())
                .ok_or("front matter lacks `versions` (what its facts were checked against)")?,
        },
        body,
    ))
}

/// Accepts a `YYYY-MM-DD` date with a plausible month and day.
fn checked_date(value: &str) -> Result<String, String> {
    let parts: Vec<&str> = value.split('-').collect();
    let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match (parts.as_slice(), numbers.as_slice()) {
        ([y, m, d], [_, month, day])
            if y.len() == 4
                && m.len() == 2
                && d.len() == 2
                && (1..=12).contains(month)
                && (1..=31).contains(day) =>
        {
            Ok(value.to_string())
        }
        _ => Err(format!(
            "front matter `checked` is not a YYYY-MM-DD date: {value}"
        )),
    }
}

/// "1 December 2026" for `2026-12-01` (a date `parse` accepted).
pub fn long_date(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = date.split('-').map(|p| p.parse::<usize>().unwrap_or(0));
    let (year, month, day) = (parts.next(), parts.next(), parts.next());
    match (year, month.and_then(|m| MONTHS.get(m.wrapping_sub(1))), day) {
        (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
        _ => date.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_all_keys_and_the_body() {
        let page = "---\ntitle: Hybrid\nslug: hybrid\norder: 4\ndescription: Both at once.\nchecked: 2026-12-01\nversions: Flux 2.7\n---\n## Body\n";
        let (meta, body) = parse(page).unwrap();
        assert_eq!(meta.title, "Hybrid");
        assert_eq!(meta.slug, "hybrid");
        assert_eq!(meta.order, 4);
        assert_eq!(meta.description, "Both at once.");
        assert_eq!(meta.checked, "2026-12-01");
        assert_eq!(meta.versions, "Flux 2.7");
        assert_eq!(long_date(&meta.checked), "1 December 2026");
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
        let full = "---\ntitle: A\nslug: a\norder: 1\ndescription: d\n";
        let unchecked = format!("{full}versions: Flux 2.7\n---\n");
        assert!(parse(&unchecked).unwrap_err().contains("checked"));
        let bad_date = format!("{full}checked: 1 Dec 2026\nversions: Flux 2.7\n---\n");
        assert!(parse(&bad_date).unwrap_err().contains("YYYY-MM-DD"));
        let no_versions = format!("{full}checked: 2026-12-01\n---\n");
        assert!(parse(&no_versions).unwrap_err().contains("versions"));
    }
}

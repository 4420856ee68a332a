//! What a record's YAML front matter says about its status and review date,
//! and its title line. People edit these by hand (a proposal is accepted in
//! review, a record is marked superseded), so they win over the embedded
//! answers. Only flat `key: scalar` lines are read: the writer emits nothing
//! else for these keys, and a YAML library would cost the worker's wasm more
//! than this whole file.

/// The keys this reader cares about, as found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub status: Option<String>,
    pub date: Option<String>,
    pub review_by: Option<String>,
}

/// The lines between the opening `---` and the closing one, with the index
/// of the closing line.
fn block(text: &str) -> Option<(Vec<&str>, usize)> {
    let mut lines = text.lines();
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut inside = Vec::new();
    for (index, line) in lines.enumerate() {
        if matches!(line.trim_end(), "---" | "...") {
            return Some((inside, index + 1));
        }
        inside.push(line);
    }
    None
}

/// A YAML scalar as written on one line: plain, `"double"` or `'single'`.
fn scalar(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    if let Some(inner) = raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    // A plain scalar ends at ` #` (a comment).
    raw.split(" #").next().unwrap_or("").trim().to_string()
}

/// Reads the front matter at the top of `text`, if it has one.
pub fn front_matter(text: &str) -> Option<FrontMatter> {
    let (lines, _) = block(text)?;
    let mut found = FrontMatter::default();
    for line in lines {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let slot = match key {
            "status" => &mut found.status,
            "date" => &mut found.date,
            "review-by" => &mut found.review_by,
            _ => continue,
        };
        let value = scalar(value);
        if !value.is_empty() {
            *slot = Some(value);
        }
    }
    Some(found)
}

/// The record's title: the first `# ` heading after the front matter.
pub fn heading(text: &str) -> Option<&str> {
    let skip = block(text).map_or(0, |(_, closing)| closing + 1);
    text.lines()
        .skip(skip)
        .find_map(|line| line.strip_prefix("# "))
        .map(str::trim)
        .filter(|title| !title.is_empty())
}

/// Replaces the front matter's `status:` line (or adds one as its first
/// key); `None` when `text` has no front matter.
pub fn with_status(text: &str, status: &str) -> Option<String> {
    let (lines, closing) = block(text)?;
    let new_line = format!("status: {status}");
    let mut out = String::with_capacity(text.len() + 32);
    out.push_str("---\n");
    let mut replaced = false;
    for line in &lines {
        if !replaced && line.starts_with("status:") {
            out.push_str(&new_line);
            replaced = true;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    if !replaced {
        out.insert_str(4, &format!("{new_line}\n"));
    }
    // The closing line and everything after it, byte for byte.
    let rest_start = text
        .split_inclusive('\n')
        .take(closing)
        .map(str::len)
        .sum::<usize>();
    out.push_str(&text[rest_start..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = "---\nstatus: accepted\ndate: 2025-03-01\ndecision-makers: [\"Ana\"]\nreview-by: '2026-03-01'\n---\n# Deploy with Flux\n\n## Context\n";

    #[test]
    fn reads_the_keys_it_needs() {
        let found = front_matter(RECORD).unwrap();
        assert_eq!(found.status.as_deref(), Some("accepted"));
        assert_eq!(found.date.as_deref(), Some("2025-03-01"));
        assert_eq!(found.review_by.as_deref(), Some("2026-03-01"));
        assert_eq!(heading(RECORD), Some("Deploy with Flux"));
    }

    #[test]
    fn quoted_and_commented_scalars() {
        let text = "---\nstatus: \"superseded by ADR-0004\" \ndate: 2025-03-01 # day of the workshop\n---\n";
        let found = front_matter(text).unwrap();
        assert_eq!(found.status.as_deref(), Some("superseded by ADR-0004"));
        assert_eq!(found.date.as_deref(), Some("2025-03-01"));
    }

    #[test]
    fn no_front_matter() {
        assert_eq!(front_matter("# Title\n"), None);
        assert_eq!(front_matter("---\nstatus: open\n"), None);
        assert_eq!(heading("# Title\n\ntext"), Some("Title"));
        assert_eq!(with_status("# Title\n", "superseded by ADR-0002"), None);
    }

    #[test]
    fn status_changes_one_line_only() {
        let changed = with_status(RECORD, "superseded by ADR-0004").unwrap();
        assert_eq!(
            changed,
            RECORD.replace("status: accepted", "status: superseded by ADR-0004")
        );
        let without = "---\ndate: 2025-03-01\n---\n# T\n";
        assert_eq!(
            with_status(without, "superseded by ADR-0002").unwrap(),
            "---\nstatus: superseded by ADR-0002\ndate: 2025-03-01\n---\n# T\n"
        );
        let crlf = "---\r\nstatus: accepted\r\n---\r\n# T\r\n";
        assert!(with_status(crlf, "deprecated")
            .unwrap()
            .ends_with("---\r\n# T\r\n"));
    }
}

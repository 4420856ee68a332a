//! Full-text search over the guide. The index is written at build time (one
//! tab-separated line per section) and fetched by the app on first use.

use crate::core::content::Page;

/// One searchable section of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    pub slug: String,
    pub page_title: String,
    /// The heading id; empty for a page's introduction.
    pub id: String,
    pub heading: String,
    pub text: String,
    /// Lowercased heading, page title and text, searched by [`search`].
    haystack: String,
}

impl IndexEntry {
    pub fn new(slug: &str, page_title: &str, id: &str, heading: &str, text: &str) -> Self {
        // ASCII folding only: Unicode case tables would cost the wasm ~10 KB
        // for a guide written in English.
        let haystack = format!("{heading}\n{page_title}\n{text}").to_ascii_lowercase();
        IndexEntry {
            slug: slug.to_string(),
            page_title: page_title.to_string(),
            id: id.to_string(),
            heading: heading.to_string(),
            text: text.to_string(),
            haystack,
        }
    }
}

/// A search result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub slug: String,
    pub page_title: String,
    pub id: String,
    pub heading: String,
    pub snippet: String,
}

impl Hit {
    /// The site path of the result, with its fragment.
    pub fn path(&self) -> String {
        if self.id.is_empty() {
            format!("/docs/{}", self.slug)
        } else {
            format!("/docs/{}#{}", self.slug, self.id)
        }
    }
}

fn clean(field: &str) -> String {
    field.replace(['\t', '\n', '\r'], " ")
}

/// The index file for `pages`: `slug⇥page title⇥id⇥heading⇥text` per line.
pub fn write_index(pages: &[Page]) -> String {
    let mut out = String::new();
    for page in pages {
        for section in page.sections {
            let heading = if section.id.is_empty() {
                page.title
            } else {
                section.heading
            };
            let fields = [page.slug, page.title, section.id, heading, section.text];
            out.push_str(&fields.map(clean).join("\t"));
            out.push('\n');
        }
    }
    out
}

/// Reads an index file; a malformed line is reported by number.
pub fn parse_index(source: &str) -> Result<Vec<IndexEntry>, String> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty())
        .map(|(number, line)| {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                [slug, title, id, heading, text] => {
                    Ok(IndexEntry::new(slug, title, id, heading, text))
                }
                _ => Err(format!(
                    "search index line {} has {} fields, not 5",
                    number + 1,
                    fields.len()
                )),
            }
        })
        .collect()
}

fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| c.is_ascii_punctuation() || c.is_ascii_whitespace())
        .filter(|term| !term.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Sections containing every word of `query`, best first: a match in the
/// heading counts most, then in the page title, then in the text.
pub fn search(index: &[IndexEntry], query: &str, limit: usize) -> Vec<Hit> {
    let terms = terms(query);
    if terms.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize, &IndexEntry)> = index
        .iter()
        .enumerate()
        .filter(|(_, entry)| {
            terms
                .iter()
                .all(|term| entry.haystack.contains(term.as_str()))
        })
        .map(|(position, entry)| {
            let heading = entry.heading.to_ascii_lowercase();
            let title = entry.page_title.to_ascii_lowercase();
            let score = terms
                .iter()
                .map(|term| {
                    10 * usize::from(heading.contains(term.as_str()))
                        + 3 * usize::from(title.contains(term.as_str()))
                        + entry.haystack.matches(term.as_str()).count().min(5)
                })
                .sum();
            (score, position, entry)
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, entry)| Hit {
            slug: entry.slug.clone(),
            page_title: entry.page_title.clone(),
            id: entry.id.clone(),
            heading: entry.heading.clone(),
            snippet: snippet(&entry.text, &terms[0], 140),
        })
        .collect()
}

/// About `width` characters of `text` around the first match of `term`.
fn snippet(text: &str, term: &str, width: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    let term: Vec<char> = term.chars().collect();
    // Lowercasing can change the length of a few characters; fall back to the start.
    let found = (lower.len() == chars.len())
        .then(|| {
            lower
                .windows(term.len().max(1))
                .position(|window| window == term.as_slice())
        })
        .flatten()
        .unwrap_or(0);
    let start = found.saturating_sub(width / 3);
    let end = (start + width).min(chars.len());
    let mut out: String = chars[start..end].iter().collect();
    if start > 0 {
        out.insert(0, '…');
    }
    if end < chars.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Vec<IndexEntry> {
        vec![
            IndexEntry::new(
                "overview",
                "Overview",
                "",
                "Overview",
                "Two ways to deploy to a cluster.",
            ),
            IndexEntry::new(
                "gitops-wins",
                "When GitOps wins",
                "multi-cluster",
                "Many clusters",
                "Pulling scales; pushing from CI to each cluster does not.",
            ),
            IndexEntry::new(
                "glossary",
                "Glossary",
                "drift",
                "Drift",
                "The live cluster differs from git, for example after a manual kubectl edit.",
            ),
        ]
    }

    #[test]
    fn every_word_must_match_and_headings_rank_first() {
        let hits = search(&index(), "cluster", 10);
        assert_eq!(hits.len(), 3);
        assert_eq!(hits[0].id, "multi-cluster");
        let hits = search(&index(), "manual KUBECTL", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].path(), "/docs/glossary#drift");
        assert!(search(&index(), "cluster nonsenseword", 10).is_empty());
        assert!(search(&index(), "  --- ", 10).is_empty());
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let long = format!("{} needle {}", "a ".repeat(200), "b ".repeat(200));
        let text = snippet(&long, "needle", 60);
        assert!(text.contains("needle") && text.starts_with('…') && text.ends_with('…'));
        assert_eq!(snippet("ÅNGSTRÖM İstanbul", "zzz", 5), "ÅNGST…");
    }

    #[test]
    fn the_index_file_round_trips_and_rejects_damage() {
        let text = "a\tA\t\tA\tintro\nb\tB\tx\tX heading\tbody text\n";
        let entries = parse_index(text).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].heading, "X heading");
        assert!(parse_index("only\ttwo").unwrap_err().contains("line 1"));
    }
}

//! Full-text search over the guide. The index is written at build time (one
//! tab-separated line per section) and fetched by the app on first use.

use crate::core::content::bigrams::Bigrams;
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
    /// The haystack's byte pairs: most sections are ruled out by these.
    bigrams: Bigrams,
    /// Where `text` starts in the haystack.
    text_at: usize,
}

impl IndexEntry {
    pub fn new(slug: &str, page_title: &str, id: &str, heading: &str, text: &str) -> Self {
        // ASCII folding only: Unicode case tables would cost the wasm ~10 KB
        // for a guide written in English.
        let haystack = format!("{heading}\n{page_title}\n{text}").to_ascii_lowercase();
        IndexEntry {
            text_at: heading.len() + page_title.len() + 2,
            slug: slug.to_string(),
            page_title: page_title.to_string(),
            id: id.to_string(),
            heading: heading.to_string(),
            text: text.to_string(),
            bigrams: Bigrams::of(&haystack),
            haystack,
        }
    }
}

impl IndexEntry {
    /// `text`, ASCII-lowercased.
    fn lowered_text(&self) -> &str {
        &self.haystack[self.text_at..]
    }

    /// `heading` and `page_title`, ASCII-lowercased.
    fn lowered_heading_and_title(&self) -> (&str, &str) {
        let heading = &self.haystack[..self.heading.len()];
        (heading, &self.haystack[heading.len() + 1..self.text_at - 1])
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
    let sketches: Vec<Bigrams> = terms.iter().map(|term| Bigrams::of(term)).collect();
    let mut scored: Vec<(usize, usize, &IndexEntry)> = index
        .iter()
        .enumerate()
        .filter(|(_, entry)| {
            sketches
                .iter()
                .all(|sketch| entry.bigrams.may_contain(sketch))
                && terms
                    .iter()
                    .all(|term| entry.haystack.contains(term.as_str()))
        })
        .map(|(position, entry)| {
            let (heading, title) = entry.lowered_heading_and_title();
            let score = terms
                .iter()
                .map(|term| {
                    10 * usize::from(heading.contains(term.as_str()))
                        + 3 * usize::from(title.contains(term.as_str()))
                        + entry.haystack.matches(term.as_str()).take(5).count()
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
            snippet: snippet(&entry.text, entry.lowered_text(), &terms[0], 140),
        })
        .collect()
}

/// About `width` characters of `text` around the first match of `term`
/// in `lowered` (`text` ASCII-lowercased, so its byte offsets are `text`'s),
/// or from its start if `term` is only in the heading or title.
fn snippet(text: &str, lowered: &str, term: &str, width: usize) -> String {
    let found = lowered.find(term).unwrap_or(0);
    let start = text[..found]
        .char_indices()
        .rev()
        .take(width / 3)
        .last()
        .map_or(found, |(at, _)| at);
    let end = text[start..]
        .char_indices()
        .nth(width)
        .map_or(text.len(), |(at, _)| start + at);
    let mut out = String::with_capacity(end - start + 6);
    if start > 0 {
        out.push('…');
    }
    out.push_str(&text[start..end]);
    if end < text.len() {
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
    fn the_lowered_parts_are_cut_from_the_haystack() {
        let entry = IndexEntry::new("s", "Pägé TITLE", "id", "Ünï Heading", "Bödy TEXT");
        assert_eq!(
            entry.lowered_heading_and_title(),
            ("Ünï heading", "pägé title")
        );
        assert_eq!(entry.lowered_text(), "bödy text");
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let long = format!("{} needle {}", "a ".repeat(200), "b ".repeat(200));
        let text = snippet(&long, &long.to_ascii_lowercase(), "needle", 60);
        assert!(text.contains("needle") && text.starts_with('…') && text.ends_with('…'));
        assert_eq!(text.chars().count(), 62, "60 characters and two ellipses");
        assert_eq!(
            text.find("needle"),
            Some("…".len() + 20),
            "a third of the width before it"
        );
        let unicode = "ÅNGSTRÖM İstanbul";
        assert_eq!(
            snippet(unicode, &unicode.to_ascii_lowercase(), "zzz", 5),
            "ÅNGST…"
        );
        let accented = "Ünïcode before the Needle and after";
        let around = snippet(accented, &accented.to_ascii_lowercase(), "needle", 9);
        assert_eq!(
            around, "…he Needle…",
            "three characters before, nine in all"
        );
        assert_eq!(snippet("short", "short", "short", 140), "short");
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

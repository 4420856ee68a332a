//! The record as HTML for the Record page's preview and for printing. It
//! reads only the Markdown that `writer` produces (front matter, headings,
//! paragraphs, bullets, one table, one link, the embedded comment) and
//! escapes everything, so the preview is safe whatever the user typed.

use std::fmt::Write;

use crate::core::html::escape;

/// Inline Markdown as HTML: backslash escapes, `code`, `**strong**`, and
/// `[text](url)` when the url is http(s).
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_code = false;
    let mut strong = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if !in_code => {
                if let Some(next) = chars.next() {
                    out.push_str(&escape(&next.to_string()));
                }
            }
            '*' if !in_code && chars.peek() == Some(&'*') => {
                chars.next();
                out.push_str(if strong { "</strong>" } else { "<strong>" });
                strong = !strong;
            }
            '`' => {
                out.push_str(if in_code { "</code>" } else { "<code>" });
                in_code = !in_code;
            }
            '[' if !in_code => {
                let rest: String = chars.clone().collect();
                let link = rest.split_once("](").and_then(|(label, after)| {
                    let (url, _) = after.split_once(')')?;
                    (url.starts_with("https://") || url.starts_with("http://"))
                        .then(|| (label.to_string(), url.to_string()))
                });
                match link {
                    Some((label, url)) => {
                        let _ = write!(
                            out,
                            r#"<a href="{}" rel="noopener">{}</a>"#,
                            escape(&url),
                            escape(&label)
                        );
                        for _ in 0..label.chars().count() + url.chars().count() + 3 {
                            chars.next();
                        }
                    }
                    None => out.push('['),
                }
            }
            c => out.push_str(&escape(&c.to_string())),
        }
    }
    if in_code {
        out.push_str("</code>");
    }
    if strong {
        out.push_str("</strong>");
    }
    out
}

/// The record's Markdown as HTML.
pub fn to_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 2);
    let mut lines = markdown.lines().peekable();
    if lines.peek() == Some(&"---") {
        lines.next();
        out.push_str(r#"<dl class="record-meta">"#);
        for line in lines.by_ref() {
            if line == "---" {
                break;
            }
            if let Some((key, value)) = line.split_once(": ") {
                let value = value
                    .trim_matches(|c| c == '[' || c == ']')
                    .replace("\\\"", "\u{1}")
                    .replace('"', "")
                    .replace('\u{1}', "\"");
                let _ = write!(
                    out,
                    "<dt>{}</dt><dd>{}</dd>",
                    escape(key),
                    escape(if value.is_empty() { "—" } else { &value })
                );
            }
        }
        out.push_str("</dl>");
    }
    let mut list = false;
    let mut table_row = 0;
    for line in lines {
        // A list item's continuation line: another line of the same item.
        if list && line.starts_with("  ") && !line.trim().is_empty() {
            let _ = write!(out, "<br>{}", inline(line.trim()));
            continue;
        }
        if list && !line.starts_with("* ") {
            out.push_str("</li></ul>");
            list = false;
        }
        if table_row > 0 && !line.starts_with('|') {
            out.push_str("</tbody></table></div>");
            table_row = 0;
        }
        if let Some(text) = line.strip_prefix("### ") {
            let _ = write!(out, "<h3>{}</h3>", inline(text));
        } else if let Some(text) = line.strip_prefix("## ") {
            let _ = write!(out, "<h2>{}</h2>", inline(text));
        } else if let Some(text) = line.strip_prefix("# ") {
            let _ = write!(out, "<h1>{}</h1>", inline(text));
        } else if let Some(text) = line.strip_prefix("* ") {
            out.push_str(if list { "</li><li>" } else { "<ul><li>" });
            list = true;
            out.push_str(&inline(text));
        } else if line.starts_with('|') {
            table_row += 1;
            if line.starts_with("|---") {
                continue;
            }
            let cells: Vec<&str> = split_cells(line);
            let tag = if table_row == 1 { "th" } else { "td" };
            if table_row == 1 {
                out.push_str(r#"<div class="table-wrap" role="region" aria-label="Who deploys what" tabindex="0"><table><thead>"#);
            }
            out.push_str("<tr>");
            for cell in cells {
                let _ = write!(out, "<{tag}>{}</{tag}>", inline(cell.trim()));
            }
            out.push_str("</tr>");
            if table_row == 1 {
                out.push_str("</thead><tbody>");
            }
        } else if line.starts_with("<!--") || line.trim().is_empty() {
            continue;
        } else {
            let _ = write!(out, "<p>{}</p>", inline(line));
        }
    }
    if list {
        out.push_str("</li></ul>");
    }
    if table_row > 0 {
        out.push_str("</tbody></table></div>");
    }
    out
}

/// Splits a table row on unescaped pipes.
fn split_cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut start = 0;
    let bytes = inner.as_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            cells.push(&inner[start..i]);
            start = i + 1;
        }
    }
    cells.push(&inner[start..]);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_writers_subset_and_escapes_the_rest() {
        let md = "---\nstatus: accepted\ndecision-makers: [\"Ana \\\"A\\\"\", \"Bo\"]\n---\n\n# Title \\<b\\>\n\n## Context\n\nText with `code` and \\| pipe.\n\n* one\n* two\n\n| A | B |\n|---|---|\n| x \\| y | z |\n\n[Open](https://example.org/decide#v=1&c=1)\n\n<!-- pushpull-record v=1 -->\n";
        let html = to_html(md);
        assert!(html.contains("<dt>status</dt><dd>accepted</dd>"));
        assert!(
            html.contains("<dd>Ana \"A\", Bo</dd>")
                || html.contains("<dd>Ana &quot;A&quot;, Bo</dd>")
        );
        assert!(html.contains("<h1>Title &lt;b&gt;</h1>"));
        assert!(html.contains("<p>Text with <code>code</code> and | pipe.</p>"));
        assert!(html.contains("<ul><li>one</li><li>two</li></ul>"));
        assert!(html.contains("<td>x | y</td><td>z</td>"));
        assert!(html.contains(
            r#"<a href="https://example.org/decide#v=1&amp;c=1" rel="noopener">Open</a>"#
        ));
        assert!(!html.contains("pushpull-record"));
    }

    #[test]
    fn only_web_links_become_links() {
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            "[x](javascript:alert(1))"
        );
    }

    #[test]
    fn strong_text_and_continued_items() {
        let html = to_html("* **Clusters** (3): a \\*b\\*\n  second line  \n* next\n\nafter");
        assert_eq!(
            html,
            "<ul><li><strong>Clusters</strong> (3): a *b*<br>second line</li><li>next</li></ul><p>after</p>"
        );
    }
}

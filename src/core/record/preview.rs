//! The record as HTML for the Record page's preview and for printing. It
//! reads only the Markdown that `writer` produces (front matter, headings,
//! paragraphs, bullets with nested bullets, one table, one link, the
//! embedded answers (either form, never shown) and
//! escapes everything, so the preview is safe whatever the user typed.

use maud::{html, Markup, Render};

/// A piece of inline Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Inline {
    Text(String),
    Code(String),
    Strong(Vec<Inline>),
    Link { label: String, url: String },
}

impl Render for Inline {
    fn render_to(&self, buffer: &mut String) {
        match self {
            Inline::Text(text) => text.render_to(buffer),
            Inline::Code(code) => html! { code { (code) } }.render_to(buffer),
            Inline::Strong(inner) => html! { strong { @for i in inner { (i) } } }.render_to(buffer),
            Inline::Link { label, url } => {
                html! { a href=(url) rel="noopener" { (label) } }.render_to(buffer)
            }
        }
    }
}

/// Appends a character to the text at the end of `out`.
fn push_char(out: &mut Vec<Inline>, c: char) {
    match out.last_mut() {
        Some(Inline::Text(text)) => text.push(c),
        _ => out.push(Inline::Text(c.to_string())),
    }
}

/// A web link at the start of `rest` (just after a `[`): its label, url
/// and length in chars.
fn link_at(rest: &str) -> Option<(String, String, usize)> {
    let (label, after) = rest.split_once("](")?;
    let (url, _) = after.split_once(')')?;
    let web = url.starts_with("https://") || url.starts_with("http://");
    (web || is_sibling_record(url)).then(|| {
        let length = label.chars().count() + url.chars().count() + 3;
        (label.to_string(), url.to_string(), length)
    })
}

/// A link to another record in the same folder (`0007-….md`): it leads
/// nowhere from the page, so the preview shows its label only.
fn is_sibling_record(url: &str) -> bool {
    url.ends_with(".md")
        && url
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Inline Markdown: backslash escapes, `code`, `**strong**`, and
/// `[text](url)` when the url is http(s). Unclosed code or strong text
/// runs to the end.
fn inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    // The text before an open `**`, while inside it.
    let mut outer: Option<Vec<Inline>> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    push_char(&mut out, next);
                }
            }
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                match outer.take() {
                    Some(mut before) => {
                        before.push(Inline::Strong(std::mem::take(&mut out)));
                        out = before;
                    }
                    None => outer = Some(std::mem::take(&mut out)),
                }
            }
            '`' => {
                let code: String = chars.by_ref().take_while(|c| *c != '`').collect();
                out.push(Inline::Code(code));
            }
            '[' => {
                let rest: String = chars.clone().collect();
                match link_at(&rest) {
                    Some((label, url, length)) => {
                        if is_sibling_record(&url) {
                            out.push(Inline::Text(label));
                        } else {
                            out.push(Inline::Link { label, url });
                        }
                        for _ in 0..length {
                            chars.next();
                        }
                    }
                    None => push_char(&mut out, '['),
                }
            }
            c => push_char(&mut out, c),
        }
    }
    if let Some(mut before) = outer {
        before.push(Inline::Strong(out));
        out = before;
    }
    out
}

fn spans(text: &str) -> Markup {
    html! { @for i in inline(text) { (i) } }
}

/// A block of the record.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    /// The front matter's keys and values.
    Meta(Vec<(String, String)>),
    Heading(u8, String),
    /// Items, each with its text and then its nested items.
    List(Vec<Vec<String>>),
    /// Rows of cells; the first row is the header.
    Table(Vec<Vec<String>>),
    Paragraph(String),
}

impl Render for Block {
    fn render_to(&self, buffer: &mut String) {
        let markup = match self {
            Block::Meta(pairs) => html! {
                dl class="record-meta" { @for (key, value) in pairs { dt { (key) } dd { (value) } } }
            },
            Block::Heading(1, text) => html! { h1 { (spans(text)) } },
            Block::Heading(2, text) => html! { h2 { (spans(text)) } },
            Block::Heading(_, text) => html! { h3 { (spans(text)) } },
            Block::List(items) => html! {
                ul { @for lines in items { li {
                    @if let Some((text, nested)) = lines.split_first() {
                        (spans(text))
                        @if !nested.is_empty() { ul { @for line in nested { li { (spans(line)) } } } }
                    }
                } } }
            },
            Block::Table(rows) => html! {
                div class="table-wrap" role="region" aria-label="Who deploys what" tabindex="0" { table {
                    @if let Some((header, body)) = rows.split_first() {
                        thead { tr { @for cell in header { th { (spans(cell)) } } } }
                        tbody { @for row in body { tr { @for cell in row { td { (spans(cell)) } } } } }
                    }
                } }
            },
            Block::Paragraph(text) => html! { p { (spans(text)) } },
        };
        markup.render_to(buffer);
    }
}

/// The front matter's `key: value` lines, up to the closing `---`.
fn front_matter<'a>(lines: &mut impl Iterator<Item = &'a str>) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
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
            let value = if value.is_empty() {
                "—".to_string()
            } else {
                value
            };
            pairs.push((key.to_string(), value));
        }
    }
    pairs
}

fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut lines = markdown.lines().peekable();
    if lines.peek() == Some(&"---") {
        lines.next();
        out.push(Block::Meta(front_matter(&mut lines)));
    }
    for line in lines {
        match out.last_mut() {
            // A nested item (or a continuation line) of the last item.
            Some(Block::List(items)) if line.starts_with("  ") && !line.trim().is_empty() => {
                if let Some(item) = items.last_mut() {
                    let text = line.trim();
                    item.push(text.strip_prefix("* ").unwrap_or(text).to_string());
                }
                continue;
            }
            Some(Block::List(items)) if line.starts_with("* ") => {
                items.push(vec![line[2..].to_string()]);
                continue;
            }
            Some(Block::Table(rows)) if line.starts_with('|') => {
                rows.extend(table_row(line));
                continue;
            }
            _ => {}
        }
        if let Some(text) = line.strip_prefix("### ") {
            out.push(Block::Heading(3, text.to_string()));
        } else if let Some(text) = line.strip_prefix("## ") {
            out.push(Block::Heading(2, text.to_string()));
        } else if let Some(text) = line.strip_prefix("# ") {
            out.push(Block::Heading(1, text.to_string()));
        } else if let Some(text) = line.strip_prefix("* ") {
            out.push(Block::List(vec![vec![text.to_string()]]));
        } else if line.starts_with('|') {
            out.push(Block::Table(table_row(line).into_iter().collect()));
        } else if !is_embedded_answers(line) && !line.trim().is_empty() {
            out.push(Block::Paragraph(line.to_string()));
        }
    }
    out
}

/// The embedded answers' line, in either form: renderers show nothing.
fn is_embedded_answers(line: &str) -> bool {
    line.starts_with("<!--") || line.starts_with("[//]: #")
}

/// The record's Markdown as HTML, as the worker sends it.
pub fn to_html(markdown: &str) -> String {
    html! { @for block in blocks(markdown) { (block) } }.into_string()
}

/// A table line's trimmed cells; `None` for the `| --- |` delimiter row.
fn table_row(line: &str) -> Option<Vec<String>> {
    let delimiter = line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
    (!delimiter).then(|| {
        split_cells(line)
            .iter()
            .map(|c| c.trim().to_string())
            .collect()
    })
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
        let md = "---\nstatus: accepted\ndecision-makers: [\"Ana \\\"A\\\"\", \"Bo\"]\n---\n# Title \\<b\\>\n\n## Context\n\nText with `code` and \\| pipe.\n\n* one\n* two\n\n| A | B |\n| --- | --- |\n| x \\| y | z |\n\n[Open](https://example.org/decide#v=1&c=1)\n\n[//]: # \"pushpull-record v=2&c=1\"\n";
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
        assert!(!html.contains("---"));
        let old = to_html("[Open](https://example.org/)\n\n<!-- pushpull-record v=1 -->\n");
        assert!(!old.contains("pushpull-record"));
    }

    #[test]
    fn links_to_sibling_records_show_their_label() {
        let html = to_html("This record supersedes [ADR-0007](0007-use-flux.md) (Use Flux).\n");
        assert!(html.contains("supersedes ADR-0007 (Use Flux)."), "{html}");
        assert!(!html.contains("<a "));
    }

    #[test]
    fn only_web_links_become_links() {
        assert_eq!(
            spans("[x](javascript:alert(1))").into_string(),
            "[x](javascript:alert(1))"
        );
        assert_eq!(
            spans("**a `b** c` <i>").into_string(),
            "<strong>a <code>b** c</code> &lt;i&gt;</strong>"
        );
    }

    #[test]
    fn strong_text_and_continued_items() {
        let html = to_html("* **Clusters** (3):\n  * a \\*b\\*\n  * second line\n* next\n\nafter");
        assert_eq!(
            html,
            "<ul><li><strong>Clusters</strong> (3):<ul><li>a *b*</li><li>second line</li></ul></li><li>next</li></ul><p>after</p>"
        );
    }
}

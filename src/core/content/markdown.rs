//! Markdown → HTML for the site's pages, with the one option set the whole
//! site uses. Runs at build time (`build.rs` includes this file) and in native
//! tests; no Markdown parser ships in the wasm.
//!
//! Links are written root-relative (`/docs/slug#id`) because the document has
//! a `<base>` element: a bare `#id` would resolve against the site root, not
//! the page. The site base is prefixed later by `content::with_base`.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

use super::html::{ascii_slug, escape};

/// One entry of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// The plain text under one heading, for the search index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Heading id; empty for the text before the first heading.
    pub id: String,
    pub heading: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub sections: Vec<Section>,
}

/// The single pulldown-cmark option set of the site.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
}

/// Turns heading text into an anchor id: lowercase ASCII words joined by `-`.
pub fn slugify(text: &str) -> String {
    let id = ascii_slug(text);
    if id.is_empty() {
        "section".to_string()
    } else {
        id
    }
}

fn level_number(level: HeadingLevel) -> u8 {
    level as u8
}

/// The fence info string of a worked example: answers in the share-link
/// codec and the pick the Decide page gives for them.
pub const EXAMPLE_LANGUAGE: &str = "pushpull-example";

/// A worked example's block, as written in the page:
///
/// ````text
/// ```pushpull-example
/// answers: v=2&c=1&t=8
/// pick: Pipeline deploy
/// ```
/// ````
///
/// `answers` is codec text (what follows `/decide#` in a share link);
/// `pick` is the headline the engine gives for it. `tests/worked_examples.rs`
/// decodes and evaluates every block; the renderer only checks the shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkedExample {
    pub answers: String,
    pub pick: String,
}

impl WorkedExample {
    /// The pattern class of the card: `pipeline`, `gitops` or `hybrid`.
    fn pattern_class(&self) -> &'static str {
        if self.pick.starts_with("GitOps") {
            "gitops"
        } else if self.pick.starts_with("Hybrid") {
            "hybrid"
        } else {
            "pipeline"
        }
    }

    /// The card the block renders as. The link is root-relative, so
    /// `content::with_base` prefixes the site base like any other link.
    pub fn card_html(&self) -> String {
        format!(
            "<aside class=\"worked-example worked-example--{class}\" aria-label=\"This example in Decide\">\
             <p class=\"worked-example__pick\"><strong>Decide picks:</strong> {pick}</p>\
             <p class=\"worked-example__link\"><a href=\"/decide#{answers}\">Open these answers in Decide</a></p>\
             </aside>\n",
            class = self.pattern_class(),
            pick = escape(&self.pick),
            answers = escape(&self.answers),
        )
    }
}

/// Reads the body of a `pushpull-example` block: exactly one `answers:` and
/// one `pick:` line, nothing else but blank lines.
pub fn parse_example(body: &str) -> Result<WorkedExample, String> {
    let mut answers = None;
    let mut pick = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("the line `{line}` is not `key: value`"))?;
        let value = value.trim();
        let slot = match key.trim() {
            "answers" => &mut answers,
            "pick" => &mut pick,
            other => {
                return Err(format!(
                    "unknown key `{other}` (expected `answers` and `pick`)"
                ))
            }
        };
        if slot.is_some() {
            return Err(format!("`{}` appears twice", key.trim()));
        }
        if value.is_empty() {
            return Err(format!("`{}` is empty", key.trim()));
        }
        *slot = Some(value.to_string());
    }
    let answers = answers.ok_or("missing the `answers:` line")?;
    let pick = pick.ok_or("missing the `pick:` line")?;
    if !answers.starts_with("v=") || answers.contains(char::is_whitespace) {
        return Err(format!(
            "`answers: {answers}` is not share-link text (it starts with `v=` and has no spaces)"
        ));
    }
    Ok(WorkedExample { answers, pick })
}

/// Renders one page whose URL path is `page_path` (e.g. `/docs/hybrid`).
///
/// # Panics
///
/// When a `pushpull-example` block is malformed, naming the page; see
/// [`try_render`] for the error instead.
pub fn render(markdown: &str, page_path: &str) -> Rendered {
    try_render(markdown, page_path).unwrap_or_else(|error| panic!("{error}"))
}

/// Renders one page, or says which worked example of `page_path` is malformed.
pub fn try_render(markdown: &str, page_path: &str) -> Result<Rendered, String> {
    let mut out = Rendered {
        html: String::new(),
        toc: Vec::new(),
        sections: vec![Section {
            id: String::new(),
            heading: String::new(),
            text: String::new(),
        }],
    };
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    let mut footnote_numbers: HashMap<String, usize> = HashMap::new();
    let mut heading: Option<(u8, Option<String>, Vec<Event>)> = None;
    let mut events: Vec<Event> = Vec::new();
    // The text of an open `pushpull-example` block.
    let mut example: Option<String> = None;
    let mut examples = 0;

    let mut footnote_number = |name: &str| {
        let next = footnote_numbers.len() + 1;
        *footnote_numbers.entry(name.to_string()).or_insert(next)
    };

    for event in Parser::new_ext(markdown, options()) {
        if let Some(body) = example.as_mut() {
            match event {
                Event::Text(text) => body.push_str(&text),
                Event::End(TagEnd::CodeBlock) => {
                    examples += 1;
                    let parsed = parse_example(body).map_err(|error| {
                        format!(
                            "{page_path}: worked example {examples} (a `{EXAMPLE_LANGUAGE}` block) is malformed: {error}"
                        )
                    })?;
                    if let Some(section) = out.sections.last_mut() {
                        section.text.push_str(" Decide picks: ");
                        section.text.push_str(&parsed.pick);
                        section.text.push(' ');
                    }
                    events.push(Event::Html(CowStr::from(parsed.card_html())));
                    example = None;
                }
                _ => {}
            }
            continue;
        }
        if let Some((level, explicit_id, inner)) = heading.as_mut() {
            if let Event::End(TagEnd::Heading(_)) = event {
                let text = plain_text(inner);
                let base_id = explicit_id.clone().unwrap_or_else(|| slugify(&text));
                let seen = used_ids.entry(base_id.clone()).or_insert(0);
                *seen += 1;
                let id = if *seen == 1 {
                    base_id
                } else {
                    format!("{base_id}-{seen}")
                };
                let mut inner_html = String::new();
                html::push_html(&mut inner_html, inner.drain(..));
                events.push(Event::Html(CowStr::from(format!(
                    "<h{level} id=\"{id}\">{inner_html}<a class=\"heading-anchor\" href=\"{path}#{id}\" aria-label=\"Link to the section {label}\">#</a></h{level}>\n",
                    path = page_path,
                    label = escape(&text),
                ))));
                out.toc.push(TocEntry {
                    level: *level,
                    id: id.clone(),
                    text: text.clone(),
                });
                out.sections.push(Section {
                    id,
                    heading: text,
                    text: String::new(),
                });
                heading = None;
            } else {
                inner.push(event);
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((level_number(level), id.map(|id| id.to_string()), Vec::new()));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if dest_url.starts_with('#') => {
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(format!("{page_path}{dest_url}")),
                    title,
                    id,
                }));
            }
            // Long lines scroll sideways; a scrollable region must take focus
            // so keyboard users can scroll it.
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match &kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    pulldown_cmark::CodeBlockKind::Indented => String::new(),
                };
                if language == EXAMPLE_LANGUAGE {
                    example = Some(String::new());
                    continue;
                }
                events.push(Event::Html(CowStr::from(if language.is_empty() {
                    "<pre tabindex=\"0\"><code>".to_string()
                } else {
                    format!(
                        "<pre tabindex=\"0\"><code class=\"language-{}\">",
                        escape(&language)
                    )
                })));
            }
            Event::End(TagEnd::CodeBlock) => {
                events.push(Event::Html(CowStr::from("</code></pre>\n")));
            }
            Event::Start(Tag::Table(alignments)) => {
                events.push(Event::Html(CowStr::from(
                    "<div class=\"table-wrap\" role=\"region\" aria-label=\"Scrollable table\" tabindex=\"0\">",
                )));
                // Alignment would be emitted as style attributes, which the CSP forbids.
                let plain = vec![pulldown_cmark::Alignment::None; alignments.len()];
                events.push(Event::Start(Tag::Table(plain)));
            }
            Event::End(TagEnd::Table) => {
                events.push(Event::End(TagEnd::Table));
                events.push(Event::Html(CowStr::from("</div>")));
            }
            Event::FootnoteReference(name) => {
                let number = footnote_number(&name);
                events.push(Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-reference\"><a href=\"{page_path}#footnote-{id}\" aria-label=\"Footnote {number}\">{number}</a></sup>",
                    id = slugify(&name),
                ))));
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let number = footnote_number(&name);
                events.push(Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"footnote-{id}\"><span class=\"footnote-label\">{number}</span>",
                    id = slugify(&name),
                ))));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                events.push(Event::Html(CowStr::from("</div>\n")));
            }
            other => {
                if let Some(section) = out.sections.last_mut() {
                    append_text(&mut section.text, &other);
                }
                events.push(other);
            }
        }
    }
    html::push_html(&mut out.html, events.into_iter());
    out.sections
        .retain(|section| !section.id.is_empty() || !section.text.trim().is_empty());
    for section in &mut out.sections {
        section.text = section
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
    }
    Ok(out)
}

fn append_text(buffer: &mut String, event: &Event) {
    match event {
        Event::Text(text) | Event::Code(text) => {
            buffer.push_str(text);
        }
        Event::SoftBreak | Event::HardBreak | Event::End(_) => buffer.push(' '),
        _ => {}
    }
}

fn plain_text(events: &[Event]) -> String {
    let mut text = String::new();
    for event in events {
        if let Event::Text(t) | Event::Code(t) = event {
            text.push_str(t);
        }
    }
    text.trim().to_string()
}

//! User text in a record stays text: organisation, title, people, target
//! names can never add headings, lists, links, images, HTML, table cells or
//! front-matter keys. Checked with a hostile corpus and a property test, by
//! parsing the written record with a CommonMark parser (tables, footnotes,
//! strikethrough, heading attributes on).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag};
use pushpull::core::engine::{evaluate, samples, Answers};
use pushpull::core::record::details::RecordDetails;
use pushpull::core::record::import::import;
use pushpull::core::record::writer::{write, RecordInput};
use pushpull::core::site_url::SiteUrl;

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "# Injected heading",
    "## Decision Outcome",
    "- injected item",
    "1. injected ordered item",
    "> quote",
    "```\ncode fence\n```",
    "| a | b |\n|---|---|",
    "[link](https://evil.example)",
    "![image](https://evil.example/x.png)",
    "https://evil.example www.evil.example",
    "*emphasis* __strong__ ~~strike~~ `code`",
    "line one\nline two\n\n# heading after blank line",
    "---\nstatus: hacked\n---",
    "\"quoted\" \\ backslash",
    "status: accepted\ninformed: [everyone]",
    "&lt;entity&gt; &amp;",
    "{#custom-id}",
    "[^footnote]",
    "\u{202e}right-to-left\u{2028}separator\u{0}",
];

fn with_text(text: &str) -> (Answers, RecordDetails) {
    let mut answers = samples::mixed();
    for target in answers.targets.as_mut().unwrap() {
        target.name = text.to_string();
    }
    let details = RecordDetails {
        organisation: text.to_string(),
        title: format!("T {text}"),
        date: "2026-11-27".into(),
        decision_makers: vec![text.to_string(), "Ana".into()],
        consulted: vec![text.to_string()],
        informed: vec![text.to_string()],
        number: 4,
        ..RecordDetails::default()
    };
    (answers, details)
}

fn record(text: &str) -> String {
    let (answers, details) = with_text(text);
    let decision = evaluate(&answers);
    write(&RecordInput {
        answers: &answers,
        decision: &decision,
        details: &details,
        site_url: Some(&site()),
    })
}

/// The record's structure, without its text: front-matter keys, then every
/// block, link, image, HTML and table cell the parser sees.
fn structure(markdown: &str) -> Vec<String> {
    let (front, body) = markdown
        .strip_prefix("---\n")
        .unwrap()
        .split_once("\n---\n")
        .unwrap();
    let mut out: Vec<String> = front
        .lines()
        .map(|line| format!("key {}", line.split(':').next().unwrap()))
        .collect();
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    // The first column of the split table holds user text; the others are
    // ours and must stay where they are.
    let mut column = 0;
    let mut in_cell = false;
    for event in Parser::new_ext(body, options) {
        match &event {
            Event::Start(Tag::TableRow | Tag::TableHead) => column = 0,
            Event::Start(Tag::TableCell) => in_cell = true,
            Event::End(pulldown_cmark::TagEnd::TableCell) => {
                in_cell = false;
                column += 1;
            }
            Event::Text(text) if in_cell && column > 0 => out.push(format!("cell {column} {text}")),
            _ => {}
        }
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                out.push(format!("link {}", dest_url.split('#').next().unwrap()))
            }
            Event::Start(tag) => out.push(
                format!("{tag:?}")
                    .split(['(', ' ', '{'])
                    .next()
                    .unwrap()
                    .to_string(),
            ),
            Event::Html(html) | Event::InlineHtml(html) => out.push(format!(
                "html {}",
                html.split_whitespace().next().unwrap_or("")
            )),
            Event::FootnoteReference(_) => out.push("footnote".into()),
            _ => {}
        }
    }
    out
}

#[test]
fn the_hostile_corpus_changes_no_structure() {
    let baseline = structure(&record("Plain name"));
    for text in HOSTILE {
        let written = record(text);
        assert_eq!(
            structure(&written),
            baseline,
            "structure changed for {text:?}"
        );
        // And the file still loads back to the same text.
        let imported = import(&written).expect("imports");
        assert_eq!(imported.details.organisation, *text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn no_text_changes_the_structure(text in "\\PC{1,80}") {
        let baseline = structure(&record("Plain name"));
        prop_assert_eq!(structure(&record(&text)), baseline);
    }

    #[test]
    fn no_punctuation_soup_changes_the_structure(text in "[-#*_`\\[\\]()<>|!~&{}:/.0-9a-z \n\"\\\\]{1,60}") {
        let baseline = structure(&record("Plain name"));
        prop_assert_eq!(structure(&record(&text)), baseline);
    }
}

fn site() -> SiteUrl {
    SiteUrl::parse("https://pushpull.example.org").unwrap()
}

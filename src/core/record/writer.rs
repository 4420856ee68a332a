//! Answers + decision + record details → a MADR 4.0.0 Markdown record.
//! Every piece of user text goes through `text::inline` or `text::yaml_*`.
//! What the record states is worked out once in `facts`; the sentences
//! come from `prose`, `options` and `more`.

use std::fmt::Write;

use super::confirmation;
use super::discussion::{discussion, participants};
use super::facts::{self, Facts};
use super::more::{more_information, tool_outcome};
use super::options::{self, chosen_option, considered};
use super::prose;
use super::text::{file_slug, inline, yaml_list, yaml_string};
use crate::core::codec;
use crate::core::engine::answers::Answers;
use crate::core::engine::{Decision, Pattern};
use crate::core::record::details::{is_iso_date, one_year_after, RecordDetails};
use crate::core::record::supersede::{adr_id, status_text, RecordRef};
use crate::core::site_url::SiteUrl;

/// Marks the embedded answers on the record's last line: a Markdown link
/// reference definition with the codec text as its title,
/// `[//]: # "pushpull-record v=2&…"`. CommonMark renderers, MDX and
/// react-markdown show nothing for it (an HTML comment fails to compile in
/// MDX and shows as text where raw HTML is off). The codec never writes `"`.
pub const EMBED_PREFIX: &str = "[//]: # \"pushpull-record ";
pub const EMBED_SUFFIX: &str = "\"";
/// How records written before the link reference definition marked them;
/// the importer still reads it.
pub const LEGACY_EMBED_PREFIX: &str = "<!-- pushpull-record ";
pub const LEGACY_EMBED_SUFFIX: &str = " -->";

/// Everything a record is written from.
pub struct RecordInput<'a> {
    pub answers: &'a Answers,
    pub decision: &'a Decision,
    pub details: &'a RecordDetails,
    /// Where the site lives, for the links back; none when unknown.
    pub site_url: Option<&'a SiteUrl>,
}

/// What the record states, as data (tests check it for contradictions).
pub fn record_facts(input: &RecordInput) -> Facts {
    facts::facts(input.answers, input.decision, input.details)
}

/// The record's title: the workshop's, or one derived from the pick.
pub fn title(input: &RecordInput) -> String {
    let given = input.details.title.trim();
    if !given.is_empty() {
        return given.to_string();
    }
    let tool = record_facts(input).tool.map_or("GitOps", |t| t.label());
    match input.decision.pattern {
        None => "Choose how we deploy".to_string(),
        Some(Pattern::Pipeline) => "Deploy through CI pipelines".to_string(),
        Some(Pattern::GitOps) => format!("Deploy Kubernetes workloads with {tool}"),
        Some(Pattern::Hybrid) => format!("{tool} for Kubernetes, CI pipelines for the rest"),
    }
}

/// The title as the record's heading: without the trailing punctuation
/// markdownlint's MD026 (on in MADR's settings) rejects in a heading. A
/// title that is only punctuation is kept as written.
fn heading_text(title: &str) -> &str {
    let trimmed =
        title.trim_end_matches(|c: char| ".,;:!。，；：！".contains(c) || c.is_whitespace());
    if trimmed.is_empty() {
        title
    } else {
        trimmed
    }
}

/// The new record's first line: which record it replaces, linked by file.
fn supersedes_line(old: &RecordRef) -> String {
    let id = adr_id(old.number);
    let title = match inline(&old.title) {
        title if title.is_empty() => String::new(),
        title => format!(" ({title})"),
    };
    // A file name is linked only when it is a plain one in the same folder.
    let plain = !old.file.is_empty()
        && old
            .file
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if plain {
        format!("This record supersedes [{id}]({}){title}.", old.file)
    } else {
        format!("This record supersedes {id}{title}.")
    }
}

/// `NNNN-title-words.md`, as MADR names records in `docs/decisions/`.
pub fn file_name(input: &RecordInput) -> String {
    format!(
        "{:04}-{}.md",
        input.details.number.max(1),
        file_slug(&title(input))
    )
}

pub(super) fn bullets(out: &mut String, items: impl IntoIterator<Item = String>) {
    for item in items {
        let _ = writeln!(out, "* {item}");
    }
    out.push('\n');
}

/// Writes the record. Deterministic: the same input gives the same bytes.
pub fn write(input: &RecordInput) -> String {
    let (a, d, w) = (input.answers, input.decision, input.details);
    let f = record_facts(input);
    let chosen = chosen_option(d, f.tool);
    let mut out = String::with_capacity(8 * 1024);

    let _ = writeln!(out, "---");
    let _ = writeln!(out, "status: {}", status_text(w.status, w.superseded_by));
    if is_iso_date(&w.date) {
        let _ = writeln!(out, "date: {}", w.date);
    } else {
        let _ = writeln!(out, "date: {}", yaml_string(&w.date));
    }
    let _ = writeln!(out, "decision-makers: {}", yaml_list(&w.decision_makers));
    let _ = writeln!(out, "consulted: {}", yaml_list(&w.consulted));
    let _ = writeln!(out, "informed: {}", yaml_list(&w.informed));
    // Not a MADR key: MADR and Backstage ignore it; `pushpull check` and
    // scripts can read when the record is due for review.
    if let Some(review) = one_year_after(&w.date) {
        let _ = writeln!(out, "review-by: {review}");
    }
    // adr-log takes the line right after the front matter as the title.
    let _ = writeln!(out, "---");
    let _ = writeln!(out, "# {}\n", inline(heading_text(&title(input))));

    let _ = writeln!(out, "## Context and Problem Statement\n");
    if let Some(old) = &w.supersedes {
        let _ = writeln!(out, "{}\n", supersedes_line(old));
    }
    let context = prose::context(a, d, w);
    if !context.is_empty() {
        let _ = writeln!(out, "{context}\n");
    }
    let _ = writeln!(
        out,
        "Should CI push changes to production, should a controller pull them from git, or both?\n"
    );

    let _ = writeln!(out, "## Decision Drivers\n");
    let drivers = prose::drivers(d, a);
    if drivers.is_empty() {
        bullets(
            &mut out,
            ["No driver yet: too few questions are answered".into()],
        );
    } else {
        bullets(&mut out, drivers);
    }

    let _ = writeln!(out, "## Considered Options\n");
    let weighed = considered(a, &f, chosen);
    bullets(&mut out, weighed.iter().map(|o| o.to_string()));

    let _ = writeln!(out, "## Decision Outcome\n");
    match chosen {
        Some(option) => {
            let _ = writeln!(
                out,
                "Chosen option: \"{option}\", because {}\n",
                prose::because(d, a, &f)
            );
            if let Some(tool) = tool_outcome(a, w, &f) {
                let _ = writeln!(out, "{tool}\n");
            }
        }
        None => {
            let _ = writeln!(
                out,
                "No option is chosen yet: answer the number of production clusters or list the deploy targets first.\n"
            );
        }
    }
    if d.pattern.is_some() {
        let _ = writeln!(out, "### Consequences\n");
        bullets(&mut out, options::consequences(a, &f));
        let _ = writeln!(out, "### Confirmation\n");
        bullets(&mut out, confirmation::confirmation(a, &f));
    }

    let _ = writeln!(out, "## Pros and Cons of the Options\n");
    for option in &weighed {
        let _ = writeln!(out, "### {option}\n");
        let points = options::pros_and_cons(option, chosen, a, &f);
        if points.is_empty() {
            bullets(
                &mut out,
                ["Chosen: its good and bad points are the Consequences above".to_string()],
            );
        } else {
            bullets(&mut out, points);
        }
    }

    let _ = writeln!(out, "## More Information\n");
    more_information(&mut out, input, &f);
    discussion(&mut out, a, w);
    participants(&mut out, a, w);
    let _ = writeln!(out, "### Answers\n");
    match input.site_url {
        Some(site) => {
            let _ = writeln!(
                out,
                "[Open these answers in PushPull]({}/decide#{})\n",
                site.as_str(),
                codec::encode(a, None)
            );
        }
        None => {
            let _ = writeln!(
                out,
                "The answers are embedded at the end of this file: load it on PushPull's Record page to open them.\n"
            );
        }
    }
    let _ = writeln!(
        out,
        "{EMBED_PREFIX}{}{EMBED_SUFFIX}",
        codec::encode(a, Some(w))
    );
    out
}

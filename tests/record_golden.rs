//! The decision record, as its reader gets it: four realistic workshops,
//! each with its full expected Markdown under `tests/golden/`. Set
//! `UPDATE_GOLDEN=1` to write the files after a deliberate change, then read
//! them before committing.
#![cfg(not(target_arch = "wasm32"))]

use pushpull::core::engine::{evaluate, samples};
use pushpull::core::record::details::RecordDetails;
use pushpull::core::record::import::import;
use pushpull::core::record::writer::{file_name, write, RecordInput, EMBED_PREFIX, EMBED_SUFFIX};
use pushpull::core::site_url::SiteUrl;

fn site() -> SiteUrl {
    SiteUrl::parse("https://pushpull.example.org").unwrap()
}

fn golden_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn details(name: &str) -> RecordDetails {
    let text = std::fs::read_to_string(golden_dir().join(format!("{name}.details.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn record(name: &str) -> (String, String) {
    let sample = samples::all().into_iter().find(|s| s.name == name).unwrap();
    let details = details(name);
    let decision = evaluate(&sample.answers);
    let input = RecordInput {
        answers: &sample.answers,
        decision: &decision,
        details: &details,
        site_url: Some(&site()),
    };
    (file_name(&input), write(&input))
}

#[test]
fn the_four_scenarios_match_their_golden_records() {
    for name in ["startup", "platform", "regulated", "mixed"] {
        let (file, text) = record(name);
        let path = golden_dir().join(format!("{name}.md"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            text,
            expected,
            "{name}: the record differs from {}",
            path.display()
        );
        assert!(
            file.ends_with(".md") && file.as_bytes()[..5].iter().take(4).all(u8::is_ascii_digit),
            "{file}"
        );
    }
}

#[test]
fn file_names_follow_madr() {
    assert_eq!(
        record("mixed").0,
        "0007-flux-for-kubernetes-ci-pipelines-for-the-rest.md"
    );
    assert_eq!(
        record("platform").0,
        "0012-run-the-regional-fleet-with-argo-cd-applicationsets.md"
    );
}

#[test]
fn export_import_export_gives_the_same_bytes() {
    for name in ["startup", "platform", "regulated", "mixed"] {
        let (_, text) = record(name);
        let imported = import(&text).expect("our own record imports");
        assert!(!imported.drifted(), "{name}");
        let decision = evaluate(&imported.answers);
        let again = write(&RecordInput {
            answers: &imported.answers,
            decision: &decision,
            details: &imported.details,
            site_url: Some(&site()),
        });
        assert_eq!(again, text, "{name}");
    }
}

#[test]
fn headings_follow_madr_4() {
    for name in ["startup", "platform", "regulated", "mixed"] {
        let (_, text) = record(name);
        let headings: Vec<&str> = text.lines().filter(|line| line.starts_with('#')).collect();
        let sections: Vec<&str> = headings
            .iter()
            .copied()
            .filter(|h| {
                h.starts_with("## ") || *h == "### Consequences" || *h == "### Confirmation"
            })
            .collect();
        assert_eq!(
            sections,
            [
                "## Context and Problem Statement",
                "## Decision Drivers",
                "## Considered Options",
                "## Decision Outcome",
                "### Consequences",
                "### Confirmation",
                "## Pros and Cons of the Options",
                "## More Information",
            ],
            "{name}"
        );
        assert!(
            headings[0].starts_with("# ")
                && headings.iter().filter(|h| h.starts_with("# ")).count() == 1
        );
        assert!(text.starts_with("---\nstatus: "));
        let options: Vec<&str> = text
            .split("## Considered Options\n\n")
            .nth(1)
            .unwrap()
            .lines()
            .take_while(|l| l.starts_with("* "))
            .collect();
        let chosen = text
            .lines()
            .find_map(|l| l.strip_prefix("Chosen option: \""))
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert!(
            options.contains(&format!("* {chosen}").as_str()),
            "{name}: the chosen option is one of the considered options"
        );
    }
}

#[test]
fn a_foreign_or_damaged_file_is_named_as_such() {
    assert!(import("# Some other ADR\n\nNothing here.")
        .unwrap_err()
        .to_string()
        .contains("not a PushPull decision record"));
    let (_, text) = record("startup");
    let damaged = text.replace("&c=1&", "&c=lots&");
    assert!(import(&damaged)
        .unwrap_err()
        .to_string()
        .contains("damaged"));
}

#[test]
fn drift_is_reported_when_the_recorded_choice_differs() {
    let (_, text) = record("startup");
    let edited = text.replace(
        "Chosen option: \"Pipeline deploy\"",
        "Chosen option: \"GitOps with Flux\"",
    );
    let imported = import(&edited).unwrap();
    assert!(imported.drifted());
    assert_eq!(
        imported.recorded_choice.as_deref(),
        Some("GitOps with Flux")
    );
    assert_eq!(imported.current_choice, Some("Pipeline deploy"));
}

/// Words a reader reads: everything before the discussion notes, the
/// participants and the embedded answers (which come last, in that order).
fn reading_words(text: &str) -> usize {
    let end = ["### Discussion notes", "### Participants", "### Answers"]
        .iter()
        .filter_map(|h| text.find(h))
        .min()
        .unwrap_or(text.len());
    text[..end]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn each_record_reads_in_at_most_660_words() {
    for name in ["startup", "platform", "regulated", "mixed"] {
        let (_, text) = record(name);
        let words = reading_words(&text);
        assert!(words <= 660, "{name}: {words} words");
        assert!(words >= 200, "{name}: only {words} words");
    }
}

/// The shape ADR tooling relies on (tests/records/records.test.mjs runs the
/// tools themselves): the title right after the front matter, a
/// `review-by` key that agrees with the text, no trailing spaces, spaced
/// table delimiters, and the embedded answers as the last line.
#[test]
fn records_have_the_shape_adr_tools_read() {
    for name in ["startup", "platform", "regulated", "mixed"] {
        let (_, text) = record(name);
        let (front, body) = text[4..].split_once("\n---\n").unwrap();
        assert!(body.starts_with("# "), "{name}: adr-log's title line");
        let review = front
            .lines()
            .find_map(|l| l.strip_prefix("review-by: "))
            .unwrap_or_else(|| panic!("{name}: review-by"));
        assert_eq!(review, "2027-11-27", "{name}");
        assert!(
            text.contains(&format!("* Otherwise, review this record by {review}\n")),
            "{name}"
        );
        assert!(
            text.lines().all(|l| !l.ends_with(' ')),
            "{name}: trailing spaces"
        );
        assert!(!text.contains("\n|-"), "{name}: unspaced table delimiter");
        let last = text.trim_end_matches('\n').lines().last().unwrap();
        assert!(
            last.starts_with(EMBED_PREFIX) && last.ends_with(EMBED_SUFFIX),
            "{name}: {last}"
        );
        assert!(!text.contains("<!--"), "{name}");
    }
}

#[test]
fn a_title_keeps_its_trailing_punctuation_out_of_the_heading() {
    let sample = samples::all().into_iter().next().unwrap();
    let decision = evaluate(&sample.answers);
    let heading = |title: &str| {
        let details = RecordDetails {
            title: title.into(),
            date: "2026-11-27".into(),
            ..RecordDetails::default()
        };
        let text = write(&RecordInput {
            answers: &sample.answers,
            decision: &decision,
            details: &details,
            site_url: Some(&site()),
        });
        let imported = import(&text).unwrap();
        assert_eq!(imported.details.title, title, "the record keeps the title");
        text.lines()
            .find(|l| l.starts_with("# "))
            .unwrap()
            .to_string()
    };
    assert_eq!(
        heading("Deploy with Flux, Acme Inc."),
        "# Deploy with Flux, Acme Inc"
    );
    assert_eq!(heading("Why pull?"), "# Why pull?");
    assert_eq!(heading("Go: now!!! "), "# Go: now");
    assert_eq!(heading("!!!"), "# \\!\\!\\!");
}

//! Superseding a record: the new one names the old, the old one's status
//! changes and nothing else, and both read back as they say. The pair is a
//! golden (`tests/golden/superseding/`, `UPDATE_GOLDEN=1` rewrites it).
#![cfg(not(target_arch = "wasm32"))]

use pushpull::core::engine::{evaluate, samples};
use pushpull::core::record::details::{RecordDetails, Status};
use pushpull::core::record::import::import;
use pushpull::core::record::supersede::{mark_superseded, record_ref, successor};
use pushpull::core::record::writer::{file_name, write, RecordInput};
use pushpull::core::site_url::SiteUrl;

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn compare(path: &std::path::Path, text: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, text).unwrap();
    }
    assert_eq!(
        text,
        std::fs::read_to_string(path).unwrap_or_default(),
        "{}",
        path.display()
    );
}

#[test]
fn a_record_superseded_by_a_new_one() {
    let old_text = std::fs::read_to_string(dir().join("mixed.md")).unwrap();
    let old = import(&old_text).unwrap();
    let replaced = record_ref(
        &old_text,
        "docs/decisions/0007-flux-for-kubernetes-ci-pipelines-for-the-rest.md",
        &old.details,
    );
    assert_eq!(replaced.number, 7);
    let details = successor(&old.details, replaced, None, "2027-06-01");
    assert_eq!(details.number, 8);

    // A year on, the estate moved everything onto Kubernetes.
    let answers = samples::platform();
    let decision = evaluate(&answers);
    let site = SiteUrl::parse("https://pushpull.example.org").unwrap();
    let input = RecordInput {
        answers: &answers,
        decision: &decision,
        details: &details,
        site_url: Some(&site),
    };
    let new_name = file_name(&input);
    let new_text = write(&input);
    compare(&dir().join("superseding").join(&new_name), &new_text);
    assert!(new_text.contains(
        "This record supersedes [ADR-0007](0007-flux-for-kubernetes-ci-pipelines-for-the-rest.md) (Flux for Kubernetes, CI pipelines for the rest)."
    ));
    assert!(new_text.starts_with("---\nstatus: proposed\ndate: 2027-06-01\n"));

    let marked = mark_superseded(&old_text, 7, details.number).unwrap();
    compare(
        &dir().join("superseding/0007-marked-superseded.md"),
        &marked,
    );
    let changed: Vec<_> = old_text
        .lines()
        .zip(marked.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(
        changed,
        [("status: accepted", "status: superseded by ADR-0008")]
    );
    assert_eq!(old_text.lines().count(), marked.lines().count());

    let read_old = import(&marked).unwrap();
    assert!(read_old.superseded());
    assert_eq!(read_old.details.superseded_by, Some(8));
    let read_new = import(&new_text).unwrap();
    assert_eq!(
        read_new.details.supersedes.as_ref().map(|r| r.number),
        Some(7)
    );
    assert_eq!(read_new.details.status, Status::Proposed);
    assert!(!read_new.drifted());
}

#[test]
fn without_a_site_address_a_record_has_no_links_to_it() {
    for sample in samples::all() {
        let decision = evaluate(&sample.answers);
        let details = RecordDetails {
            date: "2026-12-01".into(),
            ..RecordDetails::default()
        };
        let text = write(&RecordInput {
            answers: &sample.answers,
            decision: &decision,
            details: &details,
            site_url: None,
        });
        assert!(!text.contains("](http"), "{}: {text}", sample.name);
        assert!(!text.contains("](/"), "{}: {text}", sample.name);
        assert!(text.contains("load it on PushPull's Record page"));
        assert!(!import(&text).unwrap().drifted());
    }
}

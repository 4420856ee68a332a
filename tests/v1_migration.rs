#![cfg(not(target_arch = "wasm32"))]
//! Artefacts written under answers schema v1 (and codec v1) still load:
//! CLI answer files, record details files, committed records and share
//! links. The fixtures in `tests/fixtures/v1/` are the files the v1 release
//! wrote, unchanged.

use std::path::PathBuf;

mod common;
use common::FIXTURE_SAMPLES;

use pushpull::core::codec;
use pushpull::core::engine::answers::{Concern, GitOpsTooling, Regime, SplitWritten};
use pushpull::core::engine::evaluate;
use pushpull::core::record::import::import;

fn fixture(path: &str) -> PathBuf {
    common::fixture(&format!("v1/{path}"))
}

#[test]
fn v1_answer_files_migrate_and_keep_their_pick() {
    for (name, pattern) in FIXTURE_SAMPLES {
        let path = fixture(&format!("answers/{name}.json"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("\"schema_version\": 1"),
            "{name} is a v1 file"
        );
        let answers = pushpull::cli::read_answers(&path).expect("a v1 file loads");
        assert_eq!(answers.schema_version, 2);
        assert_eq!(evaluate(&answers).pattern, Some(pattern), "{name}");
    }
    let mixed = pushpull::cli::read_answers(&fixture("answers/mixed.json")).unwrap();
    assert_eq!(mixed.production_clusters, Some(3));
    assert_eq!(mixed.non_production_clusters, None);
    assert_eq!(mixed.gitops_tooling, Some(GitOpsTooling::BothOverlapping));
    assert_eq!(mixed.split_documented, Some(SplitWritten::No));
    assert!(mixed.compliance.unwrap().contains(Regime::Iso27001));
    let startup = pushpull::cli::read_answers(&fixture("answers/startup.json")).unwrap();
    assert_eq!(startup.ci_credential_concern, Some(Concern::Accepted));
}

#[test]
fn v1_details_files_load_with_their_participants() {
    for (name, _) in FIXTURE_SAMPLES {
        let path = fixture(&format!("records/{name}.details.json"));
        let details = pushpull::cli::read_details(&path).expect("a v1 details file loads");
        assert!(!details.organisation.is_empty(), "{name}");
        for p in &details.participants {
            assert_eq!(p.answers.schema_version, 2, "{name}: {}", p.name);
        }
    }
}

#[test]
fn v1_records_load_and_still_hold() {
    for (name, pattern) in FIXTURE_SAMPLES {
        let text = std::fs::read_to_string(fixture(&format!("records/{name}.md"))).unwrap();
        assert!(
            text.contains("pushpull-record v=1&"),
            "{name} embeds codec v1"
        );
        let imported = import(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(imported.earlier_version, "{name} is reported as migrated");
        assert_eq!(evaluate(&imported.answers).pattern, Some(pattern), "{name}");
        assert!(
            !imported.drifted(),
            "{name}: recorded {:?}, today {:?}",
            imported.recorded_choice,
            imported.current_choice
        );
    }
}

#[test]
fn v1_share_links_and_trailers_open() {
    let codec_text = |text: &str, after: &str| -> String {
        let start = text.find(after).unwrap() + after.len();
        text[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "_.~%=&,".contains(*c))
            .collect()
    };
    for (name, pattern) in FIXTURE_SAMPLES {
        let text = std::fs::read_to_string(fixture(&format!("records/{name}.md"))).unwrap();
        // The record's "Open these answers" link is a v1 share link.
        let link = codec_text(&text, "/decide#");
        assert!(link.starts_with("v=1&"), "{name}: {link}");
        let (answers, details) = codec::decode(&link).unwrap();
        assert!(details.is_none());
        assert_eq!(evaluate(&answers).pattern, Some(pattern), "{name}");
        let trailer = codec_text(&text, "pushpull-record ");
        let (_, details) = codec::decode(&trailer).unwrap();
        assert!(details.is_some(), "{name}: details come along");
    }
}

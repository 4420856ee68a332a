//! `pushpull check`: one state per record, the text and JSON reports, and
//! the exit codes 0, 1, 2 and 3 with their precedence.
#![cfg(not(target_arch = "wasm32"))]

mod cli_common;

use cli_common::{pushpull, temp_dir, Run};
use serde_json::Value;

const TODAY: &str = "2026-12-01";
const HOLDS: &str = "tests/golden/startup.md";
const CHANGED: &str = "tests/fixtures/check/0004-changed.md";
const DAMAGED: &str = "tests/fixtures/check/0005-damaged.md";
const HAND_WRITTEN: &str = "tests/fixtures/check/0001-use-postgres.md";
const INDEX: &str = "tests/fixtures/check/README.md";
const SUPERSEDED: &str = "tests/golden/superseding/0007-marked-superseded.md";

fn check(options: &[&str], records: &[&str]) -> Run {
    pushpull(&[&["check"], options, records].concat())
}

/// `check --format json`, parsed; checks its shape on the way.
fn check_json(options: &[&str], records: &[&str]) -> (i32, Value) {
    let run = check(&[&["--format", "json"], options].concat(), records);
    let report: Value = serde_json::from_str(&run.stdout).expect(&run.stdout);
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["exit_code"], run.code, "{}", run.stdout);
    assert_eq!(report["records"].as_array().unwrap().len(), records.len());
    let counted: u64 = report["summary"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(counted, records.len() as u64, "{}", run.stdout);
    (run.code, report)
}

fn states(report: &Value) -> Vec<&str> {
    report["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["state"].as_str().unwrap())
        .collect()
}

#[test]
fn a_record_that_holds_passes() {
    let run = check(&["--today", TODAY], &[HOLDS]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("tests/golden/startup.md: holds (\"Pipeline deploy\")\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1 record: 1 holding, 0 changed"),
        "{}",
        run.stdout
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_changed_pick_exits_1_and_names_both_options() {
    let run = check(&["--today", TODAY], &[HOLDS, CHANGED]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains(
            "0004-changed.md: CHANGED: the record chose \"GitOps with Flux\"; today's rules pick \"Pipeline deploy\""
        ),
        "{}",
        run.stdout
    );
    assert!(run
        .stderr
        .contains("1 record would now be decided differently"));
    assert!(run.stderr.contains("pushpull supersede"), "{}", run.stderr);
}

#[test]
fn a_missing_or_damaged_record_exits_2() {
    for record in ["tests/fixtures/check/no-such-file.md", DAMAGED] {
        let run = check(&["--today", TODAY], &[record]);
        assert_eq!(run.code, 2, "{record}");
        assert!(
            run.stdout.contains(&format!("{record}: unreadable: ")),
            "{}",
            run.stdout
        );
    }
    let (_, report) = check_json(&["--today", TODAY], &[DAMAGED]);
    assert!(report["records"][0]["error"]
        .as_str()
        .unwrap()
        .contains("damaged"));
}

#[test]
fn a_record_past_its_review_date_fails_only_when_asked() {
    let run = check(&["--today", "2099-01-01"], &[HOLDS]);
    assert_eq!(run.code, 0, "overdue is reported, not failed");
    assert!(
        run.stdout
            .contains("startup.md: overdue: review was due 2027-11-27"),
        "{}",
        run.stdout
    );
    let run = check(&["--today", "2099-01-01", "--fail-on-overdue"], &[HOLDS]);
    assert_eq!(run.code, 3);
    assert!(
        run.stderr.contains("1 record is past its review date"),
        "{}",
        run.stderr
    );
    let run = check(&["--today", "2027-11-27", "--fail-on-overdue"], &[HOLDS]);
    assert_eq!(run.code, 0, "due today is not overdue yet");
}

#[test]
fn today_comes_from_the_environment_too() {
    let run = cli_common::pushpull_with(
        &["check", "--fail-on-overdue", HOLDS],
        &[("PUSHPULL_TODAY", "2099-01-01")],
    );
    assert_eq!(run.code, 3, "{}", run.stdout);
    let run = cli_common::pushpull_with(&["check", HOLDS], &[("PUSHPULL_TODAY", "")]);
    assert_eq!(run.code, 0, "an empty variable means today: {}", run.stderr);
}

#[test]
fn superseded_records_and_foreign_markdown_pass() {
    let (code, report) = check_json(
        &["--today", "2099-01-01", "--fail-on-overdue"],
        &[SUPERSEDED, HAND_WRITTEN, INDEX, "README.md"],
    );
    assert_eq!(code, 0, "{report}");
    assert_eq!(
        states(&report),
        ["superseded", "skipped", "skipped", "skipped"]
    );
    let old = &report["records"][0];
    assert_eq!(old["status"], "superseded");
    assert_eq!(old["superseded_by"], 8);
    assert_eq!(old["overdue"], false, "history is not due for review");
    let run = check(&[], &[SUPERSEDED, INDEX]);
    assert!(run
        .stdout
        .contains("0007-marked-superseded.md: superseded by ADR-0008\n"));
    assert!(run
        .stdout
        .contains("README.md: skipped: not a PushPull record\n"));
}

#[test]
fn records_from_the_first_version_say_they_were_migrated() {
    let v1: Vec<String> = ["mixed", "platform", "regulated", "startup"]
        .iter()
        .map(|name| format!("tests/fixtures/v1/records/{name}.md"))
        .collect();
    let v1: Vec<&str> = v1.iter().map(String::as_str).collect();
    let (code, report) = check_json(&["--today", TODAY], &[&v1[..], &[HOLDS]].concat());
    assert_eq!(code, 0, "{report}");
    for (i, record) in report["records"].as_array().unwrap().iter().enumerate() {
        let old = i < v1.len();
        assert_eq!(record["state"], "holds", "{record}");
        assert_eq!(record["migrated"], old, "{record}");
        assert_eq!(
            record["answers_schema"],
            if old { 1 } else { 2 },
            "{record}"
        );
    }
    let run = check(&["--today", TODAY], &v1[..1]);
    assert!(run.stdout.contains("answers migrated"), "{}", run.stdout);
}

#[test]
fn the_json_report_names_every_field() {
    let (code, report) = check_json(&["--today", TODAY], &[CHANGED, "nope.md"]);
    assert_eq!(code, 2);
    assert_eq!(report["today"], TODAY);
    let changed = &report["records"][0];
    let expected = [
        ("file", Value::from(CHANGED)),
        ("state", "changed".into()),
        ("changed", true.into()),
        ("overdue", false.into()),
        ("migrated", false.into()),
        ("answers_schema", 2.into()),
        ("status", "accepted".into()),
        ("superseded_by", Value::Null),
        ("review_by", "2027-11-27".into()),
        ("recorded_choice", "GitOps with Flux".into()),
        ("current_choice", "Pipeline deploy".into()),
        ("error", Value::Null),
        ("divergences", Value::Array(Vec::new())),
    ];
    assert_eq!(
        changed.as_object().unwrap().len(),
        expected.len(),
        "{changed}"
    );
    for (key, value) in expected {
        assert_eq!(changed[key], value, "{key}");
    }
    let missing = &report["records"][1];
    assert_eq!(missing["state"], "unreadable");
    assert!(missing["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(missing["answers_schema"], Value::Null);
    assert_eq!(report["summary"]["changed"], 1);
    assert_eq!(report["summary"]["unreadable"], 1);
}

#[test]
fn unreadable_beats_changed_beats_overdue() {
    let fail = ["--today", "2099-01-01", "--fail-on-overdue"];
    for (records, code) in [
        (&[HOLDS, CHANGED, DAMAGED][..], 2),
        (&[DAMAGED, HOLDS][..], 2),
        (&[HOLDS, CHANGED, SUPERSEDED][..], 1),
        (&[HOLDS, SUPERSEDED, INDEX][..], 3),
    ] {
        assert_eq!(check(&fail, records).code, code, "{records:?}");
        let (json_code, _) = check_json(&fail, records);
        assert_eq!(json_code, code, "{records:?}");
    }
    let (_, report) = check_json(&fail, &[HOLDS, CHANGED, DAMAGED, SUPERSEDED]);
    assert_eq!(
        states(&report),
        ["overdue", "changed", "unreadable", "superseded"]
    );
    assert_eq!(report["records"][1]["overdue"], true, "both facts are kept");
}

#[test]
fn a_file_too_large_to_be_a_record_is_unreadable() {
    let big = temp_dir("check-big").join("0001-big.md");
    std::fs::write(&big, "x".repeat(2 * 1024 * 1024)).unwrap();
    let run = check(&[], &[big.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("too large"), "{}", run.stdout);
}

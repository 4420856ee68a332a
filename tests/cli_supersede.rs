//! `pushpull supersede OLD.md --answers NEW.json`: the new record beside
//! the old one, the old one's status line and nothing else changed.
#![cfg(not(target_arch = "wasm32"))]

mod cli_common;

use std::path::{Path, PathBuf};

use cli_common::{pushpull, temp_dir, Run};
use pushpull::core::engine::{evaluate, samples};
use pushpull::core::record::import::import;
use pushpull::core::record::supersede::{record_ref, successor};
use pushpull::core::record::writer::{write, RecordInput};
use pushpull::core::site_url::SiteUrl;

const OLD: &str = "0007-flux-for-kubernetes-ci-pipelines-for-the-rest.md";
const NEW: &str = "0010-deploy-kubernetes-workloads-with-flux.md";
const SITE: &str = "https://pushpull.example.org";

fn golden(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(name),
    )
    .unwrap()
}

/// A decisions directory with the mixed golden as record 7 and a
/// hand-written record 9.
fn decisions(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    std::fs::write(dir.join(OLD), golden("mixed.md")).unwrap();
    std::fs::write(dir.join("0009-other.md"), "# Use PostgreSQL\n").unwrap();
    dir
}

fn supersede(old: &Path, extra: &[&str]) -> Run {
    let old = old.to_str().unwrap();
    let args = [
        "supersede",
        old,
        "--answers",
        "examples/answers/platform.json",
        "--date",
        "2027-06-01",
        "--site-url",
        SITE,
    ];
    pushpull(&[&args[..], extra].concat())
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

fn changed_lines(before: &str, after: &str) -> Vec<(String, String)> {
    assert_eq!(before.lines().count(), after.lines().count());
    before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn writes_the_successor_and_marks_the_old_record() {
    let dir = decisions("supersede");
    let run = supersede(&dir.join(OLD), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(files(&dir), [OLD, "0009-other.md", NEW]);
    assert!(run
        .stdout
        .contains(&format!("wrote {}", dir.join(NEW).display())));
    assert!(
        run.stdout.contains("superseded by ADR-0010"),
        "{}",
        run.stdout
    );

    // What the core writes for the same successor, byte for byte.
    let old_text = golden("mixed.md");
    let old = import(&old_text).unwrap();
    let details = successor(
        &old.details,
        record_ref(&old_text, OLD, &old.details),
        Some(10),
        "2027-06-01",
    );
    let answers = samples::platform();
    let site = SiteUrl::parse(SITE).unwrap();
    let expected = write(&RecordInput {
        answers: &answers,
        decision: &evaluate(&answers),
        details: &details,
        site_url: Some(&site),
    });
    assert_eq!(std::fs::read_to_string(dir.join(NEW)).unwrap(), expected);

    let marked = std::fs::read_to_string(dir.join(OLD)).unwrap();
    assert_eq!(
        changed_lines(&old_text, &marked),
        [(
            "status: accepted".into(),
            "status: superseded by ADR-0010".into()
        )]
    );

    let old_path = dir.join(OLD);
    let new_path = dir.join(NEW);
    let report = pushpull(&[
        "check",
        "--format",
        "json",
        old_path.to_str().unwrap(),
        new_path.to_str().unwrap(),
    ]);
    assert_eq!(report.code, 0, "{}", report.stdout);
    let report: serde_json::Value = serde_json::from_str(&report.stdout).unwrap();
    assert_eq!(report["records"][0]["state"], "superseded");
    assert_eq!(report["records"][0]["superseded_by"], 10);
    assert_eq!(report["records"][1]["state"], "holds");
}

#[test]
fn running_again_refuses_to_overwrite_unless_forced() {
    let dir = decisions("supersede-again");
    assert_eq!(supersede(&dir.join(OLD), &[]).code, 0);
    let before = (std::fs::read_to_string(dir.join(OLD)).unwrap(), files(&dir));
    let run = supersede(&dir.join(OLD), &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("exists already") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert_eq!(
        (std::fs::read_to_string(dir.join(OLD)).unwrap(), files(&dir)),
        before
    );
    let run = supersede(&dir.join(OLD), &["--force"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("already superseded by ADR-0010"),
        "{}",
        run.stderr
    );
    assert_eq!(
        (std::fs::read_to_string(dir.join(OLD)).unwrap(), files(&dir)),
        before
    );
}

#[test]
fn a_dry_run_writes_nothing() {
    let dir = decisions("supersede-dry");
    let run = supersede(&dir.join(OLD), &["--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(files(&dir), [OLD, "0009-other.md"]);
    assert_eq!(
        std::fs::read_to_string(dir.join(OLD)).unwrap(),
        golden("mixed.md")
    );
    assert!(run
        .stdout
        .starts_with("---\nstatus: proposed\ndate: 2027-06-01\n"));
    assert!(run
        .stdout
        .contains(&format!("This record supersedes [ADR-0007]({OLD})")));
    assert!(run
        .stderr
        .contains(&format!("would write {}", dir.join(NEW).display())));
    assert!(
        run.stderr.contains("superseded by ADR-0010"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_number_and_details_can_be_given() {
    let dir = decisions("supersede-number");
    let run = supersede(&dir.join(OLD), &["--number", "5"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        dir.join("0005-deploy-kubernetes-workloads-with-flux.md")
            .exists(),
        "{:?}",
        files(&dir)
    );
    assert!(std::fs::read_to_string(dir.join(OLD))
        .unwrap()
        .contains("status: superseded by ADR-0005\n"));

    let dir = decisions("supersede-details");
    let details = dir.join("details.json");
    std::fs::write(&details, r#"{"title": "Everything on Flux", "number": 12, "decision_makers": ["Ana Lima"], "status": "accepted"}"#).unwrap();
    let run = supersede(&dir.join(OLD), &["--details", details.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = std::fs::read_to_string(dir.join("0012-everything-on-flux.md")).unwrap();
    assert!(new.starts_with("---\nstatus: accepted\ndate: 2027-06-01\ndecision-makers: [\"Ana Lima\"]\nconsulted: [\"Security\""), "{new}");
    assert!(new.contains("# Everything on Flux\n"), "{new}");
    assert!(
        new.contains(&format!("supersedes [ADR-0007]({OLD})")),
        "{new}"
    );
}

#[test]
fn refuses_what_cannot_be_superseded() {
    let dir = decisions("supersede-refuses");
    let run = supersede(&dir.join("0009-other.md"), &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not a PushPull record"),
        "{}",
        run.stderr
    );
    let run = supersede(&dir.join("0008-missing.md"), &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);
    let run = supersede(&dir.join(OLD), &["--number", "7"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("old one's number"), "{}", run.stderr);
    let run = supersede(&dir.join(OLD), &["--number", "9"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("0009-other.md exists already"),
        "{}",
        run.stderr
    );
    let old = dir.join(OLD);
    let args = [
        "supersede",
        old.to_str().unwrap(),
        "--answers",
        "examples/answers/platform.json",
    ];
    let run = cli_common::pushpull_with(&args, &[("PUSHPULL_SITE_URL", "nope")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not a site address"), "{}", run.stderr);
    assert_eq!(files(&dir), [OLD, "0009-other.md"]);
}

#[test]
fn an_already_superseded_record_says_so() {
    let dir = temp_dir("supersede-twice");
    let old = dir.join("0007-flux.md");
    std::fs::write(&old, golden("superseding/0007-marked-superseded.md")).unwrap();
    let run = supersede(&old, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("already superseded by ADR-0008"),
        "{}",
        run.stderr
    );
    assert!(dir
        .join("0008-deploy-kubernetes-workloads-with-flux.md")
        .exists());
}

//! The `pushpull` command line tool, as a CI job would run it.
#![cfg(not(target_arch = "wasm32"))]

mod cli_common;

use cli_common::{pushpull, pushpull_with, temp_dir, Run};
use pushpull::core::engine::samples;

const COMMANDS: [&[&str]; 4] = [&[], &["decide"], &["check"], &["supersede"]];

#[test]
fn help_and_version_work_for_every_command() {
    for command in COMMANDS {
        for flag in ["--help", "-h"] {
            let Run { code, stdout, .. } = pushpull(&[command, &[flag]].concat());
            assert_eq!(code, 0, "{command:?} {flag}");
            assert!(
                stdout.contains("Usage: pushpull"),
                "{command:?} {flag}: {stdout}"
            );
            assert!(
                !stdout.contains("export-"),
                "build-only commands are hidden: {stdout}"
            );
        }
        for flag in ["--version", "-V"] {
            let run = pushpull(&[command, &[flag]].concat());
            assert_eq!(run.code, 0, "{command:?} {flag}");
            assert_eq!(
                run.stdout,
                format!("pushpull {}\n", env!("CARGO_PKG_VERSION"))
            );
        }
    }
    let top = pushpull(&["--help"]).stdout;
    for word in [
        "decide",
        "check",
        "supersede",
        "Exit codes",
        "2 wins over 1",
    ] {
        assert!(top.contains(word), "{word}: {top}");
    }
    let help = pushpull(&["help", "check"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--fail-on-overdue"), "{}", help.stdout);
    assert!(pushpull(&["supersede", "--help"])
        .stdout
        .contains("--dry-run"));
}

#[test]
fn check_help_reads_no_file() {
    let run = pushpull(&["check", "--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("RECORD"), "{}", run.stdout);
    assert!(!run.stderr.contains("cannot read") && !run.stdout.contains("cannot read"));
}

#[test]
fn usage_errors_exit_2_and_say_what_is_wrong() {
    let run = pushpull(&["check", "--bogus", "tests/golden/mixed.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--bogus") && run.stderr.contains("--help"),
        "{}",
        run.stderr
    );
    let run = pushpull(&["decide"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--answers"), "{}", run.stderr);
    let run = pushpull(&["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("RECORD"), "{}", run.stderr);
    let run = pushpull(&[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("Usage"), "{}", run.stderr);
    let run = pushpull(&["decide", "--answers", "x.json", "--format", "yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("json") && run.stderr.contains("md"),
        "{}",
        run.stderr
    );
    let run = pushpull(&["check", "--today", "1/2/2026", "tests/golden/mixed.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    let run = pushpull(&["frobnicate"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("frobnicate"), "{}", run.stderr);
}

#[test]
fn the_example_answer_files_are_the_sample_scenarios() {
    for sample in samples::all() {
        let path = format!(
            "{}/examples/answers/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            sample.name
        );
        let parsed =
            pushpull::cli::read_answers(std::path::Path::new(&path)).expect("valid example");
        assert_eq!(
            parsed, sample.answers,
            "{path} drifted from samples::{}",
            sample.name
        );
    }
}

#[test]
fn decide_prints_the_decision_as_json() {
    let Run {
        code,
        stdout,
        stderr,
    } = pushpull(&[
        "decide",
        "--answers",
        "examples/answers/mixed.json",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let decision: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(decision["pattern"], "hybrid");
    assert_eq!(decision["gitops_tool"], "consolidate-on-one");
    for key in [
        "fired",
        "obligations",
        "warnings",
        "flips",
        "split",
        "rationale",
    ] {
        assert!(!decision[key].is_null(), "{key} is printed");
    }
    let warnings: Vec<_> = decision["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap())
        .collect();
    assert!(warnings.contains(&"gitops-tool-sprawl"));
}

#[test]
fn a_bad_answers_file_names_the_field_and_exits_2() {
    let dir = temp_dir("cli");
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"clusters": 2, "targets": [{"name": "x", "kind": "mainframe"}]}"#,
    )
    .unwrap();
    let run = pushpull(&["decide", "--answers", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("targets[0].kind") && run.stderr.contains("mainframe"),
        "{}",
        run.stderr
    );

    std::fs::write(&bad, "not json at all").unwrap();
    let run = pushpull(&["decide", "--answers", bad.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid answers"), "{}", run.stderr);

    let run = pushpull(&["decide", "--answers", "/no/such/file.json"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);
}

fn decide_md(extra: &[&str], env: &[(&str, &str)]) -> Run {
    let args = [
        &[
            "decide",
            "--answers",
            "examples/answers/startup.json",
            "--format",
            "md",
            "--details",
            "tests/golden/startup.details.json",
        ][..],
        extra,
    ]
    .concat();
    pushpull_with(&args, env)
}

#[test]
fn decide_writes_the_golden_record_with_the_site_address_given() {
    let golden = std::fs::read_to_string("tests/golden/startup.md").unwrap();
    let run = decide_md(&["--site-url", "https://pushpull.example.org"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, golden, "the CLI writes the golden record");
    let run = decide_md(
        &[],
        &[("PUSHPULL_SITE_URL", "https://pushpull.example.org/")],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout, golden,
        "the address can come from the environment"
    );
    let run = decide_md(
        &["--site-url", "https://pushpull.example.org"],
        &[("PUSHPULL_SITE_URL", "https://elsewhere.example.org")],
    );
    assert_eq!(run.stdout, golden, "--site-url wins over the environment");
}

#[test]
fn without_a_site_address_the_record_has_no_links() {
    let run = decide_md(&[], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("](http"), "{}", run.stdout);
    assert!(!run.stdout.contains("127.0.0.1"), "{}", run.stdout);
    assert!(run.stdout.contains("Chosen option: \"Pipeline deploy\""));
    let run = decide_md(&[], &[("PUSHPULL_SITE_URL", "")]);
    assert_eq!(
        run.code, 0,
        "an empty variable is no address: {}",
        run.stderr
    );
    assert!(!run.stdout.contains("](http"));
    let run = decide_md(&[], &[("PUSHPULL_SITE_URL", "https://adr.example.com/pp")]);
    assert!(
        run.stdout.contains("](https://adr.example.com/pp/"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_bad_site_address_exits_2() {
    for run in [
        decide_md(&["--site-url", "example.org"], &[]),
        decide_md(&[], &[("PUSHPULL_SITE_URL", "ftp://example.org")]),
    ] {
        assert_eq!(run.code, 2);
        assert!(run.stdout.is_empty());
        assert!(
            run.stderr.contains("is not a site address"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn the_build_only_commands_still_run() {
    let file = temp_dir("export").join("pages.json");
    let run = pushpull(&["export-pages", file.to_str().unwrap(), ""]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(export["pages"][0]["route"], "");
    assert!(export["search_box"]
        .as_str()
        .unwrap()
        .contains(r#"id="site-search""#));
}

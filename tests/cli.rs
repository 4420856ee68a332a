//! The `pushpull` command line tool, as a CI job would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use pushpull::core::engine::samples;

fn pushpull(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pushpull"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run pushpull");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
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
    let (code, stdout, stderr) = pushpull(&[
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
    let dir = std::env::temp_dir().join(format!("pushpull-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"clusters": 2, "targets": [{"name": "x", "kind": "mainframe"}]}"#,
    )
    .unwrap();
    let (code, stdout, stderr) = pushpull(&["decide", "--answers", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("targets[0].kind") && stderr.contains("mainframe"),
        "{stderr}"
    );

    std::fs::write(&bad, "not json at all").unwrap();
    let (code, _, stderr) = pushpull(&["decide", "--answers", bad.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("invalid answers"), "{stderr}");

    let (code, _, stderr) = pushpull(&["decide", "--answers", "/no/such/file.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("cannot read"), "{stderr}");

    let (code, _, stderr) = pushpull(&["decide"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("usage"), "{stderr}");
}

#[test]
fn decide_writes_a_record_and_check_reports_whether_records_still_hold() {
    let dir = std::env::temp_dir().join(format!("pushpull-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (code, record, stderr) = pushpull(&[
        "decide",
        "--answers",
        "examples/answers/startup.json",
        "--format",
        "md",
        "--details",
        "tests/golden/startup.details.json",
        "--site-url",
        "https://pushpull.example.org",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        record,
        std::fs::read_to_string("tests/golden/startup.md").unwrap(),
        "the CLI writes the golden record"
    );
    let holds = dir.join("0003-holds.md");
    std::fs::write(&holds, &record).unwrap();
    let (code, stdout, _) = pushpull(&["check", holds.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("holds (\"Pipeline deploy\")"), "{stdout}");

    let drifted = dir.join("0004-drifted.md");
    std::fs::write(
        &drifted,
        record.replace(
            "Chosen option: \"Pipeline deploy\"",
            "Chosen option: \"GitOps with Flux\"",
        ),
    )
    .unwrap();
    let (code, _, stderr) =
        pushpull(&["check", holds.to_str().unwrap(), drifted.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("0004-drifted.md: CHANGED")
            && stderr.contains("today's rules pick \"Pipeline deploy\""),
        "{stderr}"
    );
    assert!(stderr.contains("1 of 2 records"), "{stderr}");

    let foreign = dir.join("0005-foreign.md");
    std::fs::write(&foreign, "# An ADR about databases\n").unwrap();
    let (code, _, stderr) = pushpull(&["check", foreign.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("not a PushPull decision record"),
        "{stderr}"
    );
}

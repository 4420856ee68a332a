//! The `pushpull` command line tool, as a CI job would run it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use pushpull::core::decide::samples;

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

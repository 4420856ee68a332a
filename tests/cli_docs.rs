//! The README's command line section and `.pre-commit-hooks.yaml`: the CI
//! snippets are valid YAML, and the commands in them parse as `pushpull`
//! reads them.
#![cfg(not(target_arch = "wasm32"))]

use clap::Parser;
use pushpull::cli::{Cli, Command};
use yaml_rust2::{Yaml, YamlLoader};

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The README's `## Command line` section.
fn section() -> String {
    let readme = read("README.md");
    let start = readme
        .find("\n## Command line\n")
        .expect("a Command line section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    rest[..end].to_string()
}

/// The fenced blocks of one language in `text`.
fn blocks(text: &str, language: &str) -> Vec<String> {
    let fence = format!("```{language}\n");
    text.split(&fence)
        .skip(1)
        .map(|rest| rest.split("\n```").next().unwrap().to_string())
        .collect()
}

fn yaml(text: &str) -> Yaml {
    let mut docs = YamlLoader::load_from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(docs.len(), 1, "{text}");
    docs.remove(0)
}

/// Every string in a YAML document.
fn strings(value: &Yaml, out: &mut Vec<String>) {
    match value {
        Yaml::String(text) => out.push(text.clone()),
        Yaml::Array(items) => items.iter().for_each(|item| strings(item, out)),
        Yaml::Hash(map) => map.values().for_each(|item| strings(item, out)),
        _ => {}
    }
}

/// Parses a `pushpull …` line as the tool would, the shell's way (words
/// split on spaces; the glob stays as it is written).
fn parse(line: &str) -> Cli {
    Cli::try_parse_from(line.split_whitespace()).unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn pushpull_lines(value: &Yaml) -> Vec<String> {
    let mut all = Vec::new();
    strings(value, &mut all);
    all.into_iter()
        .filter(|s| s.starts_with("pushpull "))
        .collect()
}

#[test]
fn the_ci_snippets_parse_and_run_check() {
    let yamls: Vec<Yaml> = blocks(&section(), "yaml").iter().map(|b| yaml(b)).collect();
    assert_eq!(yamls.len(), 3, "pre-commit, GitHub Actions, GitLab CI");

    let github = yamls
        .iter()
        .find(|y| !y["jobs"].is_badvalue())
        .expect("a workflow");
    assert_eq!(
        github["on"]["pull_request"]["paths"][0].as_str(),
        Some("docs/decisions/**")
    );
    let steps = github["jobs"]["check"]["steps"].as_vec().unwrap();
    assert_eq!(steps[0]["uses"].as_str(), Some("actions/checkout@v4"));
    let gitlab = yamls
        .iter()
        .find(|y| !y["decision-records"].is_badvalue())
        .expect("a GitLab job");
    assert!(gitlab["decision-records"]["image"]
        .as_str()
        .unwrap()
        .starts_with("rust"));

    for ci in [github, gitlab] {
        let mut all = Vec::new();
        strings(ci, &mut all);
        assert!(
            all.iter()
                .any(|s| s == "cargo install --locked --git \"$PUSHPULL_GIT\" pushpull"),
            "{all:?}"
        );
        let lines = pushpull_lines(ci);
        assert_eq!(lines, ["pushpull check --repo . docs/decisions/*.md"]);
        let Command::Check(check) = parse(&lines[0]).command else {
            panic!("{} is a check", lines[0]);
        };
        assert_eq!(
            check.records,
            [std::path::PathBuf::from("docs/decisions/*.md")]
        );
        assert!(!check.fail_on_overdue);
        assert_eq!(check.repo, Some(std::path::PathBuf::from(".")));
    }

    let config = yamls
        .iter()
        .find(|y| !y["repos"].is_badvalue())
        .expect("pre-commit");
    assert_eq!(
        config["repos"][0]["hooks"][0]["id"].as_str(),
        Some("pushpull-check")
    );
}

#[test]
fn the_bash_examples_parse() {
    let mut commands = 0;
    for block in blocks(&section(), "bash") {
        for line in block.replace("\\\n", " ").lines() {
            let line = line.trim();
            if line.starts_with("pushpull ") {
                parse(line);
                commands += 1;
            }
        }
    }
    assert!(commands >= 4, "{commands}");
}

#[test]
fn the_json_example_has_every_field_check_prints() {
    let section = section();
    let example: serde_json::Value =
        serde_json::from_str(&blocks(&section, "json")[0]).expect("valid JSON");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pushpull"))
        .args(["check", "--format", "json", "tests/golden/mixed.md"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let real: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let keys = |v: &serde_json::Value| {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        keys
    };
    assert_eq!(keys(&example), keys(&real));
    assert_eq!(keys(&example["records"][0]), keys(&real["records"][0]));
    assert_eq!(keys(&example["summary"]), keys(&real["summary"]));
    assert_eq!(example["schema_version"], real["schema_version"]);
    for code in 0..=3 {
        assert!(
            section.contains(&format!("\n| {code} | ")),
            "exit code {code} in the table"
        );
    }
}

#[test]
fn the_pre_commit_hook_runs_check_on_decision_records() {
    let hooks = yaml(&read(".pre-commit-hooks.yaml"));
    let hook = &hooks[0];
    assert_eq!(hook["id"].as_str(), Some("pushpull-check"));
    assert!(hook["name"].as_str().is_some() && hook["description"].as_str().is_some());
    assert_eq!(hook["entry"].as_str(), Some("pushpull check"));
    assert_eq!(hook["language"].as_str(), Some("rust"));
    assert_eq!(hook["pass_filenames"].as_bool(), Some(true));
    let files = hook["files"].as_str().unwrap();
    assert_eq!(files, r"^docs/decisions/.*\.md$");
    // pre-commit appends the staged file names to the entry.
    parse(&format!(
        "{} docs/decisions/0007-use-flux.md",
        hook["entry"].as_str().unwrap()
    ));
}

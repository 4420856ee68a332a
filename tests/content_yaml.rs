//! Every YAML example in the guide parses, and every Kubernetes object in
//! them uses an apiVersion/kind pair that `tests/api_versions.tsv` backs
//! with a source.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;

use yaml_rust2::{Yaml, YamlLoader};

/// `(page, line, text)` of each fenced `yaml`/`yml` block in `content/`.
fn yaml_blocks() -> Vec<(String, usize, String)> {
    let mut blocks = Vec::new();
    let mut pages: Vec<_> = fs::read_dir("content")
        .expect("content/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    pages.sort();
    for path in pages {
        let text = fs::read_to_string(&path).expect("page");
        let mut open: Option<(usize, String)> = None;
        for (number, line) in text.lines().enumerate() {
            match open.as_mut() {
                None => {
                    let info = line.trim_start().strip_prefix("```").map(str::trim);
                    if matches!(info, Some("yaml") | Some("yml")) {
                        open = Some((number + 1, String::new()));
                    }
                }
                Some((start, body)) => {
                    if line.trim_start().starts_with("```") {
                        blocks.push((path.display().to_string(), *start, std::mem::take(body)));
                        open = None;
                    } else {
                        body.push_str(line);
                        body.push('\n');
                    }
                }
            }
        }
    }
    blocks
}

fn known_pairs() -> BTreeMap<(String, String), String> {
    let table = fs::read_to_string("tests/api_versions.tsv").expect("tests/api_versions.tsv");
    let mut pairs = BTreeMap::new();
    for line in table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cells: Vec<&str> = line.split('\t').collect();
        let [api, kind, source] = cells[..] else {
            panic!("api_versions.tsv: expected three tab-separated cells: {line}");
        };
        assert!(source.starts_with("https://"), "no source for {api} {kind}");
        pairs.insert((api.to_string(), kind.to_string()), source.to_string());
    }
    pairs
}

#[test]
fn every_yaml_example_parses_and_uses_a_documented_api_version() {
    let known = known_pairs();
    let blocks = yaml_blocks();
    assert!(
        blocks.len() >= 10,
        "found only {} YAML examples",
        blocks.len()
    );
    let mut unknown = Vec::new();
    for (page, line, text) in &blocks {
        let docs = YamlLoader::load_from_str(text)
            .unwrap_or_else(|e| panic!("{page}:{line}: the YAML example does not parse: {e}"));
        for doc in docs {
            let (Yaml::String(api), Yaml::String(kind)) = (&doc["apiVersion"], &doc["kind"]) else {
                continue;
            };
            if !known.contains_key(&(api.clone(), kind.clone())) {
                unknown.push(format!("{page}:{line}: {api} {kind}"));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "add these to tests/api_versions.tsv with a primary source, or fix the example:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_table_lists_only_pairs_the_guide_uses() {
    let used: Vec<String> = yaml_blocks().into_iter().map(|(_, _, text)| text).collect();
    for (api, kind) in known_pairs().keys() {
        let pattern = format!("kind: {kind}");
        assert!(
            used.iter()
                .any(|t| t.contains(&format!("apiVersion: {api}")) && t.contains(&pattern)),
            "api_versions.tsv lists {api} {kind}, which no example uses"
        );
    }
}

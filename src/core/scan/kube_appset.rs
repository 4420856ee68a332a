//! The clusters an Argo CD ApplicationSet's generators name.

use yaml_rust2::Yaml;

use super::kube_argo::cluster_for_server;
use super::kubernetes::KubeFacts;
use super::model::RepoFile;
use super::yaml_docs::{is_templated, YamlDoc};

/// The clusters an ApplicationSet's generators name: list elements become
/// clusters; a `clusters` generator targets the clusters registered with
/// Argo CD (by selector when it has one).
pub(super) fn generator_clusters(
    facts: &mut KubeFacts,
    file: &RepoFile,
    doc: &YamlDoc,
) -> Vec<String> {
    let mut out = Vec::new();
    if doc.is_parsed() {
        walk_generators(
            facts,
            file,
            doc,
            &["spec".into(), "generators".into()],
            &mut out,
            0,
        );
    } else if doc.line_containing("clusters:").is_some()
        && doc.line_containing("generators:").is_some()
    {
        out.push("registered clusters".to_string());
    }
    out
}

fn walk_generators(
    facts: &mut KubeFacts,
    file: &RepoFile,
    doc: &YamlDoc,
    at: &[String],
    out: &mut Vec<String>,
    depth: u8,
) {
    let path: Vec<&str> = at.iter().map(String::as_str).collect();
    let Some(Yaml::Array(gens)) = doc.yaml_at(&path) else {
        return;
    };
    for (i, gen) in gens.iter().enumerate() {
        let Yaml::Hash(h) = gen else { continue };
        let mut base: Vec<String> = at.to_vec();
        base.push(i.to_string());
        for key in h.keys().filter_map(Yaml::as_str) {
            match key {
                "list" => list_elements(facts, file, doc, &base, out),
                "clusters" => out.push(registered(doc, &base)),
                "matrix" | "merge" if depth < 4 => {
                    let mut nested = base.clone();
                    nested.extend([key.to_string(), "generators".to_string()]);
                    walk_generators(facts, file, doc, &nested, out, depth + 1);
                }
                _ => {}
            }
        }
    }
}

fn registered(doc: &YamlDoc, base: &[String]) -> String {
    let mut p: Vec<&str> = base.iter().map(String::as_str).collect();
    p.extend(["clusters", "selector", "matchLabels"]);
    let labels: Vec<String> = match doc.yaml_at(&p) {
        Some(Yaml::Hash(h)) => h
            .iter()
            .filter_map(|(k, v)| Some(format!("{}={}", k.as_str()?, v.as_str()?)))
            .collect(),
        _ => Vec::new(),
    };
    if labels.is_empty() {
        "registered clusters".to_string()
    } else {
        format!("registered clusters where {}", labels.join(", "))
    }
}

fn list_elements(
    facts: &mut KubeFacts,
    file: &RepoFile,
    doc: &YamlDoc,
    base: &[String],
    out: &mut Vec<String>,
) {
    let mut p: Vec<&str> = base.iter().map(String::as_str).collect();
    p.extend(["list", "elements"]);
    let Some(Yaml::Array(elements)) = doc.yaml_at(&p) else {
        return;
    };
    for (j, _) in elements.iter().enumerate() {
        let j = j.to_string();
        let field = |key: &str| {
            let mut q = p.clone();
            q.extend([j.as_str(), key]);
            doc.get(&q)
                .filter(|v| !is_templated(v))
                .map(|v| (v, doc.line_of(&q)))
        };
        let found = field("cluster")
            .or_else(|| field("name"))
            .map(|(v, l)| (v, l, false));
        let found = found.or_else(|| {
            field("url")
                .or_else(|| field("server"))
                .map(|(v, l)| (v, l, true))
        });
        let Some((value, line, is_url)) = found else {
            continue;
        };
        let name = if is_url {
            cluster_for_server(facts, &value)
        } else {
            value
        };
        let line = line.unwrap_or(doc.first_line());
        facts.add_cluster(&name, "argo-destination", doc.evidence(&file.path, line));
        if !out.contains(&name) {
            out.push(name);
        }
    }
}

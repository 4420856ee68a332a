//! Argo CD objects: Applications (and the cluster each names), ApplicationSets
//! (and their generators' clusters), AppProjects, cluster Secrets, and Image
//! Updater configuration.

use super::kube_appset::generator_clusters;
use super::kube_base64::decode_text;
use super::kubernetes::KubeFacts;
use super::model::{Evidence, GitOpsObject, GitOpsTool, RepoFile};
use super::yaml_docs::{is_templated, YamlDoc};

const IMAGE_UPDATER: &str = "argocd-image-updater.argoproj.io";

/// True when the document is Argo CD's (so it is not a target of its own).
pub fn scan_doc(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc) -> bool {
    let group = doc.api_group();
    let kind = doc.kind().unwrap_or_default();
    let name = doc.name().unwrap_or_default();
    let at_kind = doc.evidence(&file.path, doc.kind_line().unwrap_or(doc.first_line()));
    let push = |facts: &mut KubeFacts,
                kind: &str,
                name: &str,
                ns: Option<String>,
                cluster: Option<String>,
                ev: Evidence| {
        facts.objects.push(GitOpsObject {
            tool: GitOpsTool::ArgoCd,
            kind: kind.to_string(),
            name: name.to_string(),
            target_namespace: ns.filter(|n| !is_templated(n)),
            cluster,
            evidence: ev,
        });
    };
    if group == IMAGE_UPDATER {
        push(
            facts,
            "image-updater",
            &name,
            doc.namespace(),
            None,
            at_kind,
        );
        return true;
    }
    if group == "argoproj.io" {
        match kind.as_str() {
            "Application" => {
                let cluster = destination(facts, file, doc, "spec.destination");
                let ns = doc.get_str("spec.destination.namespace");
                push(facts, "Application", &name, ns, cluster, at_kind);
                if let Some((_, line)) = image_updater_annotation(doc) {
                    push(
                        facts,
                        "image-updater",
                        &name,
                        None,
                        None,
                        doc.evidence(&file.path, line),
                    );
                }
            }
            "ApplicationSet" => {
                let clusters = generator_clusters(facts, file, doc);
                let ns = doc.get_str("spec.template.spec.destination.namespace");
                let literal = destination(facts, file, doc, "spec.template.spec.destination");
                let cluster =
                    literal.or_else(|| (!clusters.is_empty()).then(|| clusters.join(", ")));
                push(facts, "ApplicationSet", &name, ns, cluster, at_kind);
            }
            "AppProject" => push(facts, "AppProject", &name, None, None, at_kind),
            _ => return false,
        }
        return true;
    }
    match kind.as_str() {
        "Secret" => match doc.label("argocd.argoproj.io/secret-type") {
            Some((t, line)) if t == "cluster" => {
                let cluster = cluster_secret(facts, file, doc);
                push(
                    facts,
                    "cluster-secret",
                    &cluster,
                    None,
                    Some(cluster.clone()),
                    doc.evidence(&file.path, line),
                );
                true
            }
            Some(_) => true,
            None => false,
        },
        "ConfigMap" if is_image_updater_config(doc, &name) => {
            push(
                facts,
                "image-updater",
                &name,
                doc.namespace(),
                None,
                at_kind,
            );
            true
        }
        _ => false,
    }
}

fn image_updater_annotation(doc: &YamlDoc) -> Option<(String, u32)> {
    doc.map_entries(&["metadata", "annotations"])
        .into_iter()
        .find(|(k, _, _)| k.starts_with(IMAGE_UPDATER))
        .map(|(k, _, l)| (k, l))
}

fn is_image_updater_config(doc: &YamlDoc, name: &str) -> bool {
    name.starts_with("argocd-image-updater")
        || doc
            .label("app.kubernetes.io/part-of")
            .or_else(|| doc.label("app.kubernetes.io/name"))
            .is_some_and(|(v, _)| v == "argocd-image-updater")
}

/// The cluster a destination (`name` or `server`) names, recorded as a
/// cluster with source `argo-destination`.
fn destination(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc, at: &str) -> Option<String> {
    let (name, name_line) = usable(doc.lookup(&format!("{at}.name")));
    let (server, server_line) = usable(doc.lookup(&format!("{at}.server")));
    let (cluster, line) = match (name, server) {
        (Some(n), _) => (n, name_line),
        (None, Some(s)) => (cluster_for_server(facts, &s), server_line),
        (None, None) => return None,
    };
    facts.add_cluster(&cluster, "argo-destination", doc.evidence(&file.path, line));
    Some(cluster)
}

fn usable(found: Option<(String, u32)>) -> (Option<String>, u32) {
    match found {
        Some((v, l)) if !v.trim().is_empty() && !is_templated(&v) => {
            (Some(v.trim().to_string()), l)
        }
        Some((_, l)) => (None, l),
        None => (None, 0),
    }
}

fn is_in_cluster(server: &str) -> bool {
    let s = server.trim_end_matches('/');
    s == "in-cluster" || s.ends_with("://kubernetes.default.svc") || s == "kubernetes.default.svc"
}

/// The cluster name for a server URL: `in-cluster`, the name of a cluster
/// Secret with that server, or the URL itself.
pub(super) fn cluster_for_server(facts: &KubeFacts, server: &str) -> String {
    if is_in_cluster(server) {
        return "in-cluster".to_string();
    }
    facts
        .clusters
        .iter()
        .find(|c| {
            c.source == "argo-cluster-secret"
                && c.evidence.iter().any(|e| e.excerpt.contains(server))
        })
        .map(|c| c.name.clone())
        .unwrap_or_else(|| server.to_string())
}

/// A cluster Secret's cluster: `name`, else `server`, else the Secret's own
/// name; a cluster first seen by its server URL takes the Secret's name.
fn cluster_secret(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc) -> String {
    let field = |key: &str| -> Option<(String, u32)> {
        if let Some((v, l)) = doc.lookup(&format!("stringData.{key}")) {
            return Some((v, l));
        }
        let (v, l) = doc.lookup(&format!("data.{key}"))?;
        Some((decode_text(&v)?, l))
    };
    let name = field("name").filter(|(v, _)| !is_templated(v));
    let server = field("server").filter(|(v, _)| !is_templated(v));
    let mut lines: Vec<u32> = [&name, &server]
        .iter()
        .filter_map(|f| f.as_ref().map(|x| x.1))
        .collect();
    let cluster = match (&name, &server) {
        (Some((n, _)), _) => n.clone(),
        (None, Some((s, _))) if is_in_cluster(s) => "in-cluster".to_string(),
        (None, Some((s, _))) => s.clone(),
        (None, None) => {
            lines.push(
                doc.line_of(&["metadata", "name"])
                    .unwrap_or(doc.first_line()),
            );
            doc.name().unwrap_or_default()
        }
    };
    if let Some((s, _)) = &server {
        if *s != cluster {
            for o in facts
                .objects
                .iter_mut()
                .filter(|o| o.cluster.as_ref() == Some(s))
            {
                o.cluster = Some(cluster.clone());
            }
            if let Some(pos) = facts.clusters.iter().position(|c| &c.name == s) {
                let old = facts.clusters.remove(pos);
                for e in old.evidence {
                    facts.add_cluster(&cluster, &old.source, e);
                }
            }
        }
    }
    for line in lines {
        facts.add_cluster(
            &cluster,
            "argo-cluster-secret",
            doc.evidence(&file.path, line),
        );
    }
    if let Some(c) = facts.clusters.iter_mut().find(|c| c.name == cluster) {
        c.source = "argo-cluster-secret".to_string();
    }
    cluster
}

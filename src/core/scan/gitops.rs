//! GitOps objects in a document: Flux here, Argo CD in `kube_argo`. Also
//! the Flux `clusters/<name>/` layout and `flux-system/` bootstrap files.

use super::kube_argo;
use super::kubernetes::KubeFacts;
use super::model::{Evidence, GitOpsObject, GitOpsTool, RepoFile};
use super::yaml_docs::{is_templated, YamlDoc};

/// Reads one document with `apiVersion` and `kind`. True when it belongs to
/// a GitOps tool (so it is not a deploy target of its own).
pub fn scan_doc(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc) -> bool {
    let group = doc.api_group();
    if group.ends_with("toolkit.fluxcd.io") {
        scan_flux(facts, file, doc, &group);
        return true;
    }
    kube_argo::scan_doc(facts, file, doc)
}

fn scan_flux(facts: &mut KubeFacts, file: &RepoFile, doc: &YamlDoc, group: &str) {
    let kind = doc.kind().unwrap_or_default();
    let target_namespace = match (group, kind.as_str()) {
        ("source.toolkit.fluxcd.io", "GitRepository" | "OCIRepository") => None,
        ("kustomize.toolkit.fluxcd.io", "Kustomization") => doc.get_str("spec.targetNamespace"),
        ("helm.toolkit.fluxcd.io", "HelmRelease") => doc
            .get_str("spec.targetNamespace")
            .or_else(|| doc.get_str("spec.releaseNamespace"))
            .or_else(|| doc.namespace()),
        ("image.toolkit.fluxcd.io", "ImageUpdateAutomation") => None,
        _ => return,
    };
    let cluster = flux_cluster_of(&file.path);
    facts.objects.push(GitOpsObject {
        tool: GitOpsTool::Flux,
        kind,
        name: doc.name().unwrap_or_default(),
        target_namespace: target_namespace.filter(|n| !is_templated(n)),
        cluster,
        evidence: doc.evidence(&file.path, doc.kind_line().unwrap_or(doc.first_line())),
    });
    note_flux_layout(facts, file);
}

/// Whether a file sits in a `flux-system/` folder (Flux bootstrap output).
pub fn is_flux_bootstrap_path(path: &str) -> bool {
    let mut segs: Vec<&str> = path.split('/').collect();
    segs.pop();
    segs.contains(&"flux-system")
}

/// A `flux-system/` file: one `flux-bootstrap` object; its controllers,
/// CRDs and sync objects are Flux's own, not targets.
pub fn flux_bootstrap(facts: &mut KubeFacts, file: &RepoFile, docs: &[YamlDoc]) {
    // Flux's own files name its API groups; a plain `kustomization.yaml`
    // next to them is Kustomize configuration, not a Flux object.
    if !docs
        .iter()
        .any(|d| d.line_containing("fluxcd.io").is_some())
    {
        return;
    }
    let Some(doc) = docs.iter().find(|d| d.kind().is_some()) else {
        return;
    };
    let base = file.path.rsplit('/').next().unwrap_or(&file.path);
    let name = base.rsplit_once('.').map(|(stem, _)| stem).unwrap_or(base);
    facts.objects.push(GitOpsObject {
        tool: GitOpsTool::Flux,
        kind: "flux-bootstrap".to_string(),
        name: name.to_string(),
        target_namespace: None,
        cluster: flux_cluster_of(&file.path),
        evidence: doc.evidence(&file.path, doc.kind_line().unwrap_or(doc.first_line())),
    });
    note_flux_layout(facts, file);
}

/// The `<name>` of a `…/clusters/<name>/…` path, and the folder prefix.
fn flux_layout_of(path: &str) -> Option<(String, String)> {
    let segs: Vec<&str> = path.split('/').collect();
    let i = segs.iter().position(|s| *s == "clusters")?;
    if i + 2 >= segs.len() {
        return None;
    }
    let name = segs[i + 1];
    if name.is_empty() || is_templated(name) || name.starts_with('.') {
        return None;
    }
    Some((name.to_string(), format!("{}/", segs[..=i + 1].join("/"))))
}

fn flux_cluster_of(path: &str) -> Option<String> {
    flux_layout_of(path).map(|(name, _)| name)
}

/// Records the `clusters/<name>/` cluster once, with the first file seen.
fn note_flux_layout(facts: &mut KubeFacts, file: &RepoFile) {
    let Some((name, prefix)) = flux_layout_of(&file.path) else {
        return;
    };
    let seen = facts.clusters.iter().any(|c| {
        c.name == name
            && c.evidence
                .iter()
                .any(|e| e.line == 0 && e.file.starts_with(&prefix))
    });
    if !seen {
        let evidence = Evidence {
            file: file.path.clone(),
            line: 0,
            excerpt: prefix,
        };
        facts.add_cluster(&name, "flux-layout", evidence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_needs_a_file_inside_the_cluster_folder() {
        assert_eq!(
            flux_layout_of("clusters/prod/apps.yaml"),
            Some(("prod".into(), "clusters/prod/".into()))
        );
        assert_eq!(
            flux_cluster_of("deploy/clusters/dev/flux-system/gotk-sync.yaml").as_deref(),
            Some("dev")
        );
        assert_eq!(flux_cluster_of("clusters/readme.yaml"), None);
        assert!(is_flux_bootstrap_path(
            "clusters/a/flux-system/gotk-components.yaml"
        ));
        assert!(!is_flux_bootstrap_path("flux-system"));
    }
}

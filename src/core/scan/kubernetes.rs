//! The Kubernetes side of a scan: reads each YAML or JSON file's documents
//! and gathers GitOps objects, the clusters they name, Kubernetes deploy
//! targets and imperative steps. CI files are left to the pipeline reader.

use super::gitops;
use super::imperative;
use super::model::{Cluster, DeployTarget, Evidence, GitOpsObject, Imperative, RepoFile};
use super::yaml_docs::{documents_of, YamlDoc};
use crate::core::engine::targets::TargetKind;

/// What the Kubernetes files of a repo show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KubeFacts {
    pub objects: Vec<GitOpsObject>,
    pub clusters: Vec<Cluster>,
    pub targets: Vec<DeployTarget>,
    pub imperative: Vec<Imperative>,
}

/// Whether a path names a CI file (read by the pipeline side, not here).
pub fn is_ci_file(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    let base = p.rsplit('/').next().unwrap_or(&p);
    p.starts_with(".github/workflows/")
        || p.contains("/.github/workflows/")
        || p.starts_with(".circleci/")
        || p.contains("/.circleci/")
        || base.ends_with(".gitlab-ci.yml")
        || matches!(
            base,
            ".gitlab-ci.yml"
                | "azure-pipelines.yml"
                | "bitbucket-pipelines.yml"
                | "cloudbuild.yaml"
        )
}

/// Whether the file is one this side reads: YAML or JSON, not CI.
pub fn is_kube_candidate(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    (p.ends_with(".yaml") || p.ends_with(".yml") || p.ends_with(".json")) && !is_ci_file(path)
}

/// API groups whose `apiVersion` + `kind` files are tool configuration
/// rather than objects applied to a cluster.
const NOT_CLUSTER_OBJECTS: [&str; 9] = [
    "kustomize.config.k8s.io",
    "skaffold",
    "kind.x-k8s.io",
    "k3d.io",
    "backstage.io",
    "config.kubernetes.io",
    "kpt.dev",
    "ctlptl.dev",
    "clusterctl.cluster.x-k8s.io",
];

impl KubeFacts {
    /// Reads one file; files that are not YAML/JSON or are CI files add
    /// nothing.
    pub fn scan_file(&mut self, file: &RepoFile) {
        // Without both words no document can be a Kubernetes object; most
        // YAML in a repo (values, compose, specs) is left unparsed.
        if !is_kube_candidate(&file.path)
            || !file.text.contains("apiVersion")
            || !file.text.contains("kind")
        {
            return;
        }
        let docs = documents_of(file);
        if gitops::is_flux_bootstrap_path(&file.path) {
            gitops::flux_bootstrap(self, file, &docs);
            return;
        }
        let mut target: Option<Evidence> = None;
        for doc in &docs {
            let (Some(_), Some(kind)) = (doc.api_version(), doc.kind()) else {
                continue;
            };
            let is_gitops = gitops::scan_doc(self, file, doc);
            imperative::scan_doc(self, file, doc);
            if target.is_none() && !is_gitops && is_workload_object(doc, &kind) {
                target =
                    Some(doc.evidence(&file.path, doc.kind_line().unwrap_or(doc.first_line())));
            }
        }
        if let Some(evidence) = target {
            self.targets.push(DeployTarget {
                kind: TargetKind::Kubernetes,
                what: "kubernetes-manifest".to_string(),
                evidence,
            });
        }
    }

    /// Adds a cluster, or the evidence to the cluster of that name.
    pub fn add_cluster(&mut self, name: &str, source: &str, evidence: Evidence) {
        if let Some(c) = self.clusters.iter_mut().find(|c| c.name == name) {
            // A repeat can only come from the file being read, at the tail.
            let repeat = c
                .evidence
                .iter()
                .rev()
                .take_while(|e| e.file == evidence.file)
                .any(|e| *e == evidence);
            if !repeat {
                c.evidence.push(evidence);
            }
            return;
        }
        self.clusters.push(Cluster {
            name: name.to_string(),
            source: source.to_string(),
            evidence: vec![evidence],
        });
    }

    /// Adds an imperative step once per kind and evidence.
    pub fn add_imperative(&mut self, step: Imperative) {
        let repeat = self
            .imperative
            .iter()
            .rev()
            .take_while(|i| i.evidence.file == step.evidence.file)
            .any(|i| *i == step);
        if !repeat {
            self.imperative.push(step);
        }
    }
}

/// A Kubernetes object applied to a cluster that counts as a deploy target:
/// not tool configuration, and not the CRDs of a controller being installed.
fn is_workload_object(doc: &YamlDoc, kind: &str) -> bool {
    let group = doc.api_group();
    let version = doc.api_version().unwrap_or_default();
    if NOT_CLUSTER_OBJECTS
        .iter()
        .any(|g| group == *g || group.ends_with(&format!(".{g}")) || version.starts_with(g))
    {
        return false;
    }
    if kind.is_empty()
        || kind.contains("{{")
        || !kind.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    {
        return false;
    }
    controller_installed(doc).is_none()
}

/// Names the controller a document installs: the CRDs of Argo CD, Argo
/// Rollouts, Flux, Crossplane or Flagger, or a HelmRelease / Application
/// whose chart is one of theirs. Such a document is no sign that the repo
/// deploys with that controller (no canary, no cloud target).
pub fn controller_installed(doc: &YamlDoc) -> Option<&'static str> {
    let kind = doc.kind()?;
    if kind == "CustomResourceDefinition" {
        let group = doc.get_str("spec.group").unwrap_or_default();
        let name = doc.name().unwrap_or_default();
        let g = if group.is_empty() {
            name.split_once('.').map(|x| x.1).unwrap_or("").to_string()
        } else {
            group
        };
        return controller_of_group(&g);
    }
    let chart = match kind.as_str() {
        "HelmRelease" => doc
            .get_str("spec.chart.spec.chart")
            .or_else(|| doc.get_str("spec.chartRef.name")),
        "Application" if doc.api_group() == "argoproj.io" => doc
            .get_str("spec.source.chart")
            .or_else(|| doc.get_str("spec.sources.0.chart")),
        _ => None,
    }?;
    let chart = chart
        .rsplit('/')
        .next()
        .unwrap_or(&chart)
        .to_ascii_lowercase();
    match chart.as_str() {
        "argo-rollouts" => Some("argo-rollouts"),
        "argo-cd" | "argocd" => Some("argo-cd"),
        "flux2" | "flux" => Some("flux"),
        "crossplane" => Some("crossplane"),
        "flagger" => Some("flagger"),
        _ => None,
    }
}

fn controller_of_group(group: &str) -> Option<&'static str> {
    let g = group.to_ascii_lowercase();
    if g == "argoproj.io" {
        Some("argo")
    } else if g.ends_with("fluxcd.io") {
        Some("flux")
    } else if g == "crossplane.io" || g.ends_with(".crossplane.io") {
        Some("crossplane")
    } else if g == "flagger.app" {
        Some("flagger")
    } else {
        None
    }
}

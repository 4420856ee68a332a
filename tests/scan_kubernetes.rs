//! The Kubernetes and GitOps side of the repository scanner, on fixture
//! repos shaped like public GitOps repos (`tests/fixtures/repos/<name>/`,
//! each with an `EXPECTED.md` of what a scan must find).

use std::path::Path;

use pushpull::core::engine::targets::TargetKind;
use pushpull::core::scan::kubernetes::{controller_installed, KubeFacts};
use pushpull::core::scan::yaml_docs::documents_of;
use pushpull::core::scan::{Cluster, GitOpsObject, GitOpsTool, ImperativeKind, RepoFile};

/// The two Argo CD fixtures.
#[path = "scan_kubernetes/argo.rs"]
mod argo;
/// Single-file cases: junk, deep nesting, templates, tool configs.
#[path = "scan_kubernetes/inline.rs"]
mod inline;

fn walk(root: &Path, dir: &Path, out: &mut Vec<RepoFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("fixture folder")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if path.file_name().is_some_and(|n| n != "EXPECTED.md") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = std::fs::read(&path).unwrap();
            out.push(RepoFile {
                path: rel,
                text: String::from_utf8_lossy(&bytes).into_owned(),
            });
        }
    }
}

fn load(name: &str) -> Vec<RepoFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/repos")
        .join(name);
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    assert!(!files.is_empty(), "fixture {name} is empty");
    files
}

fn scan(name: &str) -> KubeFacts {
    let files = load(name);
    let mut facts = KubeFacts::default();
    for f in &files {
        facts.scan_file(f);
    }
    facts
}

/// `kind name` of each object, in scan order.
fn kinds(facts: &KubeFacts) -> Vec<String> {
    facts
        .objects
        .iter()
        .map(|o| format!("{} {}", o.kind, o.name))
        .collect()
}

fn object<'a>(facts: &'a KubeFacts, kind: &str, name: &str) -> &'a GitOpsObject {
    facts
        .objects
        .iter()
        .find(|o| o.kind == kind && o.name == name)
        .unwrap_or_else(|| panic!("no {kind} {name} in {:?}", kinds(facts)))
}

fn cluster<'a>(facts: &'a KubeFacts, name: &str) -> &'a Cluster {
    facts
        .clusters
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no cluster {name}"))
}

fn at(file: &str, line: u32) -> String {
    format!("{file}:{line}")
}

fn places<'a>(
    evidence: impl IntoIterator<Item = &'a pushpull::core::scan::Evidence>,
) -> Vec<String> {
    evidence.into_iter().map(|e| at(&e.file, e.line)).collect()
}

fn steps(facts: &KubeFacts, kind: ImperativeKind) -> Vec<String> {
    places(
        facts
            .imperative
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| &i.evidence),
    )
}

#[test]
fn flux_monorepo_finds_clusters_kustomizations_and_releases() {
    let f = scan("flux-monorepo");
    assert!(f.objects.iter().all(|o| o.tool == GitOpsTool::Flux));
    let mut names: Vec<&str> = f.clusters.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["production", "staging"]);
    let staging = cluster(&f, "staging");
    assert_eq!(staging.source, "flux-layout");
    assert_eq!(
        places(&staging.evidence),
        [at("clusters/staging/apps.yaml", 0)]
    );
    assert_eq!(staging.evidence[0].excerpt, "clusters/staging/");

    let apps = object(&f, "Kustomization", "apps");
    assert_eq!(apps.cluster.as_deref(), Some("production"));
    assert_eq!(apps.target_namespace.as_deref(), Some("podinfo"));
    assert_eq!(
        at(&apps.evidence.file, apps.evidence.line),
        at("clusters/production/apps.yaml", 16)
    );
    let kustomizations = f
        .objects
        .iter()
        .filter(|o| o.kind == "Kustomization")
        .count();
    assert_eq!(
        kustomizations, 4,
        "two per cluster; plain kustomization.yaml files are not Flux objects"
    );

    let nginx = object(&f, "HelmRelease", "ingress-nginx");
    assert_eq!(nginx.evidence.line, 17);
    assert_eq!(nginx.target_namespace.as_deref(), Some("ingress-nginx"));
    object(&f, "HelmRelease", "podinfo");
    object(&f, "OCIRepository", "podinfo");
    assert_eq!(
        object(&f, "ImageUpdateAutomation", "flux-system")
            .evidence
            .line,
        11
    );

    let mut boot: Vec<String> = f
        .objects
        .iter()
        .filter(|o| o.kind == "flux-bootstrap")
        .map(|o| format!("{} {}", o.cluster.as_deref().unwrap_or("-"), o.name))
        .collect();
    boot.sort();
    assert_eq!(
        boot,
        [
            "production gotk-sync",
            "staging gotk-components",
            "staging gotk-sync"
        ]
    );

    // Flux's own controllers are not targets; the namespace and the Helm
    // template (read line by line) are.
    assert_eq!(
        places(f.targets.iter().map(|t| &t.evidence)),
        [
            at("charts/podinfo-extras/templates/deployment.yaml", 3),
            at("infrastructure/controllers/ingress-nginx.yaml", 3)
        ]
    );
    assert!(f
        .targets
        .iter()
        .all(|t| t.kind == TargetKind::Kubernetes && t.what == "kubernetes-manifest"));
    assert!(f.imperative.is_empty());
}

#[test]
fn rollouts_chart_trap_installs_controllers_without_traffic_shifts() {
    let f = scan("rollouts-chart-trap");
    assert!(
        steps(&f, ImperativeKind::TrafficShifts).is_empty(),
        "{:?}",
        f.imperative
    );
    assert!(f.imperative.is_empty());
    assert_eq!(
        kinds(&f),
        [
            "Kustomization infrastructure",
            "HelmRelease argo-rollouts",
            "HelmRelease crossplane"
        ]
    );
    assert_eq!(
        object(&f, "Kustomization", "infrastructure")
            .cluster
            .as_deref(),
        Some("prod")
    );
    assert_eq!(
        places(&cluster(&f, "prod").evidence),
        [at("clusters/prod/infrastructure.yaml", 0)]
    );
    assert_eq!(
        places(f.targets.iter().map(|t| &t.evidence)),
        [
            at("apps/web/deployment.yaml", 2),
            at("apps/web/service.json", 3),
            at("charts/web/templates/ingress.yaml", 3)
        ],
        "CRDs, CloudFormation and empty files are no Kubernetes targets"
    );

    let files = load("rollouts-chart-trap");
    let installs = |path: &str| -> Vec<&'static str> {
        let file = files.iter().find(|f| f.path == path).unwrap();
        documents_of(file)
            .iter()
            .filter_map(controller_installed)
            .collect()
    };
    assert_eq!(
        installs("infrastructure/argo-rollouts/helmrelease.yaml"),
        ["argo-rollouts"]
    );
    assert_eq!(
        installs("infrastructure/argo-rollouts/crds.yaml"),
        ["argo", "argo"]
    );
    assert_eq!(
        installs("infrastructure/crossplane/release.yaml"),
        ["crossplane"]
    );
    assert!(installs("apps/web/deployment.yaml").is_empty());
    let cfn = files
        .iter()
        .find(|f| f.path == "cloudformation/network.yaml")
        .unwrap();
    assert!(documents_of(cfn).iter().all(|d| d.kind().is_none()));
}

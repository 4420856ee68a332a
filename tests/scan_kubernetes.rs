//! The Kubernetes and GitOps side of the repository scanner, on fixture
//! repos shaped like public GitOps repos (`tests/fixtures/repos/<name>/`,
//! each with an `EXPECTED.md` of what a scan must find).

use std::path::Path;

use pushpull::core::engine::targets::TargetKind;
use pushpull::core::scan::kubernetes::{controller_installed, KubeFacts};
use pushpull::core::scan::yaml_docs::documents_of;
use pushpull::core::scan::{Cluster, GitOpsObject, GitOpsTool, ImperativeKind, RepoFile};

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
fn argo_app_of_apps_finds_waves_hooks_migrations_and_canaries() {
    let f = scan("argo-app-of-apps");
    assert!(f.objects.iter().all(|o| o.tool == GitOpsTool::ArgoCd));
    let root = object(&f, "Application", "root");
    assert_eq!(
        (root.cluster.as_deref(), root.evidence.line),
        (Some("in-cluster"), 3)
    );
    assert_eq!(root.target_namespace.as_deref(), Some("argocd"));
    assert_eq!(
        object(&f, "Application", "cert-manager")
            .target_namespace
            .as_deref(),
        Some("cert-manager")
    );
    object(&f, "AppProject", "shop");
    assert_eq!(object(&f, "image-updater", "shop").evidence.line, 8);
    assert_eq!(
        object(&f, "image-updater", "argocd-image-updater-config")
            .evidence
            .line,
        2
    );

    let set = object(&f, "ApplicationSet", "guestbook");
    assert_eq!(
        set.cluster.as_deref(),
        Some("engineering-dev, engineering-prod, finance-preprod")
    );
    assert_eq!(set.target_namespace.as_deref(), Some("guestbook"));
    let names: Vec<&str> = f.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "in-cluster",
            "engineering-dev",
            "engineering-prod",
            "finance-preprod"
        ]
    );
    assert_eq!(
        places(&cluster(&f, "finance-preprod").evidence),
        [at("apps/guestbook-appset.yaml", 15)]
    );
    let in_cluster = cluster(&f, "in-cluster");
    assert_eq!(in_cluster.source, "argo-destination");
    assert_eq!(
        places(&in_cluster.evidence),
        [
            at("apps/cert-manager.yaml", 18),
            at("apps/shop.yaml", 17),
            at("bootstrap/root-app.yaml", 16)
        ]
    );

    assert_eq!(
        steps(&f, ImperativeKind::SyncWaves),
        [at("apps/cert-manager.yaml", 7), at("apps/shop.yaml", 7)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::SyncHooks),
        [at("shop/migrate-job.yaml", 6)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::Migrations),
        [at("shop/migrate-job.yaml", 16)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::TrafficShifts),
        [at("shop/rollout.yaml", 22)]
    );
    let shift = f
        .imperative
        .iter()
        .find(|i| i.kind == ImperativeKind::TrafficShifts)
        .unwrap();
    assert_eq!(shift.evidence.excerpt, "canary:");

    assert_eq!(
        places(f.targets.iter().map(|t| &t.evidence)),
        [
            at("shop/migrate-job.yaml", 2),
            at("shop/rollout.yaml", 2),
            at("shop/service.yaml", 2)
        ]
    );
}

#[test]
fn argo_hub_and_spoke_reads_cluster_secrets_and_cluster_generators() {
    let f = scan("argo-hub-spoke");
    let mut names: Vec<&str> = f.clusters.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["spoke-dev", "spoke-eu", "spoke-us"],
        "the repository Secret is no cluster"
    );
    assert!(f.clusters.iter().all(|c| c.source == "argo-cluster-secret"));
    // The Application (read first) named spoke-eu by its server URL; the
    // Secret gave the URL its name, and the evidence merged.
    assert_eq!(
        places(&cluster(&f, "spoke-eu").evidence),
        [
            at("hub/apps/eu-monitoring.yaml", 13),
            at("hub/argocd/clusters/spoke-eu.yaml", 12),
            at("hub/argocd/clusters/spoke-eu.yaml", 13)
        ]
    );
    assert_eq!(
        object(&f, "Application", "eu-monitoring")
            .cluster
            .as_deref(),
        Some("spoke-eu")
    );
    // Base64 `data` is decoded.
    let dev = object(&f, "cluster-secret", "spoke-dev");
    assert_eq!(
        at(&dev.evidence.file, dev.evidence.line),
        at("hub/argocd/clusters/spoke-dev.yaml", 8)
    );
    object(&f, "cluster-secret", "spoke-us");

    let addons = object(&f, "ApplicationSet", "platform-addons");
    assert_eq!(
        addons.cluster.as_deref(),
        Some("registered clusters where env=prod")
    );
    assert_eq!(addons.target_namespace.as_deref(), Some("kube-system"));
    let teams = object(&f, "ApplicationSet", "team-apps");
    assert_eq!(
        teams.cluster.as_deref(),
        Some("registered clusters"),
        "a clusters generator inside a matrix"
    );
    assert_eq!(
        teams.target_namespace, None,
        "templated namespaces are unknown"
    );
    let mut projects: Vec<&str> = f
        .objects
        .iter()
        .filter(|o| o.kind == "AppProject")
        .map(|o| o.name.as_str())
        .collect();
    projects.sort();
    assert_eq!(projects, ["platform", "team-a", "team-b"]);
    assert!(
        f.targets.is_empty(),
        "Argo CD configuration is not a deploy target"
    );
    assert!(
        f.imperative.is_empty(),
        "a wave in an ApplicationSet template is the generated app's"
    );
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

#[test]
fn ci_files_and_junk_are_skipped_without_panics() {
    let mut f = KubeFacts::default();
    let job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n";
    for path in [
        ".github/workflows/deploy.yml",
        ".gitlab-ci.yml",
        "ci/.circleci/config.yml",
        "ci/deploy.gitlab-ci.yml",
        "cloudbuild.yaml",
        "README.md",
    ] {
        f.scan_file(&RepoFile {
            path: path.into(),
            text: job.into(),
        });
    }
    assert_eq!(f, KubeFacts::default());
    let junk = String::from_utf8_lossy(&[
        0xff, 0xfe, 0, 1, b'-', b'-', b'-', b'\n', 0x80, b':', b' ', b'{', b'{',
    ])
    .into_owned();
    for text in [
        junk.as_str(),
        "",
        "---\n---\n",
        "kind: [\n",
        "apiVersion: v1\nkind:\n",
    ] {
        for path in ["x.yaml", "x.json", "x.yml"] {
            f.scan_file(&RepoFile {
                path: path.into(),
                text: text.into(),
            });
        }
    }
    assert!(f.objects.is_empty() && f.imperative.is_empty());
}

/// Deep nesting (a hostile or broken file) must not exhaust the stack, even
/// a small one like the browser worker's.
#[test]
fn deep_nesting_does_not_overflow_a_small_stack() {
    let run = std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let block: String = (0..3_000)
                .map(|i| format!("{}a:\n", " ".repeat(i)))
                .collect();
            let seq: String = (0..2_000)
                .map(|i| format!("{}- \n", " ".repeat(i)))
                .collect();
            let flow = format!("kind: {}", "[".repeat(10_000));
            let mut f = KubeFacts::default();
            for text in [block, seq, flow] {
                let text = format!("apiVersion: v1\nkind: Deep\n{text}");
                f.scan_file(&RepoFile {
                    path: "deep.yaml".into(),
                    text,
                });
            }
            let ok: String = (0..60).map(|i| format!("{}a:\n", " ".repeat(i))).collect();
            let docs = documents_of(&RepoFile {
                path: "ok.yaml".into(),
                text: format!("kind: X\n{ok}"),
            });
            docs[0].is_parsed()
        });
    assert!(run.unwrap().join().unwrap(), "60 levels still parse");
}

fn scan_text(path: &str, text: &str) -> KubeFacts {
    let mut f = KubeFacts::default();
    f.scan_file(&RepoFile {
        path: path.into(),
        text: text.into(),
    });
    f
}

#[test]
fn image_updater_crd_helm_templated_apps_and_controller_charts() {
    let cr = "apiVersion: argocd-image-updater.argoproj.io/v1alpha1\nkind: ImageUpdater\nmetadata:\n  name: shop-images\n  namespace: argocd\n";
    let f = scan_text("argocd/updater.yaml", cr);
    assert_eq!(kinds(&f), ["image-updater shop-images"]);
    assert!(f.targets.is_empty());

    // An app-of-apps chart: its Application is a Helm template, read line by line.
    let tpl = "{{- range .Values.apps }}\n---\napiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {{ .name }}\n  annotations:\n    argocd.argoproj.io/sync-wave: \"{{ .wave }}\"\nspec:\n  destination:\n    name: prod-eu\n    namespace: {{ .namespace }}\n{{- end }}\n";
    let f = scan_text("charts/apps/templates/apps.yaml", tpl);
    let app = &f.objects[0];
    assert_eq!(
        (
            app.kind.as_str(),
            app.cluster.as_deref(),
            app.target_namespace.as_deref()
        ),
        ("Application", Some("prod-eu"), None)
    );
    assert_eq!(
        places(&cluster(&f, "prod-eu").evidence),
        [at("charts/apps/templates/apps.yaml", 11)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::SyncWaves),
        [at("charts/apps/templates/apps.yaml", 8)]
    );

    let argo = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: argocd\nspec:\n  source:\n    repoURL: https://argoproj.github.io/argo-helm\n    chart: argo-cd\n  destination:\n    server: https://kubernetes.default.svc/\n";
    let file = RepoFile {
        path: "bootstrap/argocd.yaml".into(),
        text: argo.into(),
    };
    assert_eq!(
        documents_of(&file)
            .iter()
            .filter_map(controller_installed)
            .collect::<Vec<_>>(),
        ["argo-cd"]
    );
    assert_eq!(scan_text(&file.path, argo).clusters[0].name, "in-cluster");

    let hook = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: db\n  annotations:\n    helm.sh/hook: pre-upgrade\nspec:\n  template:\n    spec:\n      containers:\n      - name: db\n        image: liquibase/liquibase:4.27\n";
    let f = scan_text("charts/shop/templates/db.yaml", hook);
    assert_eq!(
        steps(&f, ImperativeKind::SyncHooks),
        [at("charts/shop/templates/db.yaml", 6)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::Migrations),
        [at("charts/shop/templates/db.yaml", 12)]
    );
}

#[test]
fn plain_kustomize_and_tool_configs_are_not_flux_objects_or_targets() {
    let kustomize = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deploy.yaml\n";
    let kind_cluster =
        "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n";
    let skaffold =
        "apiVersion: skaffold/v4beta6\nkind: Config\nmanifests:\n  rawYaml:\n  - k8s/*.yaml\n";
    for (path, text) in [
        ("kustomization.yaml", kustomize),
        ("e2e/kind.yaml", kind_cluster),
        ("skaffold.yaml", skaffold),
    ] {
        assert_eq!(scan_text(path, text), KubeFacts::default(), "{path}");
    }
}

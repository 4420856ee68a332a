//! Single-file cases for the Kubernetes scan: CI files and junk, deep
//! nesting, the Image Updater CRD, Helm-templated Applications, controller
//! charts, Helm hooks and tool configuration files.

use super::*;

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

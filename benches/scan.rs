//! `cargo bench --bench scan`: the scanner over generated repositories of
//! 1,000 and 10,000 files (manifests, Argo CD and Flux objects, workflows,
//! Terraform, CODEOWNERS), as the fixture repos look but many times over.
//! Prints the time per size; the target is 2 s for 10,000 files.

use std::time::Instant;

use pushpull::core::scan::{scan, RepoFile};

fn file(i: usize) -> RepoFile {
    let (path, text) = match i % 6 {
        0 => (
            format!("apps/app-{i}/deployment.yaml"),
            format!("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n  namespace: team-{}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.org/app-{i}:1.0.{i}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app-{i}\nspec:\n  ports:\n    - port: 80\n", i % 40),
        ),
        1 => (
            format!("argocd/apps/app-{i}.yaml"),
            format!("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app-{i}\n  annotations:\n    argocd.argoproj.io/sync-wave: \"{}\"\nspec:\n  source:\n    repoURL: https://git.example.org/deploy.git\n    path: apps/app-{i}\n  destination:\n    name: cluster-{}\n    namespace: team-{}\n", i % 5, i % 30, i % 40),
        ),
        2 => (
            format!("clusters/cluster-{}/app-{i}.yaml", i % 30),
            format!("apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: app-{i}\n  namespace: flux-system\nspec:\n  interval: 10m\n  path: ./apps/app-{i}\n  sourceRef:\n    kind: GitRepository\n    name: deploy\n"),
        ),
        3 => (
            format!(".github/workflows/deploy-{i}.yml"),
            format!("name: deploy {i}\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: gcloud container clusters get-credentials cluster-{} --region europe-west1\n      - run: kubectl apply -n team-{} -f apps/app-{i}/\n", i % 30, i % 40),
        ),
        4 => (
            format!("infra/module-{i}/main.tf"),
            format!("resource \"aws_lambda_function\" \"fn_{i}\" {{\n  function_name = \"fn-{i}\"\n  runtime       = \"python3.12\"\n}}\n\nresource \"aws_instance\" \"vm_{i}\" {{\n  ami           = \"ami-123\"\n  instance_type = \"t3.small\"\n}}\n"),
        ),
        _ => (format!("docs/notes-{i}.md"), format!("# Notes {i}\n\nNothing to deploy here.\n")),
    };
    RepoFile { path, text }
}

fn repo(size: usize) -> Vec<RepoFile> {
    let mut files: Vec<RepoFile> = (0..size.saturating_sub(1)).map(file).collect();
    files.push(RepoFile {
        path: ".github/CODEOWNERS".into(),
        text: "/.github/workflows/ @example/platform\n/apps/ @example/teams\n".into(),
    });
    files
}

fn main() {
    println!(
        "{:>8} {:>10} {:>10} {:>12}",
        "files", "MB", "seconds", "files/s"
    );
    for size in [1_000, 10_000] {
        let files = repo(size);
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        let start = Instant::now();
        let report = std::hint::black_box(scan(std::hint::black_box(&files), Vec::new()));
        let seconds = start.elapsed().as_secs_f64();
        assert_eq!(report.files_scanned, files.len());
        println!(
            "{size:>8} {:>10.2} {seconds:>10.2} {:>12.0}",
            bytes as f64 / 1e6,
            size as f64 / seconds
        );
    }
}

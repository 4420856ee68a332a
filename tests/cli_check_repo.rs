//! `pushpull check --repo DIR`: a record held against the repository it
//! governs. The goldens' records against the fixture repositories.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check_repo(record: &str, repo: &str) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pushpull"))
        .args(["check", "--today", "2026-12-01", "--repo"])
        .arg(format!("tests/fixtures/repos/{repo}"))
        .arg(format!("tests/golden/{record}.md"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run pushpull");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

#[test]
fn a_record_that_its_repository_bears_out_holds() {
    for (record, repo) in [("startup", "sam-actions"), ("platform", "argo-hub-spoke")] {
        let (code, out) = check_repo(record, repo);
        assert_eq!(code, 0, "{record} against {repo}: {out}");
        assert!(out.contains(": holds ("), "{out}");
    }
}

#[test]
fn a_record_its_repository_contradicts_exits_4_and_names_the_evidence() {
    let (code, out) = check_repo("regulated", "gha-gke-kubectl");
    assert_eq!(code, 4, "{out}");
    assert!(out.contains("DIVERGES from the repository"));
    assert!(out.contains(".github/workflows/deploy.yml deploys to Kubernetes from CI. (.github/workflows/deploy.yml, .github/workflows/deploy.yml:49)"), "{out}");
    assert!(
        out.contains("no CODEOWNERS rule covers .github/workflows/restart.yml"),
        "{out}"
    );

    let (code, out) = check_repo("platform", "flux-monorepo");
    assert_eq!(code, 4);
    assert!(
        out.contains("The record names Argo CD, but the repository holds Flux objects"),
        "{out}"
    );

    let (code, out) = check_repo("mixed", "both-tools-mixed");
    assert_eq!(code, 4);
    assert_eq!(out.matches("\n  - ").count(), 3, "{out}");
}

#[test]
fn a_pipeline_record_in_a_repository_with_controllers_diverges() {
    let (code, out) = check_repo("startup", "flux-monorepo");
    assert_eq!(code, 4, "{out}");
    assert!(
        out.contains("The record chose pipeline deploys, but the repository holds GitOps objects"),
        "{out}"
    );
}

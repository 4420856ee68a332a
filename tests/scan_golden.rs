//! The scanner over the fixture repositories under `tests/fixtures/repos/`:
//! each whole JSON report is a golden (`tests/golden/scans/`,
//! `UPDATE_GOLDEN=1` rewrites them; read the diff), the traps stay traps,
//! and no input makes it panic.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use pushpull::cli::walk;
use pushpull::core::engine::choices::{GitOpsTooling, OwnerCoverage};
use pushpull::core::scan::{scan, FindingId, GitOpsTool, PipelineRole, RepoFile, ScanReport};

fn repos() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/repos")
}

fn scan_fixture(name: &str) -> ScanReport {
    let walked = walk(&repos().join(name)).expect("fixture folder");
    let files: Vec<RepoFile> = walked
        .files
        .into_iter()
        .filter(|f| f.path != "EXPECTED.md")
        .collect();
    scan(&files, walked.unreadable)
}

#[test]
fn every_fixture_matches_its_golden_report() {
    let mut names: Vec<String> = std::fs::read_dir(repos())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 8, "{names:?}");
    for name in names {
        let json = serde_json::to_string_pretty(&scan_fixture(&name)).unwrap() + "\n";
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/scans/{name}.json"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&path, &json).unwrap();
        }
        assert_eq!(
            json,
            std::fs::read_to_string(&path).unwrap_or_default(),
            "{name}: differs from {}",
            path.display()
        );
    }
}

#[test]
fn both_tools_on_one_namespace_and_a_workflow_beside_them() {
    let r = scan_fixture("both-tools-mixed");
    assert_eq!(r.gitops_tools, [GitOpsTool::ArgoCd, GitOpsTool::Flux]);
    let ids: Vec<FindingId> = r.findings.iter().map(|f| f.id).collect();
    assert_eq!(
        ids,
        [
            FindingId::BothTools,
            FindingId::MixedMode,
            FindingId::PipelineWithoutOwner,
            FindingId::CiHoldsClusterCredentials
        ]
    );
    let hotfix = r
        .pipelines
        .iter()
        .find(|p| p.file == ".github/workflows/hotfix.yml")
        .unwrap();
    assert_eq!(hotfix.role, PipelineRole::Deploys);
    assert!(hotfix.holds_cluster_credentials && hotfix.owners.is_empty());
    assert!(hotfix.namespaces.iter().any(|n| n == "payments"));
    assert_eq!(
        r.clusters
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["prod"]
    );
    assert_eq!(
        r.answers.gitops_tooling,
        Some(GitOpsTooling::BothOverlapping)
    );
    assert_eq!(r.answers.pipeline_owners, Some(OwnerCoverage::None_));
    assert_eq!(
        r.answers.team_size, None,
        "the repo cannot say how many engineers ship"
    );
    assert_eq!(r.answers.compliance, None);
}

#[test]
fn the_answers_part_reads_as_an_answers_file() {
    for name in [
        "both-tools-mixed",
        "flux-monorepo",
        "argo-hub-spoke",
        "gha-gke-kubectl",
        "sam-actions",
        "terraform-cloud",
        "jenkins-deploy",
    ] {
        let r = scan_fixture(name);
        let json = serde_json::to_string(&r.answers).unwrap();
        let dir =
            std::env::temp_dir().join(format!("pushpull-scan-answers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(format!("{name}.json"));
        std::fs::write(&file, json).unwrap();
        assert_eq!(pushpull::cli::read_answers(&file).unwrap(), r.answers);
    }
}

fn junk_file() -> impl Strategy<Value = RepoFile> {
    let path = prop_oneof![
        Just(".github/workflows/deploy.yml".to_string()),
        Just("clusters/prod/app.yaml".to_string()),
        Just("main.tf".to_string()),
        Just("template.yaml".to_string()),
        Just("CODEOWNERS".to_string()),
        Just("Jenkinsfile".to_string()),
        Just("k8s/app.json".to_string()),
    ];
    let text = prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just("apiVersion: argoproj.io/v1alpha1".to_string()),
                Just("kind: Application".to_string()),
                Just("---".to_string()),
                Just("  destination: {{ .Values.x }}".to_string()),
                Just("Resources: !Ref X".to_string()),
                Just("      run: kubectl apply -n".to_string()),
                Just("resource \"aws_lambda_function\" {".to_string()),
                Just("* @a".to_string()),
                ".{0,40}",
            ],
            0..30
        )
        .prop_map(|lines| lines.join("\n")),
    ];
    (path, text).prop_map(|(path, text)| RepoFile { path, text })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn no_input_makes_the_scan_panic(files in proptest::collection::vec(junk_file(), 0..8)) {
        let report = scan(&files, Vec::new());
        prop_assert!(report.files_scanned == files.len());
        prop_assert!(serde_json::to_string(&report).is_ok());
    }
}

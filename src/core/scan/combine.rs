//! One scan over every file: each side reads what it knows, then the facts
//! are merged, judged (findings) and turned into answers.

use super::answers::prefill;
use super::findings::findings;
use super::kubernetes::KubeFacts;
use super::model::*;
use super::pipelines::PipelineFacts;
use crate::core::engine::answers::Answers;

/// Clusters seen by both sides under one name keep all their evidence.
fn merge_clusters(mut into: Vec<Cluster>, more: Vec<Cluster>) -> Vec<Cluster> {
    for cluster in more {
        match into.iter_mut().find(|c| c.name == cluster.name) {
            Some(known) => known.evidence.extend(cluster.evidence),
            None => into.push(cluster),
        }
    }
    for cluster in &mut into {
        cluster.evidence.sort();
        cluster.evidence.dedup();
    }
    into.sort_by(|a, b| a.name.cmp(&b.name));
    into
}

/// Scans the files of one repository (paths relative to its root);
/// `unreadable` lists the files the caller could not read.
pub fn scan(files: &[RepoFile], unreadable: Vec<Unreadable>) -> ScanReport {
    let mut kube = KubeFacts::default();
    let mut ci = PipelineFacts::default();
    for file in files {
        kube.scan_file(file);
        ci.scan_file(file);
    }
    ci.apply_owners();
    let mut gitops_tools: Vec<GitOpsTool> = kube.objects.iter().map(|o| o.tool).collect();
    gitops_tools.sort();
    gitops_tools.dedup();
    let mut targets = kube.targets;
    targets.extend(ci.targets);
    targets.sort_by(|a, b| (a.kind, &a.evidence).cmp(&(b.kind, &b.evidence)));
    let mut imperative = kube.imperative;
    imperative.extend(ci.imperative);
    imperative.sort_by(|a, b| (a.kind, &a.evidence).cmp(&(b.kind, &b.evidence)));
    let mut pipelines = ci.pipelines;
    pipelines.sort_by(|a, b| a.file.cmp(&b.file));
    let mut report = ScanReport {
        schema_version: SCAN_SCHEMA_VERSION,
        files_scanned: files.len(),
        gitops_tools,
        gitops_objects: kube.objects,
        clusters: merge_clusters(kube.clusters, ci.clusters),
        pipelines,
        targets,
        imperative,
        owners: ci.owners,
        findings: Vec::new(),
        answers: Answers::default(),
        answer_sources: Vec::new(),
        unreadable,
    };
    report.findings = findings(&report);
    let (answers, sources) = prefill(&report);
    report.answers = answers;
    report.answer_sources = sources;
    report
}

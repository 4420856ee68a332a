//! The pipeline side of a scan: CI files (system, mechanisms, role, target
//! kinds, clusters and credentials, migrations), infrastructure code and
//! CODEOWNERS, gathered file by file and settled in one final pass.

use crate::core::engine::targets::TargetKind;

use super::ci_files::ci_system;
use super::ci_scan::{push_unique, scan_ci_file};
use super::codeowners::{is_codeowners_path, parse_codeowners, Codeowners, CODEOWNERS_PATHS};
use super::infra::infra_targets;
use super::model::{
    CiSystem, Cluster, DeployTarget, Evidence, Imperative, ImperativeKind, OwnerRule, Pipeline,
    PipelineRole, RepoFile,
};

/// What the pipeline side found. Feed it every file with
/// [`PipelineFacts::scan_file`], then call [`PipelineFacts::apply_owners`]
/// once.
#[derive(Debug, Clone, Default)]
pub struct PipelineFacts {
    pub pipelines: Vec<Pipeline>,
    pub clusters: Vec<Cluster>,
    pub targets: Vec<DeployTarget>,
    pub imperative: Vec<Imperative>,
    pub owners: Vec<OwnerRule>,
    /// Per pipeline: the kinds its steps show, and whether it applies
    /// Terraform/Pulumi (whose kinds come from the repo's Terraform).
    base_kinds: Vec<(Vec<TargetKind>, bool)>,
    codeowners: Vec<Codeowners>,
}

impl PipelineFacts {
    /// Reads one file: a CI definition, Terraform/SAM/Serverless code or a
    /// CODEOWNERS file. Other files are ignored.
    pub fn scan_file(&mut self, file: &RepoFile) {
        if is_codeowners_path(&file.path) {
            self.codeowners.push(parse_codeowners(file));
        } else if let Some(ci) = ci_system(&file.path) {
            self.scan_pipeline(file, ci);
        } else {
            self.targets.extend(infra_targets(file));
        }
    }

    /// Settles what needs every file: Terraform/Pulumi pipelines' target
    /// kinds, and each pipeline's owners from the CODEOWNERS file that
    /// counts. Safe to call more than once.
    pub fn apply_owners(&mut self) {
        self.sort();
        let mut infra: Vec<TargetKind> = Vec::new();
        for t in self
            .targets
            .iter()
            .filter(|t| t.evidence.file.ends_with(".tf"))
        {
            push_unique(&mut infra, t.kind);
        }
        if infra.is_empty() {
            infra.push(TargetKind::Other);
        }
        let chosen = CODEOWNERS_PATHS
            .iter()
            .find_map(|p| self.codeowners.iter().find(|c| c.path == *p));
        self.owners = chosen.map(|c| c.rules.clone()).unwrap_or_default();
        for (pipeline, (kinds, uses_infra)) in self.pipelines.iter_mut().zip(&self.base_kinds) {
            let mut all = kinds.clone();
            if *uses_infra {
                for k in &infra {
                    push_unique(&mut all, *k);
                }
            }
            all.sort();
            pipeline.target_kinds = all;
            pipeline.owners = chosen
                .map(|c| c.owners_for(&pipeline.file))
                .unwrap_or_default();
        }
    }

    /// Puts everything in an order that does not depend on the order the
    /// files arrived in: pipelines by file, the rest by evidence.
    fn sort(&mut self) {
        let mut paired: Vec<_> = std::mem::take(&mut self.pipelines)
            .into_iter()
            .zip(std::mem::take(&mut self.base_kinds))
            .collect();
        paired.sort_by(|a, b| a.0.file.cmp(&b.0.file));
        (self.pipelines, self.base_kinds) = paired.into_iter().unzip();
        self.targets.sort_by(|a, b| a.evidence.cmp(&b.evidence));
        self.imperative.sort_by(|a, b| a.evidence.cmp(&b.evidence));
        for c in &mut self.clusters {
            c.evidence.sort();
        }
        self.clusters
            .sort_by(|a, b| (&a.name, &a.source).cmp(&(&b.name, &b.source)));
    }

    fn scan_pipeline(&mut self, file: &RepoFile, ci: CiSystem) {
        let mut scan = scan_ci_file(file, ci);
        let role = if scan.lasting {
            PipelineRole::Deploys
        } else if scan.ephemeral {
            PipelineRole::TestOnly
        } else {
            PipelineRole::Checks
        };
        if role != PipelineRole::TestOnly {
            for (name, source, ev) in scan.clusters {
                self.add_cluster(name, source, ev);
            }
        }
        if role == PipelineRole::Deploys {
            self.imperative
                .extend(scan.migrations.into_iter().map(|evidence| Imperative {
                    kind: ImperativeKind::Migrations,
                    evidence,
                }));
        }
        scan.kinds.sort();
        self.base_kinds.push((scan.kinds.clone(), scan.infra));
        self.pipelines.push(Pipeline {
            file: file.path.clone(),
            ci,
            role,
            mechanisms: scan.mechanisms,
            target_kinds: scan.kinds,
            namespaces: scan.namespaces,
            holds_cluster_credentials: scan.credentials,
            owners: Vec::new(),
            evidence: scan.evidence,
        });
    }

    fn add_cluster(&mut self, name: String, source: &'static str, ev: Evidence) {
        match self
            .clusters
            .iter_mut()
            .find(|c| c.name == name && c.source == source)
        {
            Some(c) => push_unique(&mut c.evidence, ev),
            None => self.clusters.push(Cluster {
                name,
                source: source.to_string(),
                evidence: vec![ev],
            }),
        }
    }
}

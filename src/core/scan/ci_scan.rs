//! One CI file read job by job: the deploy steps and where they go, the
//! clusters and credentials, ephemeral clusters, migrations. The pipeline
//! side turns what it finds into a [`super::model::Pipeline`].

use crate::core::engine::targets::TargetKind;

use super::ci_actions::{action_of, action_step};
use super::ci_files::ci_label;
use super::ci_jobs::segments;
use super::ci_signals::{
    cluster_ref, creates_ephemeral_cluster, holds_credentials, is_ephemeral_context, is_literal,
    is_migration, namespace,
};
use super::ci_text::{code_lines, evidence, key_value, resolve, variables, CodeLine};
use super::mechanisms::{line_step, DeployStep, StepTarget};
use super::model::{CiSystem, Evidence, Mechanism, RepoFile};

/// What one CI file showed, before it becomes a pipeline.
#[derive(Default)]
pub(super) struct FileScan {
    pub(super) lasting: bool,
    pub(super) ephemeral: bool,
    pub(super) infra: bool,
    pub(super) kinds: Vec<TargetKind>,
    pub(super) mechanisms: Vec<Mechanism>,
    pub(super) namespaces: Vec<String>,
    pub(super) credentials: bool,
    pub(super) clusters: Vec<(String, &'static str, Evidence)>,
    pub(super) migrations: Vec<Evidence>,
    pub(super) evidence: Vec<Evidence>,
}

pub(super) fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Reads `file`, a definition of `ci`, job by job.
pub(super) fn scan_ci_file(file: &RepoFile, ci: CiSystem) -> FileScan {
    let mut lines = code_lines(&file.text, ci == CiSystem::Jenkins);
    let vars = variables(&lines);
    for line in lines.iter_mut() {
        line.code = resolve(&line.code, &vars);
    }
    let mut scan = FileScan {
        evidence: vec![evidence(&file.path, 0, ci_label(ci))],
        ..FileScan::default()
    };
    for range in segments(&lines, ci) {
        let job = &lines[range];
        let ephemeral = job.iter().any(|l| creates_ephemeral_cluster(&l.code))
            && !job.iter().any(|l| reaches_real_cluster(&l.code));
        for (i, line) in job.iter().enumerate() {
            if !line.code.is_empty() {
                scan.line(&file.path, job, i, &line.code, ephemeral);
            }
        }
    }
    scan
}

impl FileScan {
    /// Reads line `job[i]` (its code resolved to `code`) of a job that
    /// does (`ephemeral`) or does not create a throwaway cluster.
    fn line(&mut self, path: &str, job: &[CodeLine<'_>], i: usize, code: &str, ephemeral: bool) {
        let line = &job[i];
        let ev = || evidence(path, line.no, line.raw);
        let action = action_of(code);
        let step = match &action {
            Some(a) => action_step(a, &step_block(job, i)),
            None => line_step(code),
        };
        if let Some(step) = step {
            self.step(step, code, ephemeral);
            push_unique(&mut self.evidence, ev());
        }
        if creates_ephemeral_cluster(code) {
            self.ephemeral = true;
            push_unique(&mut self.evidence, ev());
        }
        if holds_credentials(code) {
            self.credentials = true;
            push_unique(&mut self.evidence, ev());
        }
        if ephemeral {
            return;
        }
        let named = match action.as_deref() {
            Some(a) => action_cluster(a, job, i).map(|(n, s, at)| {
                let l = &job[at];
                (n, s, evidence(path, l.no, l.raw))
            }),
            None => cluster_ref(code).map(|(n, s)| (n, s, ev())),
        };
        if let Some((name, source, at)) = named {
            if !is_ephemeral_context(&name) {
                push_unique(&mut self.evidence, at.clone());
                self.clusters.push((name, source, at));
            }
        }
        if is_migration(code) {
            self.migrations.push(ev());
        }
    }

    fn step(&mut self, step: DeployStep, code: &str, ephemeral: bool) {
        if let Some(m) = step.mechanism {
            push_unique(&mut self.mechanisms, m);
        }
        let k8s = step.target == StepTarget::Kubernetes;
        if k8s && ephemeral {
            self.ephemeral = true;
            return;
        }
        self.lasting = true;
        let kind = match step.target {
            StepTarget::Kubernetes => TargetKind::Kubernetes,
            StepTarget::Serverless => TargetKind::Serverless,
            StepTarget::Vm => TargetKind::Vm,
            StepTarget::Other => TargetKind::Other,
            StepTarget::Infra => {
                self.infra = true;
                return;
            }
        };
        push_unique(&mut self.kinds, kind);
        if k8s {
            if let Some(ns) = namespace(code) {
                push_unique(&mut self.namespaces, ns);
            }
        }
    }
}

/// The line fetches credentials for, or switches to, a lasting cluster: a
/// job that does so deploys for real even if it also starts a kind cluster.
fn reaches_real_cluster(code: &str) -> bool {
    holds_credentials(code) || cluster_ref(code).is_some_and(|(n, _)| !is_ephemeral_context(&n))
}

/// The comment-free lines of the step whose `uses:` is `job[i]`: the lines
/// after it indented at least as deep as its key.
fn step_block<'a>(job: &'a [CodeLine<'_>], i: usize) -> Vec<&'a str> {
    let key_col = job[i].indent + if job[i].code.starts_with("- ") { 2 } else { 0 };
    job[i + 1..]
        .iter()
        .filter(|l| !l.code.is_empty())
        .take_while(|l| l.indent >= key_col && !(l.indent == key_col && l.code.starts_with("- ")))
        .map(|l| l.code.as_str())
        .collect()
}

/// A cluster a credentials action names in its inputs: (name, source,
/// index of the input's line in `job`).
fn action_cluster(
    action: &str,
    job: &[CodeLine<'_>],
    i: usize,
) -> Option<(String, &'static str, usize)> {
    let (input, source) = match action {
        "google-github-actions/get-gke-credentials" => ("cluster_name", "gke-credentials"),
        "azure/aks-set-context" => ("cluster-name", "aks-credentials"),
        _ => return None,
    };
    let block = step_block(job, i);
    let at = block
        .iter()
        .position(|l| key_value(l).is_some_and(|(k, _)| k == input))?;
    let (_, value) = key_value(block[at])?;
    let index = job[i + 1..]
        .iter()
        .position(|l| l.code.as_str() == block[at])
        .map(|p| i + 1 + p)?;
    is_literal(value).then(|| (value.to_string(), source, index))
}

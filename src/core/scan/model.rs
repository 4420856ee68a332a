//! What a repository scan finds, each fact with the `path:line` evidence
//! behind it. The JSON form of [`ScanReport`] is documented in the README
//! (`schema_version`); field names here are that contract.

use serde::Serialize;

use crate::core::engine::answers::Answers;
use crate::core::engine::questions::QuestionId;
use crate::core::engine::targets::TargetKind;

/// Bumped when a field of the JSON report changes meaning or goes away.
pub const SCAN_SCHEMA_VERSION: u32 = 1;

/// One file of the repository, as the walker read it (CLI) or the browser
/// handed it over. `path` is relative to the scanned folder, with `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoFile {
    pub path: String,
    pub text: String,
}

/// Where a fact comes from: a file and a 1-based line (0 when the fact is
/// about the file as a whole, e.g. its path).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Evidence {
    pub file: String,
    pub line: u32,
    /// The line's text (trimmed, at most 200 characters), or what about the
    /// file showed the fact.
    pub excerpt: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GitOpsTool {
    ArgoCd,
    Flux,
}

/// A GitOps object: an Argo CD Application, a Flux Kustomization, …
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GitOpsObject {
    pub tool: GitOpsTool,
    /// `Application`, `ApplicationSet`, `AppProject`, `cluster-secret`,
    /// `image-updater`, `GitRepository`, `OCIRepository`, `Kustomization`,
    /// `HelmRelease`, `ImageUpdateAutomation`, `flux-bootstrap`.
    pub kind: String,
    pub name: String,
    /// The namespace (or Argo CD destination namespace) it deploys into,
    /// when known.
    pub target_namespace: Option<String>,
    /// The cluster it deploys to, when known (destination name or server,
    /// Flux `clusters/<name>/` folder).
    pub cluster: Option<String>,
    pub evidence: Evidence,
}

/// A cluster name and where it was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cluster {
    pub name: String,
    /// How it was found: `flux-layout`, `argo-destination`,
    /// `argo-cluster-secret`, `gke-credentials`, `eks-kubeconfig`,
    /// `aks-credentials`, `kube-context`.
    pub source: String,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CiSystem {
    GithubActions,
    GitlabCi,
    Jenkins,
    Circleci,
    AzurePipelines,
    BitbucketPipelines,
    CloudBuild,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PipelineRole {
    /// Deploys to a lasting target.
    Deploys,
    /// Deploys only to an ephemeral cluster it creates and tears down.
    TestOnly,
    /// Lint, validate, plan, build: changes no target.
    Checks,
}

/// A deploy mechanism a pipeline runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mechanism {
    KubectlApply,
    HelmUpgrade,
    Kustomize,
    Skaffold,
    TerraformApply,
    PulumiUp,
    ServerlessDeploy,
    SamDeploy,
    CdkDeploy,
    LambdaUpdate,
    AnsiblePlaybook,
    ArgocdSync,
    FluxReconcile,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pipeline {
    /// Relative to the scanned folder.
    pub file: String,
    pub ci: CiSystem,
    pub role: PipelineRole,
    pub mechanisms: Vec<Mechanism>,
    pub target_kinds: Vec<TargetKind>,
    /// Namespaces it applies to, when a step names one (`-n prod`).
    pub namespaces: Vec<String>,
    /// It holds or fetches cluster credentials (a kubeconfig secret, a
    /// get-credentials step).
    pub holds_cluster_credentials: bool,
    /// CODEOWNERS owners of the pipeline's file; empty when none.
    pub owners: Vec<String>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeployTarget {
    pub kind: TargetKind,
    /// What showed it: `kubernetes-manifest`, `aws_lambda_function`, …
    pub what: String,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImperativeKind {
    Migrations,
    TrafficShifts,
    SyncHooks,
    SyncWaves,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Imperative {
    pub kind: ImperativeKind,
    pub evidence: Evidence,
}

/// A CODEOWNERS rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnerRule {
    pub pattern: String,
    pub owners: Vec<String>,
    pub evidence: Evidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingId {
    BothTools,
    MixedMode,
    PipelineWithoutOwner,
    CiHoldsClusterCredentials,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: FindingId,
    pub text: String,
    pub evidence: Vec<Evidence>,
}

/// One pre-filled answer: its question, and the evidence it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerSource {
    pub question: QuestionId,
    pub evidence: Vec<Evidence>,
}

/// A file the scan could not use, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unreadable {
    pub file: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScanReport {
    pub schema_version: u32,
    pub files_scanned: usize,
    pub gitops_tools: Vec<GitOpsTool>,
    pub gitops_objects: Vec<GitOpsObject>,
    pub clusters: Vec<Cluster>,
    pub pipelines: Vec<Pipeline>,
    pub targets: Vec<DeployTarget>,
    pub imperative: Vec<Imperative>,
    pub owners: Vec<OwnerRule>,
    pub findings: Vec<Finding>,
    /// Answers in the current schema; what the repo cannot show stays
    /// unanswered. `pushpull decide --answers` reads this part as is.
    pub answers: Answers,
    /// Which answers came from the repo, and from where.
    pub answer_sources: Vec<AnswerSource>,
    pub unreadable: Vec<Unreadable>,
}

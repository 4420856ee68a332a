//! The small vocabulary of a decision: pattern, deployer, strength, tool.

use serde::{Deserialize, Serialize};

/// The deployment pattern recommended for the org.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pattern {
    /// CI pushes: `kubectl apply` / `terraform apply` from the pipeline.
    #[serde(rename = "pipeline")]
    Pipeline,
    /// A controller inside each cluster (Argo CD or Flux) fetches the desired state.
    #[serde(rename = "gitops")]
    GitOps,
    /// GitOps for Kubernetes, pipelines for everything else.
    #[serde(rename = "hybrid")]
    Hybrid,
}

impl Pattern {
    pub const ALL: [Pattern; 3] = [Pattern::Pipeline, Pattern::GitOps, Pattern::Hybrid];

    pub fn label(self) -> &'static str {
        match self {
            Pattern::Pipeline => "Pipeline deploy",
            Pattern::GitOps => "GitOps",
            Pattern::Hybrid => "Hybrid",
        }
    }

    /// For use inside a sentence: "pipeline deploys", "GitOps", "a hybrid".
    pub fn noun(self) -> &'static str {
        match self {
            Pattern::Pipeline => "pipeline deploys",
            Pattern::GitOps => "GitOps",
            Pattern::Hybrid => "a hybrid",
        }
    }

    /// True when a GitOps controller runs somewhere under this pattern.
    pub fn uses_gitops(self) -> bool {
        matches!(self, Pattern::GitOps | Pattern::Hybrid)
    }
}

/// Who deploys one row of the split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Deployer {
    #[serde(rename = "gitops")]
    GitOps,
    #[serde(rename = "pipeline")]
    Pipeline,
}

impl Deployer {
    pub fn label(self) -> &'static str {
        match self {
            Deployer::GitOps => "GitOps controller",
            Deployer::Pipeline => "CI pipeline",
        }
    }
}

/// How firmly the answers support the pattern. Ordered weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strength {
    /// A partial recommendation: an unanswered question could still flip it.
    Tentative,
    /// The pick wins narrowly, or only on a tie-break.
    Leaning,
    /// The pick wins by a clear margin.
    Clear,
    /// A decisive rule picked it, or it wins by a wide margin.
    Strong,
}

impl Strength {
    pub fn label(self) -> &'static str {
        match self {
            Strength::Tentative => "tentative",
            Strength::Leaning => "leaning",
            Strength::Clear => "clear",
            Strength::Strong => "strong",
        }
    }
}

/// Which GitOps tool to name, when the pattern uses GitOps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToolPick {
    /// Argo CD is already in use: keep it.
    ArgoCd,
    /// Flux is already in use: keep it.
    Flux,
    /// Nothing in use yet: Argo CD or Flux, either is fine; pick one.
    Either,
    /// Both are in use with no agreed line: consolidate on one.
    ConsolidateOnOne,
    /// Both are in use, each on its own written-down resources: keep the
    /// split.
    KeepSplit,
}

impl ToolPick {
    pub fn label(self) -> &'static str {
        match self {
            ToolPick::ArgoCd => "Argo CD",
            ToolPick::Flux => "Flux",
            ToolPick::Either => "Argo CD or Flux",
            ToolPick::ConsolidateOnOne => "one of Argo CD or Flux (consolidate)",
            ToolPick::KeepSplit => "Argo CD and Flux, each on its own resources",
        }
    }
}

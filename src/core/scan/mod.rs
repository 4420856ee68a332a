//! The repository scanner: how a checked-out infrastructure repo deploys
//! today, each fact with its `path:line` evidence, and the answers that
//! follow from it. Pure: it takes the files in memory, so the CLI (which
//! walks a folder) and the browser (which reads a picked folder) share it.
//!
//! - `kubernetes`: YAML documents: GitOps objects, clusters they name,
//!   Kubernetes targets, imperative steps (hooks, waves, canaries, Jobs).
//! - `pipelines`: CI files: system, mechanisms, role, target kinds,
//!   cluster credentials; `infra` reads Terraform, SAM and Serverless files;
//!   `codeowners` matches owners to pipeline files.
//! - `findings` and `answers` work out what the facts mean.

pub mod model;

pub use model::*;
// Kubernetes side (YAML documents, GitOps objects, manifests, steps).
pub mod gitops;
pub mod imperative;
mod kube_appset;
mod kube_argo;
mod kube_base64;
mod kube_depth;
mod kube_line_index;
pub mod kubernetes;
pub mod yaml_docs;

// Judging the facts, the report, and a record held against its repo.
pub mod answers;
pub mod combine;
pub mod confirm;
pub mod findings;
pub mod picked;
pub mod report_text;
pub mod report_view;

pub use combine::scan;

// Pipeline side (CI files, infrastructure code, CODEOWNERS).
pub mod ci_actions;
#[cfg(test)]
mod ci_cases;
pub mod ci_files;
pub mod ci_jobs;
mod ci_scan;
pub mod ci_signals;
pub mod ci_text;
pub mod codeowners;
pub mod infra;
pub mod mechanisms;
pub mod pipelines;

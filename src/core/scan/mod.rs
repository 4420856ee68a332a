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
pub mod gitops;
pub mod imperative;
mod kube_appset;
mod kube_argo;
mod kube_base64;
mod kube_depth;
mod kube_line_index;
pub mod kubernetes;
pub mod yaml_docs;

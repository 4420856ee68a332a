//! PushPull: decide between GitOps, pipeline deploys or a hybrid, and write
//! the decision down.
//!
//! `core` is plain Rust, tested natively. The rest is the browser app and is
//! only compiled for wasm32.

pub mod core;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
pub mod worker;

//! The browser app: a thin Leptos shell around the pure core. `app` routes,
//! `pages` and `components` wire events to the core, `session` holds the
//! shared state, and `glue` is the only place that calls browser APIs.

pub mod app;
mod autosave;
pub mod components;
pub mod glue;
pub mod pages;
pub mod session;
mod worker_client;

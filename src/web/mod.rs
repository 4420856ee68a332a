//! The browser app: a thin Leptos shell around the pure core. `app` routes,
//! `pages` and `components` wire events to the core, `session` holds the
//! shared state, `requests` asks the core (and the scanner worker), and
//! `glue` is the only place that calls browser APIs.

pub mod app;
mod autosave;
#[cfg(feature = "bench")]
mod bench_export;
pub mod components;
pub mod glue;
pub mod pages;
mod requests;
pub mod session;

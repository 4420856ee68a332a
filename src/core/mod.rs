//! The pure core: no browser, no UI framework. Everything here is tested
//! natively with `cargo test`.

#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
pub mod bench;
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
pub mod bench_growth;
pub mod codec;
pub mod content;
pub mod engine;
pub mod html;
pub mod protocol;
pub mod questionnaire;
pub mod record;
pub mod saved_state;
pub mod scan;
pub mod session_merge;
pub mod site;
pub mod site_url;
pub mod tab_sync;
pub mod ui;

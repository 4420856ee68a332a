//! The pure core: no browser, no UI framework. Everything here is tested
//! natively with `cargo test`.

pub mod bench;
pub mod codec;
pub mod content;
pub mod decide;
pub mod front_matter;
pub mod html;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
pub mod page_meta;
pub mod participants;
pub mod protocol;
pub mod record;
pub mod routes;
pub mod saved_state;
pub mod search;
pub mod search_box;
pub mod views;
pub mod workshop;

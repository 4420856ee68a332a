//! The guide: its Markdown pages rendered at build time, their front
//! matter, and the full-text search index.

// `markdown` reaches `html` as `super::html`, as it does in build.rs.
#[cfg(not(target_arch = "wasm32"))]
use super::html;

mod bigrams;
pub mod front_matter;
#[cfg(not(target_arch = "wasm32"))]
pub mod markdown;
pub mod pages;
pub mod search;

pub use pages::{
    body_path, neighbours, normalise_base, page, page_path, pages, with_base, Page, SearchSection,
    TocEntry, SEARCH_INDEX_PATH,
};

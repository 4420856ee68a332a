//! The decision record: a MADR 4.0.0 Markdown file that says which
//! deployment pattern the org chose and why, and carries its answers so it
//! can be loaded back and checked again.

pub mod import;
pub mod options;
pub mod preview;
pub mod text;
pub mod workshop_sections;
pub mod writer;

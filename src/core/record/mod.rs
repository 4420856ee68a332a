//! The decision record: a MADR 4.0.0 Markdown file that says which
//! deployment pattern the org chose and why, and carries its answers so it
//! can be loaded back and checked again.

pub mod confirmation;
pub mod details;
pub mod discussion;
pub mod facts;
pub mod form_view;
pub mod front_matter;
pub mod import;
pub mod more;
pub mod options;
pub mod page_view;
pub mod preview;
pub mod prose;
pub mod supersede;
pub mod supersede_view;
pub mod text;
pub mod writer;

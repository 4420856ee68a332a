pub mod docs_nav;
pub mod layout;

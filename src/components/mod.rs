pub mod docs_nav;
pub mod layout;
pub mod questions;
pub mod recommendation;
pub mod search;
pub mod site_link;

pub mod docs_nav;
pub mod layout;
pub mod site_link;

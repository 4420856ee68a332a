pub mod layout;
pub mod search;
pub mod site_link;

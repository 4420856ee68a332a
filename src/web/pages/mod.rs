pub mod decide;
pub mod doc;
pub mod docs_index;
pub mod home;
pub mod not_found;
pub mod record;

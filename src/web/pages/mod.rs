pub mod decide;
mod decide_form;
pub mod doc;
pub mod docs_index;
pub mod home;
pub mod not_found;
pub mod record;

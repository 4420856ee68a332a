//! The site around the guide and the questionnaire: routes, page titles,
//! the docs and home views, the search box and the pre-rendered openings.

pub mod docs_view;
pub mod home_view;
pub mod intros;
pub mod page_meta;
pub mod routes;
pub mod search_box;
pub mod search_results_view;

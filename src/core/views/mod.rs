//! Pages and page parts drawn as HTML text by the pure core. The browser
//! app puts them in place (Leptos routes, state and events around them);
//! the same functions can write static pages. Text from users or content is
//! escaped with `html::escape`.

pub mod decide_toolbar;
pub mod docs;
pub mod home;
pub mod intros;
pub mod participants;
pub mod record_page;
pub mod search_results;

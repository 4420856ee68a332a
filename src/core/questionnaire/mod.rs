//! The questionnaire as the user meets it: the form and what its controls
//! do to the answers, the recommendation panel, the projector view, the
//! toolbar and the workshop's participants. Views are HTML drawn from the
//! engine's answers and decision.

pub mod form;
pub mod form_view;
pub mod groups;
pub mod page_view;
pub mod panel_view;
pub mod participants;
pub mod participants_view;
pub mod projector;
pub mod scan_view;
pub mod toolbar_view;

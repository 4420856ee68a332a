//! The contract between the views and the browser shell: the actions a
//! button can ask for, the element ids both sides use, and which DOM events
//! carry a change of which control.

pub mod action;
pub mod button;
pub mod events;
pub mod field;
pub mod ids;
pub mod notices;

pub use action::Action;
pub use button::ActionButton;
pub use field::Field;

//! The decision engine: the answers model, the pick rules as data, and the
//! explained pick of GitOps, pipeline deploys, or a hybrid (conflicts,
//! flips, the split of who deploys what).
//!
//! Entry point: [`decision::evaluate`] takes [`answers::Answers`] and returns
//! a [`decision::Decision`]. The rules themselves are data in
//! [`rules::RULES`].

pub mod alternatives;
pub mod anchors;
pub mod answers;
pub mod answers_v1;
pub mod choices;
pub mod conflicts;
pub mod decision;
pub mod explain;
pub mod flips;
pub mod obligations;
pub mod pattern;
pub mod question_options;
pub mod questions;
pub mod reading;
pub mod rules;
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
pub mod samples;
pub mod split;
pub mod tally;
pub mod targets;
pub mod text;
pub mod warnings;

pub use answers::Answers;
pub use decision::{evaluate, evaluate_naming, Decision};
pub use pattern::{Pattern, Strength, ToolPick};
pub use questions::QuestionId;

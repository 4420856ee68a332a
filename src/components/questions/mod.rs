//! The questionnaire's inputs: one card per question, one input per kind.

mod choice_input;
mod number_input;
mod question_card;
mod steps_input;
mod targets_input;

pub use question_card::QuestionCard;

//! The questionnaire's form fields, and how a field is written into and
//! read back from the markup (its `name` and `data-arg`). Like actions,
//! reading depends on the attributes alone.

use crate::core::engine::questions::QuestionId;
use crate::core::questionnaire::form::question;

/// What a control of the questionnaire form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A choice (radio group) or number question's answer.
    Answer(QuestionId),
    /// One of the imperative steps checkboxes (its value says which).
    Step,
    /// One of the compliance regime checkboxes (its value says which).
    Regime,
    TargetName(usize),
    TargetKind(usize),
    /// The discussion notes on a question.
    Note(QuestionId),
}

const STEP: &str = "step";
const REGIME: &str = "regime";
const TARGET_NAME: &str = "target-name";
const TARGET_KIND: &str = "target-kind";
const NOTE: &str = "note";

impl Field {
    /// The question whose answer the control changes (`None` for notes).
    pub fn question(self) -> Option<QuestionId> {
        match self {
            Field::Answer(q) => Some(q),
            Field::Step => Some(QuestionId::ImperativeSteps),
            Field::Regime => Some(QuestionId::Compliance),
            Field::TargetName(_) | Field::TargetKind(_) => Some(QuestionId::Targets),
            Field::Note(_) => None,
        }
    }

    /// The control's `name` (a radio group shares it).
    pub fn name(self) -> &'static str {
        match self {
            Field::Answer(q) => q.key(),
            Field::Step => STEP,
            Field::Regime => REGIME,
            Field::TargetName(_) => TARGET_NAME,
            Field::TargetKind(_) => TARGET_KIND,
            Field::Note(_) => NOTE,
        }
    }

    /// The control's `data-arg`, when the name alone does not say it.
    pub fn arg(self) -> Option<String> {
        match self {
            Field::TargetName(index) | Field::TargetKind(index) => Some(index.to_string()),
            Field::Note(q) => Some(q.key().to_string()),
            Field::Answer(_) | Field::Step | Field::Regime => None,
        }
    }

    /// The field a control with this `name` and `data-arg` edits.
    pub fn decode(name: &str, arg: &str) -> Option<Field> {
        Some(match name {
            STEP => Field::Step,
            REGIME => Field::Regime,
            TARGET_NAME => Field::TargetName(arg.parse().ok()?),
            TARGET_KIND => Field::TargetKind(arg.parse().ok()?),
            NOTE => Field::Note(question(arg)?),
            key => Field::Answer(question(key)?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_back_as_itself() {
        let mut fields = vec![
            Field::Step,
            Field::Regime,
            Field::TargetName(0),
            Field::TargetKind(usize::MAX),
        ];
        for &q in QuestionId::all() {
            fields.extend([Field::Answer(q), Field::Note(q)]);
        }
        for field in fields {
            let arg = field.arg().unwrap_or_default();
            assert_eq!(Field::decode(field.name(), &arg), Some(field));
        }
    }

    #[test]
    fn malformed_fields_are_none() {
        for (name, arg) in [
            ("", ""),
            ("target-name", "x"),
            ("note", "nope"),
            ("organisation", ""),
        ] {
            assert_eq!(Field::decode(name, arg), None, "{name}");
        }
    }
}

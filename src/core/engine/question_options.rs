//! The options of the single-choice questions, by index, so that one
//! non-generic UI component can render every one of them.

use super::questions::QuestionId;

/// How a question is answered in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Number,
    Targets,
    Steps,
    Choice,
}

/// One option of a single-choice question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoiceOption {
    pub label: &'static str,
    pub hint: &'static str,
}

/// The options of a single-choice question, in display order; empty for
/// the other kinds.
pub(super) fn of(q: QuestionId) -> &'static [ChoiceOption] {
    match q {
        QuestionId::Compliance => &[
            ChoiceOption {
                label: "None",
                hint: "No external audit of how changes reach production.",
            },
            ChoiceOption {
                label: "SOC 2",
                hint: "",
            },
            ChoiceOption {
                label: "PCI DSS",
                hint: "",
            },
            ChoiceOption {
                label: "HIPAA",
                hint: "",
            },
            ChoiceOption {
                label: "ISO 27001",
                hint: "",
            },
            ChoiceOption {
                label: "Another regime",
                hint: "For example FedRAMP, DORA or an internal audit.",
            },
        ],
        QuestionId::DisasterRecovery => &[
            ChoiceOption {
                label: "Best effort",
                hint: "Rebuilding a lost cluster by hand is acceptable.",
            },
            ChoiceOption {
                label: "Within hours",
                hint: "A lost cluster must come back within hours, the same way every time.",
            },
            ChoiceOption {
                label: "Within minutes",
                hint: "Strict: an automated rebuild with nobody re-applying by hand.",
            },
        ],
        QuestionId::CiCredentialConcern => &[
            ChoiceOption {
                label: "Low",
                hint: "CI is well isolated, or the risk is accepted.",
            },
            ChoiceOption {
                label: "Moderate",
                hint: "We would rather CI did not hold production credentials.",
            },
            ChoiceOption {
                label: "High",
                hint: "A CI compromise reaching production is a top risk for us.",
            },
        ],
        QuestionId::GitopsTooling => &[
            ChoiceOption {
                label: "None",
                hint: "No GitOps controller runs today.",
            },
            ChoiceOption {
                label: "Argo CD",
                hint: "",
            },
            ChoiceOption {
                label: "Flux",
                hint: "",
            },
            ChoiceOption {
                label: "Both",
                hint: "Argo CD and Flux, in different places.",
            },
        ],
        QuestionId::PipelineOwners => &[
            ChoiceOption {
                label: "Every pipeline",
                hint: "Each pipeline has a named owning team.",
            },
            ChoiceOption {
                label: "Some pipelines",
                hint: "Some pipelines have no clear owner.",
            },
            ChoiceOption {
                label: "None",
                hint: "Nobody owns the pipelines as such.",
            },
        ],
        QuestionId::SplitDocumented => &[
            ChoiceOption {
                label: "Yes",
                hint: "A written \"GitOps does X, pipelines do Y\" exists.",
            },
            ChoiceOption {
                label: "No",
                hint: "It lives in people's heads, or nowhere.",
            },
        ],
        _ => &[],
    }
}

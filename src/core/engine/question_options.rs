//! The options of the single-choice questions, by index, so that one
//! non-generic UI component can render every one of them.

use super::questions::QuestionId;

/// How a question is answered in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Number,
    Targets,
    Steps,
    /// Checkboxes, one per compliance regime, plus "none".
    Regimes,
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
        QuestionId::DisasterRecovery => &[
            ChoiceOption {
                label: "Best effort",
                hint: "Rebuilding by hand, with no target time, is acceptable.",
            },
            ChoiceOption {
                label: "Repeatably, within hours",
                hint: "The same scripted steps every time, done within hours.",
            },
            ChoiceOption {
                label: "Automatically, within minutes",
                hint: "Nobody re-applies anything by hand.",
            },
        ],
        QuestionId::CiCredentialConcern => &[
            ChoiceOption {
                label: "Low: long-lived credentials, risk accepted",
                hint: "CI holds a kubeconfig or token and we have decided to live with it.",
            },
            ChoiceOption {
                label: "Low: isolated deploy runners",
                hint: "Only dedicated runners behind a protected environment hold the credentials.",
            },
            ChoiceOption {
                label: "Low: short-lived tokens",
                hint: "CI gets per-environment tokens through OIDC federation; nothing long-lived is stored.",
            },
            ChoiceOption {
                label: "Moderate",
                hint: "We would rather CI held nothing that can write to production.",
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
                label: "Both, each on its own resources",
                hint: "A written line says which resources each controller owns.",
            },
            ChoiceOption {
                label: "Both, with no agreed line",
                hint: "They grew side by side; nobody is sure which deploys what.",
            },
        ],
        QuestionId::PipelineOwners => &[
            ChoiceOption {
                label: "Every deploy pipeline",
                hint: "Each has an owning team with a rota.",
            },
            ChoiceOption {
                label: "Some",
                hint: "Some have no owner, or one person who may have moved on.",
            },
            ChoiceOption {
                label: "None",
                hint: "Nobody owns the deploy pipelines as such.",
            },
        ],
        QuestionId::SplitDocumented => &[
            ChoiceOption {
                label: "Yes, for every target",
                hint: "One place says which mechanism deploys each target.",
            },
            ChoiceOption {
                label: "Partly",
                hint: "Some targets are covered; the rest live in people's heads.",
            },
            ChoiceOption {
                label: "No",
                hint: "It is not written down anywhere.",
            },
        ],
        _ => &[],
    }
}

//! How the questions are grouped on the page.

use crate::core::engine::QuestionId;

/// A group of questions shown together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Group {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: &'static [QuestionId],
}

pub const GROUPS: &[Group] = &[
    Group {
        id: "estate",
        title: "Your estate",
        intro: "The shape of what you run decides most of the pick.",
        questions: &[
            QuestionId::Clusters,
            QuestionId::NonProductionClusters,
            QuestionId::Targets,
            QuestionId::TeamSize,
        ],
    },
    Group {
        id: "pressure",
        title: "Pressure from outside",
        intro: "Auditors, recovery targets and security concerns tip the balance.",
        questions: &[
            QuestionId::Compliance,
            QuestionId::DisasterRecovery,
            QuestionId::CiCredentialConcern,
        ],
    },
    Group {
        id: "today",
        title: "How you deploy today",
        intro: "What is already in place, and what the deploys have to do.",
        questions: &[
            QuestionId::ImperativeSteps,
            QuestionId::GitopsTooling,
            QuestionId::PipelineOwners,
            QuestionId::SplitDocumented,
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_is_in_exactly_one_group() {
        for &q in QuestionId::all() {
            let groups = GROUPS.iter().filter(|g| g.questions.contains(&q)).count();
            assert_eq!(groups, 1, "{q:?}");
        }
    }
}

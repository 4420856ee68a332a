//! How the questions are asked: groups, help text, the docs section behind
//! each, and the options of the single-choice questions (by index, so one
//! non-generic UI component can render every one of them).

use super::answers::Answers;
use super::choices::{Compliance, Concern, DisasterRecovery, GitOpsTooling, OwnerCoverage};
use super::questions::QuestionId;

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

impl QuestionId {
    /// A stable key for form field names and test ids.
    pub fn key(self) -> &'static str {
        match self {
            QuestionId::Clusters => "clusters",
            QuestionId::TeamSize => "team-size",
            QuestionId::Compliance => "compliance",
            QuestionId::DisasterRecovery => "disaster-recovery",
            QuestionId::Targets => "targets",
            QuestionId::ImperativeSteps => "imperative-steps",
            QuestionId::CiCredentialConcern => "ci-credential-concern",
            QuestionId::GitopsTooling => "gitops-tooling",
            QuestionId::PipelineOwners => "pipeline-owners",
            QuestionId::SplitDocumented => "split-documented",
        }
    }

    pub fn input_kind(self) -> InputKind {
        match self {
            QuestionId::Clusters | QuestionId::TeamSize => InputKind::Number,
            QuestionId::Targets => InputKind::Targets,
            QuestionId::ImperativeSteps => InputKind::Steps,
            _ => InputKind::Choice,
        }
    }

    /// Why the question matters, in a sentence or two.
    pub fn help(self) -> &'static str {
        match self {
            QuestionId::Clusters => "Count production and non-production clusters you deploy to. 0 means you run no Kubernetes at all. Past about ten, pushing to each cluster from CI stops scaling.",
            QuestionId::TeamSize => "Engineers who ship changes, not the whole company. A small team (up to 10) can keep one pipeline in its head.",
            QuestionId::Compliance => "A regime that expects evidence of approved changes and of production matching them favours git as the audited source of truth.",
            QuestionId::DisasterRecovery => "GitOps can rebuild a cluster's objects from git without anyone re-running pipelines. Data still needs backups either way.",
            QuestionId::Targets => "List what you deploy to. Kubernetes and anything else together usually means a hybrid.",
            QuestionId::ImperativeSteps => "Procedural steps such as schema migrations or traffic shifts fit a pipeline better than declarative state.",
            QuestionId::CiCredentialConcern => "With pipeline deploys CI holds credentials that can write to production; with per-cluster GitOps controllers they stay in the cluster.",
            QuestionId::GitopsTooling => "Running both Argo CD and Flux is a known failure mode: each cluster should have one named tool.",
            QuestionId::PipelineOwners => "A pipeline nobody owns stalls and rots unnoticed.",
            QuestionId::SplitDocumented => "In a mixed setup, a written split answers \"which tool deploys this?\" before it becomes an incident.",
        }
    }

    /// The section of the guide behind the question.
    pub fn docs_anchor(self) -> &'static str {
        match self {
            QuestionId::Clusters => "/docs/gitops-wins#multi-cluster",
            QuestionId::TeamSize => "/docs/how-to-pick#rule-single-cluster-small-team",
            QuestionId::Compliance => "/docs/gitops-wins#compliance",
            QuestionId::DisasterRecovery => "/docs/gitops-wins#disaster-recovery",
            QuestionId::Targets => "/docs/how-to-pick#rule-mixed-workloads",
            QuestionId::ImperativeSteps => "/docs/pipeline-wins#imperative-steps",
            QuestionId::CiCredentialConcern => "/docs/how-to-pick#weigh-dr-and-credentials",
            QuestionId::GitopsTooling => "/docs/gitops-wins#one-tool-per-cluster",
            QuestionId::PipelineOwners => "/docs/pipeline-wins#pipeline-owner",
            QuestionId::SplitDocumented => "/docs/hybrid#documented-split",
        }
    }

    /// The options of a single-choice question, in display order; empty for
    /// the other kinds.
    pub fn options(self) -> &'static [ChoiceOption] {
        match self {
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

    /// The selected option of a single-choice question.
    pub fn selected(self, a: &Answers) -> Option<usize> {
        fn position<T: PartialEq>(all: &[T], value: Option<T>) -> Option<usize> {
            value.and_then(|v| all.iter().position(|x| *x == v))
        }
        match self {
            QuestionId::Compliance => position(&Compliance::ALL, a.compliance),
            QuestionId::DisasterRecovery => position(&DisasterRecovery::ALL, a.disaster_recovery),
            QuestionId::CiCredentialConcern => position(&Concern::ALL, a.ci_credential_concern),
            QuestionId::GitopsTooling => position(&GitOpsTooling::ALL, a.gitops_tooling),
            QuestionId::PipelineOwners => position(&OwnerCoverage::ALL, a.pipeline_owners),
            QuestionId::SplitDocumented => a.split_documented.map(|yes| usize::from(!yes)),
            _ => None,
        }
    }

    /// Sets (or, with `None`, clears) a single-choice answer by option index.
    pub fn select(self, a: &mut Answers, index: Option<usize>) {
        fn pick<T: Copy>(all: &[T], index: Option<usize>) -> Option<T> {
            index.and_then(|i| all.get(i).copied())
        }
        match self {
            QuestionId::Compliance => a.compliance = pick(&Compliance::ALL, index),
            QuestionId::DisasterRecovery => {
                a.disaster_recovery = pick(&DisasterRecovery::ALL, index)
            }
            QuestionId::CiCredentialConcern => a.ci_credential_concern = pick(&Concern::ALL, index),
            QuestionId::GitopsTooling => a.gitops_tooling = pick(&GitOpsTooling::ALL, index),
            QuestionId::PipelineOwners => a.pipeline_owners = pick(&OwnerCoverage::ALL, index),
            QuestionId::SplitDocumented => {
                a.split_documented = index.filter(|i| *i < 2).map(|i| i == 0)
            }
            _ => {}
        }
    }

    /// Clears the answer, whatever its kind.
    pub fn clear(self, a: &mut Answers) {
        match self {
            QuestionId::Clusters => a.clusters = None,
            QuestionId::TeamSize => a.team_size = None,
            QuestionId::Targets => a.targets = None,
            QuestionId::ImperativeSteps => a.imperative_steps = None,
            choice => choice.select(a, None),
        }
    }
}

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

    #[test]
    fn choice_options_round_trip_through_their_index() {
        for &q in QuestionId::all() {
            let options = q.options();
            assert_eq!(
                options.is_empty(),
                q.input_kind() != InputKind::Choice,
                "{q:?}"
            );
            for index in 0..options.len() {
                let mut a = Answers::default();
                q.select(&mut a, Some(index));
                assert_eq!(q.selected(&a), Some(index), "{q:?} option {index}");
                assert!(q.is_answered(&a));
                q.clear(&mut a);
                assert!(!q.is_answered(&a));
            }
        }
    }

    #[test]
    fn option_labels_match_the_enums() {
        assert_eq!(
            QuestionId::Compliance.options().len(),
            Compliance::ALL.len()
        );
        assert_eq!(
            QuestionId::DisasterRecovery.options().len(),
            DisasterRecovery::ALL.len()
        );
        assert_eq!(
            QuestionId::CiCredentialConcern.options().len(),
            Concern::ALL.len()
        );
        assert_eq!(
            QuestionId::GitopsTooling.options().len(),
            GitOpsTooling::ALL.len()
        );
        assert_eq!(
            QuestionId::PipelineOwners.options().len(),
            OwnerCoverage::ALL.len()
        );
    }
}

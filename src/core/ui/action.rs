//! Every action a button of the app can ask for, and how it is written into
//! and read back from the markup (`data-action` and `data-arg`). Reading
//! depends on the attributes alone, so the app can attach to markup it did
//! not draw (a pre-rendered page).

use crate::core::engine::answers::TargetKind;
use crate::core::engine::questions::QuestionId;
use crate::core::questionnaire::form::{kind_from_key, kind_key, question};

/// What pressing a button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    // The questionnaire form.
    Clear(QuestionId),
    AddTarget(TargetKind),
    RemoveTarget(usize),
    // The Decide page's toolbar.
    CopyLink,
    CopyLinkWithDetails,
    Present,
    Reset,
    ConfirmReset,
    CancelReset,
    AcceptLink,
    RejectLink,
    // The projector view's bar.
    PresentPrevious,
    PresentNext,
    PresentExit,
    // The workshop's participants.
    AddParticipants,
    RemoveParticipant(usize),
    Jump(QuestionId),
    Adopt {
        participant: usize,
        question: QuestionId,
    },
    // The Record page.
    Download,
    CopyMarkdown,
    Print,
    Supersede,
    DownloadSuperseded,
    StopSuperseding,
    // A guide page that failed to load.
    RetryPage,
    // An answer filled from a repository scan: keep it, or take it back.
    AcceptRepo(QuestionId),
    ClearRepo(QuestionId),
}

/// The attribute values that carry an action on an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The value of `data-action`.
    pub action: &'static str,
    /// The value of `data-arg`, when the action has a payload.
    pub arg: Option<String>,
}

type Decoder = fn(&str) -> Option<Action>;

/// Each variant's `data-action` and how to read it back from `data-arg`,
/// in the order of [`Action::index`].
const ACTIONS: [(&str, Decoder); 27] = [
    ("clear", |arg| question(arg).map(Action::Clear)),
    ("add-target", |arg| {
        kind_from_key(arg).map(Action::AddTarget)
    }),
    ("remove-target", |arg| {
        arg.parse().ok().map(Action::RemoveTarget)
    }),
    ("copy-link", |_| Some(Action::CopyLink)),
    ("copy-link-details", |_| Some(Action::CopyLinkWithDetails)),
    ("present", |_| Some(Action::Present)),
    ("reset", |_| Some(Action::Reset)),
    ("confirm-reset", |_| Some(Action::ConfirmReset)),
    ("cancel-reset", |_| Some(Action::CancelReset)),
    ("accept-link", |_| Some(Action::AcceptLink)),
    ("reject-link", |_| Some(Action::RejectLink)),
    ("present-previous", |_| Some(Action::PresentPrevious)),
    ("present-next", |_| Some(Action::PresentNext)),
    ("present-exit", |_| Some(Action::PresentExit)),
    ("add-participants", |_| Some(Action::AddParticipants)),
    ("remove-participant", |arg| {
        arg.parse().ok().map(Action::RemoveParticipant)
    }),
    ("jump", |arg| question(arg).map(Action::Jump)),
    ("adopt", |arg| {
        let (participant, key) = arg.split_once(':')?;
        Some(Action::Adopt {
            participant: participant.parse().ok()?,
            question: question(key)?,
        })
    }),
    ("download", |_| Some(Action::Download)),
    ("copy-markdown", |_| Some(Action::CopyMarkdown)),
    ("print", |_| Some(Action::Print)),
    ("retry-page", |_| Some(Action::RetryPage)),
    ("supersede", |_| Some(Action::Supersede)),
    ("download-superseded", |_| Some(Action::DownloadSuperseded)),
    ("stop-superseding", |_| Some(Action::StopSuperseding)),
    ("accept-repo", |arg| question(arg).map(Action::AcceptRepo)),
    ("clear-repo", |arg| question(arg).map(Action::ClearRepo)),
];

impl Action {
    /// The variant's row in [`ACTIONS`]. No wildcard: a new variant
    /// does not compile until it has a name.
    fn index(self) -> usize {
        match self {
            Action::Clear(_) => 0,
            Action::AddTarget(_) => 1,
            Action::RemoveTarget(_) => 2,
            Action::CopyLink => 3,
            Action::CopyLinkWithDetails => 4,
            Action::Present => 5,
            Action::Reset => 6,
            Action::ConfirmReset => 7,
            Action::CancelReset => 8,
            Action::AcceptLink => 9,
            Action::RejectLink => 10,
            Action::PresentPrevious => 11,
            Action::PresentNext => 12,
            Action::PresentExit => 13,
            Action::AddParticipants => 14,
            Action::RemoveParticipant(_) => 15,
            Action::Jump(_) => 16,
            Action::Adopt { .. } => 17,
            Action::Download => 18,
            Action::CopyMarkdown => 19,
            Action::Print => 20,
            Action::RetryPage => 21,
            Action::Supersede => 22,
            Action::DownloadSuperseded => 23,
            Action::StopSuperseding => 24,
            Action::AcceptRepo(_) => 25,
            Action::ClearRepo(_) => 26,
        }
    }

    /// The `data-action` and `data-arg` values for this action.
    pub fn encode(self) -> Encoded {
        let arg = match self {
            Action::Clear(q) | Action::Jump(q) | Action::AcceptRepo(q) | Action::ClearRepo(q) => {
                Some(q.key().to_string())
            }
            Action::AddTarget(kind) => Some(kind_key(kind).to_string()),
            Action::RemoveTarget(index) | Action::RemoveParticipant(index) => {
                Some(index.to_string())
            }
            Action::Adopt {
                participant,
                question,
            } => Some(format!("{participant}:{}", question.key())),
            _ => None,
        };
        Encoded {
            action: ACTIONS[self.index()].0,
            arg,
        }
    }

    /// The action that `data-action="action"` and `data-arg="arg"` stand
    /// for; `None` for anything unknown or malformed.
    pub fn decode(action: &str, arg: Option<&str>) -> Option<Action> {
        let (_, decode) = ACTIONS.iter().find(|(name, _)| *name == action)?;
        decode(arg.unwrap_or(""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VARIANTS: usize = ACTIONS.len();

    fn examples() -> Vec<Action> {
        let mut all = vec![
            Action::RemoveTarget(0),
            Action::RemoveTarget(usize::MAX),
            Action::CopyLink,
            Action::CopyLinkWithDetails,
            Action::Present,
            Action::Reset,
            Action::ConfirmReset,
            Action::CancelReset,
            Action::AcceptLink,
            Action::RejectLink,
            Action::PresentPrevious,
            Action::PresentNext,
            Action::PresentExit,
            Action::AddParticipants,
            Action::RemoveParticipant(49),
            Action::Download,
            Action::CopyMarkdown,
            Action::Print,
            Action::RetryPage,
            Action::Supersede,
            Action::DownloadSuperseded,
            Action::StopSuperseding,
        ];
        for &q in QuestionId::all() {
            all.extend([
                Action::Clear(q),
                Action::Jump(q),
                Action::AcceptRepo(q),
                Action::ClearRepo(q),
                Action::Adopt {
                    participant: 3,
                    question: q,
                },
            ]);
        }
        all.extend(TargetKind::ALL.map(Action::AddTarget));
        all
    }

    #[test]
    fn every_action_reads_back_as_itself() {
        let examples = examples();
        let mut seen = [false; VARIANTS];
        for action in examples {
            seen[action.index()] = true;
            let Encoded { action: name, arg } = action.encode();
            assert_eq!(Action::decode(name, arg.as_deref()), Some(action), "{name}");
        }
        assert!(
            seen.iter().all(|s| *s),
            "a variant has no example: {seen:?}"
        );
    }

    #[test]
    fn names_are_distinct() {
        let mut names: Vec<&str> = examples().iter().map(|a| a.encode().action).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), VARIANTS);
    }

    #[test]
    fn malformed_payloads_are_no_action() {
        for (name, arg) in [
            ("clear", Some("nope")),
            ("clear", None),
            ("accept-repo", Some("nope")),
            ("clear-repo", None),
            ("add-target", Some("mainframe")),
            ("remove-target", Some("-1")),
            ("adopt", Some("3-team-size")),
            ("adopt", Some("x:clusters")),
            ("adopt", Some("1:")),
            ("launch", None),
            ("", None),
        ] {
            assert_eq!(Action::decode(name, arg), None, "{name} {arg:?}");
        }
    }
}

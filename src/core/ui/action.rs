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
    // A guide page that failed to load.
    RetryPage,
}

/// The attribute values that carry an action on an element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The value of `data-action`.
    pub action: &'static str,
    /// The value of `data-arg`, when the action has a payload.
    pub arg: Option<String>,
}

impl Action {
    /// The `data-action` and `data-arg` values for this action.
    pub fn encode(self) -> Encoded {
        let (action, arg) = match self {
            Action::Clear(q) => ("clear", Some(q.key().to_string())),
            Action::AddTarget(kind) => ("add-target", Some(kind_key(kind).to_string())),
            Action::RemoveTarget(index) => ("remove-target", Some(index.to_string())),
            Action::CopyLink => ("copy-link", None),
            Action::CopyLinkWithDetails => ("copy-link-details", None),
            Action::Present => ("present", None),
            Action::Reset => ("reset", None),
            Action::ConfirmReset => ("confirm-reset", None),
            Action::CancelReset => ("cancel-reset", None),
            Action::AcceptLink => ("accept-link", None),
            Action::RejectLink => ("reject-link", None),
            Action::PresentPrevious => ("present-previous", None),
            Action::PresentNext => ("present-next", None),
            Action::PresentExit => ("present-exit", None),
            Action::AddParticipants => ("add-participants", None),
            Action::RemoveParticipant(index) => ("remove-participant", Some(index.to_string())),
            Action::Jump(q) => ("jump", Some(q.key().to_string())),
            Action::Adopt {
                participant,
                question,
            } => ("adopt", Some(format!("{participant}:{}", question.key()))),
            Action::Download => ("download", None),
            Action::CopyMarkdown => ("copy-markdown", None),
            Action::Print => ("print", None),
            Action::RetryPage => ("retry-page", None),
        };
        Encoded { action, arg }
    }

    /// The action that `data-action="action"` and `data-arg="arg"` stand
    /// for; `None` for anything unknown or malformed.
    pub fn decode(action: &str, arg: Option<&str>) -> Option<Action> {
        let arg = arg.unwrap_or("");
        let index = || arg.parse::<usize>().ok();
        Some(match action {
            "clear" => Action::Clear(question(arg)?),
            "add-target" => Action::AddTarget(kind_from_key(arg)?),
            "remove-target" => Action::RemoveTarget(index()?),
            "copy-link" => Action::CopyLink,
            "copy-link-details" => Action::CopyLinkWithDetails,
            "present" => Action::Present,
            "reset" => Action::Reset,
            "confirm-reset" => Action::ConfirmReset,
            "cancel-reset" => Action::CancelReset,
            "accept-link" => Action::AcceptLink,
            "reject-link" => Action::RejectLink,
            "present-previous" => Action::PresentPrevious,
            "present-next" => Action::PresentNext,
            "present-exit" => Action::PresentExit,
            "add-participants" => Action::AddParticipants,
            "remove-participant" => Action::RemoveParticipant(index()?),
            "jump" => Action::Jump(question(arg)?),
            "adopt" => {
                let (participant, key) = arg.split_once(':')?;
                Action::Adopt {
                    participant: participant.parse().ok()?,
                    question: question(key)?,
                }
            }
            "download" => Action::Download,
            "copy-markdown" => Action::CopyMarkdown,
            "print" => Action::Print,
            "retry-page" => Action::RetryPage,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each variant's position; the match has no wildcard, so a new variant
    /// does not compile until it is numbered here and given an example.
    fn variant(action: Action) -> usize {
        match action {
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
        }
    }
    const VARIANTS: usize = 22;

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
        ];
        for &q in QuestionId::all() {
            all.extend([
                Action::Clear(q),
                Action::Jump(q),
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
            seen[variant(action)] = true;
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

//! The element ids that views render and the shell looks up, as functions
//! of what they identify, so both sides agree by construction.

use crate::core::engine::answers::TargetKind;
use crate::core::engine::questions::QuestionId;
use crate::core::questionnaire::form::kind_key;

/// A question's card (the projector view and "jump" move focus there).
pub fn question(q: QuestionId) -> String {
    format!("q-{}", q.key())
}

pub fn help(q: QuestionId) -> String {
    format!("help-{}", q.key())
}

/// The slot for the participants' answers to `q`.
pub fn votes(q: QuestionId) -> String {
    format!("votes-{}", q.key())
}

/// The slot for the mark of an answer filled from a repository scan.
pub fn from_repo(q: QuestionId) -> String {
    format!("from-repo-{}", q.key())
}

pub fn clear(q: QuestionId) -> String {
    format!("clear-{}", q.key())
}

pub fn note(q: QuestionId) -> String {
    format!("note-{}", q.key())
}

/// The radio button of option `index` of `q`.
pub fn choice(q: QuestionId, index: usize) -> String {
    format!("{}-{index}", q.key())
}

/// The input of a number question.
pub fn field_input(q: QuestionId) -> String {
    format!("{}-input", q.key())
}

/// The message under a number question's input.
pub fn field_error(q: QuestionId) -> String {
    format!("{}-error", q.key())
}

pub fn target_name(index: usize) -> String {
    format!("target-{index}-name")
}

pub fn target_kind(index: usize) -> String {
    format!("target-{index}-kind")
}

pub fn remove_target(index: usize) -> String {
    format!("remove-target-{index}")
}

pub fn add_target(kind: TargetKind) -> String {
    format!("add-target-{}", kind_key(kind))
}

/// A checkbox of the imperative steps question.
pub fn step(value: &str) -> String {
    format!("step-{value}")
}

/// A checkbox of the compliance question.
pub fn regime(value: &str) -> String {
    format!("regime-{value}")
}

/// A field of the Record page's details form.
pub fn record_field(name: &str) -> String {
    format!("record-{name}")
}

pub fn record_owner(index: usize) -> String {
    format!("record-owner-{index}")
}

// The slots of the page frames (`page_view.rs`) that the shell fills.
pub const QUESTIONNAIRE: &str = "questionnaire";
pub const DECIDE_TOOLBAR: &str = "decide-toolbar";
pub const PRESENT_BAR: &str = "present-bar";
pub const PARTICIPANT_LINKS: &str = "participant-links";
pub const PARTICIPANTS_STATUS: &str = "participants-status";
pub const PARTICIPANTS_LIST: &str = "participants-list";
pub const RECOMMENDATION: &str = "recommendation";
pub const REC_PEEK: &str = "rec-peek";
pub const REC_ANNOUNCEMENT: &str = "rec-announcement";
/// The class on `<html>` while saved answers wait to be drawn: the shell's
/// first script sets it when storage holds work, decide.css hides the
/// pre-rendered empty questionnaire under it, the app drops it once drawn.
pub const RESTORING: &str = "restoring";
/// Where the Decide page says what the link it was opened with did.
pub const LINK_NOTICE: &str = "link-notice";
pub const STORAGE_NOTICE: &str = "storage-notice";
/// The drop zone for a repository folder.
pub const SCAN_DROP: &str = "scan-drop";
pub const SCAN_FOLDER: &str = "scan-folder";
pub const SCAN_STATUS: &str = "scan-status";
pub const SCAN_REPORT: &str = "scan-report";
pub const RECORD_FORM: &str = "record-form";
pub const RECORD_NOTICE: &str = "record-notice";
pub const RECORD_SUPERSEDE: &str = "record-supersede";
pub const RECORD_FILE_NAME: &str = "record-file-name";
pub const RECORD_PREVIEW: &str = "record-preview";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_name_what_they_identify() {
        assert_eq!(question(QuestionId::TeamSize), "q-team-size");
        assert_eq!(field_input(QuestionId::Clusters), "clusters-input");
        assert_eq!(field_error(QuestionId::Clusters), "clusters-error");
        assert_eq!(add_target(TargetKind::OnPrem), "add-target-on-prem");
        assert_eq!(target_name(2), "target-2-name");
    }
}

//! The app's shared state: the answers being worked on, the record's
//! details, and what the core last said about them.

use leptos::prelude::*;

use super::requests::CoreLink;
use crate::core::engine::Answers;
use crate::core::protocol::Panel;
use crate::core::record::details::RecordDetails;

/// A message for the user: its kind (info, warn, error) and text.
pub type Notice = Option<(&'static str, String)>;

/// The record as the core last wrote it: file name, Markdown, preview.
pub type Written = Option<(String, String, String)>;

#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    /// Bumped when the answers are replaced from outside the questionnaire
    /// form (a loaded record, a share link), so forms draw themselves again.
    pub form_revision: RwSignal<u32>,
    /// The decision record's details.
    pub details: RwSignal<RecordDetails>,
    /// The recommendation for the current answers, once the core answered.
    pub panel: RwSignal<Option<Panel>>,
    /// The record for the current answers and details.
    pub written: RwSignal<Written>,
    /// A problem with saving or restoring work in this browser.
    pub storage_notice: RwSignal<Option<String>>,
    /// The Record page's details form, drawn by the core.
    pub record_form: RwSignal<Option<String>>,
    /// The outcome of the last record action (load, download, copy).
    pub notice: RwSignal<Notice>,
    /// The superseding panel, and the superseded record marked as such
    /// (file name and text), as the core last wrote them.
    pub superseding: RwSignal<(String, Option<(String, String)>)>,
    pub(super) link: StoredValue<CoreLink, LocalStorage>,
}

impl Session {
    pub fn new(answers: Answers) -> Self {
        Session {
            answers: RwSignal::new(answers),
            form_revision: RwSignal::new(0),
            details: RwSignal::new(RecordDetails::default()),
            panel: RwSignal::new(None),
            written: RwSignal::new(None),
            notice: RwSignal::new(None),
            record_form: RwSignal::new(None),
            storage_notice: RwSignal::new(None),
            superseding: RwSignal::new((String::new(), None)),
            link: StoredValue::new_local(CoreLink::default()),
        }
    }

    /// Replaces every answer (not a keystroke in the form).
    pub fn replace_answers(&self, answers: Answers) {
        self.answers.set(answers);
        self.form_revision.update(|revision| *revision += 1);
    }

    /// Replaces the record's details from outside the form (superseding).
    pub fn replace_details(&self, details: RecordDetails) {
        self.details.set(details);
        self.form_revision.update(|revision| *revision += 1);
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}

//! What the Decide and Record pages ask the worker for, and when: one
//! request per change, and the record only once typing pauses.

use std::time::Duration;

use leptos::prelude::*;

use crate::core::codec;
use crate::core::protocol::Request;
use crate::core::record::details::RecordDetails;
use crate::web::session::Session;

/// How long typing in the record's details must pause before the record is
/// written again.
const TYPING_PAUSE: Duration = Duration::from_millis(250);

impl Session {
    /// Keeps `panel` up to date while the calling page is shown: one request
    /// per change of the answers (or of the participants).
    pub fn watch_decision(&self) {
        let session = *self;
        // Participants travel along so the worker can compare answers, and
        // the tool named for the record so the panel names it too; notes and
        // other details do not change the recommendation.
        let relevant = Memo::new(move |_| {
            session
                .details
                .with(|w| (w.participants.clone(), w.gitops_tool))
        });
        Effect::new(move |sent: Option<String>| {
            let participants = relevant.with(|(list, tool)| {
                (!list.is_empty() || tool.is_some()).then(|| RecordDetails {
                    participants: list.clone(),
                    gitops_tool: *tool,
                    ..RecordDetails::default()
                })
            });
            let answers = session
                .answers
                .with(|a| codec::encode(a, participants.as_ref()));
            if sent.as_ref() != Some(&answers) {
                session.send(Request::Decide {
                    answers: answers.clone(),
                });
            }
            answers
        });
    }

    /// Keeps `written` (and the details form) up to date while the Record
    /// page is shown: at once when it opens or the answers are replaced,
    /// after a pause while someone types, and at once when a field is left.
    pub fn watch_record(&self) {
        let session = *self;
        self.link.update_value(|link| link.record_sent = None);
        Effect::new(move |_| {
            let revision = session.form_revision.get();
            session.answers.track();
            session.details.track();
            let drawn = session
                .link
                .with_value(|link| link.record_sent.as_ref().map(|(r, _)| *r));
            if drawn == Some(revision) {
                session.stop_typing();
                let timer =
                    set_timeout_with_handle(move || session.write_record(false), TYPING_PAUSE);
                session.link.update_value(|link| link.typing = timer.ok());
            } else {
                session.write_record(true);
            }
        });
        let left_field = window_event_listener(leptos::ev::change, move |_| {
            if session.link.with_value(|link| link.typing.is_some()) {
                session.write_record(false);
            }
        });
        on_cleanup(move || {
            left_field.remove();
            session.stop_typing();
        });
    }

    fn stop_typing(&self) {
        if let Some(timer) = self
            .link
            .try_update_value(|link| link.typing.take())
            .flatten()
        {
            timer.clear();
        }
    }

    /// Asks for the record of the current work, unless that was the last
    /// thing asked; `fresh_form` asks for the details form whatever is shown.
    fn write_record(&self, fresh_form: bool) {
        self.stop_typing();
        let encoded = self
            .answers
            .with_untracked(|a| self.details.with_untracked(|w| codec::encode(a, Some(w))));
        let now = (self.form_revision.get_untracked(), encoded);
        let form_shown = self.link.try_update_value(|link| {
            if !fresh_form && link.record_sent.as_ref() == Some(&now) {
                return Err(());
            }
            link.record_sent = Some(now.clone());
            Ok(link.form_shown.filter(|_| !fresh_form))
        });
        if let Some(Ok(form_shown)) = form_shown {
            self.send(Request::Record {
                answers: now.1,
                form_shown,
            });
        }
    }
}

//! The session's conversation with the rules worker: requests queued until
//! it is ready, replies turned into session state.

use leptos::prelude::*;

use super::glue;
use super::session::Session;
use crate::core::codec;
use crate::core::protocol::{decide_request, parse_reply, Reply};
use crate::core::record::details::RecordDetails;

/// The worker's loader, relative to the site base.
const WORKER: &str = "/pushpull-worker_loader.js";

impl Session {
    /// Sends a request to the worker, starting it on first use and holding
    /// requests until it says it is ready.
    pub fn send(&self, message: &str) {
        let session = *self;
        if self.worker.with_value(Option::is_none) {
            let worker = glue::start_worker(WORKER, move |reply| session.receive(&reply));
            self.worker.set_value(worker);
        }
        let queued = self.pending.try_update_value(|pending| match pending {
            Some(queue) => {
                queue.push(message.to_string());
                true
            }
            None => false,
        });
        if queued != Some(true) {
            self.post(message);
        }
    }

    fn post(&self, message: &str) {
        let sent = self
            .worker
            .with_value(|w| w.as_ref().is_some_and(|w| glue::post_to_worker(w, message)));
        if !sent {
            self.notice.set(Some((
                "error",
                "This browser could not start PushPull's worker, so the recommendation and the record are unavailable.".into(),
            )));
        }
    }

    /// Keeps `panel` up to date while the calling page is shown.
    pub fn watch_decision(&self, base: String) {
        let session = *self;
        // Participants travel along so the worker can compare answers; notes
        // and other details do not change the recommendation.
        let participants = Memo::new(move |_| session.details.with(|w| w.participants.clone()));
        Effect::new(move |_| {
            let participants = participants.with(|list| {
                (!list.is_empty()).then(|| RecordDetails {
                    participants: list.clone(),
                    ..RecordDetails::default()
                })
            });
            let encoded = session
                .answers
                .with(|a| codec::encode(a, participants.as_ref()));
            session.send(&decide_request(&base, &encoded));
        });
    }

    fn receive(&self, reply: &str) {
        match parse_reply(reply) {
            Reply::Decided(panel) => self.panel.set(Some(panel)),
            Reply::Written { file_name, markdown, preview } => self.written.set(Some((file_name, markdown, preview))),
            Reply::Imported { encoded, recorded, current } => self.notice.set(match codec::decode(&encoded) {
                Ok((answers, details)) => {
                    self.details.set(details.unwrap_or_default());
                    self.replace_answers(answers);
                    if recorded == current {
                        Some(("info", "Record loaded: its answers and details are restored, and today's rules still pick the recorded option.".into()))
                    } else {
                        Some((
                            "warn",
                            format!(
                                "Record loaded: answers and details restored. It chose \"{}\", but today's rules pick \"{}\": review it.",
                                if recorded.is_empty() { "nothing" } else { &recorded },
                                if current.is_empty() { "nothing yet" } else { &current },
                            ),
                        ))
                    }
                }
                Err(error) => Some(("error", format!("Nothing was loaded: {error}. Your current answers are unchanged."))),
            }),
            Reply::Error(error) => self.notice.set(Some(("error", format!("{error} Your current answers are unchanged.")))),
            Reply::RecordForm(html) => self.record_form.set(Some(html)),
            Reply::Ready => {
                let queue = self.pending.try_update_value(Option::take).flatten().unwrap_or_default();
                for message in queue {
                    self.post(&message);
                }
            }
        }
    }
}

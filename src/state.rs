//! The app's shared state: the answers being worked on, the record's
//! details, and what the worker last said about them.

use leptos::prelude::*;

use crate::browser;
use crate::core::codec;
use crate::core::decide::Answers;
use crate::core::html::escape;
use crate::core::protocol::{decide_request, parse_reply, Panel, Reply};
use crate::core::saved_state::{self, STORAGE_KEY};
use crate::core::workshop::Workshop;

/// The worker's loader, relative to the site base.
const WORKER: &str = "/pushpull-worker_loader.js";

/// A message for the user: its kind (info, warn, error) and text.
pub type Notice = Option<(&'static str, String)>;

/// The record as the worker last wrote it: file name, Markdown, preview.
pub type Written = Option<(String, String, String)>;

#[derive(Clone, Copy)]
pub struct Session {
    pub answers: RwSignal<Answers>,
    /// Bumped when the answers are replaced from outside the questionnaire
    /// form (a loaded record, a share link), so forms draw themselves again.
    pub form_revision: RwSignal<u32>,
    /// The decision record's details.
    pub workshop: RwSignal<Workshop>,
    /// The recommendation for the current answers, once the worker answered.
    pub panel: RwSignal<Option<Panel>>,
    /// The record for the current answers and details.
    pub written: RwSignal<Written>,
    /// A problem with saving or restoring work in this browser.
    pub storage_notice: RwSignal<Option<String>>,
    /// The Record page's details form, drawn by the worker.
    pub record_form: RwSignal<Option<String>>,
    /// The outcome of the last record action (load, download, copy).
    pub notice: RwSignal<Notice>,
    worker: StoredValue<Option<web_sys::Worker>, LocalStorage>,
    /// Requests waiting for the worker to be ready (`None` once it is).
    pending: StoredValue<Option<Vec<String>>>,
}

impl Session {
    pub fn new(answers: Answers) -> Self {
        Session {
            answers: RwSignal::new(answers),
            form_revision: RwSignal::new(0),
            workshop: RwSignal::new(Workshop::default()),
            panel: RwSignal::new(None),
            written: RwSignal::new(None),
            notice: RwSignal::new(None),
            record_form: RwSignal::new(None),
            storage_notice: RwSignal::new(None),
            worker: StoredValue::new_local(None),
            pending: StoredValue::new(Some(Vec::new())),
        }
    }

    /// A session with the work saved in this browser, kept saved from now on.
    /// Saved work that cannot be read is set aside (never deleted) and named.
    pub fn restore_and_autosave() -> Self {
        let session = Session::new(Answers::default());
        match browser::storage_get(STORAGE_KEY) {
            Ok(Some(saved)) => match saved_state::decode(&saved) {
                Ok((answers, workshop)) => {
                    session.answers.set(answers);
                    session.workshop.set(workshop);
                }
                Err(error) => {
                    let aside = format!("{STORAGE_KEY}.unreadable");
                    let kept = browser::storage_set(&aside, &saved).is_ok();
                    session.storage_notice.set(Some(format!(
                        "Your saved work could not be restored: {error}. {} You are starting with empty answers.",
                        if kept { format!("The saved data was kept aside in this browser's storage under \"{aside}\".") } else { String::new() }
                    )));
                }
            },
            Ok(None) => {}
            Err(error) => session.storage_notice.set(Some(format!(
                "Your work will not be saved: {error}. Everything else works."
            ))),
        }
        Effect::new(move |_| {
            let saved = session
                .answers
                .with(|a| session.workshop.with(|w| saved_state::encode(a, w)));
            let stored = if saved.len() > codec::MAX_ENCODED {
                Err(format!(
                    "the work is larger than {} KB",
                    codec::MAX_ENCODED / 1024
                ))
            } else {
                browser::storage_set(STORAGE_KEY, &saved)
            };
            if let Err(error) = stored {
                session.storage_notice.set(Some(format!("Your latest answers could not be saved: {error}. They are still used on this page.")));
            }
        });
        session
    }

    /// Keeps the storage notice, if any, in the element `slot`.
    pub fn show_storage_notice(&self, slot: &'static str) {
        let notice = self.storage_notice;
        Effect::new(move |_| {
            let html = notice.with(|text| {
                text.as_deref().map_or(String::new(), |text| {
                    format!(
                        r#"<p class="notice notice--warn" role="status" data-testid="storage-notice">{}</p>"#,
                        escape(text)
                    )
                })
            });
            browser::set_inner_html(slot, &html);
        });
    }

    /// Replaces every answer (not a keystroke in the form).
    pub fn replace_answers(&self, answers: Answers) {
        self.answers.set(answers);
        self.form_revision.update(|revision| *revision += 1);
    }

    /// Sends a request to the worker, starting it on first use and holding
    /// requests until it says it is ready.
    pub fn send(&self, message: &str) {
        let session = *self;
        if self.worker.with_value(Option::is_none) {
            let worker = browser::start_worker(WORKER, move |reply| session.receive(&reply));
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
        let sent = self.worker.with_value(|w| {
            w.as_ref()
                .is_some_and(|w| browser::post_to_worker(w, message))
        });
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
        let participants = Memo::new(move |_| session.workshop.with(|w| w.participants.clone()));
        Effect::new(move |_| {
            let participants = participants.with(|list| {
                (!list.is_empty()).then(|| Workshop {
                    participants: list.clone(),
                    ..Workshop::default()
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
                Ok((answers, workshop)) => {
                    self.workshop.set(workshop.unwrap_or_default());
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

pub fn use_session() -> Session {
    expect_context::<Session>()
}

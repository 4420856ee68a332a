//! The session's requests to the pure core, and its replies turned into
//! session state. The rules, the record writer and the reader answer in
//! the page, each request in a task of its own so that a burst of input
//! never runs inside the effect that asked; the repository scanner is a
//! web worker (`scanner`), started when a folder is picked.

mod scanner;
mod watch;

use std::time::Duration;

use leptos::prelude::*;

use crate::core::codec;
use crate::core::protocol::{Reply, Request, Responder};
use crate::web::glue;
use crate::web::session::Session;

/// How long the scanner may take to load before the page gives up on it.
pub(super) const STARTUP_TIMEOUT: Duration = Duration::from_secs(15);

/// The core's state and what the session keeps for its requests.
#[derive(Default)]
pub struct CoreLink {
    /// Answers the requests; told where the site lives on first use.
    responder: Option<Responder>,
    /// Whether the Record page's details form was drawn for a pick that
    /// uses GitOps (`None` before the first one).
    form_shown: Option<bool>,
    /// The last record asked for: the form revision and the encoded work.
    record_sent: Option<(u32, String)>,
    /// Waits for a pause in typing before the record is asked for again.
    typing: Option<TimeoutHandle>,
    repo_scan: scanner::RepoScan,
}

impl Session {
    /// Asks the core, in a task of its own; the reply updates the session
    /// (and so the page) in the next one: working out and drawing are two
    /// shorter tasks rather than one long one. Replies keep their order.
    pub fn send(&self, request: Request) {
        let session = *self;
        set_timeout(move || session.answer(request), Duration::ZERO);
    }

    fn answer(&self, request: Request) {
        let reply = self
            .link
            .try_update_value(|link| {
                let responder = link.responder.get_or_insert_with(|| {
                    let mut responder = Responder::default();
                    responder.respond(
                        Request::Hello {
                            base: glue::site_base(),
                            site_url: glue::served_at(),
                        },
                        &glue::now_ms,
                    );
                    responder
                });
                responder.respond(request, &glue::now_ms)
            })
            .flatten();
        if let Some(reply) = reply {
            let session = *self;
            set_timeout(move || session.receive(reply), Duration::ZERO);
        }
    }

    fn receive(&self, reply: Reply) {
        match reply {
            Reply::Decided(panel) => self.panel.set(Some(panel)),
            Reply::Recorded { file_name, markdown, preview, uses_gitops, form, supersede, marked } => {
                self.written.set(Some((file_name, markdown, preview)));
                self.superseding.set((supersede, marked));
                if let Some(form) = form {
                    self.link.update_value(|link| link.form_shown = Some(uses_gitops));
                    self.record_form.set(Some(form));
                }
            }
            Reply::Imported { encoded, recorded, current, earlier_version } => self.notice.set(match codec::decode(&encoded) {
                Ok((answers, details)) => {
                    self.details.set(details.unwrap_or_default());
                    self.replace_answers(answers);
                    let (kind, mut text) = if recorded == current {
                        ("info", "Record loaded: its answers and details are restored, and today's rules still pick the recorded option.".to_string())
                    } else {
                        (
                            "warn",
                            format!(
                                "Record loaded: answers and details restored. It chose \"{}\", but today's rules pick \"{}\": review it.",
                                recorded.as_deref().unwrap_or("nothing"),
                                current.as_deref().unwrap_or("nothing yet"),
                            ),
                        )
                    };
                    if earlier_version {
                        text = format!("{text} {}", codec::EARLIER_VERSION_NOTE);
                    }
                    Some((kind, text))
                }
                Err(error) => Some(("error", format!("Nothing was loaded: {error}. Your current answers are unchanged."))),
            }),
            Reply::Superseding { encoded, notice } => self.notice.set(match codec::decode(&encoded) {
                Ok((_, Some(details))) => {
                    self.replace_details(details);
                    Some(("info", notice))
                }
                _ => Some(("error", "The new record could not be started: the worker's answer was damaged.".to_string())),
            }),
            // Only the scanner, a worker of its own, sends these.
            Reply::Ready { .. } | Reply::Scanned { .. } => {}
            Reply::Error(error) => self.notice.set(Some(("error", format!("{error} Your current answers are unchanged.")))),
            // Timings are for the browser tests, which ask `pushpull_bench`.
            #[cfg(any(test, feature = "bench"))]
            Reply::Timings(_) => {}
        }
    }
}

//! The session's conversation with the rules worker: requests queued until
//! it is ready, its build checked, its failures noticed, replies turned
//! into session state.

mod in_page;
mod scanner;
mod watch;

use std::time::Duration;

use leptos::prelude::*;

use crate::core::codec;
use crate::core::protocol::status::{check_ready, diagnose, Failure, WorkerStatus, SHELL_PAGE};
use crate::core::protocol::{Reply, Request};
use crate::web::glue::{self, WorkerScript};
use crate::web::session::Session;

/// How long the worker may take to load before the page gives up on it.
pub(super) const STARTUP_TIMEOUT: Duration = Duration::from_secs(15);

/// The worker and what the session keeps for it.
#[derive(Default)]
pub struct WorkerLink {
    worker: Option<web_sys::Worker>,
    /// Requests waiting for the worker to be ready.
    pending: Vec<Request>,
    /// The latest request of each repeatable kind, sent again on a retry.
    latest: Vec<Request>,
    /// Counts the workers started, so that a dead one's late news is ignored.
    generation: u32,
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
    /// Sends a request to the worker, starting it on first use and holding
    /// requests until it says it is ready. While it is failed, only the
    /// latest repeatable requests are kept, for the notice's Retry.
    pub fn send(&self, request: Request) {
        self.link.update_value(|link| {
            if request.is_repeatable() {
                let kind = std::mem::discriminant(&request);
                link.latest.retain(|r| std::mem::discriminant(r) != kind);
                link.latest.push(request.clone());
            }
        });
        match self.worker_status.get_untracked() {
            WorkerStatus::Ready => self.post(&request),
            WorkerStatus::Failed(_) => {}
            WorkerStatus::Starting => {
                let start = self.link.try_update_value(|link| {
                    link.pending.push(request);
                    link.worker.is_none()
                });
                if start == Some(true) {
                    self.start();
                }
            }
        }
    }

    /// Starts the worker again after a failure and sends it the latest
    /// requests (the answers never left the session).
    pub fn retry_worker(&self) {
        self.link
            .update_value(|link| link.pending = link.latest.clone());
        self.worker_status.set(WorkerStatus::Starting);
        self.start();
    }

    fn start(&self) {
        if cfg!(feature = "one-bundle") {
            return self.start_in_page();
        }
        let session = *self;
        let generation = self
            .link
            .try_update_value(|link| {
                link.generation += 1;
                link.generation
            })
            .unwrap_or_default();
        let current = move || session.link.with_value(|link| link.generation) == generation;
        let worker = glue::start_worker(
            &glue::worker_path(WorkerScript::Rules),
            move |reply| {
                if current() {
                    session.receive(&reply);
                }
            },
            move || {
                if current() {
                    session.worker_failed();
                }
            },
        );
        if worker.is_none() {
            self.fail(Failure::Unreachable);
            return;
        }
        self.link.update_value(|link| link.worker = worker);
        set_timeout(
            move || {
                if current() && session.worker_status.get_untracked() == WorkerStatus::Starting {
                    session.worker_failed();
                }
            },
            STARTUP_TIMEOUT,
        );
    }

    /// The worker failed to load, threw, or took too long: a stop if it had
    /// been working, else the site's current shell page says whether this
    /// page's build is still the one deployed.
    fn worker_failed(&self) {
        if self.worker_status.get_untracked() == WorkerStatus::Ready {
            self.fail(Failure::Stopped);
            return;
        }
        // Its further news is ignored; requests queue up until `fail`.
        self.link.update_value(|link| link.generation += 1);
        let session = *self;
        leptos::task::spawn_local(async move {
            let shell = glue::fetch_text(SHELL_PAGE).await.ok();
            session.fail(diagnose(
                shell.as_deref(),
                &glue::worker_path(WorkerScript::Rules),
            ));
        });
    }

    fn stop(&self) {
        self.link.update_value(|link| {
            if let Some(worker) = link.worker.take() {
                glue::stop_worker(&worker);
            }
            link.pending.clear();
            link.generation += 1;
        });
    }

    fn fail(&self, failure: Failure) {
        self.stop();
        self.worker_status.set(WorkerStatus::Failed(failure));
    }

    fn post(&self, request: &Request) {
        if cfg!(feature = "one-bundle") {
            return self.post_in_page(request);
        }
        let sent = self.link.with_value(|link| {
            link.worker
                .as_ref()
                .is_some_and(|w| glue::post_to_worker(w, &request.encode()))
        });
        if !sent {
            self.fail(Failure::Stopped);
        }
    }

    fn receive(&self, reply: &str) {
        let reply = Reply::decode(reply).unwrap_or_else(|_| {
            Reply::Error("The worker gave an answer this page does not understand.".into())
        });
        match reply {
            Reply::Ready { version, build } => match check_ready(version, &build) {
                Ok(()) => {
                    self.worker_status.set(WorkerStatus::Ready);
                    self.post(&Request::Hello {
                        base: glue::site_base(),
                        site_url: glue::served_at(),
                    });
                    let queue = self
                        .link
                        .try_update_value(|link| std::mem::take(&mut link.pending))
                        .unwrap_or_default();
                    for request in &queue {
                        self.post(request);
                    }
                }
                Err(failure) => self.fail(failure),
            },
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
            Reply::Scanned { .. } => {}
            Reply::Error(error) => self.notice.set(Some(("error", format!("{error} Your current answers are unchanged.")))),
            // Timings are for the browser tests, which ask the worker directly.
            #[cfg(any(test, feature = "bench"))]
            Reply::Timings(_) => {}
        }
    }
}

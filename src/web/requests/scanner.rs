//! The repository scan on Decide: the scanner worker, started for each
//! picked folder and stopped once it has answered, and what the page shows
//! of the scan (status, report, the marks on the answers it filled).

use leptos::prelude::*;

use crate::core::codec;
use crate::core::engine::QuestionId;
use crate::core::protocol::{same_build, Reply, Request};
use crate::core::questionnaire::scan_view::{
    fill_unanswered, scan_status, SCANNER_FAILED, SCANNER_OUTDATED,
};
use crate::core::ui::ids;
use crate::web::glue;
use crate::web::session::Session;

use super::STARTUP_TIMEOUT;

/// A repository scan as the Decide page shows it. Kept with the worker
/// link, not in a signal: the page draws it directly.
#[derive(Default)]
pub struct RepoScan {
    /// The evidence report (HTML drawn by the scanner).
    report: String,
    status: String,
    /// Answers filled from the scan and not yet accepted, cleared or
    /// changed, with the id of their evidence in the report.
    marks: Vec<(QuestionId, String)>,
    /// The scanner while it works, and the scan it waits to be sent.
    scanner: Option<web_sys::Worker>,
    waiting: Option<Request>,
    /// How many files the browser skipped (the report names them).
    not_read: usize,
    /// Counts the scanners started, so that an old one's news is ignored.
    generation: u32,
}

impl Session {
    /// Shows the scan's status line and report on the Decide page.
    pub fn show_repo_scan(&self) {
        self.link.with_value(|link| {
            glue::set_text(ids::SCAN_STATUS, &link.repo_scan.status);
            glue::set_inner_html(ids::SCAN_REPORT, &link.repo_scan.report);
        });
    }

    /// Says what the scan is doing.
    pub fn set_scan_status(&self, status: String) {
        glue::set_text(ids::SCAN_STATUS, &status);
        self.link
            .update_value(|link| link.repo_scan.status = status);
    }

    /// Starts a scanner for a picked folder's files (a scan still running
    /// is dropped for the new one).
    pub fn scan_repo(&self, files: Vec<(String, String)>, not_read: Vec<(String, String)>) {
        self.set_scan_status(format!("Scanning {} files in this browser…", files.len()));
        self.stop_scanner();
        let session = *self;
        let generation = self
            .link
            .try_update_value(|link| {
                let scan = &mut link.repo_scan;
                scan.not_read = not_read.len();
                scan.waiting = Some(Request::Scan { files, not_read });
                scan.generation
            })
            .unwrap_or_default();
        let current =
            move || session.link.with_value(|link| link.repo_scan.generation) == generation;
        let scanner = glue::start_worker(
            &glue::scanner_path(),
            move |reply| {
                if current() {
                    session.hear_scanner(&reply);
                }
            },
            move || {
                if current() {
                    session.scanner_failed(SCANNER_FAILED);
                }
            },
        );
        if scanner.is_none() {
            self.scanner_failed(SCANNER_FAILED);
            return;
        }
        self.link
            .update_value(|link| link.repo_scan.scanner = scanner);
        set_timeout(
            move || {
                let waiting = session
                    .link
                    .with_value(|link| link.repo_scan.waiting.is_some());
                if current() && waiting {
                    session.scanner_failed(SCANNER_FAILED);
                }
            },
            STARTUP_TIMEOUT,
        );
    }

    /// Stops the scanner, if one works, and ignores its further news.
    fn stop_scanner(&self) {
        self.link.update_value(|link| {
            let scan = &mut link.repo_scan;
            if let Some(scanner) = scan.scanner.take() {
                glue::stop_worker(&scanner);
            }
            scan.waiting = None;
            scan.generation += 1;
        });
    }

    fn scanner_failed(&self, status: &str) {
        self.stop_scanner();
        self.set_scan_status(status.into());
    }

    fn hear_scanner(&self, reply: &str) {
        match Reply::decode(reply) {
            Ok(Reply::Ready { version, build }) => {
                if !same_build(version, &build) {
                    self.scanner_failed(SCANNER_OUTDATED);
                    return;
                }
                let sent = self.link.with_value(|link| {
                    let scan = &link.repo_scan;
                    scan.scanner
                        .as_ref()
                        .zip(scan.waiting.as_ref())
                        .is_some_and(|(scanner, request)| {
                            glue::post_to_worker(scanner, &request.encode())
                        })
                });
                if sent {
                    // The files are the scanner's now.
                    self.link.update_value(|link| link.repo_scan.waiting = None);
                } else {
                    self.scanner_failed(SCANNER_FAILED);
                }
            }
            Ok(Reply::Scanned {
                report,
                answers,
                sources,
            }) => {
                self.stop_scanner();
                self.scanned(report, &answers, &sources);
            }
            Ok(Reply::Error(error)) => self.scanner_failed(&error),
            _ => self.scanner_failed(SCANNER_FAILED),
        }
    }

    /// The answers filled from the scan that are still marked.
    pub fn repo_marks(&self) -> Vec<(QuestionId, String)> {
        self.link.with_value(|link| link.repo_scan.marks.clone())
    }

    /// Takes the mark off a filled answer; whether there was one.
    pub fn drop_repo_mark(&self, q: QuestionId) -> bool {
        self.link
            .try_update_value(|link| {
                let before = link.repo_scan.marks.len();
                link.repo_scan.marks.retain(|(m, _)| *m != q);
                link.repo_scan.marks.len() != before
            })
            .unwrap_or(false)
    }

    /// Fills the unanswered questions from a scan and shows its report.
    fn scanned(&self, report: String, repo: &str, sources: &[(String, String)]) {
        let Ok((repo, _)) = codec::decode(repo) else {
            self.set_scan_status("The scan's answers could not be read.".into());
            return;
        };
        let mut filled = (Vec::new(), 0);
        self.answers
            .update(|answers| filled = fill_unanswered(answers, &repo, sources));
        let (marks, kept) = filled;
        self.link.update_value(|link| {
            let scan = &mut link.repo_scan;
            scan.status = scan_status(marks.len(), kept, scan.not_read);
            scan.report = report;
            scan.marks = marks;
        });
        // Redrawing the form shows the marks, and the report with them.
        self.form_revision.update(|revision| *revision += 1);
    }
}

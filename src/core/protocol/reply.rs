//! What the core (and the scanner worker) answers.

use super::wire::{DecodeError, Reader, Writer};
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
use crate::core::bench::Timing;

/// The recommendation as the Decide page shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Panel {
    /// `rec--pipeline`, `rec--gitops`, `rec--hybrid` or `rec--none`.
    pub class: String,
    pub uses_gitops: bool,
    pub headline: String,
    pub strength: String,
    /// One sentence for the live region.
    pub announcement: String,
    pub html: String,
    /// The workshop's participants and their disputes (empty without any).
    pub participants: String,
    /// Who answered what, per question in questionnaire order (empty
    /// without participants).
    pub votes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// A worker's first message (requests sent before it are lost).
    Ready {
        /// The worker's `PROTOCOL_VERSION`.
        version: u32,
        /// The worker's `BUILD_ID`.
        build: String,
    },
    Decided(Panel),
    Recorded {
        file_name: String,
        markdown: String,
        preview: String,
        uses_gitops: bool,
        /// The Record page's details form, when the one shown is missing or
        /// was drawn for the other kind of pick.
        form: Option<String>,
        /// The superseding panel (empty when there is nothing to offer).
        supersede: String,
        /// The superseded record's file name and text, marked superseded,
        /// while this record supersedes the one last imported.
        marked: Option<(String, String)>,
    },
    /// The details of the record that supersedes the one last imported (in
    /// `codec` form), and what to tell the user.
    Superseding {
        encoded: String,
        notice: String,
    },
    Imported {
        /// The record's answers and details in `codec` form.
        encoded: String,
        /// The option the record chose, and the one today's rules pick.
        recorded: Option<String>,
        current: Option<String>,
        /// Written by an earlier version, its answers migrated.
        earlier_version: bool,
    },
    /// A repository scan: the evidence report (HTML), the answers it shows
    /// (in `codec` form), and per pre-filled question its key and the `id`
    /// of its evidence in the report.
    Scanned {
        report: String,
        answers: String,
        sources: Vec<(String, String)>,
    },
    /// A request could not be met; the text says why, for the user.
    Error(String),
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
    Timings(Vec<Timing>),
}

const READY: &str = "ready";
const DECIDED: &str = "decided";
const RECORDED: &str = "recorded";
const IMPORTED: &str = "imported";
const SUPERSEDING: &str = "superseding";
const SCANNED: &str = "scanned";
const ERROR: &str = "error";
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
const TIMINGS: &str = "timings";

impl Reply {
    pub fn encode(&self) -> String {
        match self {
            Reply::Ready { version, build } => {
                Writer::new(READY).number(*version).text(build).finish()
            }
            Reply::Decided(p) => Writer::new(DECIDED)
                .text(&p.class)
                .flag(p.uses_gitops)
                .text(&p.headline)
                .text(&p.strength)
                .text(&p.announcement)
                .text(&p.html)
                .text(&p.participants)
                .list(&p.votes)
                .finish(),
            Reply::Recorded {
                file_name,
                markdown,
                preview,
                uses_gitops,
                form,
                supersede,
                marked,
            } => Writer::new(RECORDED)
                .text(file_name)
                .text(markdown)
                .text(preview)
                .flag(*uses_gitops)
                .optional(form.as_deref())
                .text(supersede)
                .optional(marked.as_ref().map(|(file, _)| file.as_str()))
                .optional(marked.as_ref().map(|(_, text)| text.as_str()))
                .finish(),
            Reply::Superseding { encoded, notice } => {
                Writer::new(SUPERSEDING).text(encoded).text(notice).finish()
            }
            Reply::Imported {
                encoded,
                recorded,
                current,
                earlier_version,
            } => Writer::new(IMPORTED)
                .text(encoded)
                .optional(recorded.as_deref())
                .optional(current.as_deref())
                .flag(*earlier_version)
                .finish(),
            Reply::Scanned {
                report,
                answers,
                sources,
            } => Writer::new(SCANNED)
                .text(report)
                .text(answers)
                .pairs(sources)
                .finish(),
            Reply::Error(text) => Writer::new(ERROR).text(text).finish(),
            #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
            Reply::Timings(timings) => {
                let mut w = Writer::new(TIMINGS);
                for timing in timings {
                    let micros: Vec<String> = timing.micros.iter().map(u32::to_string).collect();
                    w.text(&timing.work).list(&micros);
                }
                w.finish()
            }
        }
    }

    pub fn decode(message: &str) -> Result<Self, DecodeError> {
        let (kind, mut r) = Reader::open(message)?;
        let reply = match kind {
            READY => Reply::Ready {
                version: r.number()?,
                build: r.string()?,
            },
            DECIDED => Reply::Decided(Panel {
                class: r.string()?,
                uses_gitops: r.flag()?,
                headline: r.string()?,
                strength: r.string()?,
                announcement: r.string()?,
                html: r.string()?,
                participants: r.string()?,
                votes: r.list()?,
            }),
            RECORDED => Reply::Recorded {
                file_name: r.string()?,
                markdown: r.string()?,
                preview: r.string()?,
                uses_gitops: r.flag()?,
                form: r.optional()?,
                supersede: r.string()?,
                marked: match (r.optional()?, r.optional()?) {
                    (Some(file), Some(text)) => Some((file, text)),
                    (None, None) => None,
                    _ => return Err(DecodeError::BadValue),
                },
            },
            SUPERSEDING => Reply::Superseding {
                encoded: r.string()?,
                notice: r.string()?,
            },
            IMPORTED => Reply::Imported {
                encoded: r.string()?,
                recorded: r.optional()?,
                current: r.optional()?,
                earlier_version: r.flag()?,
            },
            SCANNED => Reply::Scanned {
                report: r.string()?,
                answers: r.string()?,
                sources: r.pairs()?,
            },
            ERROR => Reply::Error(r.string()?),
            #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
            TIMINGS => {
                let mut timings = Vec::new();
                while !r.is_at_end() {
                    let work = r.string()?;
                    let micros: Result<Vec<u32>, _> = r.list()?.iter().map(|t| t.parse()).collect();
                    timings.push(Timing {
                        work,
                        micros: micros.map_err(|_| DecodeError::BadValue)?,
                    });
                }
                Reply::Timings(timings)
            }
            _ => return Err(DecodeError::UnknownKind),
        };
        r.end(reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let replies = [
            Reply::Ready {
                version: 2,
                build: "abc".into(),
            },
            Reply::Decided(Panel {
                html: "<p>a\nb</p>".into(),
                votes: vec!["x".into(), String::new()],
                ..Panel::default()
            }),
            Reply::Imported {
                encoded: "v=1".into(),
                recorded: Some("GitOps".into()),
                current: None,
                earlier_version: true,
            },
            Reply::Scanned {
                report: "<p>x</p>".into(),
                answers: "v=1".into(),
                sources: vec![("clusters".into(), "scan-source-clusters".into())],
            },
            Reply::Timings(vec![Timing {
                work: "evaluate".into(),
                micros: vec![250, 0],
            }]),
        ];
        for reply in replies {
            assert_eq!(Reply::decode(&reply.encode()), Ok(reply));
        }
        assert_eq!(Reply::Error("No.".into()).encode(), "5:error3:No.");
    }

    #[test]
    fn an_old_text_reply_is_an_error() {
        assert!(Reply::decode("ready").is_err());
        assert!(Reply::decode("decided\nrec--none").is_err());
    }
}

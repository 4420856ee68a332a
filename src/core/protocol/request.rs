//! What the app asks the core (and the scanner worker).

use super::wire::{DecodeError, Reader, Writer};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Sent once, before the first request: where the site lives, for
    /// the links in panels, forms and records.
    Hello {
        /// The site's base path (`""` at the root, else e.g. `/pushpull`).
        base: String,
        /// Where the page is served (origin and base); records link there
        /// unless the build named another address (see `site_url`).
        site_url: String,
    },
    /// The recommendation for these answers (in `codec` form, with the
    /// participants if there are any).
    Decide { answers: String },
    /// The record for these answers and details (in `codec` form).
    Record {
        answers: String,
        /// Whether the details form the page shows was drawn for a pick that
        /// uses GitOps, or `None` to ask for the form in any case. The core
        /// sends a form only when it would differ from the one shown.
        form_shown: Option<bool>,
    },
    /// Reads an exported record back; the core keeps it (and its file
    /// name) so that it can be superseded.
    Import { text: String, file: String },
    /// Starts the record that supersedes the one last imported, dated
    /// `today` (`YYYY-MM-DD`).
    Supersede { today: String },
    /// Scans a repository's files (path relative to the picked folder,
    /// text), read in the browser; nothing leaves it. `not_read` names the
    /// files the browser skipped (path, why), for the report.
    Scan {
        files: Vec<(String, String)>,
        not_read: Vec<(String, String)>,
    },
    /// Timings of the core's work, for the browser tests; `index` is the
    /// guide's search index file (empty: no search timings).
    #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
    Bench { runs: u32, index: String },
}

const HELLO: &str = "hello";
const DECIDE: &str = "decide";
const RECORD: &str = "record";
const IMPORT: &str = "import";
const SUPERSEDE: &str = "supersede";
const SCAN: &str = "scan";
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
const BENCH: &str = "bench";

impl Request {
    pub fn encode(&self) -> String {
        match self {
            Request::Hello { base, site_url } => {
                Writer::new(HELLO).text(base).text(site_url).finish()
            }
            Request::Decide { answers } => Writer::new(DECIDE).text(answers).finish(),
            Request::Record {
                answers,
                form_shown,
            } => Writer::new(RECORD)
                .text(answers)
                .optional(form_shown.map(|gitops| if gitops { "1" } else { "0" }))
                .finish(),
            Request::Import { text, file } => Writer::new(IMPORT).text(text).text(file).finish(),
            Request::Supersede { today } => Writer::new(SUPERSEDE).text(today).finish(),
            Request::Scan { files, not_read } => {
                Writer::new(SCAN).pairs(files).pairs(not_read).finish()
            }
            #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
            Request::Bench { runs, index } => Writer::new(BENCH).number(*runs).text(index).finish(),
        }
    }

    pub fn decode(message: &str) -> Result<Self, DecodeError> {
        let (kind, mut r) = Reader::open(message)?;
        let request = match kind {
            HELLO => Request::Hello {
                base: r.string()?,
                site_url: r.string()?,
            },
            DECIDE => Request::Decide {
                answers: r.string()?,
            },
            RECORD => Request::Record {
                answers: r.string()?,
                form_shown: match r.optional()?.as_deref() {
                    None => None,
                    Some("1") => Some(true),
                    Some("0") => Some(false),
                    Some(_) => return Err(DecodeError::BadValue),
                },
            },
            IMPORT => Request::Import {
                text: r.string()?,
                file: r.string()?,
            },
            SUPERSEDE => Request::Supersede { today: r.string()? },
            SCAN => Request::Scan {
                files: r.pairs()?,
                not_read: r.pairs()?,
            },
            #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
            BENCH => Request::Bench {
                runs: r.number()?,
                index: r.string()?,
            },
            _ => return Err(DecodeError::UnknownKind),
        };
        r.end(request)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let request = Request::Record {
            answers: "v=1&c=3".into(),
            form_shown: Some(false),
        };
        assert_eq!(request.encode(), "6:record7:v=1&c=31:11:0");
        assert_eq!(Request::decode(&request.encode()), Ok(request));
        let scan = Request::Scan {
            files: vec![("a.yaml".into(), "kind: X\n".into())],
            not_read: vec![("big.json".into(), "too large".into())],
        };
        assert_eq!(
            scan.encode(),
            "4:scan1:16:a.yaml8:kind: X\n1:18:big.json9:too large"
        );
        assert_eq!(Request::decode(&scan.encode()), Ok(scan));
        assert_eq!(
            Request::decode("5:bench3:2500:"),
            Ok(Request::Bench {
                runs: 250,
                index: String::new()
            })
        );
    }

    #[test]
    fn unknown_or_damaged_requests_are_errors() {
        assert_eq!(Request::decode("5:dance"), Err(DecodeError::UnknownKind));
        assert_eq!(
            Request::decode("6:record1:x1:11:7"),
            Err(DecodeError::BadValue)
        );
        assert_eq!(Request::decode("decide\nv=1"), Err(DecodeError::Damaged));
    }
}

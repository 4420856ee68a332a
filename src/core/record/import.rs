//! Reading a record back: its embedded answers and details, and whether
//! today's rules still pick what it chose.

use std::fmt;

use super::options::{chosen_option, named_tool};
use super::writer::{EMBED_PREFIX, EMBED_SUFFIX, LEGACY_EMBED_PREFIX, LEGACY_EMBED_SUFFIX};
use crate::core::codec::{self, CodecError};
use crate::core::engine::{evaluate, Answers};
use crate::core::record::details::{is_iso_date, one_year_after, RecordDetails, Status};
use crate::core::record::front_matter::front_matter;
use crate::core::record::supersede::parse_status;

/// Largest file accepted.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge(usize),
    NotARecord,
    Damaged(CodecError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge(n) => write!(
                f,
                "The file is too large ({n} bytes) to be a decision record."
            ),
            ImportError::NotARecord => write!(
                f,
                "This is not a PushPull decision record: it has no embedded answers."
            ),
            ImportError::Damaged(error) => {
                write!(f, "This record's embedded answers are damaged: {error}.")
            }
        }
    }
}

/// A record that was read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub answers: Answers,
    pub details: RecordDetails,
    /// The option the record chose, as written in it.
    pub recorded_choice: Option<String>,
    /// What today's rules choose for the same answers and details.
    pub current_choice: Option<&'static str>,
    /// The record was written by an earlier version (codec v1), and its
    /// answers were migrated.
    pub earlier_version: bool,
    /// When the record is due for review (`YYYY-MM-DD`): its `review-by`,
    /// else a year after its date. `None` when neither is a date.
    pub review_by: Option<String>,
}

impl Imported {
    /// The rules pick differently today than the record says.
    pub fn drifted(&self) -> bool {
        self.recorded_choice.as_deref() != self.current_choice
    }

    /// Another record replaced this one: it is history, not a rule to hold.
    pub fn superseded(&self) -> bool {
        self.details.status == Status::Superseded
    }

    /// The review date has passed (`today` is `YYYY-MM-DD`; ISO dates
    /// compare as text).
    pub fn overdue(&self, today: &str) -> bool {
        self.review_by
            .as_deref()
            .is_some_and(|due| is_iso_date(today) && due < today)
    }
}

/// The codec text of the last embedded answers, in either form: a line
/// that is the link reference definition `[//]: # "pushpull-record …"` or,
/// as records written before it had, the comment `<!-- pushpull-record … -->`.
/// Prose that only mentions the marker mid-line (a README about records) is
/// not a record.
fn embedded(text: &str) -> Option<&str> {
    text.lines().rev().map(str::trim_start).find_map(|line| {
        [
            (EMBED_PREFIX, EMBED_SUFFIX),
            (LEGACY_EMBED_PREFIX, LEGACY_EMBED_SUFFIX),
        ]
        .into_iter()
        .find_map(|(prefix, suffix)| {
            let rest = line.strip_prefix(prefix)?;
            rest.find(suffix).map(|end| &rest[..end])
        })
    })
}

/// Reads a record's text.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let embedded = embedded(text).ok_or(ImportError::NotARecord)?;
    let (answers, details) = codec::decode(embedded).map_err(ImportError::Damaged)?;
    let mut details = details.unwrap_or_default();
    // What people edit by hand wins over what was embedded when written.
    let front = front_matter(text).unwrap_or_default();
    if let Some((status, by)) = front.status.as_deref().and_then(parse_status) {
        details.status = status;
        details.superseded_by = match status {
            Status::Superseded => by.or(details.superseded_by),
            _ => None,
        };
    }
    let review_by = front
        .review_by
        .filter(|date| is_iso_date(date))
        .or_else(|| one_year_after(front.date.as_deref().unwrap_or(&details.date)))
        .or_else(|| one_year_after(&details.date));
    let recorded_choice = text
        .lines()
        .find_map(|line| line.strip_prefix("Chosen option: \""))
        .and_then(|rest| rest.split_once('"'))
        .map(|(choice, _)| choice.to_string());
    let decision = evaluate(&answers);
    let current_choice = chosen_option(&decision, named_tool(&decision, details.gitops_tool));
    Ok(Imported {
        answers,
        details,
        recorded_choice,
        current_choice,
        earlier_version: codec::is_version_1(embedded),
        review_by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;
    use crate::core::record::supersede::mark_superseded;
    use crate::core::record::writer::{write, RecordInput};

    fn record(details: &RecordDetails) -> String {
        let answers = samples::platform();
        write(&RecordInput {
            answers: &answers,
            decision: &evaluate(&answers),
            details,
            site_url: None,
        })
    }

    #[test]
    fn front_matter_status_and_review_date_win() {
        let details = RecordDetails {
            date: "2025-02-03".into(),
            number: 3,
            status: Status::Accepted,
            ..RecordDetails::default()
        };
        let text = record(&details);
        let read = import(&text).unwrap();
        assert_eq!(read.review_by.as_deref(), Some("2026-02-03"));
        assert!(read.overdue("2026-02-04"));
        assert!(!read.overdue("2026-02-03"));
        assert!(!read.superseded());

        let marked = mark_superseded(&text, 3, 7).unwrap();
        let read = import(&marked).unwrap();
        assert!(read.superseded());
        assert_eq!(read.details.superseded_by, Some(7));

        let moved = text.replace("review-by: 2026-02-03", "review-by: 2030-01-01");
        assert_eq!(
            import(&moved).unwrap().review_by.as_deref(),
            Some("2030-01-01")
        );
        let hand_accepted = text.replace("status: accepted", "status: \"deprecated\"");
        let prose = format!(
            "Records end with a line like `{}v=2&c=1\"`.\n",
            EMBED_PREFIX
        );
        assert_eq!(import(&prose), Err(ImportError::NotARecord));
        assert_eq!(
            import(&hand_accepted).unwrap().details.status,
            Status::Deprecated
        );
    }
}

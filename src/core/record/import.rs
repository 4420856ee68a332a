//! Reading a record back: its embedded answers and details, and whether
//! today's rules still pick what it chose.

use std::fmt;

use super::options::{chosen_option, named_tool};
use super::writer::{EMBED_PREFIX, EMBED_SUFFIX, LEGACY_EMBED_PREFIX, LEGACY_EMBED_SUFFIX};
use crate::core::codec::{self, CodecError};
use crate::core::engine::{evaluate, Answers};
use crate::core::record::details::RecordDetails;

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
}

impl Imported {
    /// The rules pick differently today than the record says.
    pub fn drifted(&self) -> bool {
        self.recorded_choice.as_deref() != self.current_choice
    }
}

/// The codec text of the last embedded answers, in either form: the link
/// reference definition `[//]: # "pushpull-record …"` or, as records
/// written before it had, the comment `<!-- pushpull-record … -->`.
fn embedded(text: &str) -> Option<&str> {
    [
        (EMBED_PREFIX, EMBED_SUFFIX),
        (LEGACY_EMBED_PREFIX, LEGACY_EMBED_SUFFIX),
    ]
    .into_iter()
    .filter_map(|(prefix, suffix)| {
        let start = text.rfind(prefix)?;
        let rest = &text[start + prefix.len()..];
        let end = rest.find(suffix)?;
        Some((start, &rest[..end]))
    })
    .max_by_key(|(start, _)| *start)
    .map(|(_, embedded)| embedded)
}

/// Reads a record's text.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_RECORD_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let embedded = embedded(text).ok_or(ImportError::NotARecord)?;
    let (answers, details) = codec::decode(embedded).map_err(ImportError::Damaged)?;
    let details = details.unwrap_or_default();
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
    })
}

//! The answers and record details as saved in the browser's storage: a
//! versioned header line, then the compact codec. Reading is total.

use crate::core::codec::{self, CodecError};
use crate::core::engine::Answers;
use crate::core::record::details::RecordDetails;

/// The storage key, and the header that names the format's version.
pub const STORAGE_KEY: &str = "pushpull.session";
const HEADER: &str = "pushpull-session/1";

pub fn encode(answers: &Answers, details: &RecordDetails) -> String {
    format!("{HEADER}\n{}", codec::encode(answers, Some(details)))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Written by a newer version of PushPull.
    UnknownVersion(String),
    Damaged(CodecError),
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::UnknownVersion(header) => write!(
                f,
                "it was saved in an unknown format ({})",
                header.chars().take(40).collect::<String>()
            ),
            SavedError::Damaged(error) => write!(f, "it is damaged: {error}"),
        }
    }
}

pub fn decode(saved: &str) -> Result<(Answers, RecordDetails), SavedError> {
    let (header, body) = saved.split_once('\n').unwrap_or((saved, ""));
    if header != HEADER {
        return Err(SavedError::UnknownVersion(header.to_string()));
    }
    let (answers, details) = codec::decode(body).map_err(SavedError::Damaged)?;
    Ok((answers, details.unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    #[test]
    fn round_trips_and_names_damage() {
        let details = RecordDetails {
            organisation: "Acme".into(),
            ..RecordDetails::default()
        };
        let saved = encode(&samples::mixed(), &details);
        assert_eq!(decode(&saved), Ok((samples::mixed(), details)));
        assert!(matches!(
            decode("pushpull-session/9\nv=1"),
            Err(SavedError::UnknownVersion(_))
        ));
        assert!(matches!(
            decode("{\"json\": true}"),
            Err(SavedError::UnknownVersion(_))
        ));
        assert!(matches!(
            decode("pushpull-session/1\nv=1&c=x"),
            Err(SavedError::Damaged(_))
        ));
        assert!(decode("").is_err());
    }
}

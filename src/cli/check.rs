//! `pushpull check RECORD.md…`: the state of each record under today's
//! rules and review dates.

use std::path::Path;

use serde::Serialize;

use crate::core::engine::answers::ANSWERS_SCHEMA_VERSION;
use crate::core::engine::answers_v1;
use crate::core::record::import::{import, ImportError, MAX_RECORD_BYTES};
use crate::core::scan::confirm::{divergences, Divergence};
use crate::core::scan::ScanReport;

/// A record's state, worst first: the first that applies wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The file cannot be read, or its embedded answers are damaged.
    Unreadable,
    /// Markdown without PushPull answers (a hand-written ADR, a README).
    Skipped,
    /// Another record replaced it: history, not checked further.
    Superseded,
    /// Today's rules pick differently than the record did.
    Changed,
    /// With `--repo`: the repository does not do what the record says.
    Diverges,
    /// Its review date has passed.
    Overdue,
    /// Still what today's rules pick, and not due for review.
    Holds,
}

/// What `check` found for one record; also its entry in the JSON report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordState {
    pub file: String,
    pub state: State,
    /// Today's rules pick differently (not looked at when superseded).
    pub changed: bool,
    /// Past its review date (not looked at when superseded).
    pub overdue: bool,
    /// Written by an earlier version: its answers were migrated.
    pub migrated: bool,
    /// The answers schema the record was written with (1 or 2).
    pub answers_schema: Option<u32>,
    /// MADR status: proposed, accepted, rejected, deprecated, superseded.
    pub status: Option<&'static str>,
    pub superseded_by: Option<u32>,
    pub review_by: Option<String>,
    pub recorded_choice: Option<String>,
    pub current_choice: Option<&'static str>,
    /// Why the record is unreadable.
    pub error: Option<String>,
    /// With `--repo`: where the repository disagrees with the record.
    pub divergences: Vec<Divergence>,
}

impl RecordState {
    fn without_record(file: String, state: State, error: Option<String>) -> Self {
        RecordState {
            file,
            state,
            changed: false,
            overdue: false,
            migrated: false,
            answers_schema: None,
            status: None,
            superseded_by: None,
            review_by: None,
            recorded_choice: None,
            current_choice: None,
            error,
            divergences: Vec::new(),
        }
    }
}

/// Reads one record and finds its state; `today` is `YYYY-MM-DD`; `repo`
/// is the scan of the repository to hold it against, if any.
pub fn check_record(path: &Path, today: &str, repo: Option<&ScanReport>) -> RecordState {
    let file = path.display().to_string();
    let unreadable =
        |error: String| RecordState::without_record(file.clone(), State::Unreadable, Some(error));
    // Refuse a huge file before reading it all.
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > MAX_RECORD_BYTES as u64 {
            return unreadable(ImportError::TooLarge(meta.len() as usize).to_string());
        }
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return unreadable(format!("cannot read: {e}")),
    };
    let record = match import(&text) {
        Ok(record) => record,
        Err(ImportError::NotARecord) => {
            return RecordState::without_record(file, State::Skipped, None)
        }
        Err(e) => return unreadable(e.to_string()),
    };
    let superseded = record.superseded();
    let changed = !superseded && record.drifted();
    let overdue = !superseded && record.overdue(today);
    let divergences = match repo {
        Some(repo) if !superseded => divergences(&record, repo),
        _ => Vec::new(),
    };
    let state = if superseded {
        State::Superseded
    } else if changed {
        State::Changed
    } else if !divergences.is_empty() {
        State::Diverges
    } else if overdue {
        State::Overdue
    } else {
        State::Holds
    };
    RecordState {
        file,
        state,
        changed,
        overdue,
        migrated: record.earlier_version,
        answers_schema: Some(if record.earlier_version {
            answers_v1::V1
        } else {
            ANSWERS_SCHEMA_VERSION
        }),
        status: Some(record.details.status.key()),
        superseded_by: record.details.superseded_by.filter(|_| superseded),
        review_by: record.review_by,
        recorded_choice: record.recorded_choice,
        current_choice: record.current_choice,
        error: None,
        divergences,
    }
}

/// The exit code for a run: 2 an unreadable record, else 1 a changed
/// pick, else 4 a record its repository disagrees with, else 3 an overdue
/// record when `fail_on_overdue`, else 0.
pub fn exit_code(records: &[RecordState], fail_on_overdue: bool) -> u8 {
    let any = |state| records.iter().any(|r| r.state == state);
    if any(State::Unreadable) {
        2
    } else if any(State::Changed) {
        1
    } else if any(State::Diverges) {
        4
    } else if fail_on_overdue && any(State::Overdue) {
        3
    } else {
        0
    }
}

//! Superseding a record, as MADR does it: the new record says which one it
//! replaces, and the old one's status becomes `superseded by ADR-NNNN`.

use serde::{Deserialize, Serialize};

use super::details::{RecordDetails, Status};
use super::front_matter::{heading, with_status};

/// The record a new one supersedes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecordRef {
    pub number: u32,
    pub title: String,
    /// Its file name in `docs/decisions/`, for the link.
    pub file: String,
}

impl RecordRef {
    /// Its file name, or `ADR-NNNN` when none is known.
    pub fn file_or_id(&self) -> String {
        if self.file.is_empty() {
            adr_id(self.number)
        } else {
            self.file.clone()
        }
    }
}

/// `ADR-0004`, the name MADR's status convention uses.
pub fn adr_id(number: u32) -> String {
    format!("ADR-{:04}", number.max(1))
}

/// The front matter's `status` value.
pub fn status_text(status: Status, superseded_by: Option<u32>) -> String {
    match (status, superseded_by) {
        (Status::Superseded, Some(by)) => format!("superseded by {}", adr_id(by)),
        (status, _) => status.key().to_string(),
    }
}

/// Reads a `status` value: a MADR status, or `superseded by ADR-0004`
/// (also written `superseded by [ADR-0004](0004-….md)`).
pub fn parse_status(text: &str) -> Option<(Status, Option<u32>)> {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    if let Some(status) = Status::from_key(&lower) {
        return Some((status, None));
    }
    let rest = lower.strip_prefix("superseded by")?.trim_start();
    let rest = rest.strip_prefix('[').unwrap_or(rest);
    let rest = rest.strip_prefix("adr-").unwrap_or(rest);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((Status::Superseded, digits.parse().ok()))
}

/// The number a file name `0003-title.md` starts with.
pub fn number_in_file_name(file: &str) -> Option<u32> {
    let name = file.rsplit(['/', '\\']).next()?;
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    let rest = &name[digits.len()..];
    (!digits.is_empty() && (rest.starts_with('-') || rest.starts_with('_')))
        .then(|| digits.parse().ok())
        .flatten()
}

/// Names the old record: its number (from its file name, else its details),
/// its title as its heading shows it, and its file name.
pub fn record_ref(text: &str, file: &str, details: &RecordDetails) -> RecordRef {
    let file = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    RecordRef {
        number: number_in_file_name(&file).unwrap_or(details.number.max(1)),
        title: heading(text).unwrap_or(details.title.trim()).to_string(),
        file,
    }
}

/// The details of the record that supersedes `old`: the same people and
/// tool, the next number unless one is given, today's date, and a proposal
/// until the room accepts it. Its title comes from the new pick, and the
/// old discussion stays with the old record.
pub fn successor(
    old: &RecordDetails,
    replaced: RecordRef,
    number: Option<u32>,
    today: &str,
) -> RecordDetails {
    RecordDetails {
        organisation: old.organisation.clone(),
        decision_makers: old.decision_makers.clone(),
        consulted: old.consulted.clone(),
        informed: old.informed.clone(),
        gitops_tool: old.gitops_tool,
        owners: old.owners.clone(),
        number: number.unwrap_or(replaced.number + 1).min(9999),
        date: today.to_string(),
        status: Status::Proposed,
        supersedes: Some(replaced),
        ..RecordDetails::default()
    }
}

/// Why the old record could not be marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupersedeError {
    NoFrontMatter,
    SameNumber(u32),
}

impl std::fmt::Display for SupersedeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SupersedeError::NoFrontMatter => {
                write!(f, "the old record has no front matter to set its status in")
            }
            SupersedeError::SameNumber(n) => write!(
                f,
                "the new record has the old one's number ({}); give it another",
                adr_id(*n)
            ),
        }
    }
}

/// The old record's text with its status set to `superseded by ADR-NNNN`;
/// every other byte is kept, so the commit shows one changed line.
pub fn mark_superseded(old_text: &str, old_number: u32, by: u32) -> Result<String, SupersedeError> {
    if old_number == by {
        return Err(SupersedeError::SameNumber(by));
    }
    with_status(old_text, &status_text(Status::Superseded, Some(by)))
        .ok_or(SupersedeError::NoFrontMatter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_text_round_trips() {
        for status in Status::ALL {
            assert_eq!(
                parse_status(&status_text(status, None)),
                Some((status, None))
            );
        }
        let text = status_text(Status::Superseded, Some(12));
        assert_eq!(text, "superseded by ADR-0012");
        assert_eq!(parse_status(&text), Some((Status::Superseded, Some(12))));
        assert_eq!(
            parse_status("Superseded by [ADR-0007](0007-use-flux.md)"),
            Some((Status::Superseded, Some(7)))
        );
        assert_eq!(parse_status("superseded"), Some((Status::Superseded, None)));
        assert_eq!(parse_status("in review"), None);
    }

    #[test]
    fn numbers_in_file_names() {
        assert_eq!(
            number_in_file_name("docs/decisions/0003-use-flux.md"),
            Some(3)
        );
        assert_eq!(number_in_file_name("0012_x.md"), Some(12));
        assert_eq!(number_in_file_name("use-flux.md"), None);
        assert_eq!(number_in_file_name("2024.md"), None);
    }

    #[test]
    fn successor_takes_the_next_number_and_names_the_old_record() {
        let old = RecordDetails {
            organisation: "Acme".into(),
            title: "Use Flux".into(),
            number: 3,
            status: Status::Accepted,
            date: "2025-01-02".into(),
            decision_makers: vec!["Ana".into()],
            ..RecordDetails::default()
        };
        let text = "---\nstatus: accepted\n---\n# Use Flux for everything\n";
        let replaced = record_ref(text, "docs/decisions/0003-use-flux.md", &old);
        assert_eq!(replaced.title, "Use Flux for everything");
        assert_eq!(replaced.file, "0003-use-flux.md");
        let new = successor(&old, replaced.clone(), None, "2026-12-01");
        assert_eq!(new.number, 4);
        assert_eq!(new.status, Status::Proposed);
        assert_eq!(new.title, "");
        assert_eq!(new.decision_makers, old.decision_makers);
        assert_eq!(new.supersedes, Some(replaced));
        let marked = mark_superseded(text, 3, 4).unwrap();
        assert!(marked.starts_with("---\nstatus: superseded by ADR-0004\n---\n"));
        assert_eq!(
            mark_superseded(text, 4, 4),
            Err(SupersedeError::SameNumber(4))
        );
    }
}

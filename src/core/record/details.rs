//! What the decision record says besides the answers: who decided, when,
//! and under which title.

use serde::{Deserialize, Serialize};

use crate::core::engine::answers::Answers;
use crate::core::engine::questions::QuestionId;
use crate::core::record::supersede::RecordRef;

/// MADR's `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Proposed,
        Status::Accepted,
        Status::Rejected,
        Status::Deprecated,
        Status::Superseded,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Proposed => "proposed",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Deprecated => "deprecated",
            Status::Superseded => "superseded",
        }
    }

    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The GitOps tool the record names, when the rules leave it open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NamedTool {
    ArgoCd,
    Flux,
}

impl NamedTool {
    /// The engine's pick for this named tool.
    pub fn pick(self) -> crate::core::engine::ToolPick {
        match self {
            NamedTool::ArgoCd => crate::core::engine::ToolPick::ArgoCd,
            NamedTool::Flux => crate::core::engine::ToolPick::Flux,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            NamedTool::ArgoCd => "Argo CD",
            NamedTool::Flux => "Flux",
        }
    }
}

/// The record's details. Empty strings and lists mean "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RecordDetails {
    pub organisation: String,
    /// The record's title; a default is derived from the decision when empty.
    pub title: String,
    pub status: Status,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub decision_makers: Vec<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
    /// The record's number in `docs/decisions/NNNN-….md`.
    pub number: u32,
    pub gitops_tool: Option<NamedTool>,
    /// What the room said about a question, at most one note per question.
    pub notes: Vec<Note>,
    /// Who owns each pipeline, and who runs the GitOps tool for each
    /// cluster group: one name per row of the "who deploys what" split.
    pub owners: Vec<Owner>,
    /// The answers each participant sent from their own device.
    pub participants: Vec<Participant>,
    /// The earlier record this one replaces.
    pub supersedes: Option<RecordRef>,
    /// With status superseded: the number of the record that replaced it.
    pub superseded_by: Option<u32>,
}

/// A discussion note on one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub question: QuestionId,
    pub text: String,
}

/// The owner named for one row of the split (a target, or a pipeline step).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Owner {
    /// The split row's `what`: a target's name, or a step's.
    pub what: String,
    pub name: String,
}

/// One workshop participant and the answers from their share link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    #[serde(deserialize_with = "crate::core::engine::answers_v1::deserialize_any_version")]
    pub answers: Answers,
}

/// Longest text kept in a single-line field.
pub const FIELD_MAX: usize = 200;
/// Longest discussion note kept.
pub const NOTE_MAX: usize = 2000;
/// Control name prefix of the owner fields: `owner:<split row>`.
pub const OWNER_FIELD: &str = "owner:";

/// Splits a comma- or newline-separated list of names, dropping blanks.
pub fn parse_names(text: &str) -> Vec<String> {
    text.split([',', '\n', ';'])
        .map(|name| name.trim().chars().take(FIELD_MAX).collect::<String>())
        .filter(|name| !name.is_empty())
        .take(50)
        .collect()
}

/// Whether `date` is a plausible `YYYY-MM-DD`.
pub fn is_iso_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
        && matches!(date[5..7].parse::<u32>(), Ok(1..=12))
        && matches!(date[8..10].parse::<u32>(), Ok(1..=31))
}

/// The same day a year later (29 February becomes 28 February).
pub fn one_year_after(date: &str) -> Option<String> {
    if !is_iso_date(date) {
        return None;
    }
    let year: u32 = date[..4].parse().ok()?;
    let rest = if &date[5..] == "02-29" {
        "02-28"
    } else {
        &date[5..]
    };
    Some(format!("{:04}-{rest}", year + 1))
}

impl RecordDetails {
    /// Sets one field from the Record page's form by its control name;
    /// returns whether the name is known. Text is capped at [`FIELD_MAX`].
    pub fn set_field(&mut self, name: &str, value: &str) -> bool {
        let text = || value.trim().chars().take(FIELD_MAX).collect::<String>();
        match name {
            "organisation" => self.organisation = text(),
            "title" => self.title = text(),
            "date" => self.date = text(),
            "status" => match Status::from_key(value) {
                Some(status) => self.status = status,
                None => return false,
            },
            "number" => self.number = value.trim().parse().unwrap_or(0).min(9999),
            "decision-makers" => self.decision_makers = parse_names(value),
            "consulted" => self.consulted = parse_names(value),
            "informed" => self.informed = parse_names(value),
            "gitops-tool" => {
                self.gitops_tool = match value {
                    "argo-cd" => Some(NamedTool::ArgoCd),
                    "flux" => Some(NamedTool::Flux),
                    _ => None,
                }
            }
            _ => match name.strip_prefix(OWNER_FIELD) {
                Some(what) => self.set_owner(what, value),
                None => return false,
            },
        }
        true
    }

    /// The note on `question`, or "".
    pub fn note(&self, question: QuestionId) -> &str {
        self.notes
            .iter()
            .find(|n| n.question == question)
            .map_or("", |n| n.text.as_str())
    }

    /// Sets (or, with blank text, removes) the note on `question`. Notes
    /// keep questionnaire order; text is capped at [`NOTE_MAX`].
    pub fn set_note(&mut self, question: QuestionId, text: &str) {
        self.notes.retain(|n| n.question != question);
        if !text.trim().is_empty() {
            let text = text.chars().take(NOTE_MAX).collect();
            let at = self.notes.partition_point(|n| n.question < question);
            self.notes.insert(at, Note { question, text });
        }
    }

    /// The owner named for the split row `what`, or "".
    pub fn owner(&self, what: &str) -> &str {
        self.owners
            .iter()
            .find(|o| o.what == what)
            .map_or("", |o| o.name.as_str())
    }

    /// Names (or, with a blank name, forgets) the owner of split row `what`.
    pub fn set_owner(&mut self, what: &str, name: &str) {
        let name: String = name.trim().chars().take(FIELD_MAX).collect();
        self.owners.retain(|o| o.what != what);
        if !name.is_empty() && !what.is_empty() {
            self.owners.push(Owner {
                what: what.chars().take(FIELD_MAX).collect(),
                name,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_on_commas_and_lines() {
        assert_eq!(parse_names(" Ana , Bo\n\n;Cy,"), ["Ana", "Bo", "Cy"]);
        assert!(parse_names(" , ").is_empty());
    }

    #[test]
    fn notes_and_owners_are_set_and_cleared() {
        let mut w = RecordDetails::default();
        w.set_note(QuestionId::TeamSize, "two teams merge in May");
        w.set_note(QuestionId::Clusters, "x".repeat(NOTE_MAX + 5).as_str());
        assert_eq!(w.notes[0].question, QuestionId::Clusters);
        assert_eq!(w.note(QuestionId::Clusters).len(), NOTE_MAX);
        w.set_note(QuestionId::Clusters, "  ");
        assert_eq!(w.note(QuestionId::Clusters), "");
        assert_eq!(w.note(QuestionId::TeamSize), "two teams merge in May");
        assert!(w.set_field("owner:EKS prod", " Platform team "));
        assert_eq!(w.owner("EKS prod"), "Platform team");
        assert!(w.set_field("owner:EKS prod", ""));
        assert!(w.owners.is_empty());
        assert!(!w.set_field("nonsense", "x"));
    }

    #[test]
    fn dates() {
        assert!(is_iso_date("2026-11-27"));
        assert!(!is_iso_date("2026-13-01") && !is_iso_date("27/11/2026") && !is_iso_date(""));
        assert_eq!(one_year_after("2028-02-29").as_deref(), Some("2029-02-28"));
        assert_eq!(one_year_after("nope"), None);
    }
}

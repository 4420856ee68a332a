//! The Record page's superseding panel: offered once an earlier record is
//! loaded, and, while the new record supersedes it, the old file back with
//! its status changed.

use maud::{html, Markup};

use super::details::{RecordDetails, Status};
use super::supersede::{adr_id, mark_superseded, record_ref, RecordRef, SupersedeError};
use crate::core::ui::{Action, ActionButton};

/// A record loaded on the Record page, kept (in memory only) so that it can
/// be superseded and handed back marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedRecord {
    pub text: String,
    pub reference: RecordRef,
    /// Its details as loaded (the front matter's status included).
    pub details: RecordDetails,
}

impl LoadedRecord {
    pub fn new(file: &str, text: String, details: RecordDetails) -> Self {
        LoadedRecord {
            reference: record_ref(&text, file, &details),
            text,
            details,
        }
    }

    /// The old file, named as it was, with its status set to superseded by
    /// record `by`.
    pub fn marked(&self, by: u32) -> Result<(String, String), SupersedeError> {
        let text = mark_superseded(&self.text, self.reference.number, by)?;
        Ok((self.reference.file.clone(), text))
    }
}

fn named(r: &RecordRef) -> String {
    if r.title.is_empty() {
        adr_id(r.number)
    } else {
        format!("{} ({})", adr_id(r.number), r.title)
    }
}

/// The panel for what is loaded and what the current details say.
pub fn supersede_panel(loaded: Option<&LoadedRecord>, details: &RecordDetails) -> Markup {
    let superseding = details.supersedes.as_ref();
    let marked_here = loaded.filter(|l| superseding == Some(&l.reference));
    html! {
        @if let Some(old) = superseding {
            section class="record-supersede" aria-label="Superseding" data-testid="supersede-panel" {
                p { "This record, " (adr_id(details.number)) ", supersedes " strong { (named(old)) } "." }
                @if details.number.max(1) == old.number {
                    p class="notice notice--warn" { "This record has the number of the one it supersedes: give it another in Record number." }
                } @else if let Some(loaded) = marked_here {
                    p class="field-hint" {
                        "Commit the old file alongside the new one: only its status line changes, to “superseded by "
                        (adr_id(details.number)) "”."
                    }
                    div class="record-actions__buttons" {
                        (ActionButton::new(Action::DownloadSuperseded, "button button--primary").label(format!("Download {} marked superseded", loaded.reference.file_or_id())))
                        (ActionButton::new(Action::StopSuperseding, "button").label("Do not supersede"))
                    }
                } @else {
                    p class="field-hint" { "To get " (adr_id(old.number)) " back marked superseded, load its file below." }
                    div class="record-actions__buttons" {
                        (ActionButton::new(Action::StopSuperseding, "button").label("Do not supersede"))
                    }
                }
            }
        } @else if let Some(loaded) = loaded {
            section class="record-supersede" aria-label="Superseding" data-testid="supersede-panel" {
                p {
                    "Loaded " strong { (named(&loaded.reference)) } ", "
                    @match (loaded.details.status, loaded.details.superseded_by) {
                        (Status::Superseded, Some(by)) => { "already superseded by " (adr_id(by)) },
                        (status, _) => { "status " (status.key()) },
                    }
                    "."
                }
                p class="field-hint" {
                    "Has the decision changed? Start " (adr_id(loaded.reference.number + 1))
                    " from it: it keeps the people and answers, says which record it replaces, and you get the old file back marked superseded."
                }
                div class="record-actions__buttons" {
                    (ActionButton::new(Action::Supersede, "button").label("Supersede this record"))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::record::supersede::successor;
    use crate::core::ui::button::rendered_attrs;

    const OLD: &str = "---\nstatus: accepted\ndate: 2025-01-01\n---\n# Use <Flux>\n\n[//]: # \"pushpull-record v=2\"\n";

    fn loaded() -> LoadedRecord {
        let details = RecordDetails {
            number: 3,
            status: Status::Accepted,
            ..RecordDetails::default()
        };
        LoadedRecord::new("0003-use-flux.md", OLD.to_string(), details)
    }

    #[test]
    fn offers_to_supersede_a_loaded_record() {
        let loaded = loaded();
        let html = supersede_panel(Some(&loaded), &loaded.details).into_string();
        assert!(html.contains("ADR-0003 (Use &lt;Flux&gt;)"), "{html}");
        assert!(html.contains("status accepted"));
        assert!(html.contains(&rendered_attrs(Action::Supersede)));
        assert!(supersede_panel(None, &RecordDetails::default())
            .into_string()
            .is_empty());
    }

    #[test]
    fn while_superseding_gives_the_old_file_back() {
        let loaded = loaded();
        let new = successor(
            &loaded.details,
            loaded.reference.clone(),
            None,
            "2026-12-01",
        );
        let html = supersede_panel(Some(&loaded), &new).into_string();
        assert!(html.contains("ADR-0004, supersedes"));
        assert!(html.contains("Download 0003-use-flux.md marked superseded"));
        assert!(html.contains(&rendered_attrs(Action::StopSuperseding)));
        let (file, text) = loaded.marked(new.number).unwrap();
        assert_eq!(file, "0003-use-flux.md");
        assert!(text.starts_with("---\nstatus: superseded by ADR-0004\n"));
        let after_reload = supersede_panel(None, &new).into_string();
        assert!(after_reload.contains("load its file below"));
        assert!(!after_reload.contains(&rendered_attrs(Action::DownloadSuperseded)));
    }
}

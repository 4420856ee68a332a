//! What `pushpull check` prints: a line per record and a summary, or one
//! JSON document (`schema_version` 1).

use std::fmt::Write;

use serde::Serialize;

use super::args::{CheckArgs, CheckFormat};
use super::check::{check_record, exit_code, RecordState, State};
use super::walk::walk;
use super::{today, Outcome};
use crate::core::record::supersede::adr_id;
use crate::core::scan::scan;

/// The version of the JSON report's shape; bumped when a field changes
/// meaning or goes away.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    today: &'a str,
    records: &'a [RecordState],
    summary: Summary,
    exit_code: u8,
}

/// How many records are in each state.
#[derive(Debug, Default, Serialize)]
struct Summary {
    holds: usize,
    changed: usize,
    diverges: usize,
    overdue: usize,
    superseded: usize,
    skipped: usize,
    unreadable: usize,
}

impl Summary {
    fn of(records: &[RecordState]) -> Self {
        let mut summary = Summary::default();
        for record in records {
            *match record.state {
                State::Holds => &mut summary.holds,
                State::Changed => &mut summary.changed,
                State::Diverges => &mut summary.diverges,
                State::Overdue => &mut summary.overdue,
                State::Superseded => &mut summary.superseded,
                State::Skipped => &mut summary.skipped,
                State::Unreadable => &mut summary.unreadable,
            } += 1;
        }
        summary
    }
}

pub fn run(args: &CheckArgs) -> Outcome {
    let today = (args.today.as_deref())
        .filter(|date| !date.is_empty())
        .map_or_else(today::iso_date, str::to_string);
    let repo = match &args.repo {
        Some(dir) => match walk(dir) {
            Ok(walked) => Some(scan(&walked.files, walked.unreadable)),
            Err(e) => {
                return Outcome {
                    code: 2,
                    stderr: format!(
                        "pushpull: check: cannot read the repository {}: {e}\n",
                        dir.display()
                    ),
                    ..Outcome::default()
                }
            }
        },
        None => None,
    };
    let records: Vec<RecordState> = args
        .records
        .iter()
        .map(|path| check_record(path, &today, repo.as_ref()))
        .collect();
    let code = exit_code(&records, args.fail_on_overdue);
    let summary = Summary::of(&records);
    let stdout = match args.format {
        CheckFormat::Text => text(&records, &summary),
        CheckFormat::Json => {
            let report = Report {
                schema_version: REPORT_SCHEMA_VERSION,
                today: &today,
                records: &records,
                summary,
                exit_code: code,
            };
            serde_json::to_string_pretty(&report).expect("the report serialises") + "\n"
        }
    };
    Outcome {
        code,
        stdout,
        stderr: verdict(&records, code),
    }
}

fn quoted(choice: Option<&str>, none: &str) -> String {
    choice.map_or_else(|| none.to_string(), |c| format!("\"{c}\""))
}

/// One line per record, then the counts.
fn text(records: &[RecordState], summary: &Summary) -> String {
    let mut out = String::new();
    for r in records {
        let current = quoted(r.current_choice, "no choice yet");
        let _ = write!(out, "{}: ", r.file);
        let _ = match r.state {
            State::Holds => write!(out, "holds ({current})"),
            State::Changed => write!(
                out,
                "CHANGED: the record chose {}; today's rules pick {current}",
                quoted(r.recorded_choice.as_deref(), "nothing"),
            ),
            State::Diverges => {
                let _ = write!(out, "DIVERGES from the repository (still picks {current}):");
                for d in &r.divergences {
                    let places: Vec<String> = d
                        .evidence
                        .iter()
                        .map(|e| match e.line {
                            0 => e.file.clone(),
                            line => format!("{}:{line}", e.file),
                        })
                        .collect();
                    let _ = write!(out, "\n  - {} ({})", d.text, places.join(", "));
                }
                Ok(())
            }
            State::Overdue => write!(
                out,
                "overdue: review was due {} (still picks {current}); review it and move review-by: forward",
                r.review_by.as_deref().unwrap_or("?"),
            ),
            State::Superseded => match r.superseded_by {
                Some(by) => write!(out, "superseded by {}", adr_id(by)),
                None => write!(out, "superseded"),
            },
            State::Skipped => write!(out, "skipped: not a PushPull record"),
            State::Unreadable => write!(
                out,
                "unreadable: {}",
                r.error.as_deref().unwrap_or("cannot read")
            ),
        };
        if r.migrated {
            out.push_str(" [written by an earlier version; answers migrated]");
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{} record{}: {} holding, {} changed, {} diverging, {} overdue, {} superseded, {} skipped, {} unreadable",
        records.len(),
        if records.len() == 1 { "" } else { "s" },
        summary.holds,
        summary.changed,
        summary.diverges,
        summary.overdue,
        summary.superseded,
        summary.skipped,
        summary.unreadable,
    );
    out
}

/// On standard error, why the run failed and what to do about it.
fn verdict(records: &[RecordState], code: u8) -> String {
    let count = |state| records.iter().filter(|r| r.state == state).count();
    let records = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 record {one}"),
        n => format!("{n} records {many}"),
    };
    match code {
        2 => format!(
            "pushpull: {}; fix or restore them\n",
            records(count(State::Unreadable), "cannot be read", "cannot be read")
        ),
        1 => format!(
            "pushpull: {}; review them and replace each with `pushpull supersede OLD.md --answers NEW.json`\n",
            records(count(State::Changed), "would now be decided differently", "would now be decided differently")
        ),
        4 => format!(
            "pushpull: {}; change the repository or supersede the record\n",
            records(count(State::Diverges), "disagrees with the repository", "disagree with the repository")
        ),
        3 => format!(
            "pushpull: {}; review them and move their review-by: date forward\n",
            records(count(State::Overdue), "is past its review date", "are past their review date")
        ),
        _ => String::new(),
    }
}

//! `pushpull check RECORD.md…`: do the records still hold under today's rules?

use std::fmt::Write;
use std::path::Path;

use super::Failure;
use crate::core::record::import::import;

pub fn check(paths: &[&str]) -> Result<String, Failure> {
    let mut report = String::new();
    let mut changed = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        let outcome = std::fs::read_to_string(Path::new(path))
            .map_err(|e| format!("cannot read: {e}"))
            .and_then(|text| import(&text).map_err(|e| e.to_string()));
        match outcome {
            Err(error) => {
                let _ = writeln!(report, "{path}: {error}");
                unreadable.push(*path);
            }
            Ok(record) if record.drifted() => {
                let _ = writeln!(
                    report,
                    "{path}: CHANGED: the record chose \"{}\"; today's rules pick \"{}\"",
                    record.recorded_choice.as_deref().unwrap_or("nothing"),
                    record.current_choice.unwrap_or("nothing yet"),
                );
                changed.push(*path);
            }
            Ok(record) => {
                let _ = writeln!(
                    report,
                    "{path}: holds (\"{}\")",
                    record.current_choice.unwrap_or("no choice yet")
                );
            }
        }
    }
    if !unreadable.is_empty() {
        return Err(Failure::bad_input(report.trim_end().to_string()));
    }
    if !changed.is_empty() {
        return Err(Failure::failed(format!(
            "{}\n{} of {} records would now be decided differently",
            report.trim_end(),
            changed.len(),
            paths.len()
        )));
    }
    Ok(report)
}

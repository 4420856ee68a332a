//! `pushpull supersede OLD.md --answers NEW.json`: write the record that
//! replaces OLD.md beside it, and mark OLD.md superseded by it.

use std::path::{Path, PathBuf};

use super::answers_file::{read_answers, read_details};
use super::args::SupersedeArgs;
use super::{today, Failure, Outcome};
use crate::core::engine::evaluate;
use crate::core::record::details::{is_iso_date, RecordDetails, Status};
use crate::core::record::import::{import, ImportError};
use crate::core::record::supersede::{
    adr_id, mark_superseded, number_in_file_name, record_ref, successor,
};
use crate::core::record::writer::{file_name, write, RecordInput};

/// What a run will write.
struct Plan {
    new_path: PathBuf,
    new_text: String,
    new_number: u32,
    old_text: String,
    /// Said on standard error before anything else.
    note: String,
}

pub fn supersede(args: &SupersedeArgs) -> Outcome {
    let plan = match plan(args) {
        Ok(plan) => plan,
        Err(failure) => return Err(failure).into(),
    };
    let old = args.old.display();
    let new = plan.new_path.display();
    let by = adr_id(plan.new_number);
    if args.dry_run {
        return Outcome {
            code: 0,
            stdout: plan.new_text,
            stderr: format!(
                "{}pushpull: dry run, nothing written\nwould write {new}\nwould mark {old} superseded by {by}\n",
                plan.note
            ),
        };
    }
    let written = std::fs::write(&plan.new_path, &plan.new_text)
        .map_err(|e| Failure::bad_input(format!("{new}: cannot write: {e}")))
        .and_then(|()| {
            std::fs::write(&args.old, &plan.old_text).map_err(|e| {
                Failure::bad_input(format!(
                    "wrote {new}, but {old} cannot be written ({e}); set its status to `superseded by {by}` by hand"
                ))
            })
        });
    let mut outcome =
        Outcome::from(written.map(|()| format!("wrote {new}\nmarked {old} superseded by {by}\n")));
    outcome.stderr.insert_str(0, &plan.note);
    outcome
}

fn plan(args: &SupersedeArgs) -> Result<Plan, Failure> {
    let old_path = &args.old;
    let old_name = old_path.display().to_string();
    let old_text = std::fs::read_to_string(old_path)
        .map_err(|e| Failure::bad_input(format!("{old_name}: cannot read: {e}")))?;
    let old = import(&old_text).map_err(|e| match e {
        ImportError::NotARecord => Failure::bad_input(format!(
            "{old_name}: not a PushPull record (no embedded answers), so there is nothing to supersede; \
             write the new record with `pushpull decide --format md` and update the old one by hand"
        )),
        other => Failure::bad_input(format!("{old_name}: {other}")),
    })?;
    let answers = read_answers(&args.answers)?;
    let given = match &args.record.details {
        Some(path) => read_details(path)?,
        None => RecordDetails::default(),
    };
    let date = match (&args.record.date, given.date.trim()) {
        (Some(date), _) => date.clone(),
        (None, "") => today::iso_date(),
        (None, date) if is_iso_date(date) => date.to_string(),
        (None, date) => {
            return Err(Failure::bad_input(format!(
                "supersede: the details' date `{date}` is not YYYY-MM-DD; fix it or pass --date"
            )))
        }
    };

    let replaced = record_ref(&old_text, &old_name, &old.details);
    let old_number = replaced.number;
    let dir = old_path.parent().unwrap_or(Path::new(""));
    let numbered = numbered_files(dir);
    // Run again, the command redoes the record OLD.md already names.
    let number = args
        .number
        .or((given.number > 0).then_some(given.number))
        .or(old.details.superseded_by.filter(|_| old.superseded()))
        .or_else(|| numbered.iter().map(|(n, _)| n + 1).max())
        .unwrap_or(old_number + 1);
    let mut details = successor(&old.details, replaced, Some(number), &date);
    override_with(&mut details, given);

    let decision = evaluate(&answers);
    let input = RecordInput {
        answers: &answers,
        decision: &decision,
        details: &details,
        site_url: args.record.site(),
    };
    let new_path = dir.join(file_name(&input));
    let marked = mark_superseded(&old_text, old_number, details.number)
        .map_err(|e| Failure::bad_input(format!("{old_name}: {e} (see --number)")))?;
    let taken = numbered
        .iter()
        .find(|(n, _)| *n == details.number)
        .map(|(_, name)| dir.join(name))
        .or_else(|| new_path.exists().then(|| new_path.clone()));
    if let (Some(taken), false) = (taken, args.force) {
        return Err(Failure::bad_input(format!(
            "{} exists already with number {}; pass --force to write anyway, or --number N",
            taken.display(),
            adr_id(details.number)
        )));
    }
    let note = match (old.superseded(), old.details.superseded_by) {
        (true, Some(by)) if by == details.number => format!(
            "pushpull: note: {old_name} is already superseded by {}; writing that record again\n",
            adr_id(by)
        ),
        (true, Some(by)) => format!(
            "pushpull: note: {old_name} was already superseded by {}; it now names {}\n",
            adr_id(by),
            adr_id(details.number)
        ),
        (true, None) => format!("pushpull: note: {old_name} was already superseded\n"),
        _ => String::new(),
    };
    Ok(Plan {
        new_text: write(&input),
        new_path,
        new_number: details.number,
        old_text: marked,
        note,
    })
}

/// The `.md` files in `dir` whose names start with a number (`0007-…`).
fn numbered_files(dir: &Path) -> Vec<(u32, String)> {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let number = number_in_file_name(&name).filter(|_| name.ends_with(".md"))?;
            Some((number, name))
        })
        .collect()
}

/// The details file's non-empty fields win over the successor's; the
/// record it supersedes, its number and date are settled elsewhere.
fn override_with(details: &mut RecordDetails, given: RecordDetails) {
    fn text(into: &mut String, given: String) {
        if !given.trim().is_empty() {
            *into = given;
        }
    }
    fn list<T>(into: &mut Vec<T>, given: Vec<T>) {
        if !given.is_empty() {
            *into = given;
        }
    }
    text(&mut details.organisation, given.organisation);
    text(&mut details.title, given.title);
    if given.status != Status::default() {
        details.status = given.status;
    }
    list(&mut details.decision_makers, given.decision_makers);
    list(&mut details.consulted, given.consulted);
    list(&mut details.informed, given.informed);
    list(&mut details.notes, given.notes);
    list(&mut details.owners, given.owners);
    list(&mut details.participants, given.participants);
    if given.gitops_tool.is_some() {
        details.gitops_tool = given.gitops_tool;
    }
}

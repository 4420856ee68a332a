//! The `pushpull` command line tool (native only, never in the wasm).

mod answers_file;
mod check;
mod export_docs;
mod export_pages;
mod today;

use std::path::PathBuf;

use crate::core::record::details::{is_iso_date, RecordDetails};
use crate::core::record::writer;
use crate::core::site_url::SiteUrl;

pub use answers_file::{read_answers, read_details};

pub const USAGE: &str = "usage:
  pushpull decide --answers FILE.json [--format json|md] [--details FILE.json]
                  [--date YYYY-MM-DD] [--site-url URL]
      print the decision for a JSON answers file, as JSON or as a MADR
      decision record (details: organisation, title, status, date,
      decision_makers, consulted, informed, number, gitops_tool)
  pushpull check RECORD.md...
      evaluate each record's embedded answers with today's rules; exit 1
      naming the record and the new pick when a decision would change
  pushpull export-docs DIR
      write the guide's page bodies and search index into DIR/content/
  pushpull export-pages FILE BASE
      write the home page and the guide, pre-rendered for the site base
      BASE (\"\" or /sub), as JSON into FILE (used by the build)

exit codes: 0 ok, 1 the command failed, 2 bad arguments or a bad input file";

/// A failure and the exit code it maps to.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
    /// The arguments were wrong: show the usage too.
    pub show_usage: bool,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
            show_usage: true,
        }
    }
    pub fn bad_input(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
            show_usage: false,
        }
    }
    pub fn failed(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
            show_usage: false,
        }
    }
}

/// Runs one command; returns what to print on standard output.
pub fn run(args: &[String]) -> Result<String, Failure> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["decide", rest @ ..] => decide(rest),
        ["export-docs", dir] => export_docs::export(&PathBuf::from(dir)),
        ["export-pages", file, base] => export_pages::export(&PathBuf::from(file), base),
        ["check", records @ ..] if !records.is_empty() => check::check(records),
        ["--help" | "-h" | "help"] => Ok(format!("{USAGE}\n")),
        [] => Err(Failure::usage("no command given")),
        [other, ..] => Err(Failure::usage(format!(
            "unknown command or arguments: {other}"
        ))),
    }
}

/// Where records link back to when `--site-url` is not given.
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

fn decide(args: &[&str]) -> Result<String, Failure> {
    let mut answers_path = None;
    let mut details_path = None;
    let mut format = "json";
    let mut date = None;
    let mut site_url = DEFAULT_SITE_URL;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = || {
            rest.next()
                .copied()
                .ok_or_else(|| Failure::usage(format!("decide: {arg} needs a value")))
        };
        match *arg {
            "--answers" => answers_path = Some(value()?),
            "--details" => details_path = Some(value()?),
            "--format" => format = value()?,
            "--date" => date = Some(value()?),
            "--site-url" => site_url = value()?,
            other => {
                return Err(Failure::usage(format!(
                    "decide: unexpected argument `{other}`"
                )))
            }
        }
    }
    let path = answers_path.ok_or_else(|| Failure::usage("decide: --answers FILE is required"))?;
    let answers = read_answers(&PathBuf::from(path))?;
    let decision = crate::core::engine::evaluate(&answers);
    match format {
        "json" => serde_json::to_string_pretty(&decision)
            .map(|json| json + "\n")
            .map_err(|e| Failure::failed(format!("could not write the decision: {e}"))),
        "md" => {
            let mut details = match details_path {
                Some(path) => answers_file::read_details(&PathBuf::from(path))?,
                None => RecordDetails::default(),
            };
            if let Some(date) = date {
                details.date = date.to_string();
            }
            if details.date.is_empty() {
                details.date = today::iso_date();
            }
            if !is_iso_date(&details.date) {
                return Err(Failure::bad_input(format!(
                    "decide: the date `{}` is not YYYY-MM-DD",
                    details.date
                )));
            }
            Ok(writer::write(&writer::RecordInput {
                answers: &answers,
                decision: &decision,
                details: &details,
                site_url: SiteUrl::parse(site_url).ok().as_ref(),
            }))
        }
        other => Err(Failure::usage(format!(
            "decide: unknown --format `{other}` (use json or md)"
        ))),
    }
}

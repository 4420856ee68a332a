//! The `pushpull` command line tool (native only, never in the wasm).

mod answers_file;
mod export_docs;

use std::path::PathBuf;

pub use answers_file::read_answers;

pub const USAGE: &str = "usage:
  pushpull decide --answers FILE.json [--format json]
      print the decision for a JSON answers file
  pushpull export-docs DIR
      write the guide's page bodies and search index into DIR/content/

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
        ["--help" | "-h" | "help"] => Ok(format!("{USAGE}\n")),
        [] => Err(Failure::usage("no command given")),
        [other, ..] => Err(Failure::usage(format!(
            "unknown command or arguments: {other}"
        ))),
    }
}

fn decide(args: &[&str]) -> Result<String, Failure> {
    let mut answers_path = None;
    let mut format = "json";
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match *arg {
            "--answers" => answers_path = rest.next().copied(),
            "--format" => format = rest.next().copied().unwrap_or(""),
            other => {
                return Err(Failure::usage(format!(
                    "decide: unexpected argument `{other}`"
                )))
            }
        }
    }
    let path = answers_path.ok_or_else(|| Failure::usage("decide: --answers FILE is required"))?;
    let answers = read_answers(&PathBuf::from(path))?;
    let decision = crate::core::decide::evaluate(&answers);
    match format {
        "json" => serde_json::to_string_pretty(&decision)
            .map(|json| json + "\n")
            .map_err(|e| Failure::failed(format!("could not write the decision: {e}"))),
        other => Err(Failure::usage(format!(
            "decide: unknown --format `{other}` (use json)"
        ))),
    }
}

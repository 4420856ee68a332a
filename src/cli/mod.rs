//! The `pushpull` command line tool (native only, never in the wasm).

mod answers_file;
mod args;
mod check;
mod check_report;
mod decide;
mod export_docs;
mod export_pages;
mod scan;
mod supersede;
mod today;
mod walk;

pub use answers_file::{read_answers, read_details};
pub use args::{CheckFormat, Cli, Command, DecideFormat, EXIT_CODES};
pub use check::{RecordState, State};
pub use walk::{walk, Walked};

/// What a command prints and the exit code it ends with.
#[derive(Debug, Default)]
pub struct Outcome {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

impl From<Result<String, Failure>> for Outcome {
    fn from(result: Result<String, Failure>) -> Self {
        match result {
            Ok(stdout) => Outcome {
                stdout,
                ..Outcome::default()
            },
            Err(failure) => Outcome {
                code: failure.code,
                stderr: format!("pushpull: {}\n", failure.message),
                ..Outcome::default()
            },
        }
    }
}

/// A failure and the exit code it maps to.
#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    /// A bad argument or input file: exit 2.
    pub fn bad_input(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
    /// The command could not do its work: exit 1.
    pub fn failed(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Outcome {
    match cli.command {
        Command::Decide(args) => decide::decide(&args).into(),
        Command::Check(args) => check_report::run(&args),
        Command::Supersede(args) => supersede::supersede(&args),
        Command::Scan(args) => scan::run(&args).into(),
        Command::ExportDocs { dir } => export_docs::export(&dir).into(),
        Command::ExportPages { file, base } => export_pages::export(&file, &base).into(),
    }
}

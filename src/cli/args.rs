//! The command line, as clap reads it: commands, options and help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::core::record::details::is_iso_date;
use crate::core::site_url::SiteUrl;

/// The exit codes, shown at the end of `pushpull --help` and in the README.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success (overdue records are reported but pass)
  1  check: a record's pick changed under today's rules
  2  bad arguments, or an input file that cannot be read or used
  3  check --fail-on-overdue: a record is past its review date
  4  check --repo: the repository does not do what a record says
When several apply, 2 wins over 1, 1 over 4, and 4 over 3.";

const CHECK_HELP: &str = "\
Each record gets the first state that applies: unreadable, skipped \
(Markdown without PushPull answers), superseded, changed, overdue, holds.

Exit codes: 0 nothing failed; 1 a pick changed; 2 bad arguments or an \
unreadable record; 3 with --fail-on-overdue, a record past its review \
date. 2 wins over 1, 1 over 3.

Example: pushpull check docs/decisions/*.md";

const SUPERSEDE_HELP: &str = "\
Writes the new record next to OLD.md and sets OLD.md's status to \
`superseded by ADR-NNNN`; no other line of it changes. The new record \
keeps the old one's people and tool; --details overrides them. Run again \
on the same OLD.md, it rewrites the record OLD.md already names, which \
needs --force.

Example: pushpull supersede docs/decisions/0007-use-flux.md --answers answers.json";

const SCAN_HELP: &str = "\
Reads every text file under DIR (skipping .git, node_modules and vendored \
folders, and files over 1 MiB) and reports GitOps controllers and their \
objects, clusters, CI pipelines and their roles, deploy targets, imperative \
steps, owners and findings, each with file:line evidence. Nothing is sent \
anywhere. The JSON's `answers` part is an answers file for `pushpull decide`.

Example: pushpull scan . --format json > scan.json";

/// Decide between GitOps, pipeline deploys or a hybrid, and keep the
/// decision records honest.
#[derive(Debug, Parser)]
#[command(
    name = "pushpull",
    version,
    propagate_version = true,
    after_help = EXIT_CODES,
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the decision for a JSON answers file, as JSON or as a record
    #[command(display_name = "pushpull")]
    Decide(DecideArgs),
    /// Check decision records against today's rules and review dates
    #[command(display_name = "pushpull", after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Write a record that replaces an old one, and mark the old one superseded
    #[command(display_name = "pushpull", after_help = SUPERSEDE_HELP)]
    Supersede(SupersedeArgs),
    /// Report how a checked-out repository deploys today, with evidence
    #[command(display_name = "pushpull", after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Build only: write the guide's page bodies and search index into DIR/content/
    #[command(hide = true)]
    ExportDocs { dir: PathBuf },
    /// Build only: write the pre-rendered pages for the site base BASE ("" or /sub) into FILE
    #[command(hide = true)]
    ExportPages { file: PathBuf, base: String },
}

/// Options every command that writes a record shares.
#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Record details as JSON (organisation, title, status, decision_makers, number…)
    #[arg(long, value_name = "FILE")]
    pub details: Option<PathBuf>,
    /// The record's date [default: the details' date, else today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = iso_date)]
    pub date: Option<String>,
    /// The site's public address, for links in the record (unset or empty: no links)
    #[arg(long, value_name = "URL", env = crate::core::site_url::SITE_URL_VAR, value_parser = site_url)]
    pub site_url: Option<SiteSetting>,
}

impl RecordArgs {
    /// Where the record's links go, if anywhere.
    pub fn site(&self) -> Option<&SiteUrl> {
        self.site_url
            .as_ref()
            .and_then(|setting| setting.0.as_ref())
    }
}

/// A site address, or none when it is given empty (as an unset CI
/// variable often is).
#[derive(Debug, Clone)]
pub struct SiteSetting(pub Option<SiteUrl>);

#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The answers, as JSON (schema 1 or 2; see examples/answers/)
    #[arg(long, value_name = "FILE")]
    pub answers: PathBuf,
    /// What to print
    #[arg(long, value_enum, default_value_t = DecideFormat::Json)]
    pub format: DecideFormat,
    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DecideFormat {
    /// The decision, as JSON
    Json,
    /// A MADR decision record, as Markdown
    Md,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The records to check (Markdown without PushPull answers is skipped)
    #[arg(value_name = "RECORD", required = true)]
    pub records: Vec<PathBuf>,
    /// How to report
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Take this date as today, for reproducible runs [default: today, UTC]
    #[arg(long, value_name = "YYYY-MM-DD", env = "PUSHPULL_TODAY", value_parser = today)]
    pub today: Option<String>,
    /// Exit 3 when a record is past its review date
    #[arg(long)]
    pub fail_on_overdue: bool,
    /// Also hold each record against this repository's scan (exit 4 where they disagree)
    #[arg(long, value_name = "DIR")]
    pub repo: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// One line per record and a summary
    Text,
    /// One JSON document (schema_version 1)
    Json,
}

#[derive(Debug, Args)]
pub struct SupersedeArgs {
    /// The record being replaced (written by PushPull)
    #[arg(value_name = "OLD.md")]
    pub old: PathBuf,
    /// The new answers, as JSON
    #[arg(long, value_name = "FILE")]
    pub answers: PathBuf,
    /// The new record's number [default: the details' number, else one after
    /// the highest in OLD.md's directory]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=9999))]
    pub number: Option<u32>,
    #[command(flatten)]
    pub record: RecordArgs,
    /// Print the new record and the planned changes; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Write even if the new record's file or number exists
    #[arg(long)]
    pub force: bool,
}

fn iso_date(text: &str) -> Result<String, String> {
    if is_iso_date(text) {
        Ok(text.to_string())
    } else {
        Err("give a date as YYYY-MM-DD, like 2026-11-27".into())
    }
}

/// A date, or an empty text for "today" (an unset CI variable).
fn today(text: &str) -> Result<String, String> {
    if text.is_empty() {
        Ok(String::new())
    } else {
        iso_date(text)
    }
}

fn site_url(text: &str) -> Result<SiteSetting, String> {
    if text.trim().is_empty() {
        return Ok(SiteSetting(None));
    }
    SiteUrl::parse(text)
        .map(|url| SiteSetting(Some(url)))
        .map_err(|e| e.to_string())
}

/// `pushpull scan`.
#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The repository's folder
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// How to report
    #[arg(long, value_enum, default_value_t = ScanFormat::Text)]
    pub format: ScanFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanFormat {
    /// A report grouped the way the questionnaire is
    Text,
    /// One JSON document (schema_version 1)
    Json,
}

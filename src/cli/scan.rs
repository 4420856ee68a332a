//! `pushpull scan DIR`: how a checked-out repository deploys today.

use super::args::{ScanArgs, ScanFormat};
use super::walk::walk;
use super::Failure;
use crate::core::scan::{report_text::text_report, scan};

pub fn run(args: &ScanArgs) -> Result<String, Failure> {
    let walked = walk(&args.dir).map_err(|e| {
        Failure::bad_input(format!(
            "scan: cannot read the folder {}: {e}",
            args.dir.display()
        ))
    })?;
    let report = scan(&walked.files, walked.unreadable);
    match args.format {
        ScanFormat::Text => Ok(text_report(&report)),
        ScanFormat::Json => serde_json::to_string_pretty(&report)
            .map(|json| json + "\n")
            .map_err(|e| Failure::failed(format!("scan: could not write the report: {e}"))),
    }
}

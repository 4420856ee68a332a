//! `pushpull decide --answers FILE`: the decision as JSON, or as a record.

use super::answers_file::{read_answers, read_details};
use super::args::{DecideArgs, DecideFormat};
use super::{today, Failure};
use crate::core::engine::evaluate;
use crate::core::record::details::{is_iso_date, RecordDetails};
use crate::core::record::writer::{write, RecordInput};

pub fn decide(args: &DecideArgs) -> Result<String, Failure> {
    let answers = read_answers(&args.answers)?;
    let decision = evaluate(&answers);
    match args.format {
        DecideFormat::Json => serde_json::to_string_pretty(&decision)
            .map(|json| json + "\n")
            .map_err(|e| Failure::failed(format!("could not write the decision: {e}"))),
        DecideFormat::Md => {
            let mut details = match &args.record.details {
                Some(path) => read_details(path)?,
                None => RecordDetails::default(),
            };
            if let Some(date) = &args.record.date {
                details.date = date.clone();
            }
            if details.date.is_empty() {
                details.date = today::iso_date();
            }
            if !is_iso_date(&details.date) {
                return Err(Failure::bad_input(format!(
                    "decide: the details' date `{}` is not YYYY-MM-DD; fix it or pass --date",
                    details.date
                )));
            }
            Ok(write(&RecordInput {
                answers: &answers,
                decision: &decision,
                details: &details,
                site_url: args.record.site(),
            }))
        }
    }
}

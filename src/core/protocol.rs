//! The text messages between the app and its web worker, which runs the
//! heavy pure core (rules, recommendation panel, record writer and reader, timings)
//! so that none of it weighs on the first load.
//!
//! Requests: `decide\n<encoded answers>`, `write\n<site url>\n<encoded
//! answers and details>`, `import\n<file text>`, `bench\n<runs>`.
//! Each reply starts with its kind on the first line.

#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
use crate::core::bench;
use crate::core::codec;
use crate::core::engine::evaluate;
use crate::core::engine::text::capitalize;
use crate::core::questionnaire::panel_view::{announcement, pattern_class, render_panel};
use crate::core::questionnaire::participants::compare;
use crate::core::questionnaire::participants_view::{summary, votes};
use crate::core::record::form_view::record_form;
use crate::core::record::import::import;
use crate::core::record::preview::to_html;
use crate::core::record::writer::{file_name, write, RecordInput};

/// The worker's first message: requests sent before it are lost.
pub const READY: &str = "ready";

pub fn decide_request(base: &str, encoded_answers: &str) -> String {
    format!("decide\n{base}\n{encoded_answers}")
}

pub fn write_request(site_url: &str, encoded: &str) -> String {
    format!("write\n{site_url}\n{encoded}")
}

pub fn record_form_request(base: &str, encoded: &str) -> String {
    format!("form\n{base}\n{encoded}")
}

pub fn import_request(text: &str) -> String {
    format!("import\n{text}")
}

/// The recommendation as the Decide page shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Panel {
    /// `rec--pipeline`, `rec--gitops`, `rec--hybrid` or `rec--none`.
    pub class: String,
    pub uses_gitops: bool,
    pub headline: String,
    pub strength: String,
    /// One sentence for the live region.
    pub announcement: String,
    pub html: String,
    /// The workshop's participants and their disputes (empty without any).
    pub participants: String,
    /// Who answered what, per question in questionnaire order (empty
    /// without participants).
    pub votes: Vec<String>,
}

/// Separates the per-question parts of a reply line.
const PART: char = '\u{1f}';

/// What the app reads from a reply.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Decided(Panel),
    Written {
        file_name: String,
        markdown: String,
        preview: String,
    },
    Imported {
        encoded: String,
        recorded: String,
        current: String,
    },
    /// The Record page's details form.
    RecordForm(String),
    Ready,
    Error(String),
}

fn first_line(text: &str) -> (&str, &str) {
    text.split_once('\n').unwrap_or((text, ""))
}

/// The worker's answer to a request. `now` reads a clock in milliseconds.
#[cfg_attr(
    not(any(test, not(target_arch = "wasm32"), feature = "bench")),
    allow(unused_variables)
)]
pub fn respond(request: &str, now: &dyn Fn() -> f64) -> String {
    let (kind, rest) = first_line(request);
    match kind {
        "decide" => {
            let (base, encoded) = first_line(rest);
            match codec::decode(encoded) {
                Ok((answers, details)) => {
                    let d = evaluate(&answers);
                    let participants = details.unwrap_or_default().participants;
                    let comparisons = compare(&answers, &participants);
                    let votes: Vec<String> = comparisons
                        .iter()
                        .map(|c| votes(c).replace(PART, " "))
                        .collect();
                    format!(
                        "decided\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
                        pattern_class(d.pattern),
                        u8::from(d.pattern.is_some_and(|p| p.uses_gitops())),
                        d.headline(),
                        capitalize(d.strength.label()),
                        announcement(&d),
                        summary(&participants, &comparisons).replace(['\n', PART], " "),
                        votes.join(&PART.to_string()).replace('\n', " "),
                        render_panel(&d, base).replace('\n', " ")
                    )
                }
                Err(error) => format!("error\nThe answers could not be read: {error}."),
            }
        }
        "write" => {
            let (site_url, encoded) = first_line(rest);
            match codec::decode(encoded) {
                Ok((answers, details)) => {
                    let details = details.unwrap_or_default();
                    let decision = evaluate(&answers);
                    let input = RecordInput {
                        answers: &answers,
                        decision: &decision,
                        details: &details,
                        site_url,
                    };
                    let markdown = write(&input);
                    format!(
                        "written\n{}\n{}\n{markdown}",
                        file_name(&input),
                        to_html(&markdown).replace('\n', " ")
                    )
                }
                Err(error) => format!("error\nThe answers could not be read: {error}."),
            }
        }
        "form" => {
            let (base, encoded) = first_line(rest);
            match codec::decode(encoded) {
                Ok((answers, details)) => format!(
                    "form\n{}",
                    record_form(&details.unwrap_or_default(), &evaluate(&answers), base)
                        .replace('\n', " ")
                ),
                Err(error) => format!("error\nThe record details could not be read: {error}."),
            }
        }
        "import" => match import(rest) {
            Ok(imported) => format!(
                "imported\n{}\n{}\n{}",
                codec::encode(&imported.answers, Some(&imported.details)),
                imported.recorded_choice.unwrap_or_default(),
                imported.current_choice.unwrap_or_default()
            ),
            Err(error) => format!("error\n{error}"),
        },
        #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
        "bench" => {
            let runs: usize = rest.trim().parse().unwrap_or(100).min(10_000);
            format!("timings\n{}", bench::run(runs, now))
        }
        _ => "error\nUnknown request.".to_string(),
    }
}

/// Reads a reply; anything else becomes an error the page can show.
/// (`timings` replies are read by the browser tests, not by the app.)
pub fn parse_reply(reply: &str) -> Reply {
    let (kind, rest) = first_line(reply);
    let mut lines = rest.splitn(8, '\n');
    let mut next = || lines.next().unwrap_or("").to_string();
    match kind {
        "decided" => Reply::Decided(Panel {
            class: next(),
            uses_gitops: next() == "1",
            headline: next(),
            strength: next(),
            announcement: next(),
            participants: next(),
            votes: match next() {
                line if line.is_empty() => Vec::new(),
                line => line.split(PART).map(String::from).collect(),
            },
            html: next(),
        }),
        "written" => {
            let mut parts = rest.splitn(3, '\n');
            Reply::Written {
                file_name: parts.next().unwrap_or("").into(),
                preview: parts.next().unwrap_or("").into(),
                markdown: parts.next().unwrap_or("").into(),
            }
        }
        "imported" => Reply::Imported {
            encoded: next(),
            recorded: next(),
            current: next(),
        },
        "form" => Reply::RecordForm(rest.into()),
        READY => Reply::Ready,
        "error" => Reply::Error(rest.into()),
        _ => Reply::Error("The worker gave an answer this page does not understand.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;
    use crate::core::record::details::RecordDetails;

    fn ask(request: &str) -> Reply {
        parse_reply(&respond(request, &|| 0.0))
    }

    #[test]
    fn decide_returns_the_panel() {
        let Reply::Decided(panel) = ask(&decide_request(
            "/b",
            &codec::encode(&samples::startup(), None),
        )) else {
            panic!("decided");
        };
        assert_eq!(panel.class, "rec--pipeline");
        assert_eq!(panel.headline, "Pipeline deploy");
        assert!(!panel.uses_gitops);
        assert!(panel
            .announcement
            .starts_with("Recommendation: Pipeline deploy."));
        assert!(panel
            .html
            .contains(r#"href="/b/docs/how-to-pick#rule-single-cluster-small-team""#));
    }

    #[test]
    fn write_then_import_round_trips_through_the_messages() {
        let details = RecordDetails {
            organisation: "Acme".into(),
            date: "2026-11-27".into(),
            ..RecordDetails::default()
        };
        let encoded = codec::encode(&samples::regulated(), Some(&details));
        let Reply::Written {
            file_name,
            markdown,
            preview,
        } = ask(&write_request("https://x.org", &encoded))
        else {
            panic!("written");
        };
        assert_eq!(file_name, "0001-deploy-kubernetes-workloads-with-flux.md");
        assert!(preview.contains("<h1>") && markdown.starts_with("---\n"));
        let Reply::Imported {
            encoded: back,
            recorded,
            current,
        } = ask(&import_request(&markdown))
        else {
            panic!("imported");
        };
        assert_eq!(back, encoded);
        assert_eq!(recorded, current);
    }

    #[test]
    fn bad_input_becomes_a_message() {
        assert!(
            matches!(ask(&import_request("# not ours")), Reply::Error(e) if e.contains("not a PushPull"))
        );
        assert!(matches!(ask("decide\n\nv=9"), Reply::Error(e) if e.contains("unknown version")));
        assert!(matches!(ask("dance"), Reply::Error(_)));
        assert!(matches!(parse_reply("garbage"), Reply::Error(_)));
        assert!(respond("bench\n1", &|| 0.0).starts_with("timings\nevaluate:0.0000,"));
        let details = codec::encode(&samples::mixed(), Some(&RecordDetails::default()));
        assert!(
            matches!(ask(&record_form_request("/b", &details)), Reply::RecordForm(html) if html.contains("gitops-tool") && html.contains("owner:"))
        );
    }
}

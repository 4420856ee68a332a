//! The text messages between the Record page and the record worker.

use super::import::import;
use super::preview::to_html;
use super::writer::{file_name, write, RecordInput};
use crate::core::codec;
use crate::core::decide::evaluate;

/// Separates the Markdown from its preview in a `written` reply.
pub const PREVIEW_SEPARATOR: char = '\u{1}';

pub fn write_request(site_url: &str, encoded: &str) -> String {
    format!("write\n{site_url}\n{encoded}")
}

pub fn import_request(text: &str) -> String {
    format!("import\n{text}")
}

/// What the worker answers to a request.
pub fn respond(request: &str) -> String {
    let (kind, rest) = request.split_once('\n').unwrap_or((request, ""));
    match kind {
        "write" => {
            let (site_url, encoded) = rest.split_once('\n').unwrap_or(("", rest));
            match codec::decode(encoded) {
                Ok((answers, workshop)) => {
                    let workshop = workshop.unwrap_or_default();
                    let decision = evaluate(&answers);
                    let input = RecordInput {
                        answers: &answers,
                        decision: &decision,
                        workshop: &workshop,
                        site_url,
                    };
                    let markdown = write(&input);
                    format!(
                        "written\n{}\n{markdown}{PREVIEW_SEPARATOR}{}",
                        file_name(&input),
                        to_html(&markdown)
                    )
                }
                Err(error) => format!("error\nThe answers could not be read: {error}."),
            }
        }
        "import" => match import(rest) {
            Ok(imported) => format!(
                "imported\n{}\n{}\n{}",
                codec::encode(&imported.answers, Some(&imported.workshop)),
                imported.recorded_choice.unwrap_or_default(),
                imported.current_choice.unwrap_or_default()
            ),
            Err(error) => format!("error\n{error}"),
        },
        _ => "error\nUnknown request.".to_string(),
    }
}

/// A reply, read by the Record page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
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
    Error(String),
}

pub fn parse_reply(reply: &str) -> Reply {
    let (kind, rest) = reply.split_once('\n').unwrap_or((reply, ""));
    match kind {
        "written" => {
            let (file_name, body) = rest.split_once('\n').unwrap_or(("", rest));
            let (markdown, preview) = body.split_once(PREVIEW_SEPARATOR).unwrap_or((body, ""));
            Reply::Written {
                file_name: file_name.into(),
                markdown: markdown.into(),
                preview: preview.into(),
            }
        }
        "imported" => {
            let mut lines = rest.splitn(3, '\n');
            Reply::Imported {
                encoded: lines.next().unwrap_or("").into(),
                recorded: lines.next().unwrap_or("").into(),
                current: lines.next().unwrap_or("").into(),
            }
        }
        "error" => Reply::Error(rest.into()),
        _ => Reply::Error("The record worker gave an answer this page does not understand.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::decide::samples;
    use crate::core::workshop::Workshop;

    #[test]
    fn write_then_import_round_trips_through_the_messages() {
        let workshop = Workshop {
            organisation: "Acme".into(),
            date: "2026-11-27".into(),
            ..Workshop::default()
        };
        let encoded = codec::encode(&samples::regulated(), Some(&workshop));
        let Reply::Written {
            file_name,
            markdown,
            preview,
        } = parse_reply(&respond(&write_request("https://x.org", &encoded)))
        else {
            panic!("written");
        };
        assert_eq!(file_name, "0001-deploy-kubernetes-workloads-with-flux.md");
        assert!(preview.contains("<h1>"));
        let Reply::Imported {
            encoded: back,
            recorded,
            current,
        } = parse_reply(&respond(&import_request(&markdown)))
        else {
            panic!("imported");
        };
        assert_eq!(back, encoded);
        assert_eq!(recorded, current);
        assert!(
            matches!(parse_reply(&respond(&import_request("# not ours"))), Reply::Error(e) if e.contains("not a PushPull"))
        );
        assert!(matches!(parse_reply("garbage"), Reply::Error(_)));
    }
}

//! The core's side of the conversation: each request's reply.

use super::reply::{Panel, Reply};
use super::request::Request;
use super::{BUILD_ID, PROTOCOL_VERSION};
#[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
use crate::core::bench;
use crate::core::codec;
use crate::core::engine::text::capitalize;
use crate::core::engine::{evaluate, evaluate_naming, Answers};
use crate::core::questionnaire::panel_view::{announcement, pattern_class, render_panel};
use crate::core::questionnaire::participants::compare;
use crate::core::questionnaire::participants_view::{summary, votes};
use crate::core::record::details::{NamedTool, RecordDetails};
use crate::core::record::form_view::record_form;
use crate::core::record::import::import;
use crate::core::record::preview::to_html;
use crate::core::record::supersede::{adr_id, successor};
use crate::core::record::supersede_view::{supersede_panel, LoadedRecord};
use crate::core::record::writer::{file_name, write, RecordInput};
use crate::core::site_url::SiteUrl;

/// The core's state: where the site lives, as the app said in `Hello`.
#[derive(Debug, Default)]
pub struct Responder {
    base: String,
    site_url: Option<SiteUrl>,
    /// The record last imported, kept so that it can be superseded.
    loaded: Option<LoadedRecord>,
}

/// The reply to a scan sent here instead of to the scanner.
pub const SCAN_ELSEWHERE: &str = "Scans run in the scanner worker, not here.";

/// The first message a worker (the scanner) sends.
pub fn ready() -> Reply {
    Reply::Ready {
        version: PROTOCOL_VERSION,
        build: BUILD_ID.into(),
    }
}

fn read(encoded: &str) -> Result<(Answers, RecordDetails), String> {
    codec::decode(encoded)
        .map(|(answers, details)| (answers, details.unwrap_or_default()))
        .map_err(|error| format!("The answers could not be read: {error}."))
}

impl Responder {
    /// The reply to a message as the app sent it (`None` for `Hello`, which
    /// needs none). `now` reads a clock in milliseconds.
    pub fn respond_to(&mut self, message: &str, now: &dyn Fn() -> f64) -> Option<Reply> {
        match Request::decode(message) {
            Ok(request) => self.respond(request, now),
            Err(error) => Some(Reply::Error(format!(
                "The request could not be read: {error}."
            ))),
        }
    }

    #[cfg_attr(
        not(any(test, not(target_arch = "wasm32"), feature = "bench")),
        allow(unused_variables)
    )]
    pub fn respond(&mut self, request: Request, now: &dyn Fn() -> f64) -> Option<Reply> {
        Some(match request {
            Request::Hello { base, site_url } => {
                self.base = base;
                self.site_url = SiteUrl::for_records(&site_url);
                return None;
            }
            Request::Decide { answers } => match read(&answers) {
                Ok((answers, details)) => Reply::Decided(self.panel(&answers, &details)),
                Err(error) => Reply::Error(error),
            },
            Request::Record {
                answers,
                form_shown,
            } => match read(&answers) {
                Ok((answers, details)) => self.record(&answers, &details, form_shown),
                Err(error) => Reply::Error(error),
            },
            Request::Import { text, file } => match import(&text) {
                Ok(imported) => {
                    let encoded = codec::encode(&imported.answers, Some(&imported.details));
                    self.loaded = Some(LoadedRecord::new(&file, text, imported.details));
                    Reply::Imported {
                        encoded,
                        recorded: imported.recorded_choice,
                        current: imported.current_choice.map(String::from),
                        earlier_version: imported.earlier_version,
                    }
                }
                Err(error) => Reply::Error(error.to_string()),
            },
            Request::Supersede { today } => match &self.loaded {
                Some(loaded) => {
                    let old = &loaded.reference;
                    let new = successor(&loaded.details, old.clone(), None, &today);
                    Reply::Superseding {
                        notice: format!(
                            "Started {}, which supersedes {}. Change the answers on Decide to today's, then download both files.",
                            adr_id(new.number),
                            adr_id(old.number)
                        ),
                        encoded: codec::encode(&Answers::default(), Some(&new)),
                    }
                }
                None => Reply::Error("Load the record to supersede first.".into()),
            },
            // The scanner is a worker of its own, started only when used, so
            // that its YAML parser never weighs on the app's first load.
            Request::Scan { .. } => Reply::Error(SCAN_ELSEWHERE.into()),
            #[cfg(any(test, not(target_arch = "wasm32"), feature = "bench"))]
            Request::Bench { runs, index } => {
                Reply::Timings(bench::run(runs.min(10_000) as usize, &index, now))
            }
        })
    }

    fn panel(&self, answers: &Answers, details: &RecordDetails) -> Panel {
        // The tool named for the record, so the panel and the record agree.
        let d = evaluate_naming(answers, details.gitops_tool.map(NamedTool::pick));
        let comparisons = compare(answers, &details.participants);
        Panel {
            class: pattern_class(d.pattern).into(),
            uses_gitops: d.pattern.is_some_and(|p| p.uses_gitops()),
            headline: d.headline(),
            strength: capitalize(d.strength.label()),
            announcement: announcement(&d),
            html: render_panel(&d, &self.base),
            participants: summary(&details.participants, &comparisons),
            votes: comparisons.iter().map(votes).collect(),
        }
    }

    fn record(&self, answers: &Answers, details: &RecordDetails, shown: Option<bool>) -> Reply {
        let decision = evaluate(answers);
        let uses_gitops = decision.pattern.is_some_and(|p| p.uses_gitops());
        let input = RecordInput {
            answers,
            decision: &decision,
            details,
            site_url: self.site_url.as_ref(),
        };
        let markdown = write(&input);
        let marked = self
            .loaded
            .as_ref()
            .filter(|loaded| details.supersedes.as_ref() == Some(&loaded.reference))
            .and_then(|loaded| loaded.marked(details.number).ok());
        Reply::Recorded {
            supersede: supersede_panel(self.loaded.as_ref(), details).into_string(),
            marked,
            file_name: file_name(&input),
            preview: to_html(&markdown),
            markdown,
            uses_gitops,
            form: (shown != Some(uses_gitops)).then(|| record_form(details, &decision, &self.base)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    fn site() -> Responder {
        let mut responder = Responder::default();
        let hello = Request::Hello {
            base: "/b".into(),
            site_url: "https://x.org/b".into(),
        };
        assert_eq!(responder.respond(hello, &|| 0.0), None);
        responder
    }

    fn ask(responder: &mut Responder, request: Request) -> Reply {
        let reply = responder.respond_to(&request.encode(), &|| 0.0).unwrap();
        Reply::decode(&reply.encode()).unwrap()
    }

    #[test]
    fn the_panel_names_the_tool_the_record_names() {
        let named = RecordDetails {
            gitops_tool: Some(NamedTool::Flux),
            ..RecordDetails::default()
        };
        let answers = codec::encode(&samples::mixed(), Some(&named));
        let Reply::Decided(panel) = ask(&mut site(), Request::Decide { answers }) else {
            panic!("decided");
        };
        assert_eq!(panel.headline, "Hybrid");
        assert!(
            panel.html.contains("GitOps (Flux) for Kubernetes"),
            "{}",
            panel.html
        );
        assert!(!panel.html.contains("one of Argo CD or Flux"));
        assert!(panel.html.contains("move what Argo CD deploys to it"));
        let mut platform = samples::platform();
        platform.targets = None;
        let answers = codec::encode(&platform, Some(&named));
        let Reply::Decided(panel) = ask(&mut site(), Request::Decide { answers }) else {
            panic!("decided");
        };
        assert_eq!(panel.headline, "GitOps with Flux");
    }

    #[test]
    fn decide_returns_the_panel_with_links_under_the_base() {
        let answers = codec::encode(&samples::startup(), None);
        let Reply::Decided(panel) = ask(&mut site(), Request::Decide { answers }) else {
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
    fn record_sends_the_form_only_when_the_shown_one_is_stale() {
        let mut responder = site();
        let answers = codec::encode(&samples::mixed(), Some(&RecordDetails::default()));
        let record = |form_shown| Request::Record {
            answers: answers.clone(),
            form_shown,
        };
        let Reply::Recorded {
            uses_gitops, form, ..
        } = ask(&mut responder, record(None))
        else {
            panic!("recorded");
        };
        assert!(uses_gitops);
        assert!(form.is_some_and(|html| html.contains("gitops-tool") && html.contains("owner:")));
        let again = ask(&mut responder, record(Some(true)));
        assert!(matches!(again, Reply::Recorded { form: None, .. }));
        let flipped = ask(&mut responder, record(Some(false)));
        assert!(matches!(flipped, Reply::Recorded { form: Some(_), .. }));
    }

    #[test]
    fn write_then_import_round_trips_through_the_messages() {
        let details = RecordDetails {
            organisation: "Acme".into(),
            date: "2026-11-27".into(),
            ..RecordDetails::default()
        };
        let encoded = codec::encode(&samples::regulated(), Some(&details));
        let mut responder = site();
        let Reply::Recorded {
            file_name,
            markdown,
            preview,
            ..
        } = ask(
            &mut responder,
            Request::Record {
                answers: encoded.clone(),
                form_shown: Some(true),
            },
        )
        else {
            panic!("recorded");
        };
        assert_eq!(file_name, "0001-deploy-kubernetes-workloads-with-flux.md");
        assert!(preview.contains("<h1>") && markdown.starts_with("---\n"));
        assert!(markdown.contains("https://x.org/b/decide#"));
        let Reply::Imported {
            encoded: back,
            recorded,
            current,
            earlier_version,
        } = ask(
            &mut responder,
            Request::Import {
                text: markdown.clone(),
                file: file_name.clone(),
            },
        )
        else {
            panic!("imported");
        };
        assert!(!earlier_version);
        assert_eq!(back, encoded);
        assert!(recorded.is_some());
        assert_eq!(recorded, current);

        // Superseding it: the new details, then the old file marked.
        let Reply::Superseding { encoded, notice } = ask(
            &mut responder,
            Request::Supersede {
                today: "2027-01-05".into(),
            },
        ) else {
            panic!("superseding");
        };
        assert!(notice.starts_with("Started ADR-0002, which supersedes ADR-0001."));
        let (_, Some(new)) = codec::decode(&encoded).unwrap() else {
            panic!("details");
        };
        assert_eq!((new.number, new.date.as_str()), (2, "2027-01-05"));
        let Reply::Recorded {
            markdown: fresh,
            supersede,
            marked: Some((old_name, old_text)),
            ..
        } = ask(
            &mut responder,
            Request::Record {
                answers: codec::encode(&samples::regulated(), Some(&new)),
                form_shown: Some(true),
            },
        )
        else {
            panic!("recorded with the old file marked");
        };
        assert!(fresh.contains("This record supersedes [ADR-0001](0001-"));
        assert!(supersede.contains("marked superseded"));
        assert_eq!(old_name, file_name);
        assert_eq!(
            old_text,
            markdown.replacen("status: proposed", "status: superseded by ADR-0002", 1)
        );
    }

    #[test]
    fn leaves_scans_to_the_scanner() {
        let Reply::Error(error) = ask(
            &mut site(),
            Request::Scan {
                files: Vec::new(),
                not_read: Vec::new(),
            },
        ) else {
            panic!("an error");
        };
        assert_eq!(error, SCAN_ELSEWHERE);
    }

    #[test]
    fn bad_input_becomes_a_message() {
        let mut responder = site();
        let import = Request::Import {
            text: "# not ours".into(),
            file: "notes.md".into(),
        };
        let supersede = Request::Supersede {
            today: "2026-12-01".into(),
        };
        assert!(
            matches!(ask(&mut responder, supersede), Reply::Error(e) if e.contains("Load the record"))
        );
        assert!(
            matches!(ask(&mut responder, import), Reply::Error(e) if e.contains("not a PushPull"))
        );
        let decide = Request::Decide {
            answers: "v=9".into(),
        };
        assert!(
            matches!(ask(&mut responder, decide), Reply::Error(e) if e.contains("unknown version"))
        );
        assert!(
            matches!(responder.respond_to("dance", &|| 0.0), Some(Reply::Error(e)) if e.contains("damaged"))
        );
        let Reply::Timings(timings) = ask(
            &mut responder,
            Request::Bench {
                runs: 1,
                index: String::new(),
            },
        ) else {
            panic!("timings");
        };
        assert_eq!(timings[0].work, "evaluate");
    }
}

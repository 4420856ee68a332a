//! The Record page's form: the record's details, its actions and the
//! import drop zone. The preview comes from `record::preview`.

use maud::{html, Markup};

use crate::core::engine::pattern::Deployer;
use crate::core::engine::Decision;
use crate::core::record::details::{NamedTool, RecordDetails, Status, OWNER_FIELD};
use crate::core::ui::{ids, Action, ActionButton};

fn text_field(name: &str, label: &str, value: &str, hint: &str) -> Markup {
    html! {
        div class="field" {
            label for=(ids::record_field(name)) { (label) }
            input type="text" id=(ids::record_field(name)) name=(name) value=(value) maxlength="200" autocomplete="off";
            @if !hint.is_empty() { p class="field-hint" { (hint) } }
        }
    }
}

/// One name field per row of the decision's "who deploys what" split.
fn owners(w: &RecordDetails, d: &Decision, tool: &str) -> Markup {
    html! {
        @if !d.split.is_empty() {
            fieldset class="field-owners" {
                legend { "Owners" }
                p class="field-hint" { "Name who owns each pipeline, and who runs the GitOps tool for each cluster group. The record's \"who deploys what\" table carries them." }
                div class="field-grid" {
                    @for (index, row) in d.split.iter().enumerate() {
                        div class="field" {
                            label for=(ids::record_owner(index)) {
                                "Who "
                                @match row.deployed_by {
                                    Deployer::GitOps => { "runs " (tool) },
                                    Deployer::Pipeline => "owns the pipeline",
                                }
                                " for " em { (row.what) }
                            }
                            input type="text" id=(ids::record_owner(index)) name={ (OWNER_FIELD) (row.what) } value=(w.owner(&row.what)) maxlength="200" autocomplete="off";
                        }
                    }
                }
            }
        }
    }
}

/// The outcome of a record action (`kind` is info, warn or error).
pub fn notice(kind: &str, text: &str) -> Markup {
    html! { p class={ "notice notice--" (kind) } { (text) } }
}

const TOOLS: [(&str, &str, Option<NamedTool>); 3] = [
    ("", "Not named yet", None),
    ("argo-cd", "Argo CD", Some(NamedTool::ArgoCd)),
    ("flux", "Flux", Some(NamedTool::Flux)),
];

/// The details form, the actions and the import zone, for the decision
/// `d` (whose split decides the owner fields), as the worker sends it.
pub fn record_form(w: &RecordDetails, d: &Decision, base: &str) -> String {
    let uses_gitops = d.pattern.is_some_and(|p| p.uses_gitops());
    let tool = w.gitops_tool.map_or("the GitOps tool", |t| t.label());
    html! {
        section class="record-details" aria-labelledby="details-title" {
            h2 id="details-title" { "Record details" }
            p class="field-hint" {
                "Everything here stays in this browser. Names are separated by commas. The record's answers come from "
                a href={ (base) "/decide" } { "Decide" } "."
            }
            div class="field-grid" {
                (text_field("organisation", "Organisation", &w.organisation, ""))
                (text_field("title", "Title", &w.title, "Leave empty for a title that names the pick."))
                div class="field" {
                    label for=(ids::record_field("status")) { "Status" }
                    select id=(ids::record_field("status")) name="status" {
                        @for status in Status::ALL {
                            option value=(status.key()) selected[status == w.status] { (status.key()) }
                        }
                    }
                }
                div class="field" {
                    label for=(ids::record_field("date")) { "Date" }
                    input type="date" id=(ids::record_field("date")) name="date" value=(w.date);
                }
                div class="field" {
                    label for=(ids::record_field("number")) { "Record number" }
                    input type="number" id=(ids::record_field("number")) name="number" min="1" max="9999" value=(w.number.max(1));
                    p class="field-hint" { "The NNNN in docs/decisions/NNNN-title.md" }
                }
                (text_field("decision-makers", "Decision-makers", &w.decision_makers.join(", "), ""))
                (text_field("consulted", "Consulted", &w.consulted.join(", "), ""))
                (text_field("informed", "Informed", &w.informed.join(", "), ""))
            }
            @if uses_gitops {
                fieldset class="field-tool" {
                    legend { "GitOps tool to name in the record" }
                    div class="choices" {
                        @for (value, label, named) in TOOLS {
                            label class="choice" {
                                input type="radio" name="gitops-tool" value=(value) checked[w.gitops_tool == named];
                                span class="choice__label" { (label) }
                            }
                        }
                    }
                }
            }
            (owners(w, d, tool))
        }
        section class="record-actions" aria-label="Export and import" {
            div class="record-actions__buttons" {
                (ActionButton::new(Action::Download, "button button--primary").label("Download .md"))
                (ActionButton::new(Action::CopyMarkdown, "button").label("Copy Markdown"))
                (ActionButton::new(Action::Print, "button").label("Print / Save as PDF"))
            }
            div class="drop-zone" id="drop-zone" {
                label for="record-file" { "Load a record you exported earlier" }
                input type="file" id="record-file" name="record-file" accept=".md,.markdown,text/markdown,text/plain";
                p class="field-hint" { "or drop the .md file here. Its answers and details replace the current ones." }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::{evaluate, samples};

    #[test]
    fn values_are_escaped_and_selected() {
        let w = RecordDetails {
            organisation: "\"><script>".into(),
            status: Status::Accepted,
            ..RecordDetails::default()
        };
        let hybrid = evaluate(&samples::mixed());
        let html = record_form(&w, &hybrid, "/b");
        assert!(html.contains(r#"value="&quot;&gt;&lt;script&gt;""#));
        assert!(html.contains(r#"<option value="accepted" selected>"#));
        assert!(html.contains(r#"name="gitops-tool" value="" checked"#));
        assert!(html.contains(r#"name="owner:Lambda functions""#));
        assert!(html.contains("Who runs the GitOps tool for <em>"));
        let pipeline = evaluate(&samples::startup());
        assert!(!record_form(&w, &pipeline, "").contains("gitops-tool"));
    }
}

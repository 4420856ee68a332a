//! The Record page's form: the record's details, its actions and the
//! import drop zone. The preview comes from `record::preview`.

use std::fmt::Write;

use crate::core::engine::pattern::Deployer;
use crate::core::engine::Decision;
use crate::core::html::escape;
use crate::core::record::details::{NamedTool, RecordDetails, Status, OWNER_FIELD};

fn text_field(out: &mut String, name: &str, label: &str, value: &str, hint: &str) {
    let _ = write!(
        out,
        r#"<div class="field"><label for="record-{name}">{label}</label><input type="text" id="record-{name}" name="{name}" value="{value}" maxlength="200" autocomplete="off">{hint}</div>"#,
        value = escape(value),
        hint = if hint.is_empty() {
            String::new()
        } else {
            format!(r#"<p class="field-hint">{hint}</p>"#)
        },
    );
}

/// One name field per row of the decision's "who deploys what" split.
fn owners(out: &mut String, w: &RecordDetails, d: &Decision, tool: &str) {
    if d.split.is_empty() {
        return;
    }
    out.push_str(r#"<fieldset class="field-owners"><legend>Owners</legend><p class="field-hint">Name who owns each pipeline, and who runs the GitOps tool for each cluster group. The record's "who deploys what" table carries them.</p><div class="field-grid">"#);
    for (index, row) in d.split.iter().enumerate() {
        let role = match row.deployed_by {
            Deployer::GitOps => format!("runs {tool}"),
            Deployer::Pipeline => "owns the pipeline".to_string(),
        };
        let _ = write!(
            out,
            r#"<div class="field"><label for="record-owner-{index}">Who {role} for <em>{what}</em></label><input type="text" id="record-owner-{index}" name="{OWNER_FIELD}{what}" value="{value}" maxlength="200" autocomplete="off"></div>"#,
            what = escape(&row.what),
            value = escape(w.owner(&row.what)),
        );
    }
    out.push_str("</div></fieldset>");
}

/// The details form, the actions and the import zone, for the decision
/// `d` (whose split decides the owner fields).
pub fn record_form(w: &RecordDetails, d: &Decision, base: &str) -> String {
    let uses_gitops = d.pattern.is_some_and(|p| p.uses_gitops());
    let mut out = String::with_capacity(4096);
    let _ = write!(
        out,
        r#"<section class="record-details" aria-labelledby="details-title"><h2 id="details-title">Record details</h2><p class="field-hint">Everything here stays in this browser. Names are separated by commas. The record's answers come from <a href="{base}/decide">Decide</a>.</p><div class="field-grid">"#
    );
    text_field(
        &mut out,
        "organisation",
        "Organisation",
        &w.organisation,
        "",
    );
    text_field(
        &mut out,
        "title",
        "Title",
        &w.title,
        "Leave empty for a title that names the pick.",
    );
    let _ = write!(
        out,
        r#"<div class="field"><label for="record-status">Status</label><select id="record-status" name="status">"#
    );
    for status in Status::ALL {
        let _ = write!(
            out,
            r#"<option value="{key}"{selected}>{key}</option>"#,
            key = status.key(),
            selected = if status == w.status { " selected" } else { "" }
        );
    }
    out.push_str("</select></div>");
    let _ = write!(
        out,
        r#"<div class="field"><label for="record-date">Date</label><input type="date" id="record-date" name="date" value="{}"></div>"#,
        escape(&w.date)
    );
    let _ = write!(
        out,
        r#"<div class="field"><label for="record-number">Record number</label><input type="number" id="record-number" name="number" min="1" max="9999" value="{}"><p class="field-hint">The NNNN in docs/decisions/NNNN-title.md</p></div>"#,
        w.number.max(1)
    );
    text_field(
        &mut out,
        "decision-makers",
        "Decision-makers",
        &w.decision_makers.join(", "),
        "",
    );
    text_field(
        &mut out,
        "consulted",
        "Consulted",
        &w.consulted.join(", "),
        "",
    );
    text_field(&mut out, "informed", "Informed", &w.informed.join(", "), "");
    out.push_str("</div>");
    if uses_gitops {
        out.push_str(r#"<fieldset class="field-tool"><legend>GitOps tool to name in the record</legend><div class="choices">"#);
        for (value, label, tool) in [
            ("", "Not named yet", None),
            ("argo-cd", "Argo CD", Some(NamedTool::ArgoCd)),
            ("flux", "Flux", Some(NamedTool::Flux)),
        ] {
            let _ = write!(
                out,
                r#"<label class="choice"><input type="radio" name="gitops-tool" value="{value}"{checked}><span class="choice__label">{label}</span></label>"#,
                checked = if w.gitops_tool == tool {
                    " checked"
                } else {
                    ""
                }
            );
        }
        out.push_str("</div></fieldset>");
    }
    let tool = w.gitops_tool.map_or("the GitOps tool", |t| t.label());
    owners(&mut out, w, d, tool);
    out.push_str(r#"</section><section class="record-actions" aria-label="Export and import"><div class="record-actions__buttons"><button type="button" class="button button--primary" data-action="download">Download .md</button><button type="button" class="button" data-action="copy">Copy Markdown</button><button type="button" class="button" data-action="print">Print / Save as PDF</button></div><div class="drop-zone" id="drop-zone"><label for="record-file">Load a record you exported earlier</label><input type="file" id="record-file" name="record-file" accept=".md,.markdown,text/markdown,text/plain"><p class="field-hint">or drop the .md file here. Its answers and details replace the current ones.</p></div></section>"#);
    out
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

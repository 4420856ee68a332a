//! The questionnaire as HTML, drawn from the answers. Every user-supplied
//! string goes through `html::escape`; control names and `data-*`
//! attributes are what `form::apply` reads back.

use std::fmt::Write;

use super::form::{kind_key, kind_title, step_ticked, NAME_MAX, NUMBER_MAX};
use super::groups::GROUPS;
use crate::core::engine::answers::{Answers, TargetKind};
use crate::core::engine::question_options::InputKind;
use crate::core::engine::questions::QuestionId;
use crate::core::html::escape;
use crate::core::record::details::{RecordDetails, NOTE_MAX};

/// The whole form body: every group with its question cards, each with its
/// discussion notes from `w`. `base` is the site base for links into the
/// guide.
pub fn render_form(a: &Answers, w: &RecordDetails, base: &str) -> String {
    let mut out = String::with_capacity(24 * 1024);
    for group in GROUPS {
        let _ = write!(
            out,
            r#"<section class="question-group" aria-labelledby="group-{id}"><h2 id="group-{id}">{title}</h2><p class="question-group__intro">{intro}</p>"#,
            id = group.id,
            title = group.title,
            intro = group.intro,
        );
        for &q in group.questions {
            render_question(&mut out, a, w.note(q), q, base);
        }
        out.push_str("</section>");
    }
    out
}

fn render_question(out: &mut String, a: &Answers, note: &str, q: QuestionId, base: &str) {
    let key = q.key();
    let answered = q.is_answered(a);
    let _ = write!(
        out,
        r#"<fieldset class="question" id="q-{key}" data-testid="question-{key}" aria-describedby="help-{key}" tabindex="-1"><legend class="question__prompt">{prompt}</legend><p class="question__help" id="help-{key}">{help} <a href="{base}{anchor}">Read more<span class="visually-hidden"> about {phrase}</span></a></p>"#,
        prompt = escape(q.prompt()),
        help = escape(q.help()),
        anchor = q.docs_anchor(),
        phrase = q.phrase(),
    );
    match q.input_kind() {
        InputKind::Choice => render_choices(out, a, q),
        InputKind::Number => render_number(out, a, q),
        InputKind::Targets => render_targets(out, a),
        InputKind::Steps => render_steps(out, a),
    }
    // Filled with the participants' answers, when there are any.
    let _ = write!(
        out,
        r#"<div class="votes-slot" id="votes-{key}" data-testid="votes-{key}"></div>"#
    );
    let _ = write!(
        out,
        r#"<div class="question__footer"><span class="question__state{state_class}">{state}</span><button type="button" class="link-button" data-action="clear" data-question="{key}" id="clear-{key}"{disabled}>Clear answer<span class="visually-hidden">: {phrase}</span></button></div><details class="question__notes"{open}><summary>Discussion notes</summary><textarea id="note-{key}" name="note" data-question="{key}" rows="3" maxlength="{NOTE_MAX}" aria-label="Discussion notes">{note}</textarea></details></fieldset>"#,
        open = if note.is_empty() { "" } else { " open" },
        note = escape(note),
        state_class = if answered { " answered" } else { "" },
        state = if answered {
            "Answered"
        } else {
            "Not answered yet"
        },
        disabled = if answered { "" } else { " disabled" },
        phrase = q.phrase(),
    );
}

fn checked(on: bool) -> &'static str {
    if on {
        " checked"
    } else {
        ""
    }
}

fn render_choices(out: &mut String, a: &Answers, q: QuestionId) {
    let key = q.key();
    let selected = q.selected(a);
    out.push_str(r#"<div class="choices">"#);
    for (index, option) in q.options().iter().enumerate() {
        let _ = write!(
            out,
            r#"<label class="choice"><input type="radio" id="{key}-{index}" name="{key}" value="{index}"{checked}><span class="choice__label">{label}</span>"#,
            checked = checked(selected == Some(index)),
            label = escape(option.label),
        );
        if !option.hint.is_empty() {
            let _ = write!(
                out,
                r#"<span class="choice__hint">{}</span>"#,
                escape(option.hint)
            );
        }
        out.push_str("</label>");
    }
    out.push_str("</div>");
}

fn render_number(out: &mut String, a: &Answers, q: QuestionId) {
    let key = q.key();
    let value = match q {
        QuestionId::Clusters => a.clusters,
        _ => a.team_size,
    };
    let _ = write!(
        out,
        r#"<div class="number-input"><label for="{key}-input">{label}</label><input id="{key}-input" name="{key}" type="number" inputmode="numeric" min="0" max="{NUMBER_MAX}" step="1" value="{value}" aria-errormessage="{key}-error"><p class="field-error" id="{key}-error" role="alert"></p></div>"#,
        label = q.label(),
        value = value.map(|n| n.to_string()).unwrap_or_default(),
    );
}

fn render_targets(out: &mut String, a: &Answers) {
    out.push_str(r#"<ul class="targets" aria-label="Deploy targets">"#);
    for (index, target) in a.listed_targets().iter().enumerate() {
        let number = index + 1;
        let _ = write!(
            out,
            r#"<li class="target-row"><label class="target-row__name"><span>Target {number} name</span><input type="text" id="target-{index}-name" name="target-name" data-index="{index}" maxlength="{NAME_MAX}" autocomplete="off" value="{name}" aria-invalid="{invalid}"></label><label class="target-row__kind"><span>Kind</span><select id="target-{index}-kind" name="target-kind" data-index="{index}">"#,
            name = escape(&target.name),
            invalid = target.name.trim().is_empty(),
        );
        for kind in TargetKind::ALL {
            let _ = write!(
                out,
                r#"<option value="{}"{}>{}</option>"#,
                kind_key(kind),
                if kind == target.kind { " selected" } else { "" },
                kind_title(kind),
            );
        }
        let _ = write!(
            out,
            r#"</select></label><button type="button" class="button button--small" data-action="remove-target" data-index="{index}" id="remove-target-{index}">Remove<span class="visually-hidden"> target {number}</span></button></li>"#,
        );
    }
    out.push_str(r#"</ul><div class="target-add" role="group" aria-label="Add a deploy target"><span class="target-add__label" aria-hidden="true">Add:</span>"#);
    for kind in TargetKind::ALL {
        let _ = write!(
            out,
            r#"<button type="button" class="button button--small" data-action="add-target" data-kind="{key}" id="add-target-{key}">+ {title}</button>"#,
            key = kind_key(kind),
            title = kind_title(kind),
        );
    }
    out.push_str("</div>");
}

const STEPS: [(&str, &str, &str); 3] = [
    ("migrations", "Database migrations", ""),
    ("traffic-shifts", "Traffic shifts (canary, blue-green)", ""),
    (
        "other-orchestration",
        "Other orchestration across systems",
        "",
    ),
];

fn render_steps(out: &mut String, a: &Answers) {
    let on = |value: &str| step_ticked(a.imperative_steps, value);
    out.push_str(r#"<div class="choices">"#);
    let none = ("none", "None of these", "Deploys only apply new versions.");
    for (value, label, hint) in STEPS.into_iter().chain([none]) {
        let _ = write!(
            out,
            r#"<label class="choice"><input type="checkbox" id="step-{value}" name="step" value="{value}"{checked}><span class="choice__label">{label}</span>"#,
            checked = checked(on(value)),
        );
        if !hint.is_empty() {
            let _ = write!(out, r#"<span class="choice__hint">{hint}</span>"#);
        }
        out.push_str("</label>");
    }
    out.push_str("</div>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    #[test]
    fn reflects_the_answers() {
        let html = render_form(&samples::mixed(), &RecordDetails::default(), "/sub");
        assert!(html.contains(r#"id="clusters-input" name="clusters" type="number" inputmode="numeric" min="0" max="100000" step="1" value="3""#));
        assert!(html.contains(r#"id="compliance-4" name="compliance" value="4" checked"#));
        assert!(html.contains(r#"value="Lambda functions""#));
        assert!(html.contains(r#"<option value="vm" selected>"#));
        assert!(html.contains(r#"href="/sub/docs/gitops-wins#multi-cluster""#));
        assert_eq!(html.matches("Not answered yet").count(), 0);
        let empty = render_form(&Answers::default(), &RecordDetails::default(), "");
        assert_eq!(empty.matches("Not answered yet").count(), 10);
        assert_eq!(empty.matches(" disabled>").count(), 10);
    }

    #[test]
    fn hostile_target_names_stay_text() {
        let mut a = samples::startup();
        a.targets.as_mut().unwrap()[0].name = r#""><script>alert(1)</script>"#.to_string();
        let mut w = RecordDetails::default();
        w.set_note(QuestionId::Targets, "</textarea><script>x</script>");
        let html = render_form(&a, &w, "");
        assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;x"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }
}

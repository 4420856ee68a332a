//! The questionnaire as HTML, drawn from the answers. Controls carry their
//! [`Field`] and buttons their [`Action`], which the shell reads back.

use maud::{html, Markup};

use super::form::{
    kind_key, kind_title, regime_ticked, regime_values, step_ticked, NAME_MAX, NUMBER_MAX,
};
use super::groups::GROUPS;
use crate::core::engine::answers::{Answers, Regime, TargetKind};
use crate::core::engine::question_options::InputKind;
use crate::core::engine::questions::QuestionId;
use crate::core::record::details::{RecordDetails, NOTE_MAX};
use crate::core::ui::{ids, Action, ActionButton, Field};

/// The whole form body: every group with its question cards, each with its
/// discussion notes from `w`. `base` is the site base for links into the
/// guide.
pub fn render_form(a: &Answers, w: &RecordDetails, base: &str) -> Markup {
    html! {
        @for group in GROUPS {
            @let heading = format!("group-{}", group.id);
            section class="question-group" aria-labelledby=(heading) {
                h2 id=(heading) { (group.title) }
                p class="question-group__intro" { (group.intro) }
                @for &q in group.questions {
                    (question(a, w.note(q), q, base))
                }
            }
        }
    }
}

fn question(a: &Answers, note: &str, q: QuestionId, base: &str) -> Markup {
    let key = q.key();
    let answered = q.is_answered(a);
    html! {
        fieldset class="question" id=(ids::question(q)) data-testid={ "question-" (key) } aria-describedby=(ids::help(q)) tabindex="-1" {
            legend class="question__prompt" { (q.prompt()) }
            p class="question__help" id=(ids::help(q)) {
                (q.help()) " "
                a href={ (base) (q.docs_anchor()) } { "Read more" span class="visually-hidden" { " about " (q.phrase()) } }
            }
            @match q.input_kind() {
                InputKind::Choice => (choices(a, q)),
                InputKind::Number => (number(a, q)),
                InputKind::Targets => (targets(a)),
                InputKind::Steps => (steps(a)),
                InputKind::Regimes => (regimes(a)),
            }
            // Filled with the participants' answers, when there are any.
            div class="votes-slot" id=(ids::votes(q)) data-testid=(ids::votes(q)) {}
            // Filled with "from the repo" while a scan's answer awaits a yes.
            div class="repo-slot" id=(ids::from_repo(q)) data-testid=(ids::from_repo(q)) {}
            div class="question__footer" {
                span.question__state.answered[answered] {
                    @if answered { "Answered" } @else { "Not answered yet" }
                }
                (ActionButton::new(Action::Clear(q), "link-button")
                    .id(ids::clear(q))
                    .disabled(!answered)
                    .label(html! { "Clear answer" span class="visually-hidden" { ": " (q.phrase()) } }))
            }
            details class="question__notes" open[!note.is_empty()] {
                summary { "Discussion notes" }
                textarea id=(ids::note(q)) name=(Field::Note(q).name()) data-arg=[Field::Note(q).arg()] rows="3" maxlength=(NOTE_MAX) aria-label="Discussion notes" { (note) }
            }
        }
    }
}

fn choice_label(input: Markup, label: &str, hint: &str) -> Markup {
    html! {
        label class="choice" {
            (input)
            span class="choice__label" { (label) }
            @if !hint.is_empty() { span class="choice__hint" { (hint) } }
        }
    }
}

fn choices(a: &Answers, q: QuestionId) -> Markup {
    let selected = q.selected(a);
    html! {
        div class="choices" {
            @for (index, option) in q.options().iter().enumerate() {
                (choice_label(
                    html! { input type="radio" id=(ids::choice(q, index)) name=(Field::Answer(q).name()) value=(index) checked[selected == Some(index)]; },
                    option.label,
                    option.hint,
                ))
            }
        }
    }
}

fn number(a: &Answers, q: QuestionId) -> Markup {
    let value = match q {
        QuestionId::Clusters => a.production_clusters,
        QuestionId::NonProductionClusters => a.non_production_clusters,
        _ => a.team_size,
    };
    html! {
        div class="number-input" {
            label for=(ids::field_input(q)) { (q.label()) }
            input id=(ids::field_input(q)) name=(Field::Answer(q).name()) type="number" inputmode="numeric" min="0" max=(NUMBER_MAX) step="1" value=[value] aria-errormessage=(ids::field_error(q));
            p class="field-error" id=(ids::field_error(q)) role="alert" {}
        }
    }
}

fn targets(a: &Answers) -> Markup {
    html! {
        ul class="targets" aria-label="Deploy targets" {
            @for (index, target) in a.listed_targets().iter().enumerate() {
                @let number = index + 1;
                li class="target-row" {
                    label class="target-row__name" {
                        span { "Target " (number) " name" }
                        input type="text" id=(ids::target_name(index)) name=(Field::TargetName(index).name()) data-arg=[Field::TargetName(index).arg()] maxlength=(NAME_MAX) autocomplete="off" value=(target.name) aria-invalid=(target.name.trim().is_empty());
                    }
                    label class="target-row__kind" {
                        span { "Kind" }
                        select id=(ids::target_kind(index)) name=(Field::TargetKind(index).name()) data-arg=[Field::TargetKind(index).arg()] {
                            @for kind in TargetKind::ALL {
                                option value=(kind_key(kind)) selected[kind == target.kind] { (kind_title(kind)) }
                            }
                        }
                    }
                    (ActionButton::new(Action::RemoveTarget(index), "button button--small")
                        .id(ids::remove_target(index))
                        .label(html! { "Remove" span class="visually-hidden" { " target " (number) } }))
                }
            }
        }
        div class="target-add" role="group" aria-label="Add a deploy target" {
            span class="target-add__label" aria-hidden="true" { "Add:" }
            @for kind in TargetKind::ALL {
                (ActionButton::new(Action::AddTarget(kind), "button button--small")
                    .id(ids::add_target(kind))
                    .label(html! { "+ " (kind_title(kind)) }))
            }
        }
    }
}

const STEPS: [(&str, &str, &str); 4] = [
    (
        "migrations",
        "Database migrations",
        "Ones that must run before or after the new version, not ones the app runs by itself at start-up.",
    ),
    (
        "traffic-shifts",
        "Canary or blue-green traffic shifts",
        "Moving a share of traffic step by step; a plain rolling update does not count.",
    ),
    (
        "other-orchestration",
        "Ordered steps across systems",
        "For example: update a queue, then the service, then a DNS record, in that order.",
    ),
    ("none", "None of these", "Deploys only roll out new versions."),
];

fn regimes(a: &Answers) -> Markup {
    html! {
        div class="choices" {
            @for value in regime_values() {
                @let (label, hint) = match Regime::from_key(value) {
                    Some(Regime::Other) => ("Another regime", "For example FedRAMP, DORA or an internal audit."),
                    Some(r) => (r.label(), ""),
                    None => ("None", "No external audit covers how changes reach these systems."),
                };
                (choice_label(
                    html! { input type="checkbox" id=(ids::regime(value)) name=(Field::Regime.name()) value=(value) checked[regime_ticked(a.compliance, value)]; },
                    label,
                    hint,
                ))
            }
        }
    }
}

fn steps(a: &Answers) -> Markup {
    html! {
        div class="choices" {
            @for (value, label, hint) in STEPS {
                (choice_label(
                    html! { input type="checkbox" id=(ids::step(value)) name=(Field::Step.name()) value=(value) checked[step_ticked(a.imperative_steps, value)]; },
                    label,
                    hint,
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;
    use crate::core::ui::button::rendered_attrs;

    #[test]
    fn reflects_the_answers() {
        let html = render_form(&samples::mixed(), &RecordDetails::default(), "/sub").into_string();
        assert!(html.contains(r#"id="clusters-input" name="clusters" type="number" inputmode="numeric" min="0" max="100000" step="1" value="1""#));
        assert!(html.contains(r#"id="regime-iso" name="regime" value="iso" checked"#));
        assert!(html.contains(r#"value="Lambda functions""#));
        assert!(html.contains(r#"<option value="vm" selected>"#));
        assert!(html.contains(r#"href="/sub/docs/gitops-wins#multi-cluster""#));
        assert!(html.contains(&rendered_attrs(Action::RemoveTarget(1))));
        assert_eq!(html.matches("Not answered yet").count(), 0);
        assert!(html.contains(r#"<span class="question__state answered">Answered</span>"#));
        assert!(html
            .split('<')
            .all(|tag| tag.matches(" class=").count() <= 1));
        let empty = render_form(&Answers::default(), &RecordDetails::default(), "").into_string();
        assert_eq!(
            empty
                .matches(r#"<span class="question__state">Not answered yet</span>"#)
                .count(),
            QuestionId::all().len()
        );
        assert_eq!(empty.matches(" disabled>").count(), QuestionId::all().len());
        assert!(empty.contains(&format!(
            r#"id="clear-clusters" {} disabled>"#,
            rendered_attrs(Action::Clear(QuestionId::Clusters))
        )));
    }

    #[test]
    fn hostile_target_names_stay_text() {
        let mut a = samples::startup();
        a.targets.as_mut().unwrap()[0].name = r#""><script>alert(1)</script>"#.to_string();
        let mut w = RecordDetails::default();
        w.set_note(QuestionId::Targets, "</textarea><script>x</script>");
        let html = render_form(&a, &w, "").into_string();
        assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;x"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }
}

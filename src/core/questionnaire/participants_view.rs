//! The workshop's participants on the Decide page: the paste box, the list
//! of who sent answers, and under each question who answered what.

use maud::{html, Markup};

use crate::core::questionnaire::participants::Comparison;
use crate::core::record::details::Participant;
use crate::core::ui::{ids, Action, ActionButton};

/// The static part: how it works, the paste box and its button. The list
/// (`#participants-list`) is filled from [`summary`].
pub fn paste_box() -> Markup {
    html! {
        details class="participants__box" id="participants-box" {
            summary { "Workshop: merge participants' answers" }
            p class="field-hint" {
                "Each participant answers on their own device, presses " strong { "Copy share link" }
                " and sends you the link. Paste the links here, one per line, each after the person's name. Their answers stay in this browser; under each question you then see who answered what, and you pick the agreed answer."
            }
            label for=(ids::PARTICIPANT_LINKS) { "Participants' links" }
            textarea id=(ids::PARTICIPANT_LINKS) rows="3" spellcheck="false" autocomplete="off" placeholder="Ana: https://…/decide#v=2&c=3…" {}
            div class="toolbar__buttons" {
                (ActionButton::new(Action::AddParticipants, "button button--small").label("Add participants"))
            }
            p class="toolbar__status" id=(ids::PARTICIPANTS_STATUS) role="status" {}
        }
        div id=(ids::PARTICIPANTS_LIST) data-testid="participants-list" {}
    }
}

/// Who takes part, with Remove buttons, and which questions are disputed.
pub fn summary(participants: &[Participant], comparisons: &[Comparison]) -> String {
    if participants.is_empty() {
        return String::new();
    }
    let disputed: Vec<&Comparison> = comparisons.iter().filter(|c| c.disputed()).collect();
    html! {
        p class="participants__count" {
            (participants.len()) " participant" @if participants.len() != 1 { "s" } " merged:"
        }
        ul class="participants__names" {
            @for (index, p) in participants.iter().enumerate() {
                li {
                    (p.name) " "
                    (ActionButton::new(Action::RemoveParticipant(index), "link-button")
                        .label(html! { "Remove" span class="visually-hidden" { " " (p.name) } }))
                }
            }
        }
        @if disputed.is_empty() {
            p class="participants__agreement" { "No disagreements: everyone who answered a question gave the same answer." }
        } @else {
            p class="participants__disputed" data-testid="disputed-summary" {
                strong { "Disputed (" (disputed.len()) "):" } " "
                @for (n, c) in disputed.iter().enumerate() {
                    @if n > 0 { ", " }
                    (ActionButton::new(Action::Jump(c.question), "link-button").label(c.question.label()))
                }
            }
        }
    }
    .into_string()
}

/// Who answered what on one question, with a button to adopt each answer.
/// Empty when no participant answered the question.
pub fn votes(c: &Comparison) -> String {
    if c.votes.is_empty() {
        return String::new();
    }
    html! {
        div.votes.votes--disputed[c.disputed()] {
            p class="votes__title" {
                @if c.disputed() { "⚠ Participants disagree" } @else { "Participants' answers" }
            }
            ul class="votes__list" {
                @for vote in &c.votes {
                    li class="votes__item" {
                        span class="votes__answer" { (vote.answer) } " "
                        span class="votes__names" { (vote.names.join(", ")) } " "
                        @if vote.agreed {
                            span class="votes__agreed" { "✓ agreed answer" }
                        } @else {
                            (ActionButton::new(Action::Adopt { participant: vote.participant, question: c.question }, "button button--small")
                                .label(html! { "Use this" span class="visually-hidden" { " answer: " (vote.answer) } }))
                        }
                    }
                }
                @if !c.unanswered.is_empty() {
                    li class="votes__item votes__item--none" { "No answer: " (c.unanswered.join(", ")) }
                }
            }
        }
    }
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Answers;
    use crate::core::engine::QuestionId;
    use crate::core::questionnaire::participants::compare;
    use crate::core::ui::button::rendered_attrs;

    #[test]
    fn disagreement_is_flagged_and_names_escaped() {
        let people: Vec<Participant> = [("<b>Ana</b>", Some(3)), ("Bo", Some(12)), ("Cy", None)]
            .into_iter()
            .map(|(name, clusters)| Participant {
                name: name.into(),
                answers: Answers {
                    production_clusters: clusters,
                    ..Answers::default()
                },
            })
            .collect();
        let agreed = Answers {
            production_clusters: Some(3),
            ..Answers::default()
        };
        let all = compare(&agreed, &people);
        let html = votes(&all[0]);
        assert!(
            html.contains(r#"<div class="votes votes--disputed">"#)
                && html.contains("&lt;b&gt;Ana")
        );
        assert!(html.contains(&rendered_attrs(Action::Adopt {
            participant: 1,
            question: QuestionId::Clusters
        })));
        assert!(html.contains("✓ agreed answer") && html.contains("No answer: Cy"));
        let list = summary(&people, &all);
        assert!(
            list.contains("3 participants")
                && list.contains(&rendered_attrs(Action::Jump(QuestionId::Clusters)))
        );
        assert!(summary(&[], &[]).is_empty());
        assert!(votes(&all[1]).is_empty(), "nobody answered the team size");
    }
}

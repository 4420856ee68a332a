//! The workshop's participants on the Decide page: the paste box, the list
//! of who sent answers, and under each question who answered what.

use std::fmt::Write;

use crate::core::html::escape;
use crate::core::questionnaire::participants::Comparison;
use crate::core::record::details::Participant;

/// The static part: how it works, the paste box and its button. The list
/// (`#participants-list`) is filled from [`summary`].
pub const PASTE_BOX: &str = r#"<details class="participants__box" id="participants-box"><summary>Workshop: merge participants' answers</summary><p class="field-hint">Each participant answers on their own device, presses <strong>Copy share link</strong> and sends you the link. Paste the links here, one per line, each after the person's name. Their answers stay in this browser; under each question you then see who answered what, and you pick the agreed answer.</p><label for="participant-links">Participants' links</label><textarea id="participant-links" rows="3" spellcheck="false" autocomplete="off" placeholder="Ana: https://…/decide#v=1&amp;c=3…"></textarea><div class="toolbar__buttons"><button type="button" class="button button--small" data-action="add-participants">Add participants</button></div><p class="toolbar__status" id="participants-status" role="status"></p></details><div id="participants-list" data-testid="participants-list"></div>"#;

/// Who takes part, with Remove buttons, and which questions are disputed.
pub fn summary(participants: &[Participant], comparisons: &[Comparison]) -> String {
    if participants.is_empty() {
        return String::new();
    }
    let mut out = format!(
        r#"<p class="participants__count">{} participant{} merged:</p><ul class="participants__names">"#,
        participants.len(),
        if participants.len() == 1 { "" } else { "s" }
    );
    for (index, p) in participants.iter().enumerate() {
        let _ = write!(
            out,
            r#"<li>{name} <button type="button" class="link-button" data-action="remove-participant" data-index="{index}">Remove<span class="visually-hidden"> {name}</span></button></li>"#,
            name = escape(&p.name)
        );
    }
    out.push_str("</ul>");
    let disputed: Vec<String> = comparisons
        .iter()
        .filter(|c| c.disputed())
        .map(|c| {
            format!(
                r#"<button type="button" class="link-button" data-action="jump" data-question="{}">{}</button>"#,
                c.question.key(),
                c.question.label()
            )
        })
        .collect();
    if disputed.is_empty() {
        out.push_str(r#"<p class="participants__agreement">No disagreements: everyone who answered a question gave the same answer.</p>"#);
    } else {
        let _ = write!(
            out,
            r#"<p class="participants__disputed" data-testid="disputed-summary"><strong>Disputed ({}):</strong> {}</p>"#,
            disputed.len(),
            disputed.join(", ")
        );
    }
    out
}

/// Who answered what on one question, with a button to adopt each answer.
/// Empty when no participant answered the question.
pub fn votes(c: &Comparison) -> String {
    if c.votes.is_empty() {
        return String::new();
    }
    let key = c.question.key();
    let mut out = format!(
        r#"<div class="votes{}"><p class="votes__title">{}</p><ul class="votes__list">"#,
        if c.disputed() { " votes--disputed" } else { "" },
        if c.disputed() {
            "⚠ Participants disagree"
        } else {
            "Participants' answers"
        }
    );
    for vote in &c.votes {
        let names: Vec<String> = vote.names.iter().map(|n| escape(n)).collect();
        let _ = write!(
            out,
            r#"<li class="votes__item"><span class="votes__answer">{answer}</span> <span class="votes__names">{names}</span> {action}</li>"#,
            answer = escape(&vote.answer),
            names = names.join(", "),
            action = if vote.agreed {
                r#"<span class="votes__agreed">✓ agreed answer</span>"#.to_string()
            } else {
                format!(
                    r#"<button type="button" class="button button--small" data-action="adopt" data-index="{}-{key}">Use this<span class="visually-hidden"> answer: {}</span></button>"#,
                    vote.participant,
                    escape(&vote.answer)
                )
            }
        );
    }
    if !c.unanswered.is_empty() {
        let names: Vec<String> = c.unanswered.iter().map(|n| escape(n)).collect();
        let _ = write!(
            out,
            r#"<li class="votes__item votes__item--none">No answer: {}</li>"#,
            names.join(", ")
        );
    }
    out.push_str("</ul></div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::Answers;
    use crate::core::questionnaire::participants::compare;

    #[test]
    fn disagreement_is_flagged_and_names_escaped() {
        let people: Vec<Participant> = [("<b>Ana</b>", Some(3)), ("Bo", Some(12)), ("Cy", None)]
            .into_iter()
            .map(|(name, clusters)| Participant {
                name: name.into(),
                answers: Answers {
                    clusters,
                    ..Answers::default()
                },
            })
            .collect();
        let agreed = Answers {
            clusters: Some(3),
            ..Answers::default()
        };
        let all = compare(&agreed, &people);
        let html = votes(&all[0]);
        assert!(html.contains("votes--disputed") && html.contains("&lt;b&gt;Ana"));
        assert!(html.contains(r#"data-action="adopt" data-index="1-clusters""#));
        assert!(html.contains("✓ agreed answer") && html.contains("No answer: Cy"));
        let list = summary(&people, &all);
        assert!(
            list.contains("3 participants")
                && list.contains(r#"data-action="jump" data-question="clusters""#)
        );
        assert!(summary(&[], &[]).is_empty());
        assert!(votes(&all[1]).is_empty(), "nobody answered the team size");
    }
}

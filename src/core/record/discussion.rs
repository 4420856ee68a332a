//! The record's workshop sections: discussion notes per question, and the
//! participants with the points they disagreed on.

use std::fmt::Write;

use super::text::inline;
use crate::core::engine::answers::Answers;
use crate::core::questionnaire::participants::compare;
use crate::core::record::details::RecordDetails;

/// `### Discussion notes`: one entry per question with a note, each line
/// of the note as an item of a nested list (no trailing-space line breaks,
/// which linters flag and editors strip).
pub fn discussion(out: &mut String, answers: &Answers, w: &RecordDetails) {
    if w.notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "### Discussion notes\n");
    for note in &w.notes {
        let q = note.question;
        if q.is_answered(answers) {
            let _ = writeln!(
                out,
                "* **{}** ({}):",
                q.label(),
                inline(&q.answer_text(answers))
            );
        } else {
            let _ = writeln!(out, "* **{}**:", q.label());
        }
        for line in note.text.lines().map(inline).filter(|l| !l.is_empty()) {
            let _ = writeln!(out, "  * {line}");
        }
    }
    out.push('\n');
}

/// `### Participants`: who answered on their own device, and every
/// question on which their answers differed, with the agreed answer.
pub fn participants(out: &mut String, answers: &Answers, w: &RecordDetails) {
    if w.participants.is_empty() {
        return;
    }
    let names: Vec<String> = w.participants.iter().map(|p| inline(&p.name)).collect();
    let _ = writeln!(out, "### Participants\n");
    let _ = writeln!(
        out,
        "{} people answered the questionnaire on their own devices before the answers above were agreed: {}.\n",
        names.len(),
        names.join(", ")
    );
    let disputed: Vec<_> = compare(answers, &w.participants)
        .into_iter()
        .filter(|c| c.disputed())
        .collect();
    if disputed.is_empty() {
        let _ = writeln!(out, "Their answers did not conflict on any question.\n");
        return;
    }
    let _ = writeln!(out, "Disputed points:\n");
    for c in disputed {
        let votes: Vec<String> = c
            .votes
            .iter()
            .map(|v| {
                let who: Vec<String> = v.names.iter().map(|n| inline(n)).collect();
                format!("{} ({})", inline(&v.answer), who.join(", "))
            })
            .collect();
        let _ = writeln!(
            out,
            "* **{}**: {}; agreed: {}",
            c.question.label(),
            votes.join("; "),
            inline(&c.question.answer_text(answers))
        );
    }
    out.push('\n');
}

//! Workshop participants: reading the share links they send, comparing
//! their answers question by question, and taking one of them as the
//! agreed answer. The agreed answers are the facilitator's own.

use crate::core::codec;
use crate::core::engine::answers::Answers;
use crate::core::engine::questions::QuestionId;
use crate::core::record::details::{Participant, FIELD_MAX};

/// Most participants one workshop keeps.
pub const PARTICIPANTS_MAX: usize = 50;

/// What pasting a block of links did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pasted {
    /// Names of participants added.
    pub added: Vec<String>,
    /// Names already in the list, whose answers were replaced.
    pub updated: Vec<String>,
    /// One message per line that could not be used.
    pub problems: Vec<String>,
}

impl Pasted {
    /// What pasting did, in a sentence or two.
    pub fn message(&self) -> String {
        let mut parts = Vec::new();
        if !self.added.is_empty() {
            parts.push(format!("Added {}.", self.added.join(", ")));
        }
        if !self.updated.is_empty() {
            parts.push(format!(
                "Updated the answers of {}.",
                self.updated.join(", ")
            ));
        }
        parts.extend(self.problems.iter().cloned());
        if parts.is_empty() {
            parts.push("Paste at least one share link first.".to_string());
        }
        parts.join(" ")
    }
}

/// Reads pasted text, one link per line, each optionally preceded by the
/// person's name ("Ana: https://…/decide#v=2&c=3"). A name already in the
/// list has its answers replaced (a participant who changed their mind).
pub fn paste(participants: &mut Vec<Participant>, text: &str) -> Pasted {
    let mut pasted = Pasted::default();
    for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() {
            continue;
        }
        let Some(start) = line.find("#v=").map(|i| i + 1).or_else(|| line.find("v=")) else {
            pasted.problems.push(format!(
                "Line {number} has no PushPull share link (they contain \"/decide#v=\")."
            ));
            continue;
        };
        let link = line[start..].split_whitespace().next().unwrap_or("");
        let answers = match codec::decode(link) {
            Ok((answers, _)) => answers,
            Err(error) => {
                pasted.problems.push(format!(
                    "Line {number}: the link could not be read: {error}."
                ));
                continue;
            }
        };
        let name = match name_before_link(&line[..start]) {
            name if name.is_empty() => format!("Participant {}", participants.len() + 1),
            name => name,
        };
        if let Some(existing) = participants.iter_mut().find(|p| p.name == name) {
            existing.answers = answers;
            pasted.updated.push(name);
        } else if participants.len() < PARTICIPANTS_MAX {
            participants.push(Participant {
                name: name.clone(),
                answers,
            });
            pasted.added.push(name);
        } else {
            pasted.problems.push(format!(
                "Line {number}: a workshop holds at most {PARTICIPANTS_MAX} participants."
            ));
        }
    }
    pasted
}

/// The words before a link, without the URL itself and separators.
fn name_before_link(prefix: &str) -> String {
    let prefix = prefix.trim_end_matches('#');
    let words: Vec<&str> = prefix
        .split_whitespace()
        .filter(|word| !word.contains("://") && !word.contains('/'))
        .collect();
    words
        .join(" ")
        .trim_matches(|c: char| c == ':' || c == '-' || c == '–' || c == ',' || c == '(')
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(FIELD_MAX)
        .collect()
}

/// One distinct answer to a question and who gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub answer: String,
    pub names: Vec<String>,
    /// The first participant who gave it, for "use this answer".
    pub participant: usize,
    /// The agreed answer is this one.
    pub agreed: bool,
}

/// Who answered what on one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub question: QuestionId,
    pub votes: Vec<Vote>,
    /// Participants who left the question unanswered.
    pub unanswered: Vec<String>,
}

impl Comparison {
    /// Participants gave more than one answer.
    pub fn disputed(&self) -> bool {
        self.votes.len() > 1
    }
}

/// Every question's comparison, in questionnaire order; empty without
/// participants.
pub fn compare(agreed: &Answers, participants: &[Participant]) -> Vec<Comparison> {
    if participants.is_empty() {
        return Vec::new();
    }
    QuestionId::all()
        .iter()
        .map(|&question| {
            let agreed_text =
                Some(question.answer_text(agreed)).filter(|_| question.is_answered(agreed));
            let mut votes: Vec<Vote> = Vec::new();
            let mut unanswered = Vec::new();
            for (index, p) in participants.iter().enumerate() {
                if !question.is_answered(&p.answers) {
                    unanswered.push(p.name.clone());
                    continue;
                }
                let answer = question.answer_text(&p.answers);
                match votes.iter_mut().find(|v| v.answer == answer) {
                    Some(vote) => vote.names.push(p.name.clone()),
                    None => votes.push(Vote {
                        agreed: agreed_text.as_deref() == Some(answer.as_str()),
                        answer,
                        names: vec![p.name.clone()],
                        participant: index,
                    }),
                }
            }
            Comparison {
                question,
                votes,
                unanswered,
            }
        })
        .collect()
}

/// Takes participant `participant`'s answer to `question` as the agreed
/// one; false when there is no such participant.
pub fn adopt(
    agreed: &mut Answers,
    participants: &[Participant],
    participant: usize,
    question: QuestionId,
) -> bool {
    let Some(from) = participants.get(participant) else {
        return false;
    };
    question.copy_answer(&from.answers, agreed);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    fn link(answers: &Answers) -> String {
        format!(
            "https://pushpull.example/decide#{}",
            codec::encode(answers, None)
        )
    }

    #[test]
    fn pasted_lines_become_named_participants() {
        let mut list = Vec::new();
        let text = format!(
            "Ana: {}\n\n{}\nBo Li - {}\nnot a link\nCy https://x/decide#v=1&c=zz",
            link(&samples::startup()),
            link(&samples::platform()),
            link(&samples::mixed()),
        );
        let pasted = paste(&mut list, &text);
        assert_eq!(pasted.added, ["Ana", "Participant 2", "Bo Li"]);
        assert_eq!(pasted.problems.len(), 2);
        assert!(pasted.problems[0].starts_with("Line 5 has no PushPull share link"));
        assert!(pasted.problems[1].contains("`c`"));
        assert_eq!(list[2].answers, samples::mixed());
        let again = paste(&mut list, &format!("Ana {}", link(&samples::regulated())));
        assert_eq!(again.updated, ["Ana"]);
        assert_eq!(again.message(), "Updated the answers of Ana.");
        assert_eq!(
            Pasted::default().message(),
            "Paste at least one share link first."
        );
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].answers, samples::regulated());
    }

    #[test]
    fn disagreements_are_grouped_by_answer() {
        let people = |answers: [Option<u32>; 3]| -> Vec<Participant> {
            ["Ana", "Bo", "Cy"]
                .iter()
                .zip(answers)
                .map(|(name, clusters)| Participant {
                    name: name.to_string(),
                    answers: Answers {
                        production_clusters: clusters,
                        ..Answers::default()
                    },
                })
                .collect()
        };
        let list = people([Some(3), Some(12), Some(3)]);
        let agreed = Answers {
            production_clusters: Some(3),
            ..Answers::default()
        };
        let all = compare(&agreed, &list);
        assert_eq!(all.len(), QuestionId::all().len());
        let clusters = &all[0];
        assert!(clusters.disputed());
        assert_eq!(clusters.votes[0].names, ["Ana", "Cy"]);
        assert!(clusters.votes[0].agreed && !clusters.votes[1].agreed);
        assert_eq!(clusters.votes[1].participant, 1);
        assert!(!all[1].disputed());
        assert_eq!(all[1].unanswered.len(), 3);
        assert!(compare(&agreed, &[]).is_empty());

        let mut mine = Answers::default();
        assert!(adopt(&mut mine, &list, 1, QuestionId::Clusters));
        assert_eq!(mine.production_clusters, Some(12));
        assert!(!adopt(&mut mine, &list, 9, QuestionId::Clusters));
        assert_eq!(mine.production_clusters, Some(12));
    }

    #[test]
    fn every_question_can_be_adopted() {
        let from = samples::mixed();
        let mut mine = Answers::default();
        for &q in QuestionId::all() {
            q.copy_answer(&from, &mut mine);
        }
        assert_eq!(mine, from);
    }
}

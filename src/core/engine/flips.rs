//! "What would change it": single-answer changes that flip the pattern.
//!
//! Each question's representative alternatives are tried on a scratch copy
//! of the answers and only the pattern is computed (re-running just the
//! rules that read that question), so there is no recursion into flips and
//! almost no allocation. Questions no rule reads are skipped. Changes
//! that lead to the same new pattern are merged into one `Flip`. A change
//! that would leave no pattern at all is not reported as a flip.

use serde::Serialize;

use super::alternatives::{is_coherent_change, values};
use super::answers::Answers;
use super::pattern::Pattern;
use super::questions::QuestionId;
use super::rules::{Firing, RULES};
use super::tally::Tally;
use super::text::join_or;

/// One question whose different answer would change the pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flip {
    pub question: QuestionId,
    /// The current answer, e.g. "1 cluster" or "unanswered".
    pub from: String,
    /// The first alternative value that flips (use it with `apply`).
    pub value: String,
    /// Every representative value that leads to `new_pattern`.
    pub values: Vec<String>,
    /// e.g. "Compliance regime: SOC 2, PCI DSS, HIPAA, ISO 27001 or another regime".
    pub change: String,
    pub new_pattern: Pattern,
}

impl Flip {
    /// The answers with this flip's `value` applied (`None` when `value` is
    /// not a representative value of `question`).
    pub fn apply(&self, a: &Answers) -> Option<Answers> {
        self.apply_value(a, &self.value)
    }

    /// The answers with one of this flip's `values` applied.
    pub fn apply_value(&self, a: &Answers, label: &str) -> Option<Answers> {
        values(self.question)
            .iter()
            .find(|v| v.label() == label)
            .map(|v| {
                let mut changed = a.clone();
                v.apply(&mut changed);
                changed
            })
    }
}

/// Every flip away from `current` (the pattern of `a`).
pub fn compute(a: &Answers, current: Option<Pattern>) -> Vec<Flip> {
    // Firings for the answers as given; per alternative only the rules
    // that read the changed question are evaluated again.
    let base: Vec<Option<Firing>> = RULES.iter().map(|r| (r.evaluate)(a)).collect();
    let mut flips: Vec<Flip> = Vec::new();
    let mut scratch = a.clone();
    for &q in QuestionId::all() {
        if !RULES.iter().any(|r| r.reads_question(q)) {
            continue;
        }
        for v in values(q) {
            if v.is_current(a) {
                continue;
            }
            v.apply(&mut scratch);
            if !is_coherent_change(a, &scratch) {
                continue;
            }
            let mut tally = Tally::default();
            for (rule, before) in RULES.iter().zip(&base) {
                let firing = if rule.reads_question(q) {
                    (rule.evaluate)(&scratch)
                } else {
                    *before
                };
                if let Some(f) = firing {
                    tally.add(&f);
                }
            }
            let Some((new_pattern, _)) = tally.resolve() else {
                continue;
            };
            if Some(new_pattern) == current {
                continue;
            }
            match flips
                .iter_mut()
                .find(|f| f.question == q && f.new_pattern == new_pattern)
            {
                Some(f) => f.values.push(v.label()),
                None => flips.push(Flip {
                    question: q,
                    from: q.answer_text(a),
                    value: v.label(),
                    values: vec![v.label()],
                    change: String::new(),
                    new_pattern,
                }),
            }
        }
        q.copy_answer(a, &mut scratch);
    }
    for f in &mut flips {
        f.change = format!("{}: {}", f.question.label(), join_or(&f.values));
    }
    flips
}

#[cfg(test)]
mod tests {
    use super::super::tally::pattern_of;
    use super::*;

    #[test]
    fn startup_flips_on_clusters_and_compliance() {
        let a = Answers {
            production_clusters: Some(1),
            team_size: Some(4),
            ..Answers::default()
        };
        let flips = compute(&a, pattern_of(&a));
        assert!(flips
            .iter()
            .any(|f| f.question == QuestionId::Clusters && f.new_pattern == Pattern::GitOps));
        let c = flips
            .iter()
            .find(|f| f.question == QuestionId::Compliance)
            .expect("compliance flips a startup to GitOps");
        assert_eq!(c.values, ["a compliance regime in scope"]);
    }

    #[test]
    fn nothing_answered_has_flips_to_some_pattern() {
        let flips = compute(&Answers::default(), None);
        assert!(flips.iter().any(|f| f.question == QuestionId::Clusters));
        assert!(flips.iter().all(|f| f.from == "unanswered"));
    }
}

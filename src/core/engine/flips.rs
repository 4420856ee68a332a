//! "What would change it": single-answer changes that flip the pattern.
//!
//! Each question's representative alternatives are tried on a scratch copy
//! of the answers and only the pattern is computed (re-running just the
//! rules that read that question), so there is no recursion into flips and
//! almost no allocation. Questions no rule reads are skipped. Changes
//! that lead to the same new pattern are merged into one `Flip`. A change
//! that would leave no pattern at all is not reported as a flip.

use serde::Serialize;

use super::alternatives::{is_coherent_change, values, AltValue};
use super::answers::Answers;
use super::pattern::Pattern;
use super::questions::QuestionId;
use super::rules::{Firing, RULES};
use super::tally::Tally;
use super::text::{answer_phrase, join_or};

/// One question whose different answer would change the pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flip {
    pub question: QuestionId,
    /// The current answer as a phrase that fits in a sentence, e.g. "one
    /// production cluster", or "no answer yet".
    pub from: String,
    /// The first alternative value that flips (use it with `apply`).
    pub value: String,
    /// Every representative value that leads to `new_pattern`.
    pub values: Vec<String>,
    /// The whole change as a sentence: "With 2 or more production clusters
    /// rather than one production cluster, the pick would be GitOps."
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
    let mut found: Vec<(QuestionId, Pattern, Vec<AltValue>)> = Vec::new();
    let mut scratch = a.clone();
    for &q in QuestionId::all() {
        if !RULES.iter().any(|r| r.reads_question(q)) {
            continue;
        }
        for &v in values(q) {
            if v.is_current(a) {
                continue;
            }
            v.apply(&mut scratch);
            if !is_coherent_change(a, &scratch) {
                q.copy_answer(a, &mut scratch);
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
            q.copy_answer(a, &mut scratch);
            let Some((new_pattern, _)) = tally.resolve() else {
                continue;
            };
            if Some(new_pattern) == current {
                continue;
            }
            match found
                .iter_mut()
                .find(|(fq, p, _)| *fq == q && *p == new_pattern)
            {
                Some((_, _, vs)) => vs.push(v),
                None => found.push((q, new_pattern, vec![v])),
            }
        }
    }
    found
        .into_iter()
        .map(|(q, new_pattern, vs)| {
            let labels: Vec<String> = vs.iter().map(|v| v.label()).collect();
            Flip {
                question: q,
                from: answer_phrase(q, a),
                value: labels[0].clone(),
                change: sentence(q, a, &vs, new_pattern),
                values: labels,
                new_pattern,
            }
        })
        .collect()
}

/// "With 2 or more production clusters rather than one production
/// cluster, the pick would be GitOps."
fn sentence(q: QuestionId, a: &Answers, vs: &[AltValue], new_pattern: Pattern) -> String {
    // Target lists are long, and the condition names the new mix anyway.
    let rather = if q.is_answered(a) && q != QuestionId::Targets {
        format!(" rather than {}", answer_phrase(q, a))
    } else {
        String::new()
    };
    format!(
        "With {}{rather}, the pick would be {}.",
        condition(vs),
        new_pattern.noun()
    )
}

/// The alternatives as one phrase: neighbouring cluster ranges merge
/// ("2 or more production clusters"), and so do kinds of imperative step
/// and levels of worry, which the rules weigh alike.
fn condition(vs: &[AltValue]) -> String {
    let counts: Vec<u32> = vs
        .iter()
        .filter_map(|v| match v {
            AltValue::Clusters(n) => Some(*n),
            _ => None,
        })
        .collect();
    if counts.len() == vs.len() && counts.len() > 1 {
        if let Some(merged) = cluster_range(&counts) {
            return merged;
        }
    }
    let steps = vs
        .iter()
        .filter(|v| matches!(v, AltValue::ImperativeSteps(s) if s.any()))
        .count();
    if steps == vs.len() && steps > 1 {
        return "any step a deploy must run in order".to_string();
    }
    let labels: Vec<String> = vs.iter().map(|v| v.label()).collect();
    if labels.len() == 2
        && labels
            .iter()
            .all(|l| l.ends_with(" worry about CI's cluster credentials"))
    {
        return "moderate or high worry about CI's cluster credentials".to_string();
    }
    join_or(&labels)
}

/// Merges representative cluster counts that cover one unbroken range.
fn cluster_range(counts: &[u32]) -> Option<String> {
    use super::alternatives::CLUSTER_VALUES;
    let idx: Vec<usize> = counts
        .iter()
        .filter_map(|n| CLUSTER_VALUES.iter().position(|v| v == n))
        .collect();
    let (lo, hi) = (*idx.iter().min()?, *idx.iter().max()?);
    if hi - lo + 1 != idx.len() {
        return None;
    }
    let last = CLUSTER_VALUES.len() - 1;
    Some(match (lo, hi) {
        (0, h) if h == last => return None,
        (0, 1) => "at most one production cluster".to_string(),
        (0, _) => "fewer than ten production clusters".to_string(),
        (1, h) if h == last => "at least one production cluster".to_string(),
        (1, _) => "one to nine production clusters".to_string(),
        _ => "two or more production clusters".to_string(),
    })
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
        assert_eq!(
            c.change,
            "With a compliance regime in scope, the pick would be GitOps."
        );
    }

    #[test]
    fn nothing_answered_has_flips_to_some_pattern() {
        let flips = compute(&Answers::default(), None);
        assert!(flips.iter().any(|f| f.question == QuestionId::Clusters));
        assert!(flips.iter().all(|f| f.from == "no answer yet"));
        let c = flips
            .iter()
            .find(|f| f.question == QuestionId::Clusters && f.new_pattern == Pattern::GitOps)
            .expect("clusters flip to GitOps");
        assert_eq!(
            c.change,
            "With two or more production clusters, the pick would be GitOps."
        );
    }
}

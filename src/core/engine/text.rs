//! Small helpers for human text.

use super::answers::Answers;
use super::questions::{clusters_text, QuestionId};
use super::targets::generic_name;

/// "a", "a and b", "a, b and c".
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "and")
}

/// "a", "a or b", "a, b or c".
pub fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "or")
}

fn join_with<S: AsRef<str>>(items: &[S], word: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " " } else { ", " });
            if i + 1 == items.len() {
                out.push_str(word);
                out.push(' ');
            }
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Upper-cases the first character.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-cases the first character ("With 3 ..." to "with 3 ...").
pub fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A small count in words ("two"), larger ones in digits.
pub fn count_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// The current answer to `q` as a phrase that fits inside a sentence
/// ("one production cluster", "a team of 4", "two compliance regimes in
/// scope (SOC 2 and ISO 27001)"), or "no answer yet".
pub fn answer_phrase(q: QuestionId, a: &Answers) -> String {
    if !q.is_answered(a) {
        return "no answer yet".to_string();
    }
    match q {
        QuestionId::Clusters => match a.production_clusters.unwrap_or(0) {
            0 => "no production cluster".to_string(),
            n => clusters_text(n),
        },
        QuestionId::TeamSize => match a.team_size.unwrap_or(0) {
            0 => "nobody shipping to production".to_string(),
            1 => "a single engineer shipping to production".to_string(),
            n => format!("a team of {n}"),
        },
        QuestionId::Compliance => {
            let regimes = a.compliance.unwrap_or_default();
            let list = regimes.list();
            match list.len() {
                0 => "no compliance regime".to_string(),
                1 => format!("{} in scope", regimes.label()),
                n => format!(
                    "{} compliance regimes in scope ({})",
                    count_word(n),
                    regimes.label()
                ),
            }
        }
        QuestionId::Targets => targets_phrase(a),
        _ => q.answer_text(a),
    }
}

/// "Kubernetes targets (EKS prod) beside other targets (Lambda)", "only
/// Kubernetes targets", "only non-Kubernetes targets (Lambda and EC2)".
fn targets_phrase(a: &Answers) -> String {
    let named = |k8s: bool| -> Vec<&str> {
        a.listed_targets()
            .iter()
            .filter(|t| t.kind.is_kubernetes() == k8s)
            .filter(|t| {
                let name = t.name.trim();
                !name.is_empty() && name != generic_name(t.kind)
            })
            .map(|t| t.name.trim())
            .collect()
    };
    // A name with its own brackets ("EKS (prod, staging)") would nest
    // them: those lead the phrase instead ("EKS (prod, staging) on
    // Kubernetes beside Lambda").
    let bracketed = a.listed_targets().iter().any(|t| t.name.contains('('));
    let names = |k8s: bool| -> String {
        let list = named(k8s);
        if list.is_empty() {
            String::new()
        } else {
            format!(" ({})", join_and(&list))
        }
    };
    if bracketed && a.has_non_kubernetes() && !named(true).is_empty() {
        let others = named(false);
        let others = if others.is_empty() {
            "other targets".to_string()
        } else {
            join_and(&others)
        };
        return format!("{} on Kubernetes beside {others}", join_and(&named(true)));
    }
    match (
        a.has_non_kubernetes(),
        a.listed_targets().iter().any(|t| t.kind.is_kubernetes()),
    ) {
        (true, true) => format!(
            "Kubernetes targets{} beside other targets{}",
            names(true),
            names(false)
        ),
        (false, _) => format!("only Kubernetes targets{}", names(true)),
        // Counted production clusters are Kubernetes even when no target
        // says so: "only" would contradict them.
        (true, false) if a.production_clusters.is_some_and(|n| n > 0) => {
            format!("non-Kubernetes targets{}", names(false))
        }
        (true, false) => format!("only non-Kubernetes targets{}", names(false)),
    }
}

/// "points" for one phrase, "point" for a list joined with "and".
pub fn verb_point(subject: &str) -> &'static str {
    if subject.contains(" and ") {
        "point"
    } else {
        "points"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_read_naturally() {
        assert_eq!(join_and::<&str>(&[]), "");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(join_and(&["a", "b"]), "a and b");
        assert_eq!(join_or(&["a", "b", "c"]), "a, b or c");
        assert_eq!(capitalize("rebuild"), "Rebuild");
        assert_eq!(verb_point("a and b"), "point");
        assert_eq!(decapitalize("With 3"), "with 3");
        assert_eq!(count_word(2), "two");
        assert_eq!(count_word(12), "12");
    }
}

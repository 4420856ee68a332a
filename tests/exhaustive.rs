#![cfg(not(target_arch = "wasm32"))]
//! Every combination of representative answers (each question also
//! unanswered): no panics, and the decision's invariants hold.

mod common;

use common::check;
use pushpull::core::engine::answers::Answers;
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::tally::pattern_of;
use pushpull::core::engine::QuestionId;

/// The two bookkeeping questions that only feed warnings and obligations.
fn bookkeeping(n: usize, a: &Answers) -> Answers {
    use pushpull::core::engine::choices::{OwnerCoverage, SplitWritten};
    let owners = [
        None,
        Some(OwnerCoverage::All),
        Some(OwnerCoverage::Some),
        Some(OwnerCoverage::None_),
    ];
    let split = [
        None,
        Some(SplitWritten::Yes),
        Some(SplitWritten::Partly),
        Some(SplitWritten::No),
    ];
    let mut b = a.clone();
    b.pipeline_owners = owners[n % owners.len()];
    b.split_documented = split[(n / owners.len()) % split.len()];
    b
}

/// Every combination of the nine questions other than pipeline owners and
/// the written split (324,000), each fully evaluated and checked; those two
/// rotate through all 16 of their combinations along the way (they only
/// feed a warning and an obligation text, covered in `source_rules`).
#[test]
fn every_combination_evaluates_and_explains() {
    let qs = [
        QuestionId::Clusters,
        QuestionId::NonProductionClusters,
        QuestionId::TeamSize,
        QuestionId::Compliance,
        QuestionId::DisasterRecovery,
        QuestionId::Targets,
        QuestionId::ImperativeSteps,
        QuestionId::CiCredentialConcern,
        QuestionId::GitopsTooling,
    ];
    let start = std::time::Instant::now();
    let n = common::par_for_each_combination(&qs, |n, a| {
        let a = bookkeeping(n, a);
        check(&a, &evaluate(&a));
    });
    assert_eq!(n, combinations(&qs));
    eprintln!("{n} decisions in {:?}", start.elapsed());
}

/// Every combination of all eleven questions (5,184,000): the rules never
/// panic and give exactly one pattern whenever clusters or targets are
/// answered; no pattern only when no rule fired.
#[test]
fn every_combination_of_all_questions_has_a_pattern() {
    use pushpull::core::engine::rules::fire;
    let start = std::time::Instant::now();
    let n = common::par_for_each_combination(QuestionId::all(), |_, a| {
        let pattern = pattern_of(a);
        if a.production_clusters.is_some() || a.targets_listed() {
            assert!(pattern.is_some(), "no pattern for {a:?}");
        }
        if pattern.is_none() {
            assert_eq!(fire(a).count(), 0, "rules fired without a pattern: {a:?}");
        }
    });
    assert_eq!(n, combinations(QuestionId::all()));
    eprintln!("{n} patterns in {:?}", start.elapsed());
}

/// The full product with full decisions: about a minute in debug, a few
/// seconds with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn every_combination_of_all_questions_full_decision() {
    let n = common::par_for_each_combination(QuestionId::all(), |_, a| check(a, &evaluate(a)));
    assert_eq!(n, combinations(QuestionId::all()));
}

/// How many combinations `common::space` spans.
fn combinations(qs: &[QuestionId]) -> usize {
    qs.iter().map(|&q| common::space(q).len()).product()
}

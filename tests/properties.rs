#![cfg(not(target_arch = "wasm32"))]
//! Property tests over arbitrary answers (any counts, any target lists).

mod common;

use proptest::prelude::*;
use pushpull::core::engine::alternatives::values;
use pushpull::core::engine::answers::{
    Answers, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime,
    Regimes, SplitWritten, Target, TargetKind,
};
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::rules::RULES;
use pushpull::core::engine::QuestionId;

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn target() -> impl Strategy<Value = Target> {
    ("[A-Za-z][A-Za-z0-9 -]{0,12}", pick(&TargetKind::ALL))
        .prop_map(|(name, kind)| Target { name, kind })
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        (
            (
                proptest::option::of(0u32..40),
                proptest::option::of(0u32..6),
            ),
            proptest::option::of(0u32..80),
            proptest::option::of(proptest::sample::subsequence(Regime::ALL.to_vec(), 0..=2)),
            proptest::option::of(pick(&DisasterRecovery::ALL)),
            proptest::option::of(proptest::collection::vec(target(), 0..5)),
        ),
        (
            proptest::option::of(any::<(bool, bool, bool)>()),
            proptest::option::of(pick(&Concern::ALL)),
            proptest::option::of(pick(&GitOpsTooling::ALL)),
            proptest::option::of(pick(&OwnerCoverage::ALL)),
            proptest::option::of(pick(&SplitWritten::ALL)),
        ),
    )
        .prop_map(
            |(
                (
                    (production_clusters, non_production_clusters),
                    team_size,
                    compliance,
                    dr,
                    targets,
                ),
                (steps, concern, tooling, owners, split),
            )| Answers {
                production_clusters,
                non_production_clusters,
                team_size,
                compliance: compliance.map(|list| Regimes::of(&list)),
                disaster_recovery: dr,
                targets,
                imperative_steps: steps.map(|(m, t, o)| ImperativeSteps {
                    migrations: m,
                    traffic_shifts: t,
                    other_orchestration: o,
                }),
                ci_credential_concern: concern,
                gitops_tooling: tooling,
                pipeline_owners: owners,
                split_documented: split,
                ..Answers::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn decisions_keep_their_invariants(a in answers()) {
        common::check(&a, &evaluate(&a));
    }

    #[test]
    fn flip_claims_survive_a_full_evaluation(a in answers()) {
        let d = evaluate(&a);
        for flip in &d.flips {
            let changed = flip.apply(&a).expect("a representative value");
            prop_assert_eq!(evaluate(&changed).pattern, Some(flip.new_pattern));
        }
    }

    #[test]
    fn answers_round_trip_through_json(a in answers()) {
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
    }

    /// `Rule::reads` is honest: changing a question a rule does not read
    /// never changes its firing (the flip search relies on it).
    #[test]
    fn rules_read_only_what_they_declare(a in answers()) {
        for rule in RULES {
            let before = (rule.evaluate)(&a);
            for &q in QuestionId::all().iter().filter(|&&q| !rule.reads_question(q)) {
                for v in values(q) {
                    let mut changed = a.clone();
                    v.apply(&mut changed);
                    prop_assert_eq!((rule.evaluate)(&changed), before, "{} changed with {:?}", rule.id, v);
                }
                let mut cleared = a.clone();
                common::clear(q, &mut cleared);
                prop_assert_eq!((rule.evaluate)(&cleared), before, "{} changed when {:?} cleared", rule.id, q);
            }
        }
    }

    #[test]
    fn decision_always_serializes(a in answers()) {
        let d = evaluate(&a);
        let json = serde_json::to_string(&d).unwrap();
        prop_assert!(json.contains("\"rationale\""));
    }
}

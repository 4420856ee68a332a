#![cfg(not(target_arch = "wasm32"))]
//! "What would change it": every claim re-checked with a full evaluation,
//! and no single-answer change that flips the pattern goes unreported.

mod common;

use common::{k8s, serverless, vm};
use pushpull::core::engine::alternatives::{alternatives, is_coherent_change};
use pushpull::core::engine::answers::{
    Answers, Concern, DisasterRecovery, ImperativeSteps, Regime, Regimes,
};
use pushpull::core::engine::decision::evaluate;
use pushpull::core::engine::QuestionId;

fn samples() -> Vec<Answers> {
    let a = Answers::default;
    vec![
        a(),
        Answers {
            production_clusters: Some(1),
            team_size: Some(4),
            ..a()
        },
        Answers {
            production_clusters: Some(12),
            ..a()
        },
        Answers {
            production_clusters: Some(1),
            compliance: Some(Regimes::one(Regime::PciDss)),
            ..a()
        },
        Answers {
            targets: Some(vec![k8s("EKS"), serverless("Lambda")]),
            ..a()
        },
        Answers {
            targets: Some(vec![serverless("Lambda"), vm("EC2")]),
            ..a()
        },
        Answers {
            production_clusters: Some(1),
            team_size: Some(4),
            disaster_recovery: Some(DisasterRecovery::Minutes),
            ci_credential_concern: Some(Concern::Moderate),
            imperative_steps: Some(ImperativeSteps::MIGRATIONS),
            ..a()
        },
        Answers {
            production_clusters: Some(1),
            team_size: Some(40),
            ..a()
        },
        Answers {
            disaster_recovery: Some(DisasterRecovery::Hours),
            ..a()
        },
    ]
}

/// Checks every flip of `a` against a full `evaluate` of the changed
/// answers, and that every flipping alternative is reported.
pub fn verify_flips(a: &Answers) {
    let d = evaluate(a);
    for flip in &d.flips {
        assert!(flip.values.contains(&flip.value));
        assert!(flip.change.starts_with("With "), "{}", flip.change);
        assert!(
            flip.change
                .ends_with(&format!(", the pick would be {}.", flip.new_pattern.noun())),
            "{}",
            flip.change
        );
        if flip.question.is_answered(a) && flip.question != QuestionId::Targets {
            assert!(
                flip.change
                    .contains(&format!(" rather than {},", flip.from)),
                "{}",
                flip.change
            );
        }
        assert_ne!(flip.question, QuestionId::NonProductionClusters);
        let k8s_listed = a.listed_targets().iter().any(|t| t.kind.is_kubernetes());
        if flip.question == QuestionId::Clusters
            && k8s_listed
            && a.production_clusters.is_some_and(|n| n > 0)
        {
            assert!(
                !flip.values.iter().any(|v| v == "no production cluster"),
                "incoherent advice {flip:?} on {a:?}"
            );
        }
        for v in &flip.values {
            let changed = flip.apply_value(a, v).expect("a representative value");
            let after = evaluate(&changed);
            assert_eq!(after.pattern, Some(flip.new_pattern), "{flip:?} on {a:?}");
            assert_ne!(after.pattern, d.pattern);
        }
        assert_eq!(
            flip.apply(a).map(|c| evaluate(&c).pattern),
            Some(Some(flip.new_pattern))
        );
    }
    for &q in QuestionId::all() {
        for (label, changed) in alternatives(a, q) {
            if !is_coherent_change(a, &changed) {
                continue;
            }
            let p = evaluate(&changed).pattern;
            if p.is_some() && p != d.pattern {
                assert!(
                    d.flips.iter().any(|f| f.question == q
                        && Some(f.new_pattern) == p
                        && f.values.contains(&label)),
                    "unreported flip {q:?} = {label} -> {p:?} on {a:?}"
                );
            }
        }
    }
}

#[test]
fn flip_claims_hold_and_are_complete() {
    for a in samples() {
        verify_flips(&a);
    }
}

#[test]
fn flip_claims_hold_across_the_rule_inputs() {
    // Every combination of the three shape questions, with the weighing
    // questions at each of their values one at a time.
    let shape = [
        QuestionId::Clusters,
        QuestionId::TeamSize,
        QuestionId::Targets,
    ];
    let mut n = 0;
    for first in 0..common::space(QuestionId::Clusters).len() {
        n += common::for_each_combination(&shape, first, |_, a| {
            verify_flips(a);
            for q in [
                QuestionId::Compliance,
                QuestionId::DisasterRecovery,
                QuestionId::ImperativeSteps,
                QuestionId::CiCredentialConcern,
            ] {
                for (_, changed) in alternatives(a, q) {
                    verify_flips(&changed);
                }
            }
        });
    }
    assert_eq!(n, 5 * 3 * 5);
}

#[test]
fn flips_read_as_sentences() {
    let startup = Answers {
        production_clusters: Some(1),
        team_size: Some(4),
        targets: Some(vec![k8s("EKS")]),
        ..Answers::default()
    };
    let d = evaluate(&startup);
    let changes: Vec<&str> = d.flips.iter().map(|f| f.change.as_str()).collect();
    assert!(
        changes.contains(
            &"With two or more production clusters rather than one production cluster, the pick would be GitOps."
        ),
        "{changes:#?}"
    );
    assert!(
        !changes.iter().any(|c| c.contains("no production cluster")),
        "a listed EKS cluster is a production cluster: {changes:#?}"
    );
    let fleet = evaluate(&Answers {
        production_clusters: Some(3),
        non_production_clusters: Some(4),
        ..Answers::default()
    });
    assert!(fleet
        .flips
        .iter()
        .all(|f| f.question != QuestionId::NonProductionClusters));
}

#[test]
fn strength_is_tentative_exactly_when_an_open_question_could_flip_a_weighed_pick() {
    for a in samples() {
        let d = evaluate(&a);
        let open_flip = d.flips.iter().any(|f| !f.question.is_answered(&a));
        let decisive = d.fired.iter().any(|f| {
            f.agrees
                && matches!(
                    f.effect,
                    pushpull::core::engine::rules::Effect::Decisive { .. }
                )
        });
        if d.pattern.is_some() && !decisive {
            assert_eq!(
                d.strength == pushpull::core::engine::Strength::Tentative,
                open_flip,
                "{a:?}"
            );
        }
        for q in &d.missing {
            assert!(!q.is_answered(&a));
        }
    }
}

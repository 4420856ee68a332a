//! Shared helpers for the integration tests.
#![allow(dead_code)]

#[cfg(not(target_arch = "wasm32"))]
pub mod strategies;
pub mod table;

use pushpull::core::engine::alternatives::values;
use pushpull::core::engine::answers::{Answers, Target, TargetKind};
use pushpull::core::engine::choices::GitOpsTooling;
use pushpull::core::engine::decision::Decision;
use pushpull::core::engine::obligations::ObligationId;
use pushpull::core::engine::split::SplitCategory;
use pushpull::core::engine::tally::pattern_of;
use pushpull::core::engine::warnings::WarningId;
use pushpull::core::engine::{Pattern, QuestionId, Strength};

/// Sets one question's answer.
pub type Setter = Box<dyn Fn(&mut Answers)>;

/// Every representative answer of `q`, plus "unanswered" (and, for
/// targets, the answered-but-empty list).
pub fn space(q: QuestionId) -> Vec<Setter> {
    let mut out: Vec<Setter> = vec![Box::new(move |a: &mut Answers| clear(q, a))];
    if q == QuestionId::Targets {
        out.push(Box::new(|a: &mut Answers| a.targets = Some(Vec::new())));
    }
    for &v in values(q) {
        out.push(Box::new(move |a: &mut Answers| v.apply(a)));
    }
    out
}

/// Sets `q` to unanswered.
pub fn clear(q: QuestionId, a: &mut Answers) {
    q.clear(a);
}

pub fn k8s(name: &str) -> Target {
    Target::new(name, TargetKind::Kubernetes)
}

pub fn serverless(name: &str) -> Target {
    Target::new(name, TargetKind::Serverless)
}

pub fn vm(name: &str) -> Target {
    Target::new(name, TargetKind::Vm)
}

/// Calls `f` on every combination of the values in `space(q)` for each
/// question in `qs` (the rest unanswered), with the first question fixed
/// to its `first`-th value. Returns how many combinations were visited.
pub fn for_each_combination(
    qs: &[QuestionId],
    first: usize,
    mut f: impl FnMut(usize, &Answers),
) -> usize {
    let spaces: Vec<_> = qs.iter().map(|&q| space(q)).collect();
    let mut digits = vec![0usize; spaces.len()];
    let mut a = Answers::default();
    digits[0] = first;
    (spaces[0][first])(&mut a);
    let mut n = 0;
    loop {
        f(n, &a);
        n += 1;
        // Odometer over every digit but the first.
        let mut i = spaces.len() - 1;
        loop {
            if i == 0 {
                return n;
            }
            digits[i] += 1;
            if digits[i] < spaces[i].len() {
                (spaces[i][digits[i]])(&mut a);
                break;
            }
            digits[i] = 0;
            (spaces[i][0])(&mut a);
            i -= 1;
        }
    }
}

/// Runs `for_each_combination` for every value of the first question, one
/// thread per value. Returns the total number of combinations.
pub fn par_for_each_combination(qs: &[QuestionId], f: impl Fn(usize, &Answers) + Sync) -> usize {
    let firsts = space(qs[0]).len();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..firsts)
            .map(|first| {
                let f = &f;
                s.spawn(move || for_each_combination(qs, first, f))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("worker panicked"))
            .sum()
    })
}

/// The invariants every decision keeps.
pub fn check(a: &Answers, d: &Decision) {
    let shape_answered = a.production_clusters.is_some() || a.targets_listed();
    if shape_answered {
        assert!(d.pattern.is_some(), "no pattern for {a:?}");
    }
    assert!(!d.rationale.is_empty(), "empty rationale for {a:?}");
    assert!(!d.strength_reason.is_empty());
    match d.pattern {
        None => {
            assert!(d.fired.is_empty(), "fired without a pattern: {a:?}");
            assert_eq!(d.strength, Strength::Tentative);
            assert!(!d.missing.is_empty());
            assert!(d
                .missing
                .iter()
                .all(|q| matches!(q, QuestionId::Clusters | QuestionId::Targets)));
            assert!(d.gitops_tool.is_none() && d.split.is_empty() && d.conflicts.is_empty());
        }
        Some(p) => {
            assert!(!d.fired.is_empty(), "pattern without a fired rule: {a:?}");
            assert_eq!(d.gitops_tool.is_some(), p.uses_gitops());
            assert!(d
                .conflicts
                .iter()
                .all(|c| c.resolved_toward == p && !c.text.is_empty()));
            // Every rule that points away from the pick is explained.
            for f in d.fired.iter().filter(|f| !f.agrees) {
                assert!(
                    d.conflicts.iter().any(|c| c.rules.first() == Some(&f.id)),
                    "unexplained opposing rule {} for {a:?}",
                    f.id
                );
            }
            let listed = a.listed_targets().len();
            let target_rows = d
                .split
                .iter()
                .filter(|r| r.category == SplitCategory::Target)
                .count();
            assert!(target_rows >= listed);
            let has = |id| d.obligations.iter().any(|o| o.id == id);
            assert_eq!(
                has(ObligationId::NamedGitopsToolPerCluster),
                p.uses_gitops()
            );
            if p != Pattern::GitOps {
                assert!(has(ObligationId::NamedOwnerPerPipeline));
            }
            if p == Pattern::Hybrid {
                assert!(has(ObligationId::DocumentedSplit));
            }
        }
    }
    assert!(d
        .obligations
        .iter()
        .any(|o| o.id == ObligationId::DocumentedDriver));
    let sprawl = d
        .warnings
        .iter()
        .any(|w| w.id == WarningId::GitopsToolSprawl);
    assert_eq!(
        sprawl,
        a.gitops_tooling == Some(GitOpsTooling::BothOverlapping)
    );
    for flip in &d.flips {
        assert_ne!(Some(flip.new_pattern), d.pattern);
        for v in &flip.values {
            let changed = flip
                .apply_value(a, v)
                .expect("flip value is a representative value");
            assert_eq!(
                pattern_of(&changed),
                Some(flip.new_pattern),
                "flip {flip:?} on {a:?}"
            );
        }
    }
}

/// The sample orgs whose records earlier releases wrote, and their picks.
pub const FIXTURE_SAMPLES: [(&str, Pattern); 4] = [
    ("startup", Pattern::Pipeline),
    ("platform", Pattern::GitOps),
    ("regulated", Pattern::GitOps),
    ("mixed", Pattern::Hybrid),
];

/// A file under `tests/fixtures/`.
pub fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

//! Arbitrary answers and record details for the property tests.

use proptest::prelude::*;
use pushpull::core::engine::answers::{Answers, Target, TargetKind};
use pushpull::core::engine::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};
use pushpull::core::engine::QuestionId;
use pushpull::core::record::details::{NamedTool, Note, Owner, Participant, RecordDetails, Status};
use pushpull::core::record::supersede::RecordRef;

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn target() -> impl Strategy<Value = Target> {
    (".{0,40}", pick(&TargetKind::ALL)).prop_map(|(name, kind)| Target::new(name, kind))
}

pub fn answers() -> impl Strategy<Value = Answers> {
    (
        (
            proptest::option::of(0u32..100_000),
            proptest::option::of(0u32..100_000),
        ),
        proptest::option::of(0u32..100_000),
        proptest::option::of(proptest::sample::subsequence(Regime::ALL.to_vec(), 0..=5)),
        proptest::option::of(pick(&DisasterRecovery::ALL)),
        proptest::option::of(proptest::collection::vec(target(), 0..5)),
        proptest::option::of((any::<bool>(), any::<bool>(), any::<bool>())),
        proptest::option::of(pick(&Concern::ALL)),
        proptest::option::of(pick(&GitOpsTooling::ALL)),
        proptest::option::of(pick(&OwnerCoverage::ALL)),
        proptest::option::of(pick(&SplitWritten::ALL)),
    )
        .prop_map(|((c, nc), t, co, dr, tg, is, cc, go, po, sd)| Answers {
            production_clusters: c,
            non_production_clusters: nc,
            team_size: t,
            compliance: co.map(|list| Regimes::of(&list)),
            disaster_recovery: dr,
            targets: tg,
            imperative_steps: is.map(|(m, t, o)| ImperativeSteps {
                migrations: m,
                traffic_shifts: t,
                other_orchestration: o,
            }),
            ci_credential_concern: cc,
            gitops_tooling: go,
            pipeline_owners: po,
            split_documented: sd,
            ..Answers::default()
        })
}

fn names() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(".{0,30}", 0..4)
}

pub fn details() -> impl Strategy<Value = RecordDetails> {
    (details_without_links(), supersede_links()).prop_map(|(mut details, (old, by))| {
        details.supersedes = old;
        details.superseded_by = by;
        details
    })
}

fn supersede_links() -> impl Strategy<Value = (Option<RecordRef>, Option<u32>)> {
    (
        proptest::option::of((0u32..10_000, ".{0,40}", "[a-z0-9-]{0,20}(\\.md)?")),
        proptest::option::of(0u32..10_000),
    )
        .prop_map(|(old, by)| {
            let old = old.map(|(number, title, file)| RecordRef {
                number,
                title,
                file,
            });
            (old, by)
        })
}

fn details_without_links() -> impl Strategy<Value = RecordDetails> {
    (
        ".{0,60}",
        ".{0,60}",
        pick(&Status::ALL),
        ".{0,12}",
        names(),
        names(),
        names(),
        0u32..10_000,
        proptest::option::of(pick(&[NamedTool::ArgoCd, NamedTool::Flux])),
        proptest::sample::subsequence(QuestionId::all().to_vec(), 0..4).prop_flat_map(|qs| {
            let n = qs.len();
            (Just(qs), proptest::collection::vec("(.|\n){0,80}", n))
        }),
        proptest::collection::vec((".{0,20}", ".{0,20}"), 0..3),
        proptest::collection::vec((".{0,20}", answers()), 0..3),
    )
        .prop_map(
            |(
                organisation,
                title,
                status,
                date,
                decision_makers,
                consulted,
                informed,
                number,
                gitops_tool,
                (questions, texts),
                owners,
                participants,
            )| RecordDetails {
                organisation,
                title,
                status,
                date,
                decision_makers,
                consulted,
                informed,
                number,
                gitops_tool,
                notes: questions
                    .into_iter()
                    .zip(texts)
                    .map(|(question, text)| Note { question, text })
                    .collect(),
                owners: owners
                    .into_iter()
                    .map(|(what, name)| Owner { what, name })
                    .collect(),
                participants: participants
                    .into_iter()
                    .map(|(name, answers)| Participant { name, answers })
                    .collect(),
                ..RecordDetails::default()
            },
        )
}

/// Lists of names do not keep empty entries apart from "no list" when the
/// only entry is empty; normalise that before comparing.
pub fn normalised(mut w: RecordDetails) -> RecordDetails {
    for list in [&mut w.decision_makers, &mut w.consulted, &mut w.informed] {
        if list.len() == 1 && list[0].is_empty() {
            list.clear();
        }
    }
    w
}

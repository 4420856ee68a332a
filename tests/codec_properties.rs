//! The compact codec: whatever goes in comes back out, and no input panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pushpull::core::codec::{decode, encode};
use pushpull::core::engine::answers::{Answers, Target, TargetKind};
use pushpull::core::engine::choices::{
    Compliance, Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage,
};
use pushpull::core::engine::QuestionId;
use pushpull::core::record::details::{NamedTool, Note, Owner, Participant, RecordDetails, Status};

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

fn target() -> impl Strategy<Value = Target> {
    (".{0,40}", pick(&TargetKind::ALL)).prop_map(|(name, kind)| Target::new(name, kind))
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        proptest::option::of(0u32..100_000),
        proptest::option::of(0u32..100_000),
        proptest::option::of(pick(&Compliance::ALL)),
        proptest::option::of(pick(&DisasterRecovery::ALL)),
        proptest::option::of(proptest::collection::vec(target(), 0..5)),
        proptest::option::of((any::<bool>(), any::<bool>(), any::<bool>())),
        proptest::option::of(pick(&Concern::ALL)),
        proptest::option::of(pick(&GitOpsTooling::ALL)),
        proptest::option::of(pick(&OwnerCoverage::ALL)),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(c, t, co, dr, tg, is, cc, go, po, sd)| Answers {
            clusters: c,
            team_size: t,
            compliance: co,
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

fn details() -> impl Strategy<Value = RecordDetails> {
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
            },
        )
}

/// Lists of names do not keep empty entries apart from "no list" when the
/// only entry is empty; normalise that before comparing.
fn normalised(mut w: RecordDetails) -> RecordDetails {
    for list in [&mut w.decision_makers, &mut w.consulted, &mut w.informed] {
        if list.len() == 1 && list[0].is_empty() {
            list.clear();
        }
    }
    w
}

proptest! {
    #[test]
    fn answers_round_trip(a in answers()) {
        prop_assert_eq!(decode(&encode(&a, None)).unwrap(), (a, None));
    }

    #[test]
    fn answers_and_details_round_trip(a in answers(), w in details()) {
        let (back, details) = decode(&encode(&a, Some(&w))).unwrap();
        prop_assert_eq!(back, a);
        prop_assert_eq!(details.map(normalised), Some(normalised(w)));
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn near_misses_never_panic(text in "v=1&[a-z]{1,3}=[a-zA-Z0-9%~,._]{0,30}(&[a-z]{1,3}=[a-zA-Z0-9%~,._]{0,30}){0,4}") {
        let _ = decode(&text);
    }
}

proptest! {
    #[test]
    fn saved_state_round_trips(a in answers(), w in details()) {
        use pushpull::core::saved_state::{decode as load, encode as save};
        let (back, details) = load(&save(&a, &w)).unwrap();
        prop_assert_eq!(back, a);
        prop_assert_eq!(normalised(details), normalised(w));
    }

    #[test]
    fn saved_state_never_panics(text in "(pushpull-session/1\n)?.{0,200}") {
        let _ = pushpull::core::saved_state::decode(&text);
    }
}

//! Whatever attribute values a page holds (drawn by the app, pre-rendered,
//! or tampered with), reading an action never panics, and what it reads
//! writes back to the same attributes' meaning.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pushpull::core::engine::{answers::TargetKind, QuestionId};
use pushpull::core::ui::Action;

/// One action of each payload shape, whose names the properties reuse.
fn shapes() -> Vec<Action> {
    vec![
        Action::Clear(QuestionId::Clusters),
        Action::AddTarget(TargetKind::Vm),
        Action::RemoveTarget(2),
        Action::RemoveParticipant(1),
        Action::Jump(QuestionId::TeamSize),
        Action::Adopt {
            participant: 0,
            question: QuestionId::Compliance,
        },
        Action::CopyLink,
        Action::RetryPage,
    ]
}

proptest! {
    #[test]
    fn any_attributes_are_read_without_panic(
        name in "\\PC{0,24}",
        arg in proptest::option::of("\\PC{0,40}"),
    ) {
        if let Some(action) = Action::decode(&name, arg.as_deref()) {
            let encoded = action.encode();
            prop_assert_eq!(Action::decode(encoded.action, encoded.arg.as_deref()), Some(action));
        }
    }

    #[test]
    fn known_names_with_any_argument_never_panic(
        shape in 0usize..8,
        arg in proptest::option::of("[0-9a-z:\\-]{0,12}|\\PC{0,40}"),
    ) {
        let name = shapes()[shape].encode().action;
        if let Some(action) = Action::decode(name, arg.as_deref()) {
            let encoded = action.encode();
            prop_assert_eq!(encoded.action, name);
            prop_assert_eq!(Action::decode(name, encoded.arg.as_deref()), Some(action));
        }
    }
}

//! The compact codec: whatever goes in comes back out, and no input panics.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::strategies::{answers, details, normalised};
use proptest::prelude::*;
use pushpull::core::codec::{decode, encode};

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

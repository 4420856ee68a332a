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

    /// The record embeds the codec text as a link reference definition's
    /// title, `[//]: # "pushpull-record …"`: it must never hold a `"`
    /// (or anything outside the URL-safe set).
    #[test]
    fn codec_text_is_url_safe_and_never_holds_a_quote(a in answers(), w in details()) {
        for text in [encode(&a, None), encode(&a, Some(&w))] {
            prop_assert!(!text.contains('"'));
            prop_assert!(
                text.chars().all(|c| c.is_ascii_alphanumeric() || "_.~%=&,".contains(c)),
                "{}", text
            );
        }
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

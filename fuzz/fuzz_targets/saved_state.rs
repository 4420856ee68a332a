//! Saved-state decoder: any text decodes or errors without panicking, and
//! whatever decodes re-encodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushpull::core::saved_state::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((answers, details)) = decode(text) {
        let again = encode(&answers, &details);
        assert_eq!(
            decode(&again),
            Ok((answers, details)),
            "re-encoded as {again:?}"
        );
    }
});

//! Share-link decoder: any text decodes or errors without panicking, and
//! whatever decodes re-encodes (in the safe alphabet) to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushpull::core::codec::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok((answers, details)) = decode(text) {
        let again = encode(&answers, details.as_ref());
        assert!(
            again
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.~%=&,".contains(c)),
            "unsafe character in {again:?}"
        );
        assert_eq!(
            decode(&again),
            Ok((answers, details)),
            "re-encoded as {again:?}"
        );
    }
});

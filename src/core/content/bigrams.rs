//! A sketch of which byte pairs a text holds, so that search can skip a
//! section without scanning it: if a term is a substring of a text, every
//! adjacent pair of the term's bytes is one of the text's, so a section
//! whose sketch lacks one of the term's pairs cannot contain the term.
//! False positives only cost a scan; there are no false negatives.

const WORDS: usize = 16;
const BITS: u32 = (WORDS * 64) as u32;

/// 1,024 bits, one set for each hashed byte pair of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bigrams([u64; WORDS]);

impl Bigrams {
    pub fn of(text: &str) -> Self {
        let mut bits = [0u64; WORDS];
        for pair in text.as_bytes().windows(2) {
            let bit = slot(pair[0], pair[1]);
            bits[(bit / 64) as usize] |= 1 << (bit % 64);
        }
        Bigrams(bits)
    }

    /// Whether a text with these pairs may hold one with `part`'s.
    pub fn may_contain(&self, part: &Bigrams) -> bool {
        self.0
            .iter()
            .zip(part.0)
            .all(|(have, need)| have & need == need)
    }
}

/// Fibonacci hashing of the pair onto the sketch's bits.
fn slot(first: u8, second: u8) -> u32 {
    let pair = (u32::from(first) << 8) | u32::from(second);
    pair.wrapping_mul(0x9E37_79B9) >> (32 - BITS.trailing_zeros())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_rules_out_a_substring(text in "\\PC{0,300}", start in 0usize..300, len in 0usize..40) {
            let chars: Vec<char> = text.chars().collect();
            let start = start.min(chars.len());
            let end = (start + len).min(chars.len());
            let part: String = chars[start..end].iter().collect();
            prop_assert!(Bigrams::of(&text).may_contain(&Bigrams::of(&part)));
        }
    }

    #[test]
    fn rules_out_most_texts_without_the_term() {
        let text = "the live cluster differs from git after a manual edit";
        let sketch = Bigrams::of(text);
        assert!(sketch.may_contain(&Bigrams::of("cluster")));
        assert!(!sketch.may_contain(&Bigrams::of("credentials")));
        assert!(!sketch.may_contain(&Bigrams::of("zq")));
        assert!(
            sketch.may_contain(&Bigrams::of("z")),
            "one byte has no pair"
        );
    }
}

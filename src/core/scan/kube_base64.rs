//! Standard base64 decoding for Secret `data` values (no crate needed for
//! a few short strings).

/// Decodes standard or URL-safe base64 (padding optional) into UTF-8 text;
/// `None` when it is not base64 or not text.
pub fn decode_text(input: &str) -> Option<String> {
    let mut bits: u32 = 0;
    let mut count = 0u8;
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    for c in input.trim().bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            b'\n' | b'\r' | b' ' => continue,
            _ => return None,
        };
        bits = (bits << 6) | u32::from(v);
        count += 1;
        if count == 4 {
            out.extend([(bits >> 16) as u8, (bits >> 8) as u8, bits as u8]);
            bits = 0;
            count = 0;
        }
    }
    match count {
        0 => {}
        2 => out.push((bits >> 4) as u8),
        3 => out.extend([(bits >> 10) as u8, (bits >> 2) as u8]),
        _ => return None,
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::decode_text;

    #[test]
    fn decodes_padded_and_unpadded() {
        assert_eq!(decode_text("c3Bva2UtMQ==").as_deref(), Some("spoke-1"));
        assert_eq!(
            decode_text("aHR0cHM6Ly8xMC4wLjAuMQ").as_deref(),
            Some("https://10.0.0.1")
        );
        assert_eq!(decode_text("not base64!"), None);
        assert_eq!(decode_text("A"), None);
    }
}

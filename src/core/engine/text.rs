//! Small helpers for human text.

/// "a", "a and b", "a, b and c".
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "and")
}

/// "a", "a or b", "a, b or c".
pub fn join_or<S: AsRef<str>>(items: &[S]) -> String {
    join_with(items, "or")
}

fn join_with<S: AsRef<str>>(items: &[S], word: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == items.len() { " " } else { ", " });
            if i + 1 == items.len() {
                out.push_str(word);
                out.push(' ');
            }
        }
        out.push_str(item.as_ref());
    }
    out
}

/// Upper-cases the first character.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "points" for one phrase, "point" for a list joined with "and".
pub fn verb_point(subject: &str) -> &'static str {
    if subject.contains(" and ") {
        "point"
    } else {
        "points"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_read_naturally() {
        assert_eq!(join_and::<&str>(&[]), "");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(join_and(&["a", "b"]), "a and b");
        assert_eq!(join_or(&["a", "b", "c"]), "a, b or c");
        assert_eq!(capitalize("rebuild"), "Rebuild");
        assert_eq!(verb_point("a and b"), "point");
    }
}

//! User text inside Markdown and YAML, kept as text: it can never open a
//! heading, list, link, image, HTML tag, table cell or front-matter key.

use crate::core::html::ascii_slug;

/// One line of inline Markdown that renders as exactly `text`.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut previous_space = false;
    for c in text.trim().chars() {
        // Line breaks and other control characters would start new blocks.
        let c = if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            ' '
        } else {
            c
        };
        if c == ' ' {
            // No leading space (it could indent the text into a nested
            // block) and no run of spaces.
            if !previous_space && !out.is_empty() {
                out.push(' ');
            }
            previous_space = true;
            continue;
        }
        previous_space = false;
        // Characters that open emphasis, code, links, images, HTML, tables,
        // strikethrough, entities, heading attributes or escapes anywhere.
        let always = matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '~'
                | '!'
                | '#'
                | '&'
                | '{'
                | '}'
        );
        // At the start, a list marker or block quote would nest a block.
        let at_start = out.is_empty() && c.is_ascii_punctuation();
        if always || at_start {
            out.push('\\');
        }
        out.push(c);
    }
    // No trailing space: a control character at the end became one, and
    // trailing spaces are line breaks to some renderers and lint errors
    // to markdownlint (MD009).
    while out.ends_with(' ') {
        out.pop();
    }
    // "1. x" or "2) x" at the start would begin an ordered list.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    // Bare URLs would be turned into links by GitHub's autolinker: break
    // them with an invisible word joiner so the text stays text.
    out.replace("://", ":\u{2060}//")
        .replace("www.", "www\u{2060}.")
}

/// A double-quoted YAML scalar that holds exactly `text` on one line.
pub fn yaml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A YAML flow list of quoted strings: `["Ana", "Bo"]`.
pub fn yaml_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| yaml_string(item)).collect();
    format!("[{}]", quoted.join(", "))
}

/// A file-name slug: lowercase ASCII words joined by `-`, at most 60 characters.
pub fn file_slug(title: &str) -> String {
    let mut slug = ascii_slug(title);
    if slug.len() > 60 {
        // Cut at a word boundary.
        let cut = slug[..=60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "deployment-pattern".to_string()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_control_characters_are_escaped() {
        assert_eq!(inline("# Title"), "\\# Title");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("Jean-Luc, Acme Inc."), "Jean-Luc, Acme Inc.");
        assert_eq!(inline("see www.x.io"), "see www\u{2060}.x.io");
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("[x](http://evil)"), "\\[x\\](http:\u{2060}//evil)");
        assert_eq!(inline("<b>hi</b>"), "\\<b\\>hi\\</b\\>");
        assert_eq!(inline("line\n- item\r\n## h"), "line - item \\#\\# h");
        assert_eq!(
            inline("  *bold* _x_ `code` ~~s~~ !"),
            "\\*bold\\* \\_x\\_ \\`code\\` \\~\\~s\\~\\~ \\!"
        );
        assert_eq!(inline("{#id} &amp;"), "\\{\\#id\\} \\&amp;");
        assert_eq!(inline("Ana O'Neil, Bo"), "Ana O'Neil, Bo");
        assert_eq!(inline("\u{0}- item\u{0}"), "\\- item");
        assert_eq!(inline("\u{2028}"), "");
    }

    #[test]
    fn yaml_values_cannot_add_keys() {
        assert_eq!(
            yaml_string("a\"b\\c\nstatus: hacked"),
            "\"a\\\"b\\\\c status: hacked\""
        );
        assert_eq!(
            yaml_list(&["Ana".into(), "B\"o".into()]),
            "[\"Ana\", \"B\\\"o\"]"
        );
    }

    #[test]
    fn file_names_are_tame() {
        assert_eq!(
            file_slug("GitOps with Flux for Acme / Payments!"),
            "gitops-with-flux-for-acme-payments"
        );
        assert_eq!(file_slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_slug("日本語"), "deployment-pattern");
        assert!(file_slug(&"x".repeat(500)).len() <= 60);
    }
}

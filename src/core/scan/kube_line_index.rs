//! A line-based reading of one YAML document: every `key: value` line and
//! every scalar list item, with its key path (by indentation) and its line.
//!
//! It serves two needs: the line of a value the real parser found (the
//! parser keeps no positions), and a fallback for documents the parser
//! rejects (Helm templates, unknown constructs), which still show their
//! `apiVersion:`, `kind:` and `metadata:` lines.

/// One line that holds a key (or a list item) of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEntry {
    /// Keys and list indexes from the document root, e.g.
    /// `["spec", "generators", "0", "list"]`.
    pub path: Vec<String>,
    /// 1-based line in the file.
    pub line: u32,
    /// The scalar on that line, unquoted; `None` when the key opens a
    /// mapping, a list or a block scalar.
    pub value: Option<String>,
}

struct Frame {
    indent: usize,
    seg: String,
    is_item: bool,
    next_index: usize,
}

/// Reads `lines` (the document's lines; the first is file line `first`).
pub fn index_lines(lines: &[String], first: u32) -> Vec<LineEntry> {
    let mut out = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut root_next = 0usize;
    // Indent of the key that opened a block scalar (`key: |`).
    let mut block: Option<usize> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line_no = first.saturating_add(i as u32);
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let indent = raw.len() - raw.trim_start().len();
        if let Some(b) = block {
            if indent > b {
                continue;
            }
            block = None;
        }
        if trimmed.starts_with('#') || trimmed.starts_with("{{") || trimmed.starts_with("{%") {
            continue;
        }
        if trimmed
            .chars()
            .all(|c| matches!(c, '{' | '}' | '[' | ']' | ','))
        {
            continue;
        }
        let mut col = indent;
        let mut rest = trimmed;
        let mut on_item = false;
        while rest == "-" || rest.starts_with("- ") {
            while let Some(top) = stack.last() {
                if top.indent > col || (top.indent == col && top.is_item) {
                    stack.pop();
                } else {
                    break;
                }
            }
            let idx = match stack.last_mut() {
                Some(f) => {
                    f.next_index += 1;
                    f.next_index - 1
                }
                None => {
                    root_next += 1;
                    root_next - 1
                }
            };
            stack.push(Frame {
                indent: col,
                seg: idx.to_string(),
                is_item: true,
                next_index: 0,
            });
            on_item = true;
            if rest == "-" {
                rest = "";
                break;
            }
            let after = &rest[2..];
            col += 2 + (after.len() - after.trim_start().len());
            rest = after.trim_start();
        }
        if rest.is_empty() {
            continue;
        }
        let Some((key, value)) = split_key(rest) else {
            if on_item {
                out.push(LineEntry {
                    path: stack.iter().map(|f| f.seg.clone()).collect(),
                    line: line_no,
                    value: Some(clean_value(rest)),
                });
            }
            continue;
        };
        while stack.last().is_some_and(|top| top.indent >= col) {
            stack.pop();
        }
        let mut path: Vec<String> = stack.iter().map(|f| f.seg.clone()).collect();
        path.push(key.clone());
        let opens = value.is_empty() || value == "{" || value == "[";
        let is_block = is_block_indicator(&value);
        out.push(LineEntry {
            path,
            line: line_no,
            value: if opens || is_block {
                None
            } else {
                Some(clean_value(&value))
            },
        });
        if opens {
            stack.push(Frame {
                indent: col,
                seg: key,
                is_item: false,
                next_index: 0,
            });
        } else if is_block {
            block = Some(col);
        }
    }
    out
}

/// Splits `key: value` (plain or quoted key). `None` when the text is not a
/// mapping entry.
fn split_key(rest: &str) -> Option<(String, String)> {
    let first = rest.chars().next()?;
    if first == '"' || first == '\'' {
        let body = &rest[1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            if escaped {
                escaped = false;
            } else if c == '\\' && first == '"' {
                escaped = true;
            } else if c == first {
                end = Some(i);
                break;
            }
        }
        let end = end?;
        let after = body[end + 1..].trim_start();
        let value = after.strip_prefix(':')?;
        if !value.is_empty() && !value.starts_with([' ', '\t']) {
            return None;
        }
        return Some((body[..end].to_string(), value.trim().to_string()));
    }
    if matches!(
        first,
        '{' | '[' | '?' | '!' | '&' | '*' | '|' | '>' | '%' | '@' | '`'
    ) {
        return None;
    }
    let (key, value) = match rest.find(": ").or_else(|| rest.find(":\t")) {
        Some(pos) => (&rest[..pos], rest[pos + 1..].trim()),
        None => (rest.strip_suffix(':')?, ""),
    };
    if key.is_empty() || key.contains("{{") || key.contains(" #") {
        return None;
    }
    Some((key.trim_end().to_string(), value.to_string()))
}

fn is_block_indicator(value: &str) -> bool {
    let v = value.split(" #").next().unwrap_or("").trim();
    let mut chars = v.chars();
    matches!(chars.next(), Some('|') | Some('>'))
        && chars.all(|c| c == '+' || c == '-' || c.is_ascii_digit())
}

/// The scalar as a reader means it: no trailing comment or JSON comma, no
/// surrounding quotes.
pub fn clean_value(raw: &str) -> String {
    let mut v = raw.trim();
    let quoted = v.starts_with('"') || v.starts_with('\'');
    if !quoted {
        if let Some(pos) = v.find(" #") {
            v = v[..pos].trim_end();
        }
    }
    if let Some(s) = v.strip_suffix(',') {
        if quoted || s.ends_with(['"', '\'']) {
            v = s.trim_end();
        }
    }
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return v[1..v.len() - 1].to_string();
        }
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx(text: &str) -> Vec<LineEntry> {
        let lines: Vec<String> = text.lines().map(String::from).collect();
        index_lines(&lines, 1)
    }

    fn find<'a>(e: &'a [LineEntry], path: &str) -> Option<&'a LineEntry> {
        e.iter().find(|x| x.path.join(".") == path)
    }

    #[test]
    fn nested_keys_and_lists_get_paths_and_lines() {
        let e = idx("a:\n  b: 1\n  c:\n  - x: 'q'\n    y: z # note\n  - w\nd: |\n  e: no\nf: g");
        assert_eq!(find(&e, "a.b").unwrap().line, 2);
        assert_eq!(find(&e, "a.c.0.x").unwrap().value.as_deref(), Some("q"));
        assert_eq!(find(&e, "a.c.0.y").unwrap().value.as_deref(), Some("z"));
        assert_eq!(find(&e, "a.c.1").unwrap().line, 6);
        assert!(find(&e, "d.e").is_none() && find(&e, "e").is_none());
        assert_eq!(find(&e, "f").unwrap().line, 9);
    }

    #[test]
    fn quoted_keys_templates_and_json_lines() {
        let e = idx("metadata:\n  annotations:\n    \"x.io/hook\": PreSync\n{{- if .Values.a }}\n  name: {{ .Release.Name }}");
        assert_eq!(find(&e, "metadata.annotations.x.io/hook").unwrap().line, 3);
        assert_eq!(
            find(&e, "metadata.name").unwrap().value.as_deref(),
            Some("{{ .Release.Name }}")
        );
        let j =
            idx("{\n  \"kind\": \"Service\",\n  \"metadata\": {\n    \"name\": \"web\"\n  }\n}");
        assert_eq!(find(&j, "kind").unwrap().value.as_deref(), Some("Service"));
        assert_eq!(find(&j, "metadata.name").unwrap().line, 4);
    }

    #[test]
    fn odd_lines_do_not_panic() {
        for t in [
            "- ",
            "-",
            "'unterminated: x",
            ": x",
            "\u{feff}é: ü",
            "- - - a: b",
            "\t\tk:\t|",
        ] {
            let _ = idx(t);
        }
    }
}

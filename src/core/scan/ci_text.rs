//! Line-level helpers shared by the pipeline readers: comment stripping,
//! evidence, shell-ish words and the simple variables a CI file defines.

use std::collections::HashMap;

use super::model::Evidence;

/// The longest excerpt an [`Evidence`] carries, in characters.
pub const EXCERPT_CHARS: usize = 200;

/// One line of a file: its 1-based number, the raw text, the code left once
/// comments are gone (empty for a comment line) and its indentation.
#[derive(Debug, Clone)]
pub struct CodeLine<'a> {
    pub no: u32,
    pub raw: &'a str,
    pub code: String,
    pub indent: usize,
}

/// Evidence for `raw` at 1-based line `no` of `file`.
pub fn evidence(file: &str, no: u32, raw: &str) -> Evidence {
    Evidence {
        file: file.to_string(),
        line: no,
        excerpt: raw.trim().chars().take(EXCERPT_CHARS).collect(),
    }
}

/// Splits `text` into lines without comments. `groovy` selects `//` and
/// `/* */` comments (Jenkinsfiles); otherwise `#` comments (YAML, shell).
pub fn code_lines(text: &str, groovy: bool) -> Vec<CodeLine<'_>> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (i, raw) in text.lines().enumerate() {
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let indent = raw.len() - raw.trim_start().len();
        let code = if groovy {
            groovy_code(raw, &mut in_block)
        } else {
            hash_code(raw)
        };
        out.push(CodeLine {
            no,
            raw,
            code,
            indent,
        });
    }
    out
}

/// A YAML or shell line without its `#` comment (a `#` at the start or
/// after a space, outside quotes).
fn hash_code(raw: &str) -> String {
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for (at, c) in raw.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '\'' || c == '"' => quote = Some(c),
            None if c == '#' && prev.is_whitespace() => return raw[..at].trim().to_string(),
            None => {}
        }
        prev = c;
    }
    raw.trim().to_string()
}

/// A Groovy line without `//` line comments and `/* */` blocks. Only a `//`
/// that starts the line counts, so URLs inside strings survive.
fn groovy_code(raw: &str, in_block: &mut bool) -> String {
    let mut rest = raw.trim();
    let mut kept = String::new();
    loop {
        if *in_block {
            match rest.find("*/") {
                Some(end) => {
                    *in_block = false;
                    rest = &rest[end + 2..];
                }
                None => return kept.trim().to_string(),
            }
        }
        if kept.trim().is_empty() && rest.trim_start().starts_with("//") {
            return kept.trim().to_string();
        }
        match rest.find("/*") {
            Some(start) => {
                kept.push_str(&rest[..start]);
                kept.push(' ');
                *in_block = true;
                rest = &rest[start + 2..];
            }
            None => {
                kept.push_str(rest);
                return kept.trim().to_string();
            }
        }
    }
}

/// Shell-ish words of a line: split on blanks, quotes and shell operators.
pub fn words(code: &str) -> Vec<&str> {
    code.split(|c: char| c.is_whitespace() || "'\"`;|&()".contains(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The last path segment of a word (`/usr/bin/kubectl` → `kubectl`).
pub fn program(word: &str) -> &str {
    word.rsplit('/').next().unwrap_or(word)
}

/// How many operands [`operands`] collects: enough for `rollout restart`
/// or `run-all apply`, and it keeps very long lines linear.
pub const OPERANDS: usize = 4;

/// The first few ([`OPERANDS`]) words after `words[from]` that are not
/// flags, skipping the values of the flags in `valued` (`--flag value`).
pub fn operands<'a>(words: &[&'a str], from: usize, valued: &[&str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut skip = false;
    for w in words.iter().skip(from + 1) {
        if skip {
            skip = false;
        } else if w.starts_with('-') {
            skip = !w.contains('=') && valued.contains(w);
        } else {
            out.push(*w);
            if out.len() == OPERANDS {
                break;
            }
        }
    }
    out
}

/// The value of `flag` among `words`: `--flag value` or `--flag=value`.
pub fn flag_value<'a>(words: &[&'a str], flags: &[&str]) -> Option<&'a str> {
    for (i, w) in words.iter().enumerate() {
        for flag in flags {
            if w == flag {
                return words.get(i + 1).copied().filter(|v| !v.starts_with('-'));
            }
            if let Some(v) = w.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
                return Some(v);
            }
        }
    }
    None
}

/// A YAML `key: value` line (with or without a leading `- `): the key and
/// the value without quotes.
pub fn key_value(code: &str) -> Option<(&str, &str)> {
    let code = code.strip_prefix("- ").unwrap_or(code).trim();
    let (key, value) = code.split_once(':')?;
    let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
    if key.is_empty() || key.contains(' ') {
        return None;
    }
    Some((key, unquote(value.trim())))
}

/// `value` without one pair of surrounding quotes.
pub fn unquote(value: &str) -> &str {
    let v = value.trim();
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// Simple variables a CI file sets (`NAME: value` in YAML, `NAME = 'value'`
/// in a Jenkinsfile `environment` block); the first definition wins.
pub fn variables(lines: &[CodeLine<'_>]) -> HashMap<String, String> {
    let mut vars = HashMap::new();
    for line in lines {
        let split = key_value(&line.code).or_else(|| {
            let (k, v) = line.code.split_once('=')?;
            Some((k.trim(), unquote(v.trim())))
        });
        let Some((key, value)) = split else { continue };
        let is_name = !key.is_empty()
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !key.starts_with(|c: char| c.is_ascii_digit());
        let is_plain = !value.is_empty() && !value.contains(char::is_whitespace);
        if is_name && is_plain && !value.contains('$') {
            vars.entry(key.to_string())
                .or_insert_with(|| value.to_string());
        }
    }
    vars
}

/// `code` with `${{ env.NAME }}`, `${NAME}` and `$NAME` replaced by the
/// values in `vars`; references it does not know stay as they are.
pub fn resolve(code: &str, vars: &HashMap<String, String>) -> String {
    if !code.contains('$') {
        return code.to_string();
    }
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let (name, used) = reference(tail);
        match name.and_then(|n| vars.get(n)) {
            Some(value) => out.push_str(value),
            None => out.push_str(&tail[..used]),
        }
        rest = &tail[used..];
    }
    out.push_str(rest);
    out
}

/// The variable `tail` (starting with `$`) refers to, and how many bytes
/// the reference takes (at least 1).
fn reference(tail: &str) -> (Option<&str>, usize) {
    let ident = |s: &str| {
        s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    if let Some(inner) = tail.strip_prefix("${{") {
        if let Some(end) = inner.find("}}") {
            let expr = inner[..end].trim();
            let name = expr.strip_prefix("env.").filter(|n| ident(n) == n.len());
            return (name, 3 + end + 2);
        }
    } else if let Some(inner) = tail.strip_prefix("${") {
        if let Some(end) = inner.find('}') {
            return (Some(&inner[..end]), 2 + end + 1);
        }
    } else {
        let len = ident(&tail[1..]);
        if len > 0 {
            return (Some(&tail[1..1 + len]), 1 + len);
        }
    }
    (None, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_comments_but_keeps_hashes_in_quotes_and_urls() {
        let lines = code_lines("# all\nrun: kubectl apply -f x # why\necho '#1'", false);
        assert_eq!(lines[0].code, "");
        assert_eq!(lines[1].code, "run: kubectl apply -f x");
        assert_eq!(lines[2].code, "echo '#1'");
        let g = code_lines("// sh 'helm install'\n/* a\n b */ sh 'curl http://x'", true);
        assert_eq!(g[0].code, "");
        assert_eq!(g[1].code, "");
        assert_eq!(g[2].code, "sh 'curl http://x'");
    }

    #[test]
    fn resolves_simple_variables() {
        let lines = code_lines("env:\n  GKE_CLUSTER: prod-eu\n  X: 'a b'", false);
        let vars = variables(&lines);
        assert_eq!(
            resolve("get ${{ env.GKE_CLUSTER }} $GKE_CLUSTER ${X} $", &vars),
            "get prod-eu prod-eu ${X} $"
        );
    }

    #[test]
    fn excerpt_is_trimmed_and_capped_on_characters() {
        let long = format!("  {}", "é".repeat(500));
        assert_eq!(
            evidence("f", 3, &long).excerpt.chars().count(),
            EXCERPT_CHARS
        );
    }
}

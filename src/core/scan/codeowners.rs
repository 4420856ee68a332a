//! CODEOWNERS files (GitHub and GitLab syntax) and which owners a path has.

use super::ci_text::evidence;
use super::model::{OwnerRule, RepoFile};

/// Where owners files live, in the order a forge looks for them: the first
/// one present is the one that counts.
pub const CODEOWNERS_PATHS: [&str; 4] = [
    ".github/CODEOWNERS",
    "CODEOWNERS",
    "docs/CODEOWNERS",
    ".gitlab/CODEOWNERS",
];

/// A parsed owners file: its rules in order, and the GitLab section each
/// rule belongs to (0 before any section header).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Codeowners {
    pub path: String,
    pub rules: Vec<OwnerRule>,
    sections: Vec<usize>,
}

/// The file is a CODEOWNERS file.
pub fn is_codeowners_path(path: &str) -> bool {
    CODEOWNERS_PATHS.contains(&path.trim_start_matches("./"))
}

/// Parses `file`. Lines it cannot read as rules are skipped.
pub fn parse_codeowners(file: &RepoFile) -> Codeowners {
    let mut out = Codeowners {
        path: file.path.clone(),
        ..Codeowners::default()
    };
    let mut section = 0;
    let mut names: Vec<String> = Vec::new();
    let mut defaults: Vec<String> = Vec::new();
    for (i, raw) in file.text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, owners)) = section_header(line) {
            // Section names ignore case; sections of the same name are one.
            let name = name.to_lowercase();
            section = match names.iter().position(|n| *n == name) {
                Some(at) => at + 1,
                None => {
                    names.push(name);
                    names.len()
                }
            };
            defaults = owners;
            continue;
        }
        let (pattern, owners) = split_rule(line);
        if pattern.is_empty() {
            continue;
        }
        let owners = if owners.is_empty() {
            defaults.clone()
        } else {
            owners
        };
        let no = u32::try_from(i + 1).unwrap_or(u32::MAX);
        out.rules.push(OwnerRule {
            pattern,
            owners,
            evidence: evidence(&file.path, no, raw),
        });
        out.sections.push(section);
    }
    out
}

/// A GitLab section header (`[Name]`, `^[Optional]`, `[Name][2]`, each with
/// default owners after it): the name and the default owners.
fn section_header(line: &str) -> Option<(String, Vec<String>)> {
    let rest = line.strip_prefix('^').unwrap_or(line);
    let rest = rest.strip_prefix('[')?;
    let close = rest.find(']')?;
    let name = rest[..close].trim().to_string();
    let mut after = &rest[close + 1..];
    if let Some(count) = after.strip_prefix('[') {
        after = count.split_once(']').map(|(_, r)| r).unwrap_or("");
    }
    let owners = after.split_whitespace().map(str::to_string).collect();
    Some((name, owners))
}

/// `pattern owner owner …`, with `\ ` escaping a space in the pattern and
/// a `#` after the owners starting a comment.
fn split_rule(line: &str) -> (String, Vec<String>) {
    let mut pattern = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    pattern.push(next);
                }
            }
            c if c.is_whitespace() => break,
            c => pattern.push(c),
        }
    }
    let rest: String = chars.collect();
    let owners = rest
        .split_whitespace()
        .take_while(|w| !w.starts_with('#'))
        .map(str::to_string)
        .collect();
    (pattern, owners)
}

impl Codeowners {
    /// The owners of `path`. Within a section the last matching rule wins;
    /// GitLab sections each add their owners.
    pub fn owners_for(&self, path: &str) -> Vec<String> {
        let mut winners: Vec<(usize, &OwnerRule)> = Vec::new();
        for (rule, section) in self.rules.iter().zip(&self.sections) {
            if !pattern_matches(&rule.pattern, path) {
                continue;
            }
            match winners.iter_mut().find(|(s, _)| s == section) {
                Some(slot) => slot.1 = rule,
                None => winners.push((*section, rule)),
            }
        }
        let mut out: Vec<String> = Vec::new();
        for (_, rule) in winners {
            for owner in &rule.owners {
                if !out.contains(owner) {
                    out.push(owner.clone());
                }
            }
        }
        out
    }
}

/// A gitignore-style CODEOWNERS pattern matches `path` (relative, `/`).
/// A pattern without an inner `/` matches at any depth; a leading `/` or
/// an inner `/` anchors it at the root; a trailing `/` matches a folder's
/// contents; a match on a folder covers what is inside it, except for a
/// trailing `/*` (direct children only).
pub fn pattern_matches(pattern: &str, path: &str) -> bool {
    let path = path.trim_start_matches("./").trim_start_matches('/');
    let dir_only = pattern.ends_with('/');
    let core = pattern.trim_end_matches('/');
    if core.is_empty() {
        return pattern == "/" || pattern == "*";
    }
    let anchored = core.starts_with('/') || core.contains('/');
    let core = core.trim_start_matches('/');
    let mut pat: Vec<&str> = core.split('/').collect();
    if !anchored {
        pat.insert(0, "**");
    }
    // `**/**` is `**`; collapsing keeps the matcher from going exponential.
    pat.dedup_by(|a, b| *a == "**" && *b == "**");
    let segs: Vec<&str> = path.split('/').collect();
    let children_only = core.ends_with("/*");
    let whole = !dir_only && segments_match(&pat, &segs);
    let folder = !children_only && (1..segs.len()).any(|n| segments_match(&pat, &segs[..n]));
    whole || folder
}

fn segments_match(pat: &[&str], segs: &[&str]) -> bool {
    match pat.split_first() {
        None => segs.is_empty(),
        Some((&"**", rest)) => (0..=segs.len()).any(|skip| segments_match(rest, &segs[skip..])),
        Some((first, rest)) => match segs.split_first() {
            Some((seg, more)) => {
                glob(first.as_bytes(), seg.as_bytes()) && segments_match(rest, more)
            }
            None => false,
        },
    }
}

/// `*` and `?` within one path segment.
fn glob(pat: &[u8], text: &[u8]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pat.len() && (pat[p] == b'?' || pat[p] == text[t]) {
            p += 1;
            t += 1;
        } else if p < pat.len() && pat[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pat[p..].iter().all(|&c| c == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_gitignore_style_patterns() {
        let yes = [
            ("*", ".github/workflows/deploy.yml"),
            ("*.yml", ".github/workflows/deploy.yml"),
            (
                "/.github/workflows/deploy.yml",
                ".github/workflows/deploy.yml",
            ),
            (".github/workflows/", ".github/workflows/deploy.yml"),
            ("workflows/", ".github/workflows/deploy.yml"),
            ("/.github/", ".github/workflows/deploy.yml"),
            ("/.github/workflows/*", ".github/workflows/deploy.yml"),
            ("**/deploy*.yml", ".github/workflows/deploy-prod.yml"),
            ("/infra/**", "infra/prod/main.tf"),
            ("Jenkinsfile", "Jenkinsfile"),
            ("/docs", "docs/a/b.md"),
        ];
        for (p, path) in yes {
            assert!(pattern_matches(p, path), "{p} should match {path}");
        }
        let no = [
            ("/deploy.yml", ".github/workflows/deploy.yml"),
            ("/.github/*", ".github/workflows/deploy.yml"),
            ("docs/", "docs"),
            ("*.tf", "main.tf.json"),
            ("/infra/**", "app/infra/x"),
        ];
        for (p, path) in no {
            assert!(!pattern_matches(p, path), "{p} should not match {path}");
        }
    }

    #[test]
    fn last_rule_wins_and_gitlab_sections_add_up() {
        let text = "* @org/all\n/.github/ @org/ci\n/.github/workflows/e2e.yml\n\n[Deploy] @org/sre\nJenkinsfile\n^[Docs][2] @org/docs\n*.md\n# c\n/ci/ @x # why\n[deploy] @org/sre\n/ci/\n";
        let co = parse_codeowners(&RepoFile {
            path: ".gitlab/CODEOWNERS".into(),
            text: text.into(),
        });
        assert_eq!(
            co.owners_for(".github/workflows/deploy.yml"),
            vec!["@org/ci"]
        );
        assert!(co.owners_for(".github/workflows/e2e.yml").is_empty());
        assert_eq!(co.owners_for("Jenkinsfile"), vec!["@org/all", "@org/sre"]);
        assert_eq!(co.owners_for("README.md"), vec!["@org/all", "@org/docs"]);
        assert_eq!(
            co.rules.get(5).map(|r| r.owners.clone()),
            Some(vec!["@x".to_string()])
        );
        assert_eq!(co.rules[3].evidence.line, 6);
        // `[deploy]` reopens `[Deploy]`: its `/ci/` takes that section's owners.
        assert_eq!(co.owners_for("ci/x"), vec!["@org/all", "@x", "@org/sre"]);
    }
}

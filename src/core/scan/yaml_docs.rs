//! A file split into YAML documents, each parsed when it can be and read
//! line by line when it cannot (Helm templates, tags the parser refuses),
//! with accessors that give a value and the 1-based line it sits on.

use yaml_rust2::{Yaml, YamlLoader};

use super::kube_depth::{nesting_depth, MAX_PARSE_DEPTH};
use super::kube_line_index::{index_lines, LineEntry};
use super::model::{Evidence, RepoFile};

/// One YAML (or JSON) document of a file.
#[derive(Debug, Clone)]
pub struct YamlDoc {
    first_line: u32,
    lines: Vec<String>,
    value: Option<Yaml>,
    entries: Vec<LineEntry>,
}

/// The documents of a file: `.json` files are one document; YAML files are
/// split at `---` lines. Documents with only comments are left out.
pub fn documents_of(file: &RepoFile) -> Vec<YamlDoc> {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    if file.path.to_ascii_lowercase().ends_with(".json") {
        let lines: Vec<&str> = text.lines().collect();
        return YamlDoc::build(1, &lines).into_iter().collect();
    }
    split_documents(text)
}

/// Splits YAML text at `---` separator lines (and `...` end markers).
pub fn split_documents(text: &str) -> Vec<YamlDoc> {
    let mut docs = Vec::new();
    let mut start = 1u32;
    let mut current: Vec<&str> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = (i as u32).saturating_add(1);
        if is_separator(line) || line.trim_end() == "..." {
            docs.extend(YamlDoc::build(start, &current));
            current.clear();
            start = n.saturating_add(1);
        } else {
            current.push(line);
        }
    }
    docs.extend(YamlDoc::build(start, &current));
    docs
}

fn is_separator(line: &str) -> bool {
    line.strip_prefix("---")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// The trimmed line, cut to 200 characters: what evidence shows.
pub fn excerpt(line: &str) -> String {
    line.trim().chars().take(200).collect()
}

/// True when a value is (or holds) a template expression, so not a name.
pub fn is_templated(value: &str) -> bool {
    value.contains("{{") || value.contains("${") || value.contains("<%")
}

fn scalar(y: &Yaml) -> Option<String> {
    match y {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    }
}

fn split_path(dotted: &str) -> Vec<&str> {
    dotted.split('.').filter(|s| !s.is_empty()).collect()
}

impl YamlDoc {
    fn build(first_line: u32, lines: &[&str]) -> Option<YamlDoc> {
        let meaningful = lines.iter().any(|l| {
            let t = l.trim();
            !t.is_empty() && !t.starts_with('#')
        });
        if !meaningful {
            return None;
        }
        let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let value = (nesting_depth(&lines) <= MAX_PARSE_DEPTH)
            .then(|| YamlLoader::load_from_str(&lines.join("\n")).ok())
            .flatten()
            .and_then(|docs| docs.into_iter().next())
            .filter(|y| !matches!(y, Yaml::BadValue));
        let entries = index_lines(&lines, first_line);
        Some(YamlDoc {
            first_line,
            lines,
            value,
            entries,
        })
    }

    /// The file line (1-based) the document starts on.
    pub fn first_line(&self) -> u32 {
        self.first_line
    }

    /// Whether the YAML parser read it (else values come from its lines).
    pub fn is_parsed(&self) -> bool {
        self.value.is_some()
    }

    /// The parsed document, when it parsed.
    pub fn yaml(&self) -> Option<&Yaml> {
        self.value.as_ref()
    }

    pub fn api_version(&self) -> Option<String> {
        self.get_str("apiVersion")
    }

    pub fn kind(&self) -> Option<String> {
        self.get_str("kind")
    }

    pub fn name(&self) -> Option<String> {
        self.get_str("metadata.name")
    }

    pub fn namespace(&self) -> Option<String> {
        self.get_str("metadata.namespace")
    }

    /// The API group of `apiVersion` (`argoproj.io` of `argoproj.io/v1alpha1`;
    /// empty for the core `v1`).
    pub fn api_group(&self) -> String {
        let v = self.api_version().unwrap_or_default();
        match v.rsplit_once('/') {
            Some((group, _)) => group.to_string(),
            None => String::new(),
        }
    }

    /// The string value at a dotted path (`metadata.name`,
    /// `spec.generators.0.list`); list items by index.
    pub fn get_str(&self, dotted: &str) -> Option<String> {
        self.get(&split_path(dotted))
    }

    /// The string value at a path given key by key (for keys with dots,
    /// such as annotations).
    pub fn get(&self, path: &[&str]) -> Option<String> {
        match &self.value {
            Some(_) => self.yaml_at(path).and_then(scalar),
            None => self.entry(path).and_then(|e| e.value.clone()),
        }
    }

    /// The parsed node at a path.
    pub fn yaml_at(&self, path: &[&str]) -> Option<&Yaml> {
        let mut node = self.value.as_ref()?;
        for seg in path {
            node = match node {
                Yaml::Hash(h) => h.get(&Yaml::String(seg.to_string()))?,
                Yaml::Array(a) => a.get(seg.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    fn entry(&self, path: &[&str]) -> Option<&LineEntry> {
        self.entries
            .iter()
            .find(|e| e.path.len() == path.len() && e.path.iter().zip(path).all(|(a, b)| a == b))
    }

    /// The value at a dotted path and the line it is on.
    pub fn lookup(&self, dotted: &str) -> Option<(String, u32)> {
        let path = split_path(dotted);
        let value = self.get(&path)?;
        let line = self.line_of(&path).unwrap_or(self.first_line);
        Some((value, line))
    }

    /// The line of a path's key; when the line reading lost the path (flow
    /// style, JSON lists), the first line naming its last key.
    pub fn line_of(&self, path: &[&str]) -> Option<u32> {
        if let Some(e) = self.entry(path) {
            return Some(e.line);
        }
        let last = path.iter().rev().find(|s| s.parse::<usize>().is_err())?;
        self.line_of_key(last)
    }

    /// The first line with `key:` (plain or quoted) on it.
    pub fn line_of_key(&self, key: &str) -> Option<u32> {
        let plain = format!("{key}:");
        let quoted = [format!("\"{key}\":"), format!("'{key}':")];
        let inline = [format!("{{{key}:"), format!(" {key}:"), format!(",{key}:")];
        self.numbered_lines()
            .find(|(_, l)| {
                let t = l.trim_start();
                let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
                t.starts_with(&plain)
                    || quoted.iter().any(|q| t.contains(q.as_str()))
                    || inline.iter().any(|q| t.contains(q.as_str()))
            })
            .map(|(n, _)| n)
    }

    /// The first line containing `text`.
    pub fn line_containing(&self, text: &str) -> Option<u32> {
        self.numbered_lines()
            .find(|(_, l)| l.contains(text))
            .map(|(n, _)| n)
    }

    /// The text of a file line inside this document.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        let i = line.checked_sub(self.first_line)? as usize;
        self.lines.get(i).map(String::as_str)
    }

    /// The document's lines with their file line numbers.
    pub fn numbered_lines(&self) -> impl Iterator<Item = (u32, &str)> {
        let first = self.first_line;
        self.lines
            .iter()
            .enumerate()
            .map(move |(i, l)| (first.saturating_add(i as u32), l.as_str()))
    }

    /// Evidence for a line of this document (the document's first line
    /// when `line` is outside it).
    pub fn evidence(&self, file: &str, line: u32) -> Evidence {
        let (line, text) = match self.line_text(line) {
            Some(t) => (line, t),
            None => (
                self.first_line,
                self.line_text(self.first_line).unwrap_or(""),
            ),
        };
        Evidence {
            file: file.to_string(),
            line,
            excerpt: excerpt(text),
        }
    }

    /// Evidence at the line of a dotted path, else at the `kind:` line.
    pub fn evidence_at(&self, file: &str, dotted: &str) -> Evidence {
        let line = self
            .line_of(&split_path(dotted))
            .or_else(|| self.kind_line());
        self.evidence(file, line.unwrap_or(self.first_line))
    }

    /// The line of the top-level `kind:`.
    pub fn kind_line(&self) -> Option<u32> {
        self.entry(&["kind"])
            .map(|e| e.line)
            .or_else(|| self.line_of_key("kind"))
    }

    /// The keys and string values of a mapping (annotations, labels,
    /// stringData), each with its line.
    pub fn map_entries(&self, path: &[&str]) -> Vec<(String, String, u32)> {
        let line_for = |key: &str| {
            let mut p: Vec<&str> = path.to_vec();
            p.push(key);
            self.line_of(&p).unwrap_or(self.first_line)
        };
        match &self.value {
            Some(_) => match self.yaml_at(path) {
                Some(Yaml::Hash(h)) => h
                    .iter()
                    .filter_map(|(k, v)| {
                        let k = scalar(k)?;
                        let v = scalar(v).unwrap_or_default();
                        let line = line_for(&k);
                        Some((k, v, line))
                    })
                    .collect(),
                _ => Vec::new(),
            },
            None => self
                .entries
                .iter()
                .filter(|e| {
                    e.path.len() == path.len() + 1 && e.path.iter().zip(path).all(|(a, b)| a == b)
                })
                .map(|e| {
                    let key = e.path.last().cloned().unwrap_or_default();
                    (key, e.value.clone().unwrap_or_default(), e.line)
                })
                .collect(),
        }
    }

    /// An annotation's value and line.
    pub fn annotation(&self, key: &str) -> Option<(String, u32)> {
        self.map_entries(&["metadata", "annotations"])
            .into_iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, l)| (v, l))
    }

    /// A label's value and line.
    pub fn label(&self, key: &str) -> Option<(String, u32)> {
        self.map_entries(&["metadata", "labels"])
            .into_iter()
            .find(|(k, _, _)| k == key)
            .map(|(_, v, l)| (v, l))
    }
}

#[cfg(test)]
#[path = "kube_yaml_docs_tests.rs"]
mod tests;

//! Splits a CI file into jobs, because an ephemeral cluster lives only as
//! long as the job (runner) that made it.

use std::ops::Range;

use super::ci_text::CodeLine;
use super::model::CiSystem;

/// GitLab top-level keys that configure the pipeline rather than name a job.
const GITLAB_GLOBALS: [&str; 9] = [
    "stages",
    "variables",
    "include",
    "default",
    "workflow",
    "image",
    "services",
    "before_script",
    "after_script",
];

/// Ranges of `lines` (indices), one per job, plus a leading range for what
/// comes before the first job. Systems whose jobs share a machine, or whose
/// nesting this reader does not follow, come back as one range.
pub fn segments(lines: &[CodeLine<'_>], ci: CiSystem) -> Vec<Range<usize>> {
    let starts = match ci {
        CiSystem::GithubActions | CiSystem::Circleci => jobs_under_key(lines, "jobs"),
        CiSystem::GitlabCi => gitlab_jobs(lines),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    let mut from = 0;
    for start in starts {
        if start > from {
            out.push(from..start);
        }
        from = start;
    }
    out.push(from..lines.len());
    out
}

/// Lines that start a child of the top-level `key:` map.
fn jobs_under_key(lines: &[CodeLine<'_>], key: &str) -> Vec<usize> {
    let header = format!("{key}:");
    let Some(top) = lines.iter().position(|l| l.indent == 0 && l.code == header) else {
        return Vec::new();
    };
    let mut child_indent = None;
    let mut starts = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(top + 1) {
        if line.code.is_empty() {
            continue;
        }
        if line.indent == 0 {
            break;
        }
        let indent = *child_indent.get_or_insert(line.indent);
        if line.indent == indent && line.code.ends_with(':') {
            starts.push(i);
        }
    }
    starts
}

/// GitLab jobs: top-level keys other than the global settings.
fn gitlab_jobs(lines: &[CodeLine<'_>]) -> Vec<usize> {
    let mut starts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.indent != 0 || line.code.is_empty() {
            continue;
        }
        let Some((key, _)) = line.code.split_once(':') else {
            continue;
        };
        if !GITLAB_GLOBALS.contains(&key.trim()) {
            starts.push(i);
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scan::ci_text::code_lines;

    #[test]
    fn splits_github_jobs() {
        let text = "on: push\njobs:\n  e2e:\n    steps:\n      - run: a\n  # note\n  deploy:\n    steps:\n      - run: b\n";
        let lines = code_lines(text, false);
        let segs = segments(&lines, CiSystem::GithubActions);
        assert_eq!(segs, vec![0..2, 2..6, 6..lines.len()]);
    }

    #[test]
    fn splits_gitlab_jobs_and_keeps_one_range_elsewhere() {
        let text = "stages: [test]\nvariables:\n  A: b\ntest:\n  script: x\ndeploy:\n  script: y\n";
        let lines = code_lines(text, false);
        assert_eq!(segments(&lines, CiSystem::GitlabCi), vec![0..3, 3..5, 5..7]);
        assert_eq!(segments(&lines, CiSystem::Jenkins), vec![0..7]);
        assert_eq!(segments(&[], CiSystem::GithubActions), vec![0..0]);
    }
}

//! The scan as a person reads it: grouped the way the questionnaire asks,
//! each fact followed by where it was seen.

use std::fmt::Write;

use super::model::*;
use crate::core::engine::text::answer_phrase;

pub(crate) fn at(e: &Evidence) -> String {
    if e.line == 0 {
        e.file.clone()
    } else {
        format!("{}:{}", e.file, e.line)
    }
}

fn places(evidence: &[Evidence]) -> String {
    let shown: Vec<String> = evidence.iter().take(3).map(at).collect();
    let more = evidence.len().saturating_sub(3);
    match more {
        0 => shown.join(", "),
        n => format!("{} and {n} more", shown.join(", ")),
    }
}

pub(crate) fn kebab<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn heading(out: &mut String, title: &str, empty: bool, none: &str) {
    let _ = writeln!(out, "\n{title}");
    if empty {
        let _ = writeln!(out, "  {none}");
    }
}

pub fn text_report(r: &ScanReport) -> String {
    let mut out = format!("Scanned {} files.\n", r.files_scanned);

    heading(
        &mut out,
        "Clusters",
        r.clusters.is_empty(),
        "none named in the repository",
    );
    for c in &r.clusters {
        let _ = writeln!(out, "  {} ({}): {}", c.name, c.source, places(&c.evidence));
    }

    heading(
        &mut out,
        "Deploy targets",
        r.targets.is_empty(),
        "none found",
    );
    for t in &r.targets {
        let _ = writeln!(
            out,
            "  {} ({}): {}",
            t.kind.label(),
            t.what,
            at(&t.evidence)
        );
    }

    heading(
        &mut out,
        "Imperative steps",
        r.imperative.is_empty(),
        "none found",
    );
    for i in &r.imperative {
        let _ = writeln!(out, "  {}: {}", kebab(&i.kind), at(&i.evidence));
    }

    heading(
        &mut out,
        "GitOps controllers",
        r.gitops_objects.is_empty(),
        "no Argo CD or Flux objects",
    );
    for o in &r.gitops_objects {
        let mut target = Vec::new();
        if let Some(c) = &o.cluster {
            target.push(format!("cluster {c}"));
        }
        if let Some(ns) = &o.target_namespace {
            target.push(format!("namespace {ns}"));
        }
        let target = if target.is_empty() {
            String::new()
        } else {
            format!(" -> {}", target.join(", "))
        };
        let _ = writeln!(
            out,
            "  {} {} {}{target}: {}",
            kebab(&o.tool),
            o.kind,
            o.name,
            at(&o.evidence)
        );
    }

    heading(
        &mut out,
        "Pipelines and owners",
        r.pipelines.is_empty(),
        "no CI pipelines",
    );
    for p in &r.pipelines {
        let mechanisms: Vec<String> = p.mechanisms.iter().map(kebab).collect();
        let kinds: Vec<&str> = p.target_kinds.iter().map(|k| k.label()).collect();
        let mut owners = if p.owners.is_empty() {
            "no owner".to_string()
        } else {
            p.owners.join(" ")
        };
        if !p.namespaces.is_empty() {
            owners = format!("namespace {}; {owners}", p.namespaces.join(", "));
        }
        if p.holds_cluster_credentials {
            owners = format!("holds cluster credentials; {owners}");
        }
        let _ = writeln!(
            out,
            "  {} ({}): {}{}{}; {owners}",
            p.file,
            kebab(&p.ci),
            kebab(&p.role),
            if mechanisms.is_empty() {
                String::new()
            } else {
                format!(" with {}", mechanisms.join(", "))
            },
            if kinds.is_empty() {
                String::new()
            } else {
                format!(" to {}", kinds.join(", "))
            },
        );
    }

    heading(&mut out, "Findings", r.findings.is_empty(), "none");
    for f in &r.findings {
        let _ = writeln!(
            out,
            "  [{}] {}\n      {}",
            kebab(&f.id),
            f.text,
            places(&f.evidence)
        );
    }

    heading(
        &mut out,
        "Answers the repository shows",
        r.answer_sources.is_empty(),
        "none",
    );
    for s in &r.answer_sources {
        let _ = writeln!(
            out,
            "  {}: {} (from {})",
            s.question.key(),
            answer_phrase(s.question, &r.answers),
            places(&s.evidence)
        );
    }
    let _ = writeln!(out, "  Team size, compliance, recovery targets and the room's view of CI credentials are for the team to answer.");

    if !r.unreadable.is_empty() {
        heading(&mut out, "Not read", false, "");
        for u in &r.unreadable {
            let _ = writeln!(out, "  {}: {}", u.file, u.reason);
        }
    }
    out
}

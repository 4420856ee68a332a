//! The scan as the Decide page shows it: the sections of the text report,
//! every piece of evidence as `file:line` in `<code>`, and each pre-filled
//! answer's sources under an `id` the questionnaire links to.

use maud::{html, Markup};

use super::model::*;
use super::report_text::{at, kebab};
use crate::core::engine::questions::QuestionId;
use crate::core::engine::text::{answer_phrase, capitalize};

/// The `id` of the report's evidence for a pre-filled answer.
pub fn source_id(question: QuestionId) -> String {
    format!("scan-source-{}", question.key())
}

fn places(evidence: &[Evidence]) -> Markup {
    html! {
        @for (i, e) in evidence.iter().enumerate() {
            @if i > 0 { ", " }
            code title=(e.excerpt) { (at(e)) }
        }
    }
}

fn section(title: &str, empty: bool, none: &str, items: Markup) -> Markup {
    html! {
        section class="scan-section" {
            h4 { (title) }
            @if empty {
                p class="field-hint" { (none) }
            } @else {
                ul { (items) }
            }
        }
    }
}

/// The report for a finished scan.
pub fn scan_report(r: &ScanReport) -> Markup {
    let clusters = html! {
        @for c in &r.clusters {
            li { strong { (c.name) } " (" (c.source) "): " (places(&c.evidence)) }
        }
    };
    let targets = html! {
        @for t in &r.targets {
            li { (t.kind.label()) " (" (t.what) "): " (places(std::slice::from_ref(&t.evidence))) }
        }
    };
    let imperative = html! {
        @for i in &r.imperative {
            li { (kebab(&i.kind)) ": " (places(std::slice::from_ref(&i.evidence))) }
        }
    };
    let gitops = html! {
        @for o in &r.gitops_objects {
            li {
                (kebab(&o.tool)) " " (o.kind) " " strong { (o.name) }
                @if let Some(c) = &o.cluster { " → cluster " (c) }
                @if let Some(ns) = &o.target_namespace { " → namespace " (ns) }
                ": " (places(std::slice::from_ref(&o.evidence)))
            }
        }
    };
    let pipelines = html! {
        @for p in &r.pipelines {
            li {
                code { (p.file) } " (" (kebab(&p.ci)) "): " (kebab(&p.role))
                @if !p.mechanisms.is_empty() {
                    " with " (p.mechanisms.iter().map(kebab).collect::<Vec<_>>().join(", "))
                }
                @if !p.target_kinds.is_empty() {
                    " to " (p.target_kinds.iter().map(|k| k.label()).collect::<Vec<_>>().join(", "))
                }
                @if p.holds_cluster_credentials { "; holds cluster credentials" }
                @if !p.namespaces.is_empty() { "; namespace " (p.namespaces.join(", ")) }
                "; " @if p.owners.is_empty() { "no owner" } @else { "owned by " (p.owners.join(" ")) }
                @if !p.evidence.is_empty() { ": " (places(&p.evidence)) }
            }
        }
    };
    let findings = html! {
        @for f in &r.findings {
            li data-finding=(kebab(&f.id)) { strong { (f.text) } " " (places(&f.evidence)) }
        }
    };
    let answers = html! {
        @for s in &r.answer_sources {
            li id=(source_id(s.question)) tabindex="-1" {
                (capitalize(s.question.phrase())) ": " strong { (answer_phrase(s.question, &r.answers)) }
                " (from " (places(&s.evidence)) ")"
            }
        }
    };
    html! {
        div class="scan-report" data-testid="scan-report" {
            p { "Scanned " (r.files_scanned) @if r.files_scanned == 1 { " file." } @else { " files." } }
            (section("Findings", r.findings.is_empty(), "None.", findings))
            (section("Answers the repository shows", r.answer_sources.is_empty(), "None.", answers))
            p class="field-hint" {
                "Team size, compliance, recovery targets and the room's view of CI credentials are for the team to answer."
            }
            (section("Clusters", r.clusters.is_empty(), "None named in the repository.", clusters))
            (section("Deploy targets", r.targets.is_empty(), "None found.", targets))
            (section("Imperative steps", r.imperative.is_empty(), "None found.", imperative))
            (section("GitOps controllers", r.gitops_objects.is_empty(), "No Argo CD or Flux objects.", gitops))
            (section("Pipelines and owners", r.pipelines.is_empty(), "No CI pipelines.", pipelines))
            @if !r.unreadable.is_empty() {
                (section("Not read", false, "", html! {
                    @for u in &r.unreadable { li { code { (u.file) } ": " (u.reason) } }
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scan::scan;

    #[test]
    fn evidence_is_code_and_sources_have_ids() {
        let files = vec![RepoFile {
            path: "clusters/prod/apps.yaml".into(),
            text: "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: <apps>\n  namespace: flux-system\nspec:\n  path: ./apps\n".into(),
        }];
        let report = scan(&files, Vec::new());
        let html = scan_report(&report).into_string();
        assert!(html.contains("<code"), "{html}");
        assert!(html.contains("&lt;apps&gt;"), "escaped: {html}");
        for s in &report.answer_sources {
            assert!(html.contains(&format!("id=\"{}\"", source_id(s.question))));
        }
    }
}

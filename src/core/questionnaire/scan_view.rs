//! "Fill from a repository" on the Decide page: the folder picker and its
//! privacy line, the slots for the scan's status and evidence report, the
//! mark on each answer the scan filled in, and the rule for filling: only
//! questions still unanswered get the repository's answer.

use maud::{html, Markup};

use crate::core::engine::answers::Answers;
use crate::core::engine::questions::QuestionId;
use crate::core::questionnaire::form::question;
use crate::core::ui::{ids, Action, ActionButton};

/// The section, drawn once with the page; the shell fills its slots.
pub fn scan_section() -> Markup {
    html! {
        section id="repo-scan" class="repo-scan" aria-labelledby="repo-scan-title" data-testid="repo-scan" {
            h2 id="repo-scan-title" { "Fill from a repository" }
            p {
                "Pick a checked-out infrastructure repository: the questions it can answer (clusters, targets, "
                "GitOps tools, pipeline owners, imperative steps) are filled in where you left them blank, "
                "each with the evidence behind it."
            }
            p class="repo-scan__privacy" {
                strong { "The files are read in this browser; nothing is uploaded." }
            }
            div id=(ids::SCAN_DROP) class="repo-scan__drop" data-testid="scan-drop" {
                label for=(ids::SCAN_FOLDER) { "Repository folder" }
                " "
                input type="file" id=(ids::SCAN_FOLDER) webkitdirectory multiple data-testid="scan-folder";
                p class="field-hint" { "Choose it, or drop the folder on this box." }
            }
            p id=(ids::SCAN_STATUS) role="status" aria-live="polite" data-testid="scan-status" {}
            div id=(ids::SCAN_REPORT) {}
        }
    }
}

/// The mark on an answer filled from the scan: a link to its evidence in
/// the report, and Accept or Clear.
pub fn repo_mark(q: QuestionId, evidence_id: &str, base: &str) -> Markup {
    html! {
        p class="from-repo" {
            span class="from-repo__tag" { "From the repo" }
            " "
            a href={ (base) "/decide#" (evidence_id) } { "see the evidence" span class="visually-hidden" { " for " (q.phrase()) } }
            " "
            (ActionButton::new(Action::AcceptRepo(q), "link-button")
                .label(html! { "Accept" span class="visually-hidden" { ": " (q.phrase()) } }))
            " "
            (ActionButton::new(Action::ClearRepo(q), "link-button")
                .label(html! { "Clear" span class="visually-hidden" { ": " (q.phrase()) } }))
        }
    }
}

/// Fills each unanswered question the scan answered (`sources`: question
/// key, evidence id) from `repo`. Returns the questions filled, with their
/// evidence ids, and how many answered ones were kept as they were.
pub fn fill_unanswered(
    answers: &mut Answers,
    repo: &Answers,
    sources: &[(String, String)],
) -> (Vec<(QuestionId, String)>, usize) {
    let mut filled = Vec::new();
    let mut kept = 0;
    for (key, id) in sources {
        let Some(q) = question(key) else { continue };
        if q.is_answered(answers) {
            kept += 1;
        } else if q.is_answered(repo) {
            q.copy_answer(repo, answers);
            filled.push((q, id.clone()));
        }
    }
    (filled, kept)
}

/// What the status line says once the report is in (`not_read`: files
/// the browser skipped, which the report lists).
pub fn scan_status(filled: usize, kept: usize, not_read: usize) -> String {
    let mut text = match filled {
        0 => "Scanned: no unanswered question could be filled from the repo.".to_string(),
        1 => "Scanned: filled 1 unanswered question from the repo.".to_string(),
        n => format!("Scanned: filled {n} unanswered questions from the repo."),
    };
    if kept > 0 {
        text.push_str(&format!(
            " Kept your {kept} answered one{}.",
            if kept == 1 { "" } else { "s" }
        ));
    }
    match not_read {
        0 => {}
        1 => text.push_str(" 1 file was not read: see the report's end."),
        n => text.push_str(&format!(" {n} files were not read: see the report's end.")),
    }
    text
}

/// The status line when the scanner did not load, threw, or stopped.
pub const SCANNER_FAILED: &str = "The scanner did not load or stopped, so nothing was filled in. Your answers are unchanged: pick the folder again to retry.";

/// The status line when the scanner comes from another build than the page.
pub const SCANNER_OUTDATED: &str =
    "PushPull was updated since this page opened: reload it, then pick the folder again. Your answers are kept.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unanswered_questions_are_filled() {
        let mut answers = Answers {
            team_size: Some(4),
            production_clusters: Some(9),
            ..Answers::default()
        };
        let repo = Answers {
            production_clusters: Some(1),
            non_production_clusters: Some(2),
            ..Answers::default()
        };
        let sources = vec![
            ("clusters".to_string(), "scan-source-clusters".to_string()),
            (
                "non-production-clusters".to_string(),
                "scan-source-np".to_string(),
            ),
            ("nope".to_string(), "x".to_string()),
        ];
        let (filled, kept) = fill_unanswered(&mut answers, &repo, &sources);
        assert_eq!(answers.production_clusters, Some(9));
        assert_eq!(answers.non_production_clusters, Some(2));
        assert_eq!(answers.team_size, Some(4));
        assert_eq!(
            filled,
            vec![(
                QuestionId::NonProductionClusters,
                "scan-source-np".to_string()
            )]
        );
        assert_eq!(kept, 1);
        assert_eq!(
            scan_status(1, 1, 1),
            "Scanned: filled 1 unanswered question from the repo. Kept your 1 answered one. 1 file was not read: see the report's end."
        );
    }

    #[test]
    fn the_mark_links_under_the_base_and_offers_accept_and_clear() {
        let html = repo_mark(QuestionId::Clusters, "scan-source-clusters", "/b").into_string();
        assert!(
            html.contains(r#"href="/b/decide#scan-source-clusters""#),
            "{html}"
        );
        assert!(
            html.contains(r#"data-action="accept-repo" data-arg="clusters""#),
            "{html}"
        );
        assert!(
            html.contains(r#"data-action="clear-repo" data-arg="clusters""#),
            "{html}"
        );
        let section = scan_section().into_string();
        assert!(section.contains("webkitdirectory") && section.contains("nothing is uploaded"));
    }
}

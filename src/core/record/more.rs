//! The tool paragraph of the outcome, and "More Information": who deploys
//! what, what is still to do, when to look again, what to read.

use std::fmt::Write;

use super::facts::{count, Action, Facts};
use super::text::inline;
use super::writer::{bullets, RecordInput};
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{GitOpsTooling, OwnerCoverage};
use crate::core::engine::pattern::Deployer;
use crate::core::engine::questions::QuestionId;
use crate::core::engine::text::join_and;
use crate::core::engine::warnings::WarningId;
use crate::core::record::details::{one_year_after, NamedTool, RecordDetails};

/// At most this many reading links, so the record stays short.
const READ_NEXT_MAX: usize = 2;

fn default_reason(tool: NamedTool) -> &'static str {
    match tool {
        NamedTool::Flux => {
            "a controller in each cluster keeps every cluster's credentials inside that cluster"
        }
        NamedTool::ArgoCd => "one hub with a UI shows the sync state of every cluster in one place",
    }
}

/// Why this GitOps tool, and whether it replaces one in use. The reason
/// is the workshop's note on the tooling question when there is one.
pub fn tool_outcome(a: &Answers, w: &RecordDetails, f: &Facts) -> Option<String> {
    let note = inline(w.note(QuestionId::GitopsTooling));
    let reason = |tool: NamedTool| {
        if note.is_empty() {
            format!(", because {}.", default_reason(tool))
        } else if note.ends_with(['.', '!', '?']) {
            format!(": {note}")
        } else {
            format!(": {note}.")
        }
    };
    if let Some(from) = f.migrating_from() {
        let to = f.tool?;
        return Some(format!(
            "We chose {} over the {} already in use{}",
            to.label(),
            from.label(),
            reason(to)
        ));
    }
    if f.actions.contains(&Action::KeepToolLine) {
        return Some(
            "Argo CD and Flux both stay, each on the resources the written line gives it.".into(),
        );
    }
    let tool = f.tool?;
    Some(match a.gitops_tooling {
        Some(t) if t.in_use() => format!("{} stays: it already runs here.", tool.label()),
        Some(GitOpsTooling::None_) => format!(
            "{} is new here; we chose it{} Services move from CI pushes to git one at a time.",
            tool.label(),
            reason(tool)
        ),
        _ => return None,
    })
}

fn action_text(action: &Action, a: &Answers, f: &Facts) -> String {
    let clusters = match f.clusters {
        Some(n) if n > 1 => format!("each of the {}", count(n, "cluster", "clusters")),
        Some(_) => "the cluster".to_string(),
        None => "each cluster".to_string(),
    };
    match action {
        Action::PickTool { both_in_use: true } => format!(
            "Name which of Argo CD and Flux stays, and move the other's resources to it on {clusters}; no cluster keeps both."
        ),
        Action::PickTool { both_in_use: false } => {
            format!("Name Argo CD or Flux as the one controller for {clusters}.")
        }
        Action::Migrate { from, to } => {
            let moves = match to {
                NamedTool::Flux => "Argo CD Applications to Flux Kustomizations or HelmReleases",
                NamedTool::ArgoCd => "Flux Kustomizations and HelmReleases to Argo CD Applications",
            };
            format!(
                "Move {moves} one cluster at a time; remove {} from a cluster once {} reconciles the same resources there.",
                from.label(),
                to.label()
            )
        }
        Action::KeepToolLine => {
            "Keep the written line between Argo CD and Flux current as resources are added.".into()
        }
        Action::RetireControllers => {
            let which = a
                .gitops_tooling
                .filter(|t| !t.both())
                .map_or("Argo CD and Flux", |t| t.label());
            format!("Move what {which} deploys today into pipelines, then uninstall it.")
        }
        Action::NameOwners(rows) if rows.len() > 2 => {
            "Name an owning team for each row of the table marked —.".into()
        }
        Action::NameOwners(rows) => {
            let rows: Vec<String> = rows.iter().map(|r| inline(r)).collect();
            format!("Name an owning team for {}.", join_and(&rows))
        }
        Action::WriteSplit { partly: true } => {
            "Extend the written split to every target, starting from the table above.".into()
        }
        Action::WriteSplit { partly: false } => {
            "Commit the table above as the written split, and update it when a target is added.".into()
        }
        Action::ShortenCiCredentials => {
            "Replace CI's cluster credentials with short-lived, per-environment OIDC tokens.".into()
        }
    }
}

/// `## More Information`, up to the discussion notes.
pub fn more_information(out: &mut String, input: &RecordInput, f: &Facts) {
    let (a, d, w) = (input.answers, input.decision, input.details);
    let all_owned = a.pipeline_owners == Some(OwnerCoverage::All);
    if !f.rows.is_empty() {
        let _ = writeln!(out, "### Who deploys what\n");
        if f.owner_column {
            let _ = writeln!(out, "| Target | Deployed by | Owner |\n| --- | --- | --- |");
        } else {
            let _ = writeln!(out, "| Target | Deployed by |\n| --- | --- |");
        }
        for row in &f.rows {
            let by = match row.deployed_by {
                Deployer::GitOps => match f.tool {
                    Some(t) => format!("GitOps ({})", t.label()),
                    None => "GitOps".to_string(),
                },
                Deployer::Pipeline => row.deployed_by.label().to_string(),
            };
            let what = inline(&row.what);
            if f.owner_column {
                let owner = match (&row.owner, row.deployed_by, all_owned) {
                    (Some(name), _, _) => inline(name),
                    (None, Deployer::Pipeline, true) => "per CODEOWNERS".to_string(),
                    (None, _, _) => "—".to_string(),
                };
                let _ = writeln!(out, "| {what} | {by} | {owner} |");
            } else {
                let _ = writeln!(out, "| {what} | {by} |");
            }
        }
        out.push('\n');
    }
    let mut todo: Vec<String> = f.actions.iter().map(|x| action_text(x, a, f)).collect();
    todo.extend(
        d.warnings
            .iter()
            .filter(|x| x.id == WarningId::UnsupportedSchemaVersion)
            .map(|x| inline(&x.text)),
    );
    if !todo.is_empty() {
        let _ = writeln!(out, "### Follow-up\n");
        bullets(out, todo);
    }
    let _ = writeln!(out, "### Revisit when\n");
    // The engine's flips are already coherent with the other answers, and
    // read as sentences.
    let mut triggers: Vec<String> = d.flips.iter().map(|flip| inline(&flip.change)).collect();
    triggers.push(match one_year_after(&w.date) {
        Some(review) => format!("Otherwise, review this record by {review}"),
        None => "Otherwise, review this record within a year".into(),
    });
    bullets(out, triggers);
    if !d.further_reading.is_empty() {
        let _ = writeln!(out, "### Read next\n");
        let reading = d.further_reading.iter().take(READ_NEXT_MAX);
        match input.site_url {
            Some(site) => bullets(
                out,
                reading.map(|r| format!("[{}]({}{})", r.title, site.as_str(), r.href)),
            ),
            // Without the site's address a link would lead nowhere: the
            // guide's page titles still say what to read.
            None => bullets(out, reading.map(|r| format!("PushPull guide: {}", r.title))),
        }
    }
}

//! Answers + decision + record details → a MADR 4.0.0 Markdown record.
//! Every piece of user text goes through `text::inline` or `text::yaml_*`.

use std::fmt::Write;

use super::discussion::{discussion, participants};
use super::options::{self, chosen_option, considered, named_tool};
use super::text::{file_slug, inline, yaml_list, yaml_string};
use crate::core::codec;
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{GitOpsTooling, OwnerCoverage, SplitWritten};
use crate::core::engine::pattern::Deployer;
use crate::core::engine::questions::{clusters_text, QuestionId};
use crate::core::engine::text::{join_and, join_or};
use crate::core::engine::{Decision, Pattern};
use crate::core::record::details::{is_iso_date, one_year_after, RecordDetails};

/// Marks the embedded answers at the end of a record.
pub const EMBED_PREFIX: &str = "<!-- pushpull-record ";
pub const EMBED_SUFFIX: &str = " -->";

/// Everything a record is written from.
pub struct RecordInput<'a> {
    pub answers: &'a Answers,
    pub decision: &'a Decision,
    pub details: &'a RecordDetails,
    /// Where the site lives, for the link back (no trailing slash).
    pub site_url: &'a str,
}

/// The record's title: the workshop's, or one derived from the pick.
pub fn title(input: &RecordInput) -> String {
    let given = input.details.title.trim();
    if !given.is_empty() {
        return given.to_string();
    }
    let tool =
        named_tool(input.decision, input.details.gitops_tool).map_or("GitOps", |t| t.label());
    match input.decision.pattern {
        None => "Choose how we deploy".to_string(),
        Some(Pattern::Pipeline) => "Deploy through CI pipelines".to_string(),
        Some(Pattern::GitOps) => format!("Deploy Kubernetes workloads with {tool}"),
        Some(Pattern::Hybrid) => format!("{tool} for Kubernetes, CI pipelines for the rest"),
    }
}

/// `NNNN-title-words.md`, as MADR names records in `docs/decisions/`.
pub fn file_name(input: &RecordInput) -> String {
    format!(
        "{:04}-{}.md",
        input.details.number.max(1),
        file_slug(&title(input))
    )
}

fn context(out: &mut String, input: &RecordInput) {
    let a = input.answers;
    let (org, deploy, list) = match input.details.organisation.trim() {
        "" => ("We".to_string(), "deploy", "list"),
        org => (inline(org), "deploys", "lists"),
    };
    let mut sentences = Vec::new();
    let targets: Vec<String> = a
        .listed_targets()
        .iter()
        .map(|t| inline(&t.describe()))
        .collect();
    match (a.production_clusters, targets.is_empty()) {
        (Some(n), false) => sentences.push(format!(
            "{org} {deploy} to {} and {list} these targets: {}.",
            clusters_text(n),
            join_and(&targets)
        )),
        (Some(n), true) => sentences.push(format!("{org} {deploy} to {}.", clusters_text(n))),
        (None, false) => sentences.push(format!("{org} {deploy} to {}.", join_and(&targets))),
        (None, true) => {}
    }
    if let Some(n) = a.team_size {
        sentences.push(format!("{n} engineers ship changes."));
    }
    match a.compliance {
        Some(c) if c.any() => sentences.push(format!("Changes are audited under {}.", c.label())),
        Some(_) => {
            sentences.push("No compliance regime audits how changes reach production.".into())
        }
        None => {}
    }
    if let Some(dr) = a.disaster_recovery {
        sentences.push(format!("Disaster recovery expectation: {}.", dr.label()));
    }
    if let Some(steps) = a.imperative_steps {
        sentences.push(if steps.any() {
            format!("Deploys include {}.", steps.label())
        } else {
            "Deploys only roll out new versions; there are no imperative steps.".into()
        });
    }
    if let Some(c) = a.ci_credential_concern {
        sentences.push(format!(
            "Concern about CI holding cluster credentials is {}.",
            c.label()
        ));
    }
    match a.gitops_tooling {
        Some(GitOpsTooling::None_) => sentences.push("No GitOps controller runs today.".into()),
        Some(t) => sentences.push(format!(
            "Today {} {} in use.",
            t.label(),
            if t.both() { "are" } else { "is" }
        )),
        None => {}
    }
    match a.pipeline_owners {
        Some(OwnerCoverage::All) => {
            sentences.push("Every pipeline has a named owning team.".into())
        }
        Some(OwnerCoverage::Some) => {
            sentences.push("Only some pipelines have a named owning team.".into())
        }
        Some(OwnerCoverage::None_) => sentences.push("No pipeline has a named owning team.".into()),
        None => {}
    }
    match a.split_documented {
        Some(SplitWritten::Yes) => sentences
            .push("A written split says what GitOps deploys and what pipelines deploy.".into()),
        Some(SplitWritten::Partly) => {
            sentences.push("A written split covers some targets, not all.".into())
        }
        Some(SplitWritten::No) => {
            sentences.push("Nothing written says which mechanism deploys what.".into())
        }
        None => {}
    }
    let open: Vec<&str> = QuestionId::all()
        .iter()
        .filter(|q| !q.is_answered(a))
        .map(|q| q.phrase())
        .collect();
    if !open.is_empty() {
        sentences.push(format!("Not yet answered: {}.", join_and(&open)));
    }
    let _ = writeln!(out, "{}\n", sentences.join(" "));
    let _ = writeln!(
        out,
        "Should we deploy by pushing from CI pipelines, by pulling from git with an in-cluster GitOps controller, or by a hybrid of the two, and why?\n"
    );
}

fn bullets(out: &mut String, items: impl IntoIterator<Item = String>) {
    for item in items {
        let _ = writeln!(out, "* {item}");
    }
    out.push('\n');
}

/// Writes the record. Deterministic: the same input gives the same bytes.
pub fn write(input: &RecordInput) -> String {
    let d = input.decision;
    let w = input.details;
    let tool = named_tool(d, w.gitops_tool);
    let chosen = chosen_option(d, tool);
    let mut out = String::with_capacity(8 * 1024);

    let _ = writeln!(out, "---");
    let _ = writeln!(out, "status: {}", w.status.key());
    if is_iso_date(&w.date) {
        let _ = writeln!(out, "date: {}", w.date);
    } else {
        let _ = writeln!(out, "date: {}", yaml_string(&w.date));
    }
    let _ = writeln!(out, "decision-makers: {}", yaml_list(&w.decision_makers));
    let _ = writeln!(out, "consulted: {}", yaml_list(&w.consulted));
    let _ = writeln!(out, "informed: {}", yaml_list(&w.informed));
    let _ = writeln!(out, "---\n");
    let _ = writeln!(out, "# {}\n", inline(&title(input)));

    let _ = writeln!(out, "## Context and Problem Statement\n");
    context(&mut out, input);

    let _ = writeln!(out, "## Decision Drivers\n");
    if d.fired.is_empty() {
        bullets(
            &mut out,
            ["No pick rule applies to the answers given so far".to_string()],
        );
    } else {
        bullets(
            &mut out,
            d.fired.iter().map(|rule| {
                let weight = if rule.agrees {
                    ""
                } else {
                    " (weighed, but outweighed)"
                };
                format!(
                    "{}{weight}: {}",
                    rule.title,
                    inline(&rule.because.join(", "))
                )
            }),
        );
    }

    let _ = writeln!(out, "## Considered Options\n");
    bullets(&mut out, considered(chosen).into_iter().map(String::from));

    let _ = writeln!(out, "## Decision Outcome\n");
    match chosen {
        Some(option) => {
            let _ = writeln!(
                out,
                "Chosen option: \"{option}\", because {}\n",
                because(&d.rationale)
            );
            if option == options::GITOPS_UNNAMED {
                let _ = writeln!(out, "The rules leave the choice between Argo CD and Flux open; name one before this record is accepted.\n");
            }
        }
        None => {
            let _ = writeln!(
                out,
                "No option is chosen yet: the answers so far do not decide between the options.\n"
            );
        }
    }
    if let Some(pattern) = d.pattern {
        let _ = writeln!(out, "### Consequences\n");
        bullets(
            &mut out,
            options::consequences(pattern).iter().map(|c| c.to_string()),
        );
        let _ = writeln!(out, "### Confirmation\n");
        let mut checks: Vec<String> = options::confirmation(pattern)
            .iter()
            .map(|c| c.to_string())
            .collect();
        checks.push("`pushpull check` runs over `docs/decisions/` in CI and fails when today's rules would pick differently".into());
        bullets(&mut out, checks);
    }

    let _ = writeln!(out, "## Pros and Cons of the Options\n");
    for option in considered(chosen) {
        let _ = writeln!(out, "### {option}\n");
        bullets(
            &mut out,
            options::pros_and_cons(option).iter().map(|p| p.to_string()),
        );
    }

    let _ = writeln!(out, "## More Information\n");
    if !d.split.is_empty() {
        let _ = writeln!(out, "### Who deploys what\n");
        let _ = writeln!(out, "| Target | Deployed by | Owner |");
        let _ = writeln!(out, "|---|---|---|");
        for row in &d.split {
            let deployed_by = match row.deployed_by {
                Deployer::GitOps => format!(
                    "GitOps ({})",
                    tool.map_or("tool to be named", |t| t.label())
                ),
                Deployer::Pipeline => row.deployed_by.label().to_string(),
            };
            let owner = match w.owner(&row.what) {
                "" => "to be named".to_string(),
                name => inline(name),
            };
            let _ = writeln!(out, "| {} | {deployed_by} | {owner} |", inline(&row.what));
        }
        out.push('\n');
    }
    if !d.obligations.is_empty() {
        let _ = writeln!(out, "### Obligations\n");
        bullets(&mut out, d.obligations.iter().map(|o| inline(&o.text)));
    }
    let _ = writeln!(out, "### Failure modes to watch\n");
    if d.warnings.is_empty() {
        bullets(&mut out, ["None flagged by the answers".to_string()]);
    } else {
        bullets(&mut out, d.warnings.iter().map(|w| inline(&w.text)));
    }
    if !d.conflicts.is_empty() {
        let _ = writeln!(out, "### Tensions in the answers\n");
        bullets(&mut out, d.conflicts.iter().map(|c| inline(&c.text)));
    }
    discussion(&mut out, input.answers, w);
    participants(&mut out, input.answers, w);
    let _ = writeln!(out, "### Revisit when\n");
    let mut triggers: Vec<String> = d
        .flips
        .iter()
        .map(|f| {
            format!(
                "{}: {} instead of {} → {}",
                f.question.label(),
                inline(&join_or(&f.values)),
                inline(&f.from),
                f.new_pattern.label()
            )
        })
        .collect();
    if let Some(review) = one_year_after(&w.date) {
        triggers.push(format!("Review this record by {review} in any case"));
    }
    if triggers.is_empty() {
        triggers.push("Review this record within a year".into());
    }
    bullets(&mut out, triggers);
    if !d.further_reading.is_empty() {
        let _ = writeln!(out, "### Read next\n");
        let site = input.site_url.trim_end_matches('/');
        bullets(
            &mut out,
            d.further_reading
                .iter()
                .map(|r| format!("[{}]({site}{})", r.title, r.href)),
        );
    }
    let _ = writeln!(out, "### Answers\n");
    let _ = writeln!(
        out,
        "[Open these answers in PushPull]({}/decide#{})\n",
        input.site_url.trim_end_matches('/'),
        codec::encode(input.answers, None)
    );
    let _ = writeln!(
        out,
        "{EMBED_PREFIX}{}{EMBED_SUFFIX}",
        codec::encode(input.answers, Some(w))
    );
    out
}

/// The rationale as the rest of "because …": "Pipeline deploys, driven by
/// 1 cluster. At this scale …" becomes "of 1 cluster. At this scale …".
fn because(rationale: &str) -> String {
    let text = match rationale.split_once(", driven by ") {
        Some((_, drivers)) => format!("of {drivers}"),
        None => rationale.to_string(),
    };
    let text = inline(&text);
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}

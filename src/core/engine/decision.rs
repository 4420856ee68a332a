//! `evaluate`: answers in, a fully explained `Decision` out.

use serde::Serialize;

use super::answers::Answers;
use super::choices::GitOpsTooling;
use super::conflicts::{self, drivers_text, winners, Conflict};
use super::explain;
use super::flips::{self, Flip};
use super::obligations::{self, Obligation};
use super::pattern::{Pattern, Strength, ToolPick};
use super::questions::QuestionId;
use super::reading::{further_reading, Reading};
use super::rules::{fire, Effect, Firing, Rule};
use super::split::{self, SplitRow};
use super::tally::Tally;
use super::warnings::{self, Warning};

/// Version of the `Decision` JSON shape.
pub const DECISION_SCHEMA_VERSION: u32 = 1;

/// A rule that fired, with the answers behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FiredRule {
    pub id: &'static str,
    pub title: &'static str,
    pub anchor: &'static str,
    pub summary: &'static str,
    pub effect: Effect,
    /// The triggering answers as phrases: "1 cluster", "team of 4".
    pub because: Vec<String>,
    pub questions: Vec<QuestionId>,
    /// In line with the picked pattern (false: see `conflicts`).
    pub agrees: bool,
}

/// The summed weights of the non-decisive rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Scores {
    pub gitops: u8,
    pub pipeline: u8,
}

/// Everything PushPull says about one set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub schema_version: u32,
    /// `None` only when neither clusters nor targets are answered and no
    /// other rule fired.
    pub pattern: Option<Pattern>,
    /// For GitOps and Hybrid only.
    pub gitops_tool: Option<ToolPick>,
    pub strength: Strength,
    pub strength_reason: String,
    /// One or two sentences; never empty.
    pub rationale: String,
    pub fired: Vec<FiredRule>,
    pub conflicts: Vec<Conflict>,
    pub obligations: Vec<Obligation>,
    pub warnings: Vec<Warning>,
    pub split: Vec<SplitRow>,
    pub flips: Vec<Flip>,
    /// The guide's sections this decision needs next.
    pub further_reading: Vec<Reading>,
    /// Without a pattern: what to answer first. With one: the unanswered
    /// questions that could still change it.
    pub missing: Vec<QuestionId>,
    pub scores: Scores,
    pub answered: usize,
    pub total_questions: usize,
}

/// The GitOps tool to name, from the tooling in use.
pub fn tool_pick(tooling: Option<GitOpsTooling>) -> ToolPick {
    match tooling {
        Some(GitOpsTooling::ArgoCd) => ToolPick::ArgoCd,
        Some(GitOpsTooling::Flux) => ToolPick::Flux,
        Some(GitOpsTooling::BothOverlapping) => ToolPick::ConsolidateOnOne,
        Some(GitOpsTooling::BothSplit) => ToolPick::KeepSplit,
        Some(GitOpsTooling::None_) | None => ToolPick::Either,
    }
}

impl Decision {
    /// The pick in a word or three: "Pipeline deploy", "GitOps with Flux",
    /// "Hybrid".
    pub fn headline(&self) -> String {
        match (self.pattern, self.gitops_tool) {
            (None, _) => "Not enough answers yet".to_string(),
            (Some(Pattern::GitOps), Some(ToolPick::ArgoCd | ToolPick::Flux)) => {
                format!("GitOps with {}", self.tool_label())
            }
            (Some(pattern), _) => pattern.label().to_string(),
        }
    }

    /// What the pick means in practice, in one line.
    pub fn subline(&self) -> String {
        let tool = self.tool_label();
        match self.pattern {
            None => "Answer the number of clusters or list your deploy targets.".to_string(),
            Some(Pattern::Pipeline) => {
                "CI applies each change; CI holds the deploy credentials.".to_string()
            }
            Some(Pattern::GitOps) => {
                format!("{tool} in each cluster pulls from git; CI never touches the cluster.")
            }
            Some(Pattern::Hybrid) => {
                format!("GitOps ({tool}) for Kubernetes; CI pipelines for everything else.")
            }
        }
    }

    fn tool_label(&self) -> &'static str {
        match self.gitops_tool {
            Some(ToolPick::ArgoCd) => "Argo CD",
            Some(ToolPick::Flux) => "Flux",
            Some(ToolPick::ConsolidateOnOne) => "one of Argo CD or Flux",
            Some(ToolPick::KeepSplit) => "Argo CD and Flux, each on its own resources,",
            _ => "Argo CD or Flux",
        }
    }
}

/// Evaluates every rule and explains the result. Total: never panics, for
/// any answers (an unsupported schema version is reported as a warning).
pub fn evaluate(a: &Answers) -> Decision {
    evaluate_naming(a, None)
}

/// Like [`evaluate`], with the GitOps tool the org has named for its record
/// (Argo CD or Flux), which replaces the pick from the tooling in use.
pub fn evaluate_naming(a: &Answers, named: Option<ToolPick>) -> Decision {
    let fired: Vec<(&'static Rule, Firing)> = fire(a).collect();
    let mut tally = Tally::default();
    for (_, f) in &fired {
        tally.add(f);
    }
    let resolved = tally.resolve();
    let pattern = resolved.map(|(p, _)| p);

    let flips = flips::compute(a, pattern);
    let missing = missing(a, pattern, &flips);
    let winners = pattern.map(|p| winners(&fired, p)).unwrap_or_default();
    let (strength, strength_reason) = explain::strength(resolved, &winners, &missing, &flips);
    let named = named.filter(|t| matches!(t, ToolPick::ArgoCd | ToolPick::Flux));
    let gitops_tool = pattern
        .filter(|p| p.uses_gitops())
        .map(|_| named.unwrap_or_else(|| tool_pick(a.gitops_tooling)));
    let rationale = explain::rationale(a, resolved, gitops_tool, &fired, &winners);
    let drivers = if winners.is_empty() {
        let all: Vec<_> = fired.iter().collect();
        drivers_text(a, &all)
    } else {
        drivers_text(a, &winners)
    };

    Decision {
        schema_version: DECISION_SCHEMA_VERSION,
        pattern,
        gitops_tool,
        strength,
        strength_reason,
        rationale,
        fired: fired
            .iter()
            .map(|(r, f)| FiredRule {
                id: r.id,
                title: r.title,
                anchor: r.source_anchor,
                summary: r.summary,
                effect: f.effect,
                because: f.because(a),
                questions: f.questions.to_vec(),
                agrees: pattern.is_some_and(|p| f.effect.agrees_with(p)),
            })
            .collect(),
        conflicts: resolved
            .map(|(p, res)| conflicts::build(a, &fired, p, res))
            .unwrap_or_default(),
        obligations: obligations::build(a, pattern, gitops_tool, &drivers),
        warnings: warnings::build(a, pattern),
        split: split::build(a, pattern),
        further_reading: further_reading(a, pattern),
        flips,
        missing,
        scores: Scores {
            gitops: tally.gitops,
            pipeline: tally.pipeline,
        },
        answered: a.answered_count(),
        total_questions: Answers::total_questions(),
    }
}

fn missing(a: &Answers, pattern: Option<Pattern>, flips: &[Flip]) -> Vec<QuestionId> {
    let first = [QuestionId::Clusters, QuestionId::Targets];
    QuestionId::all()
        .iter()
        .copied()
        .filter(|q| !q.is_answered(a))
        .filter(|q| match pattern {
            None => first.contains(q),
            Some(_) => flips.iter().any(|f| f.question == *q),
        })
        .collect()
}

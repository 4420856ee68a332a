//! What a record states about this org, worked out once from the answers,
//! the decision and the details, so every section says the same thing:
//! which tool, whether it replaces one in use, who owns what, and what the
//! org still has to do. The record's sentences are written from this.

use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{GitOpsTooling, OwnerCoverage, SplitWritten};
use crate::core::engine::obligations::needs_split;
use crate::core::engine::pattern::Deployer;
use crate::core::engine::split::SplitCategory;
use crate::core::engine::{Decision, Pattern};
use crate::core::record::details::{NamedTool, RecordDetails};
use crate::core::record::options::named_tool;

/// Something the org still has to do, as the record asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// No tool is named: pick Argo CD or Flux (or one of the two in use).
    PickTool { both_in_use: bool },
    /// The named tool replaces another one in use.
    Migrate { from: NamedTool, to: NamedTool },
    /// Both tools stay, each on its own written-down resources.
    KeepToolLine,
    /// A pipeline pick while controllers run: retire them.
    RetireControllers,
    /// Rows of the split that nobody owns yet, as they read in a sentence.
    NameOwners(Vec<String>),
    /// The split is not (fully) written down.
    WriteSplit { partly: bool },
    /// Pipeline deploys while CI's credentials worry the org.
    ShortenCiCredentials,
}

/// One row of "who deploys what", with its owner when named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedRow {
    pub what: String,
    pub category: SplitCategory,
    pub deployed_by: Deployer,
    pub owner: Option<String>,
}

impl OwnedRow {
    /// The row inside a sentence: the split's own rows ("Database
    /// migrations") start lower-case; a target keeps its name as written.
    pub fn in_sentence(&self) -> String {
        if self.category == SplitCategory::Target {
            return self.what.clone();
        }
        let mut chars = self.what.chars();
        chars
            .next()
            .map_or_else(String::new, |f| f.to_lowercase().chain(chars).collect())
    }
}

/// What the record says, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub pattern: Option<Pattern>,
    /// The GitOps tool the record names (GitOps and Hybrid only).
    pub tool: Option<NamedTool>,
    /// The single tool in use today, if exactly one runs.
    pub in_use: Option<NamedTool>,
    pub both_in_use: bool,
    /// Production and non-production clusters, when answered.
    pub clusters: Option<u32>,
    pub rows: Vec<OwnedRow>,
    /// Whether the table shows an owner column.
    pub owner_column: bool,
    pub actions: Vec<Action>,
}

impl Facts {
    /// The tool the record asks the org to stop using, if any.
    pub fn migrating_from(&self) -> Option<NamedTool> {
        self.actions.iter().find_map(|a| match a {
            Action::Migrate { from, .. } => Some(*from),
            _ => None,
        })
    }

    /// A GitOps pick with a central Argo CD serving several clusters.
    pub fn hub(&self) -> Option<u32> {
        match (self.tool, self.clusters) {
            (Some(NamedTool::ArgoCd), Some(n)) if n > 1 => Some(n),
            _ => None,
        }
    }
}

fn other(tool: NamedTool) -> NamedTool {
    match tool {
        NamedTool::ArgoCd => NamedTool::Flux,
        NamedTool::Flux => NamedTool::ArgoCd,
    }
}

/// Works the facts out.
pub fn facts(a: &Answers, d: &Decision, w: &RecordDetails) -> Facts {
    let pattern = d.pattern;
    let gitops = pattern.is_some_and(Pattern::uses_gitops);
    let tooling = a.gitops_tooling;
    let in_use = match tooling {
        Some(GitOpsTooling::ArgoCd) => Some(NamedTool::ArgoCd),
        Some(GitOpsTooling::Flux) => Some(NamedTool::Flux),
        _ => None,
    };
    let both_in_use = tooling.is_some_and(GitOpsTooling::both);
    let tool = if gitops {
        named_tool(d, w.gitops_tool)
    } else {
        None
    };
    let mut actions = Vec::new();
    if gitops {
        match tool {
            Some(to) if both_in_use => actions.push(Action::Migrate {
                from: other(to),
                to,
            }),
            Some(to) => {
                if let Some(from) = in_use.filter(|&t| t != to) {
                    actions.push(Action::Migrate { from, to });
                }
            }
            None if tooling == Some(GitOpsTooling::BothSplit) => actions.push(Action::KeepToolLine),
            None => actions.push(Action::PickTool { both_in_use }),
        }
    } else if pattern.is_some() && tooling.is_some_and(GitOpsTooling::in_use) {
        actions.push(Action::RetireControllers);
    }
    if pattern == Some(Pattern::Pipeline) && a.ci_credential_concern.is_some_and(|c| c.weighs()) {
        actions.push(Action::ShortenCiCredentials);
    }
    let rows: Vec<OwnedRow> = d
        .split
        .iter()
        .map(|row| OwnedRow {
            what: row.what.clone(),
            category: row.category,
            deployed_by: row.deployed_by,
            owner: Some(w.owner(&row.what).trim())
                .filter(|o| !o.is_empty())
                .map(str::to_string),
        })
        .collect();
    let all_owned = a.pipeline_owners == Some(OwnerCoverage::All);
    // With every pipeline owned, only the controller rows can lack one.
    let unowned: Vec<String> = rows
        .iter()
        .filter(|r| r.owner.is_none())
        .filter(|r| !(all_owned && r.deployed_by == Deployer::Pipeline))
        .map(OwnedRow::in_sentence)
        .collect();
    let owner_column = rows.iter().any(|r| r.owner.is_some()) || !unowned.is_empty();
    if !unowned.is_empty() {
        actions.push(Action::NameOwners(unowned));
    }
    if let Some(p) = pattern {
        if needs_split(a, p) && a.split_documented != Some(SplitWritten::Yes) {
            actions.push(Action::WriteSplit {
                partly: a.split_documented == Some(SplitWritten::Partly),
            });
        }
    }
    Facts {
        pattern,
        tool,
        in_use,
        both_in_use,
        clusters: a.all_clusters().filter(|&n| n > 0),
        rows,
        owner_column,
        actions,
    }
}

/// "one", "two" … "ten", then digits.
pub fn number(n: u32) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(n as usize)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "one cluster", "3 clusters" style: number words up to ten.
pub fn count(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

//! Combining firings into a pattern, without allocating. Used both by
//! `evaluate` and, many times per evaluation, by the flip search.
//!
//! Resolution order:
//! 1. A decisive rule: Hybrid (mixed targets), else Pipeline (no
//!    Kubernetes), else GitOps (many clusters).
//! 2. Otherwise the larger weight sum wins (GitOps vs Pipeline).
//! 3. A tie goes to Pipeline: broken by imperative steps when present,
//!    else by simplicity (with nothing to tip it, a controller is one more
//!    system to run for no gain).
//! 4. Nothing fired: no pattern.

use super::answers::Answers;
use super::pattern::Pattern;
use super::rules::{fire, Effect, Firing};

/// Weight sums and flags from a set of firings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub gitops: u8,
    pub pipeline: u8,
    decisive_hybrid: bool,
    decisive_pipeline: bool,
    decisive_gitops: bool,
    pipeline_part: bool,
    any: bool,
}

/// How the pattern was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// A decisive rule settled it.
    Decisive,
    /// Weight sums, `winner` > `loser`.
    Margin { winner: u8, loser: u8 },
    /// Equal sums, broken toward Pipeline; `by_steps` when imperative steps
    /// broke it (else simplicity did).
    Tie { score: u8, by_steps: bool },
}

impl Tally {
    pub fn add(&mut self, f: &Firing) {
        self.any = true;
        match f.effect {
            Effect::Decisive { toward } => match toward {
                Pattern::Hybrid => self.decisive_hybrid = true,
                Pattern::Pipeline => self.decisive_pipeline = true,
                Pattern::GitOps => self.decisive_gitops = true,
            },
            Effect::Weighted { toward, weight } => match toward {
                Pattern::GitOps => self.gitops = self.gitops.saturating_add(weight),
                Pattern::Pipeline => self.pipeline = self.pipeline.saturating_add(weight),
                Pattern::Hybrid => {}
            },
            Effect::ForPart { toward } => {
                if toward == Pattern::Pipeline {
                    self.pipeline_part = true;
                }
            }
        }
    }

    /// Tallies every rule that fires for `a`.
    pub fn of(a: &Answers) -> Tally {
        let mut t = Tally::default();
        for (_, f) in fire(a) {
            t.add(&f);
        }
        t
    }

    /// The pattern and how it was reached; `None` when nothing fired.
    pub fn resolve(&self) -> Option<(Pattern, Resolution)> {
        if self.decisive_hybrid {
            return Some((Pattern::Hybrid, Resolution::Decisive));
        }
        if self.decisive_pipeline {
            return Some((Pattern::Pipeline, Resolution::Decisive));
        }
        if self.decisive_gitops {
            return Some((Pattern::GitOps, Resolution::Decisive));
        }
        if !self.any {
            return None;
        }
        let (g, p) = (self.gitops, self.pipeline);
        Some(if g > p {
            (
                Pattern::GitOps,
                Resolution::Margin {
                    winner: g,
                    loser: p,
                },
            )
        } else if p > g {
            (
                Pattern::Pipeline,
                Resolution::Margin {
                    winner: p,
                    loser: g,
                },
            )
        } else {
            (
                Pattern::Pipeline,
                Resolution::Tie {
                    score: g,
                    by_steps: self.pipeline_part,
                },
            )
        })
    }
}

/// The pattern alone, for flip checks.
pub fn pattern_of(a: &Answers) -> Option<Pattern> {
    Tally::of(a).resolve().map(|(p, _)| p)
}

//! What to read next: the sections of the guide that a decision with these
//! answers needs, in the order a team will meet them. The panel and the
//! record list them with a short reason each.

use serde::Serialize;

use super::anchors;
use super::answers::{Answers, Concern, GitOpsTooling};
use super::pattern::Pattern;

/// One section of the guide worth reading for this decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub title: &'static str,
    /// A `/docs/<page>#<id>` link; a test checks it exists.
    pub href: &'static str,
}

/// At most this many, so the list stays a short reading list.
pub const MAX_READINGS: usize = 6;

/// The reading list for `pattern` and these answers.
pub fn further_reading(a: &Answers, pattern: Option<Pattern>) -> Vec<Reading> {
    let mut list = Vec::new();
    let mut add = |title: &'static str, href: &'static str| list.push(Reading { title, href });
    let steps = a.imperative().unwrap_or_default();
    let worried = a.ci_credential_concern.is_some_and(Concern::weighs);
    let regulated = a.regimes().is_some();
    match pattern {
        Some(p) if p.uses_gitops() => {
            if a.gitops_tooling.is_none_or(|t| t == GitOpsTooling::None_) {
                add(
                    "Moving from CI pushes to a controller in stages",
                    anchors::MIGRATION_CUTOVER,
                );
            }
            if a.all_clusters().is_some_and(|n| n > 1) {
                add(
                    "A hub or a controller per cluster: who holds the credentials",
                    anchors::TOPOLOGY_HUB_CREDENTIALS,
                );
            }
            if worried || regulated {
                add(
                    "Signed images and admission checks",
                    anchors::SUPPLY_CHAIN_POISONED_IMAGE,
                );
            }
            add(
                "Getting secrets into the cluster without CI",
                anchors::SECRETS_COMPARE,
            );
            add(
                "Promoting one image digest through the environments",
                anchors::PROMOTION_DIGESTS,
            );
            if steps.traffic_shifts {
                add(
                    "Declaring canaries and traffic shifts in git",
                    anchors::PROGRESSIVE_TRAFFIC_SHIFTS,
                );
            }
            if p == Pattern::Hybrid {
                add(
                    "Cloud resources: controllers in the cluster or pipelines",
                    anchors::CLOUD_RESOURCES_COMPARE,
                );
            }
            add(
                "Rolling back and emergency changes under GitOps",
                anchors::PROGRESSIVE_ROLLBACK,
            );
        }
        Some(Pattern::Pipeline) => {
            add(
                "Shrinking what CI can do to production",
                anchors::PIPELINE_CI_CREDENTIALS,
            );
            if worried || regulated {
                add(
                    "Signed images and admission checks",
                    anchors::SUPPLY_CHAIN_POISONED_IMAGE,
                );
            }
        }
        _ => {}
    }
    list.truncate(MAX_READINGS);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::evaluate;
    use crate::core::engine::samples;

    #[test]
    fn each_sample_gets_a_short_list_that_fits_its_pick() {
        for sample in samples::all() {
            let d = evaluate(&sample.answers);
            let list = further_reading(&sample.answers, d.pattern);
            assert!(
                !list.is_empty() && list.len() <= MAX_READINGS,
                "{}",
                sample.name
            );
            let gitops_only = [anchors::SECRETS_COMPARE, anchors::PROGRESSIVE_ROLLBACK];
            let uses_gitops = d.pattern.is_some_and(Pattern::uses_gitops);
            assert_eq!(
                list.iter().any(|r| gitops_only.contains(&r.href)),
                uses_gitops,
                "{}",
                sample.name
            );
        }
    }

    #[test]
    fn worry_about_ci_puts_signing_on_the_list() {
        let d = evaluate(&samples::platform());
        let list = further_reading(&samples::platform(), d.pattern);
        assert!(list
            .iter()
            .any(|r| r.href == anchors::SUPPLY_CHAIN_POISONED_IMAGE));
    }

    #[test]
    fn nothing_to_read_before_any_answer() {
        assert!(further_reading(&Answers::default(), None).is_empty());
    }
}

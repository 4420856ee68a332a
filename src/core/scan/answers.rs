//! The questionnaire's answers that a repository can show, each with the
//! evidence it rests on. What a repo cannot show (team size, compliance,
//! recovery targets, how much CI credentials worry the room, whether the
//! split is written down) stays unanswered.

use super::model::*;
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{GitOpsTooling, ImperativeSteps, OwnerCoverage};
use crate::core::engine::questions::QuestionId;
use crate::core::engine::targets::{generic_name, Target, TargetKind};

/// Names that say a cluster does not run production.
const NON_PRODUCTION: [&str; 10] = [
    "dev", "staging", "stage", "test", "qa", "sandbox", "tools", "preview", "nonprod", "non-prod",
];

pub fn is_non_production(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .flat_map(|part| part.split('-'))
        .any(|part| NON_PRODUCTION.contains(&part))
        || NON_PRODUCTION
            .iter()
            .any(|word| word.contains('-') && name.contains(word))
}

fn source(question: QuestionId, evidence: Vec<Evidence>) -> AnswerSource {
    AnswerSource { question, evidence }
}

fn first_evidence<'a>(items: impl Iterator<Item = &'a Evidence>) -> Vec<Evidence> {
    let mut list: Vec<Evidence> = items.cloned().collect();
    list.sort();
    list.dedup();
    list.truncate(5);
    list
}

/// The answers and where each came from.
pub fn prefill(r: &ScanReport) -> (Answers, Vec<AnswerSource>) {
    let mut a = Answers::default();
    let mut sources = Vec::new();

    let clusters: Vec<&Cluster> = r
        .clusters
        .iter()
        .filter(|c| c.name != "in-cluster")
        .collect();
    if !clusters.is_empty() {
        let (non_prod, prod): (Vec<&Cluster>, Vec<&Cluster>) =
            clusters.iter().partition(|c| is_non_production(&c.name));
        a.production_clusters = Some(prod.len() as u32);
        sources.push(source(
            QuestionId::Clusters,
            first_evidence(prod.iter().flat_map(|c| &c.evidence)),
        ));
        // Seeing no staging cluster in one repo does not show there is none.
        if !non_prod.is_empty() {
            a.non_production_clusters = Some(non_prod.len() as u32);
            sources.push(source(
                QuestionId::NonProductionClusters,
                first_evidence(non_prod.iter().flat_map(|c| &c.evidence)),
            ));
        }
    }

    let mut kinds: Vec<(TargetKind, Vec<&Evidence>)> = Vec::new();
    for t in &r.targets {
        match kinds.iter_mut().find(|(k, _)| *k == t.kind) {
            Some((_, list)) => list.push(&t.evidence),
            None => kinds.push((t.kind, vec![&t.evidence])),
        }
    }
    for p in r
        .pipelines
        .iter()
        .filter(|p| p.role == PipelineRole::Deploys)
    {
        for &kind in &p.target_kinds {
            let evidence = p.evidence.first();
            match (kinds.iter_mut().find(|(k, _)| *k == kind), evidence) {
                (Some((_, list)), Some(e)) => list.push(e),
                (None, Some(e)) => kinds.push((kind, vec![e])),
                _ => {}
            }
        }
    }
    if !kinds.is_empty() {
        kinds.sort_by_key(|(kind, _)| *kind);
        a.targets = Some(
            kinds
                .iter()
                .map(|(kind, _)| Target::new(generic_name(*kind), *kind))
                .collect(),
        );
        sources.push(source(
            QuestionId::Targets,
            first_evidence(kinds.iter().flat_map(|(_, e)| e.iter().copied())),
        ));
    }

    let steps = |kind| r.imperative.iter().filter(move |i| i.kind == kind);
    let migrations = steps(ImperativeKind::Migrations).count() > 0;
    let shifts = steps(ImperativeKind::TrafficShifts).count() > 0;
    if migrations || shifts {
        a.imperative_steps = Some(ImperativeSteps {
            migrations,
            traffic_shifts: shifts,
            other_orchestration: false,
        });
        let evidence = steps(ImperativeKind::Migrations)
            .chain(steps(ImperativeKind::TrafficShifts))
            .map(|i| &i.evidence);
        sources.push(source(
            QuestionId::ImperativeSteps,
            first_evidence(evidence),
        ));
    }

    let tooling = match (
        r.gitops_tools.contains(&GitOpsTool::ArgoCd),
        r.gitops_tools.contains(&GitOpsTool::Flux),
    ) {
        (true, true) => Some(GitOpsTooling::BothOverlapping),
        (true, false) => Some(GitOpsTooling::ArgoCd),
        (false, true) => Some(GitOpsTooling::Flux),
        (false, false) => None,
    };
    if let Some(tooling) = tooling {
        a.gitops_tooling = Some(tooling);
        sources.push(source(
            QuestionId::GitopsTooling,
            first_evidence(r.gitops_objects.iter().map(|o| &o.evidence)),
        ));
    }

    let deploying: Vec<&Pipeline> = r
        .pipelines
        .iter()
        .filter(|p| p.role == PipelineRole::Deploys)
        .collect();
    if !deploying.is_empty() {
        let owned = deploying.iter().filter(|p| !p.owners.is_empty()).count();
        a.pipeline_owners = Some(match owned {
            0 => OwnerCoverage::None_,
            n if n == deploying.len() => OwnerCoverage::All,
            _ => OwnerCoverage::Some,
        });
        sources.push(source(
            QuestionId::PipelineOwners,
            first_evidence(deploying.iter().flat_map(|p| p.evidence.first())),
        ));
    }
    (a, sources)
}

#[cfg(test)]
mod tests {
    use super::is_non_production;

    #[test]
    fn cluster_names_that_are_not_production() {
        for name in [
            "staging",
            "gke-dev-eu",
            "tools",
            "eks-nonprod",
            "non-prod-west",
            "QA",
        ] {
            assert!(is_non_production(name), "{name}");
        }
        for name in ["production", "prod-eu-1", "gke-fleet-3", "devops-prod"] {
            assert!(!is_non_production(name), "{name}");
        }
    }
}

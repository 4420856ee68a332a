//! The split: who deploys each target, plus the pipeline-run parts (image
//! build, imperative steps) when GitOps is in play.

use serde::Serialize;

use super::answers::Answers;
use super::choices::Step;
use super::pattern::{Deployer, Pattern};
use super::questions::clusters_text;
use super::targets::TargetKind;
use super::text::capitalize;

/// What a split row is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SplitCategory {
    /// A deploy target the user listed (or their clusters, when no targets
    /// were listed).
    Target,
    /// CI builds the image and updates the manifests GitOps applies.
    ImageBuild,
    /// A migration, traffic shift or other orchestration step.
    ImperativeStep,
}

/// One row of "GitOps does X, pipelines do Y".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SplitRow {
    pub what: String,
    pub category: SplitCategory,
    pub target_kind: Option<TargetKind>,
    pub deployed_by: Deployer,
    pub note: String,
}

/// The split for `pattern`; empty when there is no pattern.
pub fn build(a: &Answers, pattern: Option<Pattern>) -> Vec<SplitRow> {
    let Some(pattern) = pattern else {
        return Vec::new();
    };
    let gitops = pattern.uses_gitops();
    let mut rows = Vec::with_capacity(a.listed_targets().len() + 4);
    for t in a.listed_targets() {
        rows.push(target_row(t.name.clone(), t.kind, gitops));
    }
    if !a.targets_listed() {
        if let Some(n) = a.production_clusters.filter(|&n| n > 0) {
            let what = format!("Kubernetes ({})", clusters_text(n));
            rows.push(target_row(what, TargetKind::Kubernetes, gitops));
        }
    }
    if gitops {
        rows.push(SplitRow {
            what: "Image build and manifest update".to_string(),
            category: SplitCategory::ImageBuild,
            target_kind: None,
            deployed_by: Deployer::Pipeline,
            note: "CI builds the image, publishes it to the registry and commits its tag to the manifest repo; the controller rolls it out.".to_string(),
        });
    }
    if let Some(steps) = a.imperative() {
        for step in steps.present() {
            rows.push(step_row(a, step, gitops));
        }
    }
    rows
}

fn target_row(what: String, kind: TargetKind, gitops: bool) -> SplitRow {
    let (deployed_by, note) = if kind.is_kubernetes() && gitops {
        (
            Deployer::GitOps,
            "Manifests live in git; the in-cluster controller pulls and applies them.",
        )
    } else if kind.is_kubernetes() {
        (
            Deployer::Pipeline,
            "CI applies the manifests to the cluster (kubectl, Helm or Terraform).",
        )
    } else {
        (
            Deployer::Pipeline,
            "A CI pipeline deploys it: Argo CD and Flux reconcile Kubernetes objects, so there is nothing here for them to sync.",
        )
    };
    SplitRow {
        what,
        category: SplitCategory::Target,
        target_kind: Some(kind),
        deployed_by,
        note: note.to_string(),
    }
}

fn step_row(a: &Answers, step: Step, gitops: bool) -> SplitRow {
    let fleet = a.production_clusters.is_some_and(|n| n > 1);
    let note = match (step, gitops) {
        (Step::Migrations, true) if fleet => {
            "Runs once, from the service's pipeline, before it commits the new image tag; not as a hook in every cluster that shares the database."
        }
        (Step::Migrations, true) => {
            "A pipeline step before the new image tag is committed (a short, idempotent migration can be a PreSync hook or a Flux Job instead)."
        }
        (Step::TrafficShifts, true) => {
            "A pipeline step after the sync, unless a progressive-delivery controller (Argo Rollouts, Flagger) declares it in git."
        }
        (_, true) => "A pipeline step around the commit that changes the manifests, since it must run in a set order.",
        (_, false) => "A step in the deploy pipeline.",
    };
    SplitRow {
        what: capitalize(step.name()),
        category: SplitCategory::ImperativeStep,
        target_kind: None,
        deployed_by: Deployer::Pipeline,
        note: note.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::choices::ImperativeSteps;
    use super::super::targets::Target;
    use super::*;

    #[test]
    fn hybrid_sends_kubernetes_to_gitops_and_the_rest_to_pipelines() {
        let a = Answers {
            targets: Some(vec![
                Target::new("EKS", TargetKind::Kubernetes),
                Target::new("Lambda", TargetKind::Serverless),
            ]),
            imperative_steps: Some(ImperativeSteps::MIGRATIONS),
            ..Answers::default()
        };
        let rows = build(&a, Some(Pattern::Hybrid));
        assert_eq!(rows[0].deployed_by, Deployer::GitOps);
        assert_eq!(rows[1].deployed_by, Deployer::Pipeline);
        assert_eq!(rows[2].category, SplitCategory::ImageBuild);
        assert_eq!(rows[3].what, "Database migrations");
        assert!(rows[3].note.contains("PreSync hook"));
        let fleet = Answers {
            production_clusters: Some(30),
            ..a
        };
        let rows = build(&fleet, Some(Pattern::Hybrid));
        assert!(rows[3].note.contains("once") && !rows[3].note.contains("PreSync"));
    }

    #[test]
    fn clusters_without_targets_get_a_row() {
        let a = Answers {
            production_clusters: Some(3),
            ..Answers::default()
        };
        let rows = build(&a, Some(Pattern::GitOps));
        assert_eq!(rows[0].what, "Kubernetes (3 production clusters)");
        assert!(build(&a, None).is_empty());
    }
}

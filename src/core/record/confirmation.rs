//! Confirmation: how the org checks, for this pick, that the decision was
//! carried out (not only that the tool still agrees with itself).

use super::facts::{number, Facts};
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::{Concern, DisasterRecovery};
use crate::core::engine::obligations::pipelines_deploy;
use crate::core::engine::Pattern;

/// How the org checks that the decision was carried out.
pub fn confirmation(a: &Answers, f: &Facts) -> Vec<String> {
    let Some(pattern) = f.pattern else {
        return Vec::new();
    };
    let pipelines = pipelines_deploy(a, pattern);
    let mut out = Vec::new();
    if pattern.uses_gitops() {
        out.push("CI secrets hold no kubeconfig or cluster token".to_string());
        let where_ = match f.clusters {
            Some(2) => "both clusters".to_string(),
            Some(n) if n > 2 => format!("each of the {} clusters", number(n)),
            _ => "the cluster".to_string(),
        };
        out.push(match f.tool {
            Some(_) if f.hub().is_some() => format!(
                "The cluster inventory shows {where_} managed by the Argo CD hub and by no other controller"
            ),
            Some(tool) => format!(
                "The cluster inventory lists {} as the only controller on {where_}",
                tool.label()
            ),
            None => "The cluster inventory lists exactly one named GitOps controller per cluster"
                .to_string(),
        });
        if let Some(n) = f.hub() {
            out.push(format!(
                "The Argo CD hub is in the production access review, and its {n} cluster secrets are rotated on schedule"
            ));
        }
        out.push("The manifest repo's main branch requires a reviewed pull request".into());
    } else {
        match a.ci_credential_concern {
            Some(Concern::Isolated) => out.push(
                "Production deploy jobs run only on the isolated runners behind the protected environment".into(),
            ),
            Some(Concern::Accepted) => out.push(
                "The long-lived CI credential is in the risk register with an owner and a rotation date".into(),
            ),
            _ => out.push(
                "The cloud's OIDC trust for deploys accepts only jobs in the protected production environment".into(),
            ),
        }
    }
    if pattern == Pattern::Pipeline {
        out.push("A scheduled job diffs each cluster against git and reports drift".into());
    }
    if pipelines {
        out.push("CODEOWNERS names an owning team for every deploy pipeline".into());
    }
    if let Some(r) = a.regimes() {
        let from = if pattern.uses_gitops() {
            "Sync history"
        } else {
            "Deploy logs"
        };
        let verb = if r.list().len() > 1 {
            "require"
        } else {
            "requires"
        };
        out.push(format!(
            "{from} is exported to the audit store and kept as long as {} {verb}",
            r.label()
        ));
    }
    if a.disaster_recovery
        .is_some_and(|d| d != DisasterRecovery::BestEffort)
    {
        out.push("A quarterly rehearsal rebuilds a scratch cluster from git and times it".into());
    }
    // What `check --repo` holds the record to: `scan::confirm::COVERS`.
    out.push("`pushpull check --repo . docs/decisions/*.md` passes in CI: the pick holds and the repository agrees".into());
    out
}

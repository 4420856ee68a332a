//! The options a record considers, and what the record says about each.

use crate::core::engine::{Decision, Pattern, ToolPick};
use crate::core::record::details::NamedTool;

pub const PIPELINE: &str = "Pipeline deploy";
pub const GITOPS_ARGO: &str = "GitOps with Argo CD";
pub const GITOPS_FLUX: &str = "GitOps with Flux";
pub const HYBRID: &str = "Hybrid: GitOps for Kubernetes, pipelines for the rest";
pub const GITOPS_UNNAMED: &str = "GitOps with a tool still to be named";

/// The GitOps tool the record names: the workshop's choice, else the one
/// in use.
pub fn named_tool(decision: &Decision, chosen: Option<NamedTool>) -> Option<NamedTool> {
    chosen.or(match decision.gitops_tool {
        Some(ToolPick::ArgoCd) => Some(NamedTool::ArgoCd),
        Some(ToolPick::Flux) => Some(NamedTool::Flux),
        _ => None,
    })
}

/// The chosen option's label, exactly as listed under Considered Options.
pub fn chosen_option(decision: &Decision, tool: Option<NamedTool>) -> Option<&'static str> {
    Some(match decision.pattern? {
        Pattern::Pipeline => PIPELINE,
        Pattern::Hybrid => HYBRID,
        Pattern::GitOps => match tool {
            Some(NamedTool::ArgoCd) => GITOPS_ARGO,
            Some(NamedTool::Flux) => GITOPS_FLUX,
            None => GITOPS_UNNAMED,
        },
    })
}

/// The considered options, with the unnamed-GitOps option only when chosen.
pub fn considered(chosen: Option<&str>) -> Vec<&'static str> {
    let mut options = vec![PIPELINE, GITOPS_ARGO, GITOPS_FLUX, HYBRID];
    if chosen == Some(GITOPS_UNNAMED) {
        options.insert(3, GITOPS_UNNAMED);
    }
    options
}

/// Good, neutral and bad points of an option, as MADR bullet text.
pub fn pros_and_cons(option: &str) -> &'static [&'static str] {
    match option {
        PIPELINE => &[
            "Good, because it is one mechanism for every target: Kubernetes, serverless, VMs and on-prem",
            "Good, because migrations, traffic shifts and approvals are ordinary pipeline steps",
            "Neutral, because manifests can still live in git and be applied declaratively",
            "Bad, because CI holds credentials that can change production",
            "Bad, because nothing notices drift between deploys unless a scheduled check is added",
            "Bad, because fanning out to many clusters from CI grows fragile",
        ],
        GITOPS_ARGO => &[
            "Good, because CI only writes to git and holds no cluster credentials",
            "Good, because drift is detected on every refresh, and self-heal can revert it",
            "Good, because ApplicationSets generate one application per cluster for a fleet",
            "Neutral, because automated sync, prune and self-heal are opt-in and must be enabled",
            "Bad, because a central Argo CD holds credentials for every cluster it manages",
            "Bad, because imperative steps need PreSync hooks or sync waves",
        ],
        GITOPS_FLUX => &[
            "Good, because controllers in each cluster pull from git and hold no one else's credentials",
            "Good, because every Kustomization interval corrects drift (HelmReleases only with drift detection enabled)",
            "Good, because optional image automation controllers can update the manifest repo without CI, given a write deploy key",
            "Neutral, because it is driven entirely by CRDs and git, and a UI is a separate add-on",
            "Bad, because outside Helm chart hooks, migrations need Jobs chained with dependsOn",
        ],
        GITOPS_UNNAMED => &[
            "Good, because it keeps the benefits of pulling from git while the team compares Argo CD and Flux",
            "Bad, because until a tool is named, \"we use both\" sprawl can creep in",
        ],
        HYBRID => &[
            "Good, because each target is deployed by the mechanism that fits it",
            "Good, because CI builds images and updates the manifest repo, and GitOps applies them",
            "Neutral, because it is where estates mixing Kubernetes with other targets usually end up",
            "Bad, because two mechanisms must be run, and the split between them must be written down",
        ],
        _ => &[],
    }
}

/// The chosen pattern's consequences.
pub fn consequences(pattern: Pattern) -> &'static [&'static str] {
    match pattern {
        Pattern::Pipeline => &[
            "Good, because there is no controller to install, upgrade and watch",
            "Good, because deploys stay procedural, which suits migrations and traffic shifts",
            "Bad, because CI keeps credentials that can write to production, so they must be short-lived and scoped",
            "Bad, because drift between deploys goes unnoticed unless something checks for it",
        ],
        Pattern::GitOps => &[
            "Good, because CI no longer needs cluster credentials",
            "Good, because git becomes the reviewed record of intended state, and drift is reported (export sync events to show when changes took effect)",
            "Good, because a rebuilt cluster converges on git once the controller, its repo access and decryption keys are restored, without re-running pipelines",
            "Bad, because write access to the manifest repo becomes the deploy credential and needs branch protection",
            "Bad, because persistent data is not in git: disaster recovery still needs backups",
        ],
        Pattern::Hybrid => &[
            "Good, because Kubernetes gets drift detection and rebuilds from git while other targets keep their pipelines",
            "Good, because the image-build pipeline joins the two with one commit to the manifest repo",
            "Bad, because two mechanisms must be operated and understood",
            "Bad, because without a written split, \"which tool deploys this?\" becomes an incident question",
        ],
    }
}

/// How the org checks that the decision holds.
pub fn confirmation(pattern: Pattern) -> &'static [&'static str] {
    match pattern {
        Pattern::Pipeline => &[
            "Every deploy pipeline has a named owning team, recorded next to the pipeline",
            "CI credentials for the clusters are short-lived (OIDC federation) and scoped to what the pipeline deploys",
            "No GitOps controller is installed in any cluster",
        ],
        Pattern::GitOps => &[
            "No CI job holds a kubeconfig or any credential that can write to a cluster, including admin access left from creating it",
            "Each cluster runs exactly one named GitOps tool; none runs both Argo CD and Flux",
            "The manifest repo's main branch is protected and needs a review",
        ],
        Pattern::Hybrid => &[
            "No CI job holds a kubeconfig; Kubernetes changes reach clusters only through the GitOps tool",
            "Each cluster runs exactly one named GitOps tool",
            "Every pipeline has a named owning team",
            "The split below is kept in the repository and updated when a target is added",
        ],
    }
}

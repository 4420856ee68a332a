//! The options a record considers, and what it says about each for this
//! org. Chosen-option titles never change (import compares them); the
//! options that are only weighed may be worded freely.

use super::facts::{count, Facts};
use super::prose::outside_kubernetes;
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::Concern;
use crate::core::engine::{Decision, Pattern, ToolPick};
use crate::core::record::details::NamedTool;

pub const PIPELINE: &str = "Pipeline deploy";
pub const GITOPS_ARGO: &str = "GitOps with Argo CD";
pub const GITOPS_FLUX: &str = "GitOps with Flux";
pub const HYBRID: &str = "Hybrid: GitOps for Kubernetes, pipelines for the rest";
pub const GITOPS_UNNAMED: &str = "GitOps with a tool still to be named";
/// Weighed (never chosen): a controller, either tool.
pub const GITOPS_EITHER: &str = "GitOps with Argo CD or Flux";

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
        Pattern::GitOps => tool_option(tool),
    })
}

fn tool_option(tool: Option<NamedTool>) -> &'static str {
    match tool {
        Some(NamedTool::ArgoCd) => GITOPS_ARGO,
        Some(NamedTool::Flux) => GITOPS_FLUX,
        None => GITOPS_UNNAMED,
    }
}

/// The options this record weighs: the chosen one first, then the ones
/// the answers make real alternatives.
pub fn considered(a: &Answers, f: &Facts, chosen: Option<&'static str>) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = chosen.into_iter().collect();
    let mut add = |o: &'static str| {
        if !out.contains(&o) {
            out.push(o);
        }
    };
    match f.pattern {
        Some(Pattern::GitOps) => {
            match f.tool {
                Some(t) => add(tool_option(Some(other(t)))),
                None => {}
            }
            add(PIPELINE);
        }
        Some(Pattern::Hybrid) => add(PIPELINE),
        Some(Pattern::Pipeline) | None => {
            add(PIPELINE);
            if a.has_kubernetes() || a.production_clusters.is_none() {
                add(GITOPS_EITHER);
            }
            if a.has_non_kubernetes() && a.has_kubernetes() {
                add(HYBRID);
            }
        }
    }
    out
}

fn other(t: NamedTool) -> NamedTool {
    match t {
        NamedTool::ArgoCd => NamedTool::Flux,
        NamedTool::Flux => NamedTool::ArgoCd,
    }
}

fn clusters_phrase(n: Option<u32>) -> String {
    match n {
        Some(n) if n > 1 => format!("all {n} clusters"),
        _ => "the cluster".to_string(),
    }
}

fn small_single(a: &Answers) -> bool {
    a.production_clusters == Some(1) && a.is_small_team() == Some(true)
}

/// Good and bad points of `option` for this org, as MADR bullets.
pub fn pros_and_cons(option: &str, a: &Answers, f: &Facts) -> Vec<String> {
    let steps = a.imperative().unwrap_or_default();
    let regimes = a.regimes().map(|r| r.label());
    let n = f.clusters;
    let mut out = Vec::new();
    let mut good = |t: String| out.push(format!("Good, because {t}"));
    match option {
        PIPELINE => {
            if small_single(a) {
                good("there is no controller to install, upgrade and debug".into());
            }
            if a.ci_credential_concern == Some(Concern::ShortLived) {
                good("the short-lived OIDC tokens CI uses today stay as they are".into());
            }
            if steps.any() {
                good(format!("{} stay ordinary pipeline steps", steps.label()));
            }
            if a.has_non_kubernetes() {
                good("one mechanism covers every target".into());
            }
        }
        GITOPS_ARGO | GITOPS_FLUX | GITOPS_EITHER | GITOPS_UNNAMED => {
            good("CI only writes to git and holds no cluster credential".into());
            match option {
                GITOPS_ARGO if n.is_some_and(|n| n > 1) => good(format!(
                    "ApplicationSets generate one Application per cluster across {}",
                    clusters_phrase(n)
                )),
                GITOPS_FLUX if n.is_some_and(|n| n > 1) => {
                    good("each cluster's controller holds only its own credentials".into())
                }
                _ => good("drift from git is reported, and can be reverted".into()),
            }
            if matches!(
                (option, f.in_use),
                (GITOPS_ARGO, Some(NamedTool::ArgoCd)) | (GITOPS_FLUX, Some(NamedTool::Flux))
            ) {
                good("the team already runs it".into());
            }
        }
        HYBRID => {
            good(format!(
                "Kubernetes gets drift detection and rebuilds from git while {} keep their pipelines",
                outside_kubernetes(a)
            ));
        }
        _ => {}
    }
    let mut bad = |t: String| out.push(format!("Bad, because {t}"));
    match option {
        PIPELINE => {
            bad(format!("CI holds write credentials for {}", clusters_phrase(n)));
            bad("drift between deploys goes unnoticed unless a scheduled diff looks for it".into());
            if let Some(r) = &regimes {
                bad(format!("{r} evidence has to be assembled from CI logs"));
            }
        }
        GITOPS_ARGO if n.is_some_and(|n| n > 1) => bad(format!(
            "a central Argo CD holds credentials for {}",
            clusters_phrase(n)
        )),
        GITOPS_FLUX => bad("there is no built-in UI; sync state is read from the cluster".into()),
        _ => {}
    }
    if option != PIPELINE && small_single(a) {
        bad("a small team takes on a controller to run and upgrade".into());
    }
    if option != PIPELINE && steps.migrations {
        bad("migrations need a pipeline step or a sync hook".into());
    }
    if option == HYBRID {
        bad("two mechanisms run side by side, and the split between them must stay written".into());
    }
    let replaces = match option {
        GITOPS_ARGO => f.in_use == Some(NamedTool::Flux) || f.both_in_use,
        GITOPS_FLUX => f.in_use == Some(NamedTool::ArgoCd) || f.both_in_use,
        _ => false,
    };
    if replaces && f.tool.map(|t| tool_option(Some(t))) != Some(option) {
        bad("what the other controller deploys would have to move".into());
    }
    out
}

/// Who holds which credential under the pick: the topology consequence.
pub fn topology(a: &Answers, f: &Facts) -> Option<String> {
    let tool = f.tool.map(NamedTool::label);
    let n = f.clusters;
    let line = match (f.pattern?, tool, n) {
        (Pattern::Pipeline, _, _) => {
            let held = match a.ci_credential_concern {
                Some(Concern::ShortLived) => ", as short-lived OIDC tokens, which we keep",
                Some(Concern::Isolated) => ", only on the isolated deploy runners",
                Some(Concern::Accepted) => ", long-lived, as an accepted risk",
                Some(Concern::Moderate | Concern::High) => {
                    ", so they must become short-lived and scoped to one environment"
                }
                None => ", so keep them short-lived and scoped to one environment",
            };
            format!(
                "Bad, because CI holds write credentials for {}{held}",
                clusters_phrase(n)
            )
        }
        (_, Some("Argo CD"), Some(n)) if n > 1 => format!(
            "Bad, because the Argo CD hub holds credentials for all {n} clusters, so we protect it like production: private network, SSO, no local admin, audited access"
        ),
        (_, Some(t), Some(n)) if n > 1 => format!(
            "Good, because {t} runs in each of the {n} clusters: no cluster credential leaves its cluster, and each controller holds only a read-only git credential"
        ),
        (_, Some(t), _) => format!(
            "Good, because {t} runs inside the cluster it deploys to: no cluster credential leaves it, and it holds only a read-only git credential"
        ),
        (_, None, _) => "Good, because the controller runs inside the clusters it deploys to, so CI gives up its cluster credentials".to_string(),
    };
    Some(line)
}

/// The chosen pattern's consequences for this org, topology first.
pub fn consequences(a: &Answers, f: &Facts) -> Vec<String> {
    let Some(pattern) = f.pattern else {
        return Vec::new();
    };
    let steps = a.imperative().unwrap_or_default();
    let mut out: Vec<String> = topology(a, f).into_iter().collect();
    match pattern {
        Pattern::Pipeline => {
            if small_single(a) {
                out.push("Good, because there is no controller to install, upgrade and watch".into());
            }
            if steps.any() {
                out.push(format!(
                    "Good, because {} run as steps in the same deploy pipeline",
                    steps.label()
                ));
            }
            out.push("Bad, because nothing reports drift between deploys; a scheduled diff against git covers it".into());
        }
        Pattern::GitOps | Pattern::Hybrid => {
            out.push("Good, because merged commits are the reviewed record of what runs, and drift is reported".into());
            if steps.any() {
                out.push(format!(
                    "Neutral, because {} stay pipeline steps: the pipeline runs them, then commits the new image tag",
                    steps.label()
                ));
            }
            out.push("Bad, because write access to the manifest repo becomes the deploy credential, so its main branch needs protection".into());
            if a.disaster_recovery.is_some_and(|d| d != crate::core::engine::choices::DisasterRecovery::BestEffort) {
                out.push("Neutral, because a rebuilt cluster converges on git once the controller and its keys are back; data still comes from backups".into());
            }
            if small_single(a) {
                out.push("Bad, because a small team runs a controller; keep it to one controller and one manifest repo".into());
            }
            if pattern == Pattern::Hybrid {
                out.push(format!(
                    "Neutral, because {} keep their pipelines, and CI keeps credentials for them",
                    outside_kubernetes(a)
                ));
            }
        }
    }
    out
}

/// How the org checks that the decision was carried out.
pub fn confirmation(a: &Answers, f: &Facts) -> Vec<String> {
    let Some(pattern) = f.pattern else {
        return Vec::new();
    };
    let pipelines = crate::core::engine::obligations::pipelines_deploy(a, pattern);
    let mut out = Vec::new();
    if pattern.uses_gitops() {
        out.push("The CI secret store holds no kubeconfig or cluster token for any cluster".to_string());
        let tool = f.tool.map_or("one named controller", NamedTool::label);
        let where_ = match f.clusters {
            Some(n) if n > 1 => count(n, "cluster", "clusters"),
            _ => "the cluster".to_string(),
        };
        let each = if where_ == "the cluster" { "" } else { "each of " };
        out.push(format!(
            "The cluster inventory shows {tool} as the only GitOps controller on {each}{where_}"
        ));
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
    if pipelines {
        out.push("CODEOWNERS names an owning team for every deploy pipeline".into());
    }
    if let Some(r) = a.regimes() {
        let from = if pattern.uses_gitops() {
            "Sync history"
        } else {
            "Deploy logs"
        };
        out.push(format!(
            "{from} is exported to the audit store and kept as long as {} requires",
            r.label()
        ));
    }
    if a.disaster_recovery.is_some_and(|d| d != crate::core::engine::choices::DisasterRecovery::BestEffort) {
        out.push("A quarterly rehearsal rebuilds a scratch cluster from git and times it".into());
    }
    out.push("`pushpull check` over `docs/decisions/` passes in CI".into());
    out
}

//! The options a record considers, and what it says about each for this
//! org. Chosen-option titles never change (import compares them); the
//! options that are only weighed may be worded freely.

use super::facts::{number, Facts};
use super::prose::outside_kubernetes;
use crate::core::engine::answers::Answers;
use crate::core::engine::choices::Concern;
use crate::core::engine::choices::DisasterRecovery;
use crate::core::engine::text::join_and;
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
            if let Some(t) = f.tool {
                add(tool_option(Some(other(t))));
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

/// "the cluster", "both clusters", "all 40 clusters".
pub fn clusters_phrase(n: Option<u32>) -> String {
    match n {
        Some(2) => "both clusters".to_string(),
        Some(n) if n > 2 => format!("all {} clusters", number(n)),
        _ => "the cluster".to_string(),
    }
}

/// When each kind of step runs, relative to the tag commit, for the
/// consequence that keeps them in pipelines.
fn when_steps_run(a: &Answers) -> &'static str {
    let s = a.imperative().unwrap_or_default();
    match (s.migrations, s.traffic_shifts) {
        (true, true) => ": migrations before the tag commit, traffic shifts after the sync",
        (true, false) => ", run before the tag commit",
        (false, true) => ", run after the sync",
        (false, false) => " around the tag commit",
    }
}

/// The imperative steps in short: "migrations and traffic shifts".
pub fn steps_short(a: &Answers) -> String {
    join_and(&a.imperative().unwrap_or_default().short_names())
}

fn small_single(a: &Answers) -> bool {
    a.production_clusters == Some(1) && a.is_small_team() == Some(true)
}

/// Good and bad points of `option` for this org, as MADR bullets. For the
/// chosen option only what Consequences does not already say; for the
/// other tool only what sets it apart from the chosen one.
pub fn pros_and_cons(option: &str, chosen: Option<&str>, a: &Answers, f: &Facts) -> Vec<String> {
    let is_chosen = chosen == Some(option);
    let gitops_option = matches!(
        option,
        GITOPS_ARGO | GITOPS_FLUX | GITOPS_EITHER | GITOPS_UNNAMED
    );
    // Points every GitOps option shares with a chosen GitOps option.
    let shared = gitops_option && (is_chosen || f.pattern == Some(Pattern::GitOps));
    let steps = steps_short(a);
    let regimes = a.regimes().map(|r| r.label());
    let n = f.clusters;
    let several = n.is_some_and(|n| n > 1);
    // A fleet: enough clusters for generated Applications to pay off.
    let fleet = n.is_some_and(|n| n > 2);
    let mut out = Vec::new();
    let mut good = |t: String| out.push(format!("Good, because {t}"));
    match option {
        // Chosen: Consequences says the rest.
        PIPELINE if is_chosen && a.has_non_kubernetes() => {
            good("one mechanism covers every target".into())
        }
        PIPELINE if is_chosen => {}
        PIPELINE => {
            if small_single(a) {
                good("there is no controller to install, upgrade and debug".into());
            }
            if a.ci_credential_concern == Some(Concern::ShortLived) {
                good("the short-lived OIDC tokens CI uses today stay as they are".into());
            }
            if !steps.is_empty() && !f.pattern.is_some_and(Pattern::uses_gitops) {
                good(format!("{steps} stay ordinary pipeline steps"));
            }
            if a.has_non_kubernetes() {
                good("one mechanism covers every target".into());
            }
        }
        _ if gitops_option => {
            if !shared {
                good("CI only writes to git and holds no cluster credential".into());
            }
            match option {
                GITOPS_ARGO if fleet => good(format!(
                    "ApplicationSets generate one Application per cluster across {}",
                    clusters_phrase(n)
                )),
                GITOPS_ARGO => good("its UI shows sync state and history".into()),
                GITOPS_FLUX if several && !is_chosen => {
                    good("each cluster's controller holds only its own credentials".into())
                }
                _ if !shared => good("drift from git is reported, and can be reverted".into()),
                _ => {}
            }
            if matches!(
                (option, f.in_use),
                (GITOPS_ARGO, Some(NamedTool::ArgoCd)) | (GITOPS_FLUX, Some(NamedTool::Flux))
            ) {
                good("the team already runs it".into());
            }
        }
        HYBRID if !is_chosen => good(format!(
            "Kubernetes gets drift detection and rebuilds from git while {} keep their pipelines",
            outside_kubernetes(a)
        )),
        _ => {}
    }
    let mut bad = |t: String| out.push(format!("Bad, because {t}"));
    match option {
        PIPELINE if is_chosen => {}
        PIPELINE => {
            bad(format!(
                "CI holds write credentials for {}",
                clusters_phrase(n)
            ));
            bad("nothing reports drift between deploys".into());
            if let Some(r) = &regimes {
                bad(format!("{r} evidence has to be assembled from CI logs"));
            }
        }
        GITOPS_ARGO if several && !is_chosen => bad(format!(
            "a central Argo CD would hold credentials for {}",
            clusters_phrase(n)
        )),
        GITOPS_FLUX => bad("there is no built-in UI; sync state is read from the cluster".into()),
        _ => {}
    }
    if gitops_option && !shared {
        if small_single(a) {
            bad("a small team takes on a controller to run and upgrade".into());
        }
        if a.imperative().is_some_and(|s| s.migrations) {
            bad("migrations need a pipeline step or a sync hook".into());
        }
    }
    if option == HYBRID && !is_chosen {
        bad("two mechanisms run side by side, and the split between them must stay written".into());
    }
    if option == HYBRID && is_chosen {
        bad("two mechanisms deploy, so the split between them must stay written".into());
    }
    let replaces = match option {
        GITOPS_ARGO => (f.in_use == Some(NamedTool::Flux) || f.both_in_use).then_some("Flux"),
        GITOPS_FLUX => (f.in_use == Some(NamedTool::ArgoCd) || f.both_in_use).then_some("Argo CD"),
        _ => None,
    };
    if let Some(current) = replaces.filter(|_| !is_chosen) {
        bad(format!(
            "everything {current} deploys today would have to move"
        ));
    }
    out
}

/// Who holds which credential under the pick: the topology consequence.
pub fn topology(a: &Answers, f: &Facts) -> Vec<String> {
    let tool = f.tool.map(NamedTool::label);
    let n = f.clusters;
    let Some(pattern) = f.pattern else {
        return Vec::new();
    };
    let line = match (pattern, tool, n) {
        (Pattern::Pipeline, _, _) => {
            let held = match a.ci_credential_concern {
                Some(Concern::ShortLived) => ", as short-lived OIDC tokens, which we keep",
                Some(Concern::Isolated) => ", only on the isolated deploy runners, which we keep",
                Some(Concern::Accepted) => ", long-lived, as an accepted risk",
                Some(Concern::Moderate | Concern::High) => {
                    ", so they must become short-lived and scoped to one environment"
                }
                None => ", so keep them short-lived and scoped to one environment",
            };
            let kind = match a.ci_credential_concern {
                Some(Concern::ShortLived | Concern::Isolated) => "Neutral",
                _ => "Bad",
            };
            format!(
                "{kind}, because CI holds write credentials for {}{held}",
                clusters_phrase(n)
            )
        }
        (_, Some("Argo CD"), Some(n)) if n > 1 => {
            let n = number(n);
            return vec![
                format!("Good, because CI gives up its write credentials for the {n} clusters"),
                format!("Bad, because the Argo CD hub holds credentials for all {n} clusters, so we protect it like production: private network, SSO, no local admin, audited access"),
            ];
        }
        (_, Some(t), Some(n)) if n > 1 => format!(
            "Good, because {t} runs in {}: no cluster credential leaves its cluster; each holds only a read-only git credential", if n == 2 { "both clusters".to_string() } else { format!("each of the {} clusters", number(n)) }
        ),
        (_, Some(t), _) => format!(
            "Good, because {t} runs inside the cluster it deploys to: no cluster credential leaves it, and it holds only a read-only git credential"
        ),
        (_, None, _) => "Good, because the controller runs inside the clusters it deploys to, so CI gives up its cluster credentials".to_string(),
    };
    vec![line]
}

/// The chosen pattern's consequences for this org, topology first.
pub fn consequences(a: &Answers, f: &Facts) -> Vec<String> {
    let Some(pattern) = f.pattern else {
        return Vec::new();
    };
    let steps = steps_short(a);
    let mut out: Vec<String> = topology(a, f);
    match pattern {
        Pattern::Pipeline => {
            if small_single(a) {
                out.push(
                    "Good, because there is no controller to install, upgrade and watch".into(),
                );
            }
            if !steps.is_empty() {
                out.push(format!(
                    "Good, because {steps} run as steps in the same deploy pipeline"
                ));
            }
            out.push("Bad, because nothing reports drift between deploys; a scheduled diff against git covers it".into());
            if let Some(r) = a.regimes() {
                out.push(format!(
                    "Bad, because {} evidence has to be assembled from CI logs and approvals",
                    r.label()
                ));
            }
        }
        Pattern::GitOps | Pattern::Hybrid => {
            out.push("Good, because merged commits record what runs, and drift is reported".into());
            if !steps.is_empty() {
                out.push(format!(
                    "Neutral, because {steps} stay pipeline steps{}",
                    when_steps_run(a)
                ));
            }
            out.push("Bad, because write access to the manifest repo becomes the deploy credential, so its main branch needs protection".into());
            if a.disaster_recovery
                .is_some_and(|d| d != DisasterRecovery::BestEffort)
            {
                out.push("Neutral, because a rebuilt cluster converges on git by itself; data still comes from backups".into());
            }
            if small_single(a) {
                out.push("Bad, because a small team runs a controller; keep it to one controller and one manifest repo".into());
            }
            if pattern == Pattern::Hybrid {
                out.push(
                    "Neutral, because the other targets keep their pipelines, and CI keeps credentials for them".into(),
                );
            }
        }
    }
    // Good first, then neutral, then bad.
    out.sort_by_key(|c| match c.split(',').next() {
        Some("Good") => 0,
        Some("Neutral") => 1,
        _ => 2,
    });
    out
}

//! How the worker is doing, as the app sees it, and what the user is told
//! when it cannot help.

use super::{BUILD_ID, PROTOCOL_VERSION};
use crate::core::ui::Action;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WorkerStatus {
    /// Not asked for anything yet, or loading.
    #[default]
    Starting,
    Ready,
    Failed(Failure),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// It did not load: no network, a proxy or an extension blocks it, or
    /// it took too long.
    Unreachable,
    /// It loaded, then stopped.
    Stopped,
    /// It comes from another build of PushPull than this page (a deploy
    /// happened since the page was opened), or its files are gone.
    Outdated,
}

/// What the notice's button does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remedy {
    /// Start the worker again and send it the latest requests.
    Retry,
    /// Load the page again (the answers are saved in this browser).
    Reload,
}

impl Remedy {
    /// What its button asks for.
    pub fn action(self) -> Action {
        match self {
            Remedy::Retry => Action::RetryWorker,
            Remedy::Reload => Action::ReloadPage,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Remedy::Retry => "Retry",
            Remedy::Reload => "Reload",
        }
    }
}

impl Failure {
    /// One or two plain sentences for the page.
    pub fn message(self) -> &'static str {
        match self {
            Failure::Unreachable => "The recommendation and the record cannot be worked out right now: the part of PushPull that does it did not load (the network may be down, or something blocks it). Your answers are kept.",
            Failure::Stopped => "The recommendation and the record cannot be worked out right now: the part of PushPull that does it stopped. Your answers are kept.",
            Failure::Outdated => "PushPull was updated; reload to continue. Your answers are kept.",
        }
    }

    pub fn remedy(self) -> Remedy {
        match self {
            Failure::Unreachable | Failure::Stopped => Remedy::Retry,
            Failure::Outdated => Remedy::Reload,
        }
    }
}

/// Checks a worker's `Ready` against this app: both must come from the
/// same build.
pub fn check_ready(version: u32, build: &str) -> Result<(), Failure> {
    if version == PROTOCOL_VERSION && build == BUILD_ID {
        Ok(())
    } else {
        Err(Failure::Outdated)
    }
}

/// The page every build writes as its bare shell (`scripts/post-build.mjs`):
/// it names the worker's loader of the build deployed now.
pub const SHELL_PAGE: &str = "/404.html";

/// Why a worker did not get as far as `Ready`, from the site's current
/// `SHELL_PAGE` (`None` if it could not be fetched) and the site path of
/// this page's worker loader: a site that names another loader was
/// deployed anew, and this page's build is gone.
pub fn diagnose(shell: Option<&str>, loader: &str) -> Failure {
    let file = loader.trim_start_matches('/');
    match shell {
        Some(html) if !html.contains(file) => Failure::Outdated,
        _ => Failure::Unreachable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_worker_of_the_same_build_is_accepted() {
        assert_eq!(check_ready(PROTOCOL_VERSION, BUILD_ID), Ok(()));
        assert_eq!(
            check_ready(PROTOCOL_VERSION + 1, BUILD_ID),
            Err(Failure::Outdated)
        );
        assert_eq!(
            check_ready(PROTOCOL_VERSION, "another"),
            Err(Failure::Outdated)
        );
    }

    #[test]
    fn a_site_that_names_another_worker_means_an_update() {
        let shell =
            r#"<meta name="pushpull-worker" content="pushpull-worker-0123456789abcdef_loader.js">"#;
        let ours = "/pushpull-worker-0123456789abcdef_loader.js";
        assert_eq!(diagnose(Some(shell), ours), Failure::Unreachable);
        assert_eq!(
            diagnose(Some(shell), "/pushpull-worker-fedcba9876543210_loader.js"),
            Failure::Outdated
        );
        assert_eq!(diagnose(None, ours), Failure::Unreachable);
    }

    #[test]
    fn each_failure_says_what_to_do() {
        assert_eq!(Failure::Unreachable.remedy(), Remedy::Retry);
        assert_eq!(Failure::Stopped.remedy().label(), "Retry");
        assert_eq!(Failure::Outdated.remedy().label(), "Reload");
        assert_eq!(Remedy::Retry.action(), Action::RetryWorker);
        assert_eq!(Remedy::Reload.action(), Action::ReloadPage);
        assert!(Failure::Outdated
            .message()
            .starts_with("PushPull was updated; reload to continue."));
        for failure in [Failure::Unreachable, Failure::Stopped, Failure::Outdated] {
            assert!(failure.message().contains("Your answers are kept."));
        }
    }
}

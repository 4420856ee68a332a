//! How the worker is doing, as the app sees it, and what the user is told
//! when it cannot help.

use super::{BUILD_ID, PROTOCOL_VERSION};

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

/// Why a worker did not get as far as `Ready`, from asking for its script
/// again: `None` if the network failed, else the status and content type.
/// A missing script (or a static host's HTML page in its place) means the
/// site was deployed anew and this page's build is gone.
pub fn diagnose(probe: Option<(u16, &str)>) -> Failure {
    match probe {
        Some((404 | 410, _)) => Failure::Outdated,
        Some((_, content_type)) if content_type.starts_with("text/html") => Failure::Outdated,
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
    fn a_gone_script_means_an_update_and_anything_else_a_load_failure() {
        assert_eq!(diagnose(Some((404, "text/html"))), Failure::Outdated);
        assert_eq!(diagnose(Some((200, "text/html; charset=utf-8"))), Failure::Outdated);
        assert_eq!(diagnose(None), Failure::Unreachable);
        assert_eq!(diagnose(Some((200, "text/javascript"))), Failure::Unreachable);
        assert_eq!(diagnose(Some((503, "text/plain"))), Failure::Unreachable);
    }

    #[test]
    fn each_failure_says_what_to_do() {
        assert_eq!(Failure::Unreachable.remedy(), Remedy::Retry);
        assert_eq!(Failure::Stopped.remedy().label(), "Retry");
        assert_eq!(Failure::Outdated.remedy().label(), "Reload");
        assert!(Failure::Outdated.message().starts_with("PushPull was updated; reload to continue."));
        for failure in [Failure::Unreachable, Failure::Stopped, Failure::Outdated] {
            assert!(failure.message().contains("Your answers are kept."));
        }
    }
}

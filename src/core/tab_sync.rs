//! Keeping one saved session right while several tabs change it.
//!
//! On every change in this tab and every write by another, [`TabSync::sync`]
//! takes this tab's changes into its replica, merges in what storage holds,
//! and says what to show and whether to write. It writes only when storage
//! lacks something this tab knows, so a change seen from another tab is
//! never echoed back, and tabs that wrote at the same time settle after at
//! most a few writes.

use crate::core::saved_state::{self, Saved, SavedError};
use crate::core::session_merge::{Replica, Work};

/// The tab id given to changes found in work saved without stamps.
const UNSTAMPED: u32 = 0;

/// What one tab knows of the saved session.
#[derive(Debug, Clone)]
pub struct TabSync {
    /// This tab's id; any number but 0, different in each tab.
    tab: u32,
    replica: Replica,
    /// Unreadable text already set aside at start, so it is not named twice.
    set_aside: Option<String>,
}

/// What storage held when the tab started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Restored {
    Nothing,
    Work(Box<Work>),
    /// The stored text could not be read and must be set aside.
    Unreadable(SavedError),
}

/// What to do after [`TabSync::sync`], in this order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sync {
    /// Stored text that could not be read, and why: set it aside.
    pub unreadable: Option<(String, SavedError)>,
    /// The work to show instead of this tab's: it holds other tabs' changes.
    pub show: Option<Work>,
    /// The text to store: storage lacks some of this tab's work.
    pub write: Option<String>,
}

impl TabSync {
    /// Starts from the stored text.
    pub fn restore(tab: u32, stored: Option<&str>) -> (TabSync, Restored) {
        let mut sync = TabSync {
            tab: tab.max(UNSTAMPED + 1),
            replica: Replica::default(),
            set_aside: None,
        };
        let restored = match stored.map(saved_state::decode) {
            None => Restored::Nothing,
            Some(Ok(Saved { work, stamps })) => {
                sync.replica = Replica::new(&work, stamps.unwrap_or_default());
                Restored::Work(Box::new(work))
            }
            Some(Err(error)) => {
                sync.set_aside = stored.map(str::to_string);
                Restored::Unreadable(error)
            }
        };
        (sync, restored)
    }

    /// Brings this tab's `local` work and storage together: `stored` is the
    /// text storage holds now, `heard` what a storage event just reported.
    pub fn sync(&mut self, local: &Work, stored: Option<&str>, heard: Option<&str>) -> Sync {
        let before = self.replica.clone();
        self.replica.absorb(local, self.tab);
        let mut unreadable = None;
        let stored_replica = match stored.map(|text| (text, saved_state::decode(text))) {
            None => None,
            Some((_, Ok(saved))) => Some(replica_of(saved, &before)),
            Some((text, Err(error))) => {
                if self.set_aside.as_deref() != Some(text) {
                    unreadable = Some((text.to_string(), error));
                }
                None
            }
        };
        if let Some(theirs) = &stored_replica {
            self.replica.join(theirs);
        }
        if let Some(Ok(saved)) = heard.map(saved_state::decode) {
            self.replica.join(&replica_of(saved, &before));
        }
        let stored_holds_all = match (&stored_replica, stored) {
            (Some(theirs), _) => theirs.same_state(&self.replica),
            (None, None) => self.replica.same_state(&Replica::default()),
            (None, Some(_)) => false,
        };
        Sync {
            unreadable,
            show: if self.replica.holds(local) {
                None
            } else {
                self.replica.work()
            },
            write: (!stored_holds_all).then(|| saved_state::encode(&self.replica)),
        }
    }
}

/// Saved work as a replica; what work saved without stamps changed from
/// `known` counts as later than anything this tab knows.
fn replica_of(saved: Saved, known: &Replica) -> Replica {
    match saved.stamps {
        Some(stamps) => Replica::new(&saved.work, stamps),
        None => {
            let mut replica = known.clone();
            replica.absorb(&saved.work, UNSTAMPED);
            replica
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters(n: u32) -> Work {
        let mut work = Work::default();
        work.answers.production_clusters = Some(n);
        work
    }

    #[test]
    fn a_save_keeps_what_another_tab_stored() {
        let (mut one, restored) = TabSync::restore(1, None);
        let (mut two, _) = TabSync::restore(2, None);
        assert_eq!(restored, Restored::Nothing);
        assert_eq!(one.sync(&Work::default(), None, None), Sync::default());
        let stored = one.sync(&clusters(3), None, None).write.unwrap();
        let mut ours = Work::default();
        ours.answers.team_size = Some(8);
        let sync = two.sync(&ours, Some(&stored), None);
        let shown = sync.show.unwrap();
        assert_eq!(
            (shown.answers.production_clusters, shown.answers.team_size),
            (Some(3), Some(8))
        );
        let stored = sync.write.unwrap();
        let heard = one.sync(&clusters(3), Some(&stored), Some(&stored));
        assert_eq!(heard.show, Some(shown.clone()));
        assert_eq!(heard.write, None, "a change heard is not written back");
        assert_eq!(one.sync(&shown, Some(&stored), None), Sync::default());
    }

    #[test]
    fn work_saved_without_stamps_is_read_and_wins() {
        let old = "pushpull-session/1\nv=1&c=5";
        let (mut sync, restored) = TabSync::restore(1, Some(old));
        assert_eq!(restored, Restored::Work(Box::new(clusters(5))));
        assert_eq!(sync.sync(&clusters(5), Some(old), None), Sync::default());
        let older_tab = "pushpull-session/1\nv=1&c=6";
        let seen = sync.sync(&clusters(5), Some(older_tab), Some(older_tab));
        assert_eq!(seen.show, Some(clusters(6)));
        assert_eq!(seen.write, None);
        let mut changed = clusters(6);
        changed.answers.team_size = Some(2);
        let text = sync.sync(&changed, Some(older_tab), None).write.unwrap();
        assert!(text.starts_with("pushpull-session/2\n"));
    }

    #[test]
    fn merged_work_too_long_to_save_never_replaces_this_tabs() {
        let (mut one, _) = TabSync::restore(1, None);
        let (mut two, _) = TabSync::restore(2, None);
        let long = "x".repeat(crate::core::codec::MAX_ENCODED / 2);
        let mut ours = Work::default();
        ours.details.organisation = long.clone();
        let stored = one.sync(&ours, None, None).write.unwrap();
        let mut theirs = Work::default();
        theirs.details.title = long;
        let sync = two.sync(&theirs, Some(&stored), None);
        assert_eq!(sync.show, None, "this tab keeps its work on the page");
        assert!(sync
            .write
            .is_some_and(|text| text.len() > crate::core::codec::MAX_ENCODED));
    }

    #[test]
    fn unreadable_text_is_named_once_and_never_wins() {
        let (mut sync, restored) = TabSync::restore(1, Some("garbage"));
        assert!(matches!(restored, Restored::Unreadable(_)));
        let first = sync.sync(&Work::default(), Some("garbage"), None);
        assert_eq!(first.unreadable, None, "set aside at start already");
        assert!(first.write.is_some(), "the unreadable text is replaced");
        let broken = "pushpull-session/2\nv=1&c=%%\n";
        let heard = sync.sync(&clusters(4), Some(broken), Some(broken));
        assert_eq!(heard.show, None, "this tab's work stays");
        assert!(heard.unreadable.is_some() && heard.write.is_some());
    }
}

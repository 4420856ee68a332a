#![cfg(not(target_arch = "wasm32"))]
//! Several tabs on one saved session: the merge keeps every side's change,
//! and a simulated browser (tabs that read stale copies, storage events
//! delivered late) always settles, with no answer lost.

mod common;

use common::strategies::{answers, details, normalised};
use proptest::prelude::*;
use pushpull::core::saved_state;
use pushpull::core::session_merge::{Replica, Work};
use pushpull::core::tab_sync::TabSync;

/// Work as the app makes it: the codec does not tell a list holding one
/// empty name from an empty list, and the app never makes the former.
fn work() -> impl Strategy<Value = Work> {
    (answers(), details()).prop_map(|(answers, details)| Work::new(answers, normalised(details)))
}

/// The fields `mix` can take from another work, one bit each.
const FIELDS: u32 = 22;

/// `base` with the fields in `mask` taken from `other`.
fn mix(base: &Work, other: &Work, mask: u32) -> Work {
    let mut w = base.clone();
    let on = |bit: u32| mask & (1 << bit) != 0;
    macro_rules! take {
        ($bit:expr, $($field:tt)+) => {
            if on($bit) {
                w.$($field)+ = other.$($field)+.clone();
            }
        };
    }
    take!(0, answers.production_clusters);
    take!(1, answers.team_size);
    take!(2, answers.compliance);
    take!(3, answers.disaster_recovery);
    take!(4, answers.targets);
    take!(5, answers.imperative_steps);
    take!(6, answers.ci_credential_concern);
    take!(7, answers.gitops_tooling);
    take!(8, answers.pipeline_owners);
    take!(9, answers.split_documented);
    take!(10, details.organisation);
    take!(11, details.title);
    take!(12, details.status);
    take!(13, details.date);
    take!(14, details.decision_makers);
    take!(15, details.consulted);
    take!(16, details.informed);
    take!(17, details.number);
    take!(18, details.gitops_tool);
    take!(19, details.notes);
    take!(20, details.owners);
    take!(21, details.participants);
    w
}

/// Two tabs that each changed `work` from the same replica.
fn changed(base: &Replica, work: &Work, tab: u32) -> Replica {
    let mut replica = base.clone();
    replica.absorb(work, tab);
    replica
}

fn joined(a: &Replica, b: &Replica) -> Replica {
    let mut merged = a.clone();
    merged.join(b);
    merged
}

proptest! {
    #[test]
    fn changes_to_different_fields_are_all_kept(
        start in work(),
        mine in work(),
        yours in work(),
        mask in 0..(1u32 << FIELDS),
        split in 0..(1u32 << FIELDS),
    ) {
        let base = changed(&Replica::default(), &start, 9);
        let (our_mask, their_mask) = (mask & split, mask & !split);
        let ours = changed(&base, &mix(&start, &mine, our_mask), 1);
        let theirs = changed(&base, &mix(&start, &yours, their_mask), 2);
        let expected = mix(&mix(&start, &yours, their_mask), &mine, our_mask);
        let (one, two) = (joined(&ours, &theirs), joined(&theirs, &ours));
        prop_assert!(one.work().unwrap().same_content(&expected), "{:?}", one.work());
        prop_assert!(one.same_state(&two));
    }

    #[test]
    fn merging_is_order_free_and_idempotent(
        start in work(),
        a in work(),
        b in work(),
        c in work(),
    ) {
        let base = changed(&Replica::default(), &start, 9);
        let a = changed(&base, &a, 1);
        let b = changed(&joined(&base, &a), &b, 2);
        let c = changed(&base, &c, 3);
        prop_assert!(joined(&a, &b).same_state(&joined(&b, &a)));
        prop_assert!(joined(&joined(&a, &b), &c).same_state(&joined(&a, &joined(&b, &c))));
        prop_assert!(joined(&a, &a).same_state(&a));
    }

    #[test]
    fn merged_work_is_saved_and_read_back(start in work(), ours in work(), theirs in work()) {
        let base = changed(&Replica::default(), &start, 9);
        let merged = joined(&changed(&base, &ours, 1), &changed(&base, &theirs, 2));
        let saved = saved_state::decode(&saved_state::encode(&merged)).unwrap();
        prop_assert_eq!(saved.stamps.as_ref(), Some(&merged.stamps));
        prop_assert!(saved.work.same_content(&merged.work().unwrap()));
        let questions: Vec<_> = merged.work().unwrap().details.notes.iter().map(|n| n.question).collect();
        prop_assert!(questions.windows(2).all(|pair| pair[0] < pair[1]), "one note per question, in order");
    }

    #[test]
    fn saved_text_never_panics(text in "(pushpull-session/[12]\n)?.{0,120}(\n.{0,80})?") {
        let _ = saved_state::decode(&text);
    }
}

/// One write to the shared storage: who wrote, and what.
struct Write {
    writer: usize,
    text: String,
}

/// A tab: its work, its sync state, its copy of the stored text (updated
/// when it writes, and when an event arrives unless it wrote since).
struct Tab {
    work: Work,
    sync: TabSync,
    copy: Option<String>,
    last_write: Option<usize>,
    next_event: usize,
}

#[derive(Default)]
struct Browser {
    tabs: Vec<Tab>,
    stored: Option<String>,
    log: Vec<Write>,
}

impl Browser {
    fn new(tabs: usize) -> Self {
        let mut browser = Browser::default();
        for _ in 0..tabs {
            let (sync, _) = TabSync::restore(browser.tabs.len() as u32 + 1, None);
            browser.tabs.push(Tab {
                work: Work::default(),
                sync,
                copy: None,
                last_write: None,
                next_event: 0,
            });
        }
        browser
    }

    /// Runs the tab's sync on its copy of storage (and what it just heard).
    fn sync(&mut self, index: usize, heard: Option<String>) {
        let tab = &mut self.tabs[index];
        let sync = tab
            .sync
            .sync(&tab.work, tab.copy.as_deref(), heard.as_deref());
        if let Some(work) = sync.show {
            tab.work = work;
        }
        let Some(text) = sync.write else { return };
        tab.copy = Some(text.clone());
        tab.last_write = Some(self.log.len());
        self.stored = Some(text.clone());
        self.log.push(Write {
            writer: index,
            text,
        });
    }

    fn edit(&mut self, index: usize, field: usize, value: u32) {
        set(&mut self.tabs[index].work, field, value);
        self.sync(index, None);
    }

    /// Delivers the tab's next storage event; false when none is left.
    fn deliver(&mut self, index: usize) -> bool {
        let tab = &mut self.tabs[index];
        while tab.next_event < self.log.len() && self.log[tab.next_event].writer == index {
            tab.next_event += 1;
        }
        let Some(write) = self.log.get(tab.next_event) else {
            return false;
        };
        if tab.last_write.is_none_or(|own| own < tab.next_event) {
            tab.copy = Some(write.text.clone());
        }
        tab.next_event += 1;
        let heard = write.text.clone();
        self.sync(index, Some(heard));
        true
    }
}

const EDITED_FIELDS: usize = 3;

fn set(work: &mut Work, field: usize, value: u32) {
    match field {
        0 => work.answers.production_clusters = Some(value),
        1 => work.answers.team_size = Some(value),
        _ => work.details.organisation = format!("org {value}"),
    }
}

fn get(work: &Work, field: usize) -> String {
    match field {
        0 => format!("{:?}", work.answers.production_clusters),
        1 => format!("{:?}", work.answers.team_size),
        _ => work.details.organisation.clone(),
    }
}

#[derive(Debug, Clone)]
enum Step {
    Edit {
        tab: usize,
        field: usize,
        value: u32,
    },
    Deliver {
        tab: usize,
    },
}

const TABS: usize = 3;

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..TABS, 0..EDITED_FIELDS, 0u32..4).prop_map(|(tab, field, value)| Step::Edit {
            tab,
            field,
            value
        }),
        (0..TABS).prop_map(|tab| Step::Deliver { tab }),
    ]
}

proptest! {
    #[test]
    fn tabs_settle_on_every_answer(steps in proptest::collection::vec(step(), 0..40)) {
        let mut browser = Browser::new(TABS);
        // The last value each tab gave each field, and which tabs edited it.
        let mut edits: Vec<Vec<(usize, String)>> = vec![Vec::new(); EDITED_FIELDS];
        for step in &steps {
            match *step {
                Step::Edit { tab, field, value } => {
                    browser.edit(tab, field, value);
                    let given = get(&browser.tabs[tab].work, field);
                    edits[field].retain(|(t, _)| *t != tab);
                    edits[field].push((tab, given));
                }
                Step::Deliver { tab } => {
                    browser.deliver(tab);
                }
            }
        }
        let mut rounds = 0;
        while (0..TABS).map(|tab| browser.deliver(tab)).fold(false, |a, b| a | b) {
            rounds += 1;
            prop_assert!(rounds < 100, "tabs keep writing back and forth");
        }
        let stored = browser.stored.as_deref().map(|text| saved_state::decode(text).unwrap().work).unwrap_or_default();
        for tab in &browser.tabs {
            prop_assert!(tab.work.same_content(&stored), "every tab shows what is stored");
        }
        for (field, given) in edits.iter().enumerate() {
            let value = get(&stored, field);
            match given.as_slice() {
                [] => {}
                [(_, only)] => prop_assert_eq!(&value, only, "one tab's answer is kept"),
                several => prop_assert!(several.iter().any(|(_, v)| *v == value), "one of the answers given wins"),
            }
        }
    }
}

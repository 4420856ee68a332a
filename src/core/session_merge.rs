//! One saved session, several tabs: a merge that never loses a change.
//!
//! The work is merged in its saved form, the compact codec, split into
//! units: one per question and record detail (`c=3`, `wo=Acme`), one per
//! note, owner and participant (`wq~2`, `wr~EKS%20prod`, `wp~Ana`). Each
//! tab keeps a [`Replica`]: those units, and for each a [`Stamp`] saying
//! which tab changed it last, and when on a Lamport clock. A tab's own
//! changes are what differs between its work and its replica (the base of
//! a three-way merge); two replicas merge unit by unit, the later stamp
//! winning. That merge is commutative, associative and idempotent, so tabs
//! that read stale storage or hear of changes late still end up equal.
//! Working on the codec's text keeps the merge small (no code per field)
//! and means it compares exactly what is saved.

use crate::core::codec::{self, CODEC_VERSION};
use crate::core::engine::{Answers, QuestionId};
use crate::core::record::details::RecordDetails;

/// Everything a tab saves: the answers and the record's details.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Work {
    pub answers: Answers,
    pub details: RecordDetails,
}

impl Work {
    pub fn new(answers: Answers, details: RecordDetails) -> Self {
        Work { answers, details }
    }

    /// Whether both save the same text, whatever the order of their
    /// owners and participants.
    pub fn same_content(&self, other: &Work) -> bool {
        Units::of(self).same(&Units::of(other))
    }
}

/// The codec fields whose value is a list of `key~text` items, merged item
/// by item.
const LISTS: [&str; 3] = ["wq", "wr", "wp"];

/// A work's units: the name of each (the codec key, or for a list item the
/// list's key, `~` and the item's key) and its encoded value.
#[derive(Debug, Clone, Default)]
struct Units(Vec<(String, String)>);

impl Units {
    fn of(work: &Work) -> Units {
        let mut units = Units::default();
        let text = codec::encode(&work.answers, Some(&work.details));
        for part in text.split('&').skip(1) {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            if LISTS.contains(&key) {
                for item in value.split(',') {
                    let name = item.split_once('~').map_or(item, |(name, _)| name);
                    units.add(format!("{key}~{name}"), item);
                }
            } else {
                units.add(key.to_string(), value);
            }
        }
        units
    }

    /// Adds a unit; items with a repeated key (hand-made data) stay
    /// together as one unit.
    fn add(&mut self, name: String, value: &str) {
        match self.0.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) => {
                old.push(',');
                old.push_str(value);
            }
            None => self.0.push((name, value.to_string())),
        }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
    }

    /// Sets the unit `name` to `value`, or removes it.
    fn set(&mut self, name: &str, value: Option<&str>) {
        let at = self.0.iter().position(|(n, _)| n == name);
        match (at, value) {
            (Some(i), Some(value)) => self.0[i].1 = value.to_string(),
            (Some(i), None) => {
                self.0.remove(i);
            }
            (None, Some(value)) => self.0.push((name.to_string(), value.to_string())),
            (None, None) => {}
        }
    }

    fn names(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(name, _)| name)
    }

    fn same(&self, other: &Units) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .all(|(name, value)| other.get(name) == Some(value))
    }

    /// The codec text of these units: notes in questionnaire order, owners
    /// and participants in the order they came.
    fn text(&self) -> String {
        let list_of = |name: &str| name.split_once('~').map(|(list, _)| list.to_string());
        let mut parts = vec![format!("v={CODEC_VERSION}")];
        for (name, value) in self.0.iter().filter(|(name, _)| list_of(name).is_none()) {
            parts.push(format!("{name}={value}"));
        }
        let notes = (0..QuestionId::all().len())
            .filter_map(|question| self.get(&format!("wq~{question}")))
            .map(str::to_string)
            .collect();
        let items = |list: &str| -> Vec<String> {
            let of_list = self
                .0
                .iter()
                .filter(|(name, _)| list_of(name).as_deref() == Some(list));
            of_list.map(|(_, value)| value.clone()).collect()
        };
        for (key, items) in [("wq", notes), ("wr", items("wr")), ("wp", items("wp"))] {
            if !items.is_empty() {
                parts.push(format!("{key}={}", items.join(",")));
            }
        }
        parts.join("&")
    }
}

/// Each name once, in the order first seen.
fn distinct<'a>(names: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        if !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// When a unit last changed: a Lamport clock, then the tab that changed it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub clock: u32,
    pub tab: u32,
}

/// The stamp of every unit changed so far, by unit name; units never
/// changed, and all units of work saved by older versions, have the zero
/// stamp.
#[derive(Debug, Clone, Default)]
pub struct Stamps(Vec<(String, Stamp)>);

impl PartialEq for Stamps {
    fn eq(&self, other: &Stamps) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().all(|(unit, stamp)| other.get(unit) == *stamp)
    }
}

impl Eq for Stamps {}

/// Longest stamps text read.
const STAMPS_MAX: usize = 64 * 1024;

impl Stamps {
    pub fn get(&self, unit: &str) -> Stamp {
        self.0
            .iter()
            .find(|(u, _)| u == unit)
            .map_or(Stamp::default(), |(_, stamp)| *stamp)
    }

    fn set(&mut self, unit: &str, stamp: Stamp) {
        match self.0.iter_mut().find(|(u, _)| u == unit) {
            Some((_, old)) => *old = stamp,
            None => self.0.push((unit.to_string(), stamp)),
        }
    }

    /// The stamps as text: `unit=clock.tab` joined by `&`.
    pub fn encode(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|(unit, s)| format!("{unit}={}.{}", s.clock, s.tab))
            .collect();
        parts.join("&")
    }

    /// Reads what [`Stamps::encode`] wrote; `Err` names the first part
    /// that is not a stamp.
    pub fn decode<'a>(text: &'a str) -> Result<Stamps, String> {
        if text.len() > STAMPS_MAX {
            return Err(format!("{} characters of stamps", text.len()));
        }
        let unit_char = |c: char| c.is_ascii_alphanumeric() || "_.~%".contains(c);
        let stamp = |part: &'a str| {
            let (unit, stamp) = part.split_once('=')?;
            let (clock, tab) = stamp.split_once('.')?;
            let stamp = Stamp {
                clock: clock.parse().ok()?,
                tab: tab.parse().ok()?,
            };
            (!unit.is_empty() && unit.chars().all(unit_char)).then_some((unit, stamp))
        };
        let mut stamps = Stamps::default();
        for part in text.split('&').filter(|part| !part.is_empty()) {
            let (unit, s) = stamp(part).ok_or_else(|| part.chars().take(40).collect::<String>())?;
            stamps.set(unit, s);
        }
        Ok(stamps)
    }
}

/// A tab's work with the stamps of its changes.
#[derive(Debug, Clone)]
pub struct Replica {
    units: Units,
    pub stamps: Stamps,
}

/// Empty work, never changed.
impl Default for Replica {
    fn default() -> Self {
        Replica::new(&Work::default(), Stamps::default())
    }
}

impl Replica {
    /// Saved work with its stamps.
    pub fn new(work: &Work, stamps: Stamps) -> Replica {
        Replica {
            units: Units::of(work),
            stamps,
        }
    }

    /// The work this replica holds; `None` only when merging made it too
    /// long for the codec.
    pub fn work(&self) -> Option<Work> {
        let (answers, details) = codec::decode(&self.units.text()).ok()?;
        Some(Work::new(answers, details.unwrap_or_default()))
    }

    /// The codec text of the work this replica holds.
    pub fn text(&self) -> String {
        self.units.text()
    }

    /// Takes in the changes `work` made to this replica's work, stamped as
    /// `tab`'s and later than anything this replica knows.
    pub fn absorb(&mut self, work: &Work, tab: u32) {
        let latest = self.stamps.0.iter().map(|(_, s)| s.clock).max();
        let clock = latest.unwrap_or(0).saturating_add(1);
        let ours = Units::of(work);
        for name in distinct(self.units.names().chain(ours.names())) {
            if self.units.get(&name) != ours.get(&name) {
                self.stamps.set(&name, Stamp { clock, tab });
            }
        }
        self.units = ours;
    }

    /// Takes in every unit `other` changed later. On equal stamps with
    /// different values (work saved by an older version) `other` wins.
    pub fn join(&mut self, other: &Replica) {
        let stamped = other.stamps.0.iter().map(|(name, _)| name);
        let names = distinct(self.units.names().chain(other.units.names()).chain(stamped));
        for name in &names {
            let (ours, theirs) = (self.stamps.get(name), other.stamps.get(name));
            let value = other.units.get(name);
            if theirs > ours || (theirs == ours && self.units.get(name) != value) {
                self.units.set(name, value);
                if theirs != Stamp::default() {
                    self.stamps.set(name, theirs);
                }
            }
        }
    }

    /// Whether both hold the same work and stamps.
    pub fn same_state(&self, other: &Replica) -> bool {
        self.stamps == other.stamps && self.units.same(&other.units)
    }

    /// Whether this replica holds `work`.
    pub fn holds(&self, work: &Work) -> bool {
        self.units.same(&Units::of(work))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::record::details::Participant;

    fn replica(f: impl FnOnce(&mut Work), tab: u32) -> Replica {
        let mut work = Work::default();
        f(&mut work);
        let mut replica = Replica::default();
        replica.absorb(&work, tab);
        replica
    }

    fn joined(a: &Replica, b: &Replica) -> Replica {
        let mut merged = a.clone();
        merged.join(b);
        merged
    }

    #[test]
    fn keeps_both_tabs_answers() {
        let ours = replica(|w| w.answers.team_size = Some(12), 1);
        let theirs = replica(|w| w.answers.production_clusters = Some(3), 2);
        let merged = joined(&ours, &theirs);
        assert_eq!(merged.work().unwrap().answers.production_clusters, Some(3));
        assert_eq!(merged.work().unwrap().answers.team_size, Some(12));
        assert!(merged.same_state(&joined(&theirs, &ours)));
    }

    #[test]
    fn the_later_change_wins_and_a_removal_is_a_change() {
        let first = replica(
            |w| w.details.set_note(QuestionId::Clusters, "three regions"),
            1,
        );
        let mut second = first.clone();
        let mut cleared = second.work().unwrap();
        cleared.details.set_note(QuestionId::Clusters, "");
        cleared.details.set_note(QuestionId::TeamSize, "two teams");
        second.absorb(&cleared, 2);
        let mut third = first.clone();
        let mut noted = third.work().unwrap();
        noted.details.set_note(QuestionId::Targets, "and Lambda");
        third.absorb(&noted, 3);
        let merged = joined(&joined(&first, &third), &second).work().unwrap();
        assert_eq!(merged.details.note(QuestionId::Clusters), "");
        let questions: Vec<_> = merged.details.notes.iter().map(|n| n.question).collect();
        assert_eq!(
            questions,
            [QuestionId::TeamSize, QuestionId::Targets],
            "questionnaire order"
        );
    }

    #[test]
    fn repeated_names_stay_together_and_stamps_read_back() {
        let ana = Participant {
            name: "Ana & co=1".into(),
            answers: Answers::default(),
        };
        let ours = replica(
            |w| w.details.participants = vec![ana.clone(), ana.clone()],
            7,
        );
        let mut theirs = replica(|w| w.details.organisation = "Acme".into(), 8);
        theirs.join(&ours);
        let work = theirs.work().unwrap();
        assert_eq!(work.details.participants.len(), 2);
        assert_eq!(work.details.organisation, "Acme");
        let text = theirs.stamps.encode();
        assert_eq!(Stamps::decode(&text), Ok(theirs.stamps.clone()));
        assert!(Stamps::decode("c=1.2&z&z=3.4").is_err());
        assert!(Stamps::decode("c=1").is_err());
        assert!(Stamps::decode("wp~a,b=1.1").is_err());
        assert_eq!(Stamps::decode(""), Ok(Stamps::default()));
    }
}

//! One saved session, several tabs: a merge that never loses a change.
//!
//! Each tab keeps a [`Replica`]: the work, and for every unit of it (a
//! question, a record detail, one note, owner or participant) a [`Stamp`]
//! saying which tab changed it last, and when on a Lamport clock. A tab's
//! own changes are found by comparing its work with its replica (the base
//! of a three-way merge); two replicas merge unit by unit, the later stamp
//! winning. That merge is commutative, associative and idempotent, so tabs
//! that read stale storage or hear of changes late still end up equal.

use std::collections::BTreeMap;

use crate::core::codec::{percent_decode, percent_encode};
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

    /// Whether both hold the same answers and details, whatever the order
    /// of their owners and participants.
    pub fn same_content(&self, other: &Work) -> bool {
        let mut units = self.units();
        units.extend(other.units());
        units.iter().all(|unit| unit.same(self, other))
    }

    fn units(&self) -> Vec<Unit> {
        let d = &self.details;
        let mut units: Vec<Unit> = Field::ALL.iter().map(|&f| Unit::Field(f)).collect();
        units.extend(d.notes.iter().map(|n| Unit::Note(n.question)));
        units.extend(d.owners.iter().map(|o| Unit::Owner(o.what.clone())));
        units.extend(
            d.participants
                .iter()
                .map(|p| Unit::Participant(p.name.clone())),
        );
        units.sort();
        units.dedup();
        units
    }
}

macro_rules! fields {
    ($($field:ident $code:literal $part:ident . $name:ident,)*) => {
        /// A question, or a record detail with a single value.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum Field { $($field,)* }

        impl Field {
            pub const ALL: &[Field] = &[$(Field::$field,)*];

            fn code(self) -> &'static str {
                match self { $(Field::$field => $code,)* }
            }

            fn same(self, a: &Work, b: &Work) -> bool {
                match self { $(Field::$field => a.$part.$name == b.$part.$name,)* }
            }

            fn copy(self, to: &mut Work, from: &Work) {
                match self { $(Field::$field => to.$part.$name = from.$part.$name.clone(),)* }
            }
        }
    };
}

fields! {
    Clusters "c" answers.clusters,
    TeamSize "t" answers.team_size,
    Compliance "co" answers.compliance,
    DisasterRecovery "dr" answers.disaster_recovery,
    Targets "tg" answers.targets,
    ImperativeSteps "is" answers.imperative_steps,
    CiCredentialConcern "cc" answers.ci_credential_concern,
    GitOpsTooling "go" answers.gitops_tooling,
    PipelineOwners "po" answers.pipeline_owners,
    SplitDocumented "sd" answers.split_documented,
    Organisation "wo" details.organisation,
    Title "wt" details.title,
    Status "ws" details.status,
    Date "wd" details.date,
    DecisionMakers "wm" details.decision_makers,
    Consulted "wc" details.consulted,
    Informed "wi" details.informed,
    Number "wn" details.number,
    GitopsTool "wg" details.gitops_tool,
}

/// What one tab can change independently of another.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Field(Field),
    Note(QuestionId),
    /// The owner of a split row (all of them, should a row repeat).
    Owner(String),
    /// A participant by name (all of them, should a name repeat).
    Participant(String),
}

fn group<'a, T>(list: &'a [T], key: impl Fn(&T) -> &String, name: &str) -> Vec<&'a T> {
    list.iter().filter(|item| key(item) == name).collect()
}

/// Puts `from`'s items named `name` in place of `list`'s (where the first
/// was, or last).
fn copy_group<T: Clone>(list: &mut Vec<T>, from: &[T], key: impl Fn(&T) -> &String, name: &str) {
    let at = list.iter().position(|item| key(item) == name);
    list.retain(|item| key(item) != name);
    let items = group(from, &key, name).into_iter().cloned();
    let at = at.unwrap_or(list.len()).min(list.len());
    list.splice(at..at, items);
}

impl Unit {
    fn same(&self, a: &Work, b: &Work) -> bool {
        let (x, y) = (&a.details, &b.details);
        match self {
            Unit::Field(field) => field.same(a, b),
            Unit::Note(q) => {
                let note = |d: &RecordDetails| d.notes.iter().find(|n| n.question == *q).cloned();
                note(x) == note(y)
            }
            Unit::Owner(what) => {
                group(&x.owners, |o| &o.what, what) == group(&y.owners, |o| &o.what, what)
            }
            Unit::Participant(name) => {
                group(&x.participants, |p| &p.name, name)
                    == group(&y.participants, |p| &p.name, name)
            }
        }
    }

    fn copy(&self, to: &mut Work, from: &Work) {
        let (x, y) = (&mut to.details, &from.details);
        match self {
            Unit::Field(field) => field.copy(to, from),
            Unit::Note(q) => {
                x.notes.retain(|note| note.question != *q);
                if let Some(note) = y.notes.iter().find(|note| note.question == *q) {
                    let at = x.notes.partition_point(|n| n.question < *q);
                    x.notes.insert(at, note.clone());
                }
            }
            Unit::Owner(what) => copy_group(&mut x.owners, &y.owners, |o| &o.what, what),
            Unit::Participant(name) => {
                copy_group(&mut x.participants, &y.participants, |p| &p.name, name)
            }
        }
    }

    fn encode(&self) -> String {
        match self {
            Unit::Field(field) => field.code().to_string(),
            Unit::Note(q) => format!(
                "q{}",
                QuestionId::all().iter().position(|x| x == q).unwrap_or(0)
            ),
            Unit::Owner(what) => format!("r~{}", percent_encode(what)),
            Unit::Participant(name) => format!("p~{}", percent_encode(name)),
        }
    }

    fn decode(text: &str) -> Option<Unit> {
        if let Some(&field) = Field::ALL.iter().find(|f| f.code() == text) {
            return Some(Unit::Field(field));
        }
        if let Some(index) = text.strip_prefix('q') {
            return QuestionId::all()
                .get(index.parse::<usize>().ok()?)
                .map(|&q| Unit::Note(q));
        }
        let (kind, name) = text.split_once('~')?;
        let name = percent_decode(name)?;
        match kind {
            "r" => Some(Unit::Owner(name)),
            "p" => Some(Unit::Participant(name)),
            _ => None,
        }
    }
}

/// When a unit last changed: a Lamport clock, then the tab that changed it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub clock: u64,
    pub tab: u32,
}

/// A tab's work with the stamp of every unit changed so far. Units that
/// were never changed, and all units of work saved by older versions,
/// have the zero stamp.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Replica {
    pub work: Work,
    pub stamps: BTreeMap<Unit, Stamp>,
}

/// Longest stamps text read.
const STAMPS_MAX: usize = 64 * 1024;

impl Replica {
    fn stamp(&self, unit: &Unit) -> Stamp {
        self.stamps.get(unit).copied().unwrap_or_default()
    }

    /// Takes in the changes `work` made to this replica's work, stamped as
    /// `tab`'s and later than anything this replica knows.
    pub fn absorb(&mut self, work: &Work, tab: u32) {
        let mut units = self.work.units();
        units.extend(work.units());
        let clock = self.stamps.values().map(|s| s.clock).max().unwrap_or(0) + 1;
        for unit in units {
            if !unit.same(&self.work, work) {
                self.stamps.insert(unit, Stamp { clock, tab });
            }
        }
        self.work = work.clone();
    }

    /// Takes in every unit `other` changed later. On equal stamps with
    /// different values (work saved by an older version) `other` wins.
    pub fn join(&mut self, other: &Replica) {
        let mut units = self.work.units();
        units.extend(other.work.units());
        units.extend(other.stamps.keys().cloned());
        units.sort();
        units.dedup();
        for unit in units {
            let (ours, theirs) = (self.stamp(&unit), other.stamp(&unit));
            if theirs > ours || (theirs == ours && !unit.same(&self.work, &other.work)) {
                unit.copy(&mut self.work, &other.work);
                if theirs != Stamp::default() {
                    self.stamps.insert(unit, theirs);
                }
            }
        }
    }

    /// Whether both hold the same work, as far as order does not matter.
    pub fn same_state(&self, other: &Replica) -> bool {
        self.stamps == other.stamps && self.work.same_content(&other.work)
    }

    /// The stamps as text: `unit=clock.tab` joined by `&`, where a unit is
    /// a field's codec key, `q<question>`, `r~<row>` or `p~<name>`.
    pub fn encode_stamps(&self) -> String {
        let parts: Vec<String> = self
            .stamps
            .iter()
            .map(|(unit, s)| format!("{}={}.{}", unit.encode(), s.clock, s.tab))
            .collect();
        parts.join("&")
    }

    /// Reads what [`Replica::encode_stamps`] wrote; `Err` names the first
    /// part that is not a stamp.
    pub fn decode_stamps(text: &str) -> Result<BTreeMap<Unit, Stamp>, String> {
        if text.len() > STAMPS_MAX {
            return Err(format!("{} characters of stamps", text.len()));
        }
        let stamp = |part: &str| {
            let (unit, stamp) = part.split_once('=')?;
            let (clock, tab) = stamp.split_once('.')?;
            let stamp = Stamp {
                clock: clock.parse().ok()?,
                tab: tab.parse().ok()?,
            };
            Some((Unit::decode(unit)?, stamp))
        };
        text.split('&')
            .filter(|part| !part.is_empty())
            .map(|part| stamp(part).ok_or_else(|| part.chars().take(40).collect()))
            .collect()
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

    #[test]
    fn keeps_both_tabs_answers() {
        let ours = replica(|w| w.answers.team_size = Some(12), 1);
        let theirs = replica(|w| w.answers.clusters = Some(3), 2);
        let mut merged = ours.clone();
        merged.join(&theirs);
        assert_eq!(merged.work.answers.clusters, Some(3));
        assert_eq!(merged.work.answers.team_size, Some(12));
        let mut other_way = theirs.clone();
        other_way.join(&ours);
        assert!(merged.same_state(&other_way));
    }

    #[test]
    fn the_later_change_wins_and_a_removal_is_a_change() {
        let mut first = replica(
            |w| w.details.set_note(QuestionId::Clusters, "three regions"),
            1,
        );
        let mut second = first.clone();
        let mut cleared = second.work.clone();
        cleared.details.set_note(QuestionId::Clusters, "");
        second.absorb(&cleared, 2);
        first.join(&second);
        assert_eq!(first.work.details.note(QuestionId::Clusters), "");
        let mut stale = replica(
            |w| w.details.set_note(QuestionId::Clusters, "three regions"),
            1,
        );
        stale.join(&second);
        assert!(stale.same_state(&second));
    }

    #[test]
    fn repeated_names_stay_apart_and_stamps_read_back() {
        let ana = Participant {
            name: "Ana & co=1".into(),
            answers: Answers::default(),
        };
        let ours = replica(
            |w| w.details.participants = vec![ana.clone(), ana.clone()],
            7,
        );
        assert_eq!(ours.stamps.len(), 1);
        let mut theirs = replica(|w| w.details.organisation = "Acme".into(), 8);
        theirs.join(&ours);
        assert_eq!(theirs.work.details.participants.len(), 2);
        assert_eq!(theirs.work.details.organisation, "Acme");
        let text = theirs.encode_stamps();
        assert_eq!(Replica::decode_stamps(&text), Ok(theirs.stamps.clone()));
        assert!(Replica::decode_stamps("c=1.2&zz=3.4").is_err());
        assert!(Replica::decode_stamps("p~%zz=1.1").is_err());
        assert_eq!(Replica::decode_stamps(""), Ok(BTreeMap::new()));
    }
}

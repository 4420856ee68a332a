//! How the cost of the work grows with its size: merging 1, 10 and 100
//! participants, records with 1, 10 and 50 targets (and 50 discussion
//! notes), and search over the guide at 1× and 10× its size. The native
//! bench (`cargo bench --bench growth`) runs every workload; the worker's
//! `Bench` request runs those that happen in the worker.

use crate::core::content::search::{search, IndexEntry};
use crate::core::engine::questions::QuestionId;
use crate::core::engine::targets::{Target, TargetKind};
use crate::core::engine::{evaluate, samples, Answers};
use crate::core::questionnaire::participants::compare;
use crate::core::questionnaire::participants_view::{summary, votes};
use crate::core::record::details::{Note, Participant, RecordDetails};
use crate::core::record::preview::to_html;
use crate::core::record::writer::{write, RecordInput};

/// One piece of work at one size.
pub struct Workload {
    /// What is done (`"merge"`, `"record"`, `"search"`).
    pub work: &'static str,
    /// How much of it: participants, targets, or times the guide.
    pub size: usize,
    /// The bytes it produces or reads (the record, the votes, the index).
    pub bytes: usize,
    run: Box<dyn Fn() -> usize>,
}

impl Workload {
    /// Does the work once; returns a byte count so nothing is optimised away.
    pub fn run(&self) -> usize {
        std::hint::black_box((self.run)())
    }
}

/// `count` participants, their answers taken in turn from the sample orgs.
fn participants(count: usize) -> Vec<Participant> {
    let shapes = samples::all();
    (0..count)
        .map(|i| Participant {
            name: format!("Participant {i}"),
            answers: shapes[i % shapes.len()].answers.clone(),
        })
        .collect()
}

/// The panel's participant part for `count` participants: the comparison
/// of every question, the summary and each question's votes.
pub fn merge(count: usize) -> Workload {
    let agreed = samples::all()[0].answers.clone();
    let people = participants(count);
    let draw = move || {
        let comparisons = compare(&agreed, &people);
        let mut bytes = summary(&people, &comparisons).len();
        bytes += comparisons.iter().map(|c| votes(c).len()).sum::<usize>();
        bytes
    };
    Workload {
        work: "merge",
        size: count,
        bytes: draw(),
        run: Box::new(draw),
    }
}

/// Writing and previewing a record with `targets` deploy targets and 50
/// discussion notes.
pub fn record(targets: usize) -> Workload {
    let kinds = [
        TargetKind::Kubernetes,
        TargetKind::Serverless,
        TargetKind::Vm,
        TargetKind::OnPrem,
        TargetKind::Other,
    ];
    let answers = Answers {
        targets: Some(
            (0..targets)
                .map(|i| Target::new(format!("target-{i}"), kinds[i % kinds.len()]))
                .collect(),
        ),
        ..samples::all()[0].answers.clone()
    };
    let questions = QuestionId::all();
    let details = RecordDetails {
        organisation: "Acme Platform".into(),
        date: "2026-12-02".into(),
        decision_makers: vec!["Ana".into(), "Ben".into()],
        notes: (0..50)
            .map(|i| Note {
                question: questions[i % questions.len()],
                text: format!(
                    "Note {i}: the room agreed after checking the runbook and the on-call load."
                ),
            })
            .collect(),
        ..RecordDetails::default()
    };
    let draw = move || {
        let decision = evaluate(&answers);
        let markdown = write(&RecordInput {
            answers: &answers,
            decision: &decision,
            details: &details,
            site_url: None,
        });
        markdown.len() + to_html(&markdown).len()
    };
    Workload {
        work: "record",
        size: targets,
        bytes: draw(),
        run: Box::new(draw),
    }
}

/// The guide's index repeated `times` times, each copy a page of its own
/// (generated pages of the same shape).
pub fn grown_index(index: &[IndexEntry], times: usize) -> Vec<IndexEntry> {
    (0..times)
        .flat_map(|copy| {
            index.iter().map(move |e| {
                let slug = if copy == 0 {
                    e.slug.clone()
                } else {
                    format!("{}-{copy}", e.slug)
                };
                IndexEntry::new(&slug, &e.page_title, &e.id, &e.heading, &e.text)
            })
        })
        .collect()
}

/// Search for a two-word query over `index` grown `times` times; `bytes`
/// is the grown index's text.
pub fn search_guide(index: &[IndexEntry], times: usize) -> Workload {
    let grown = grown_index(index, times);
    let bytes = grown
        .iter()
        .map(|e| e.slug.len() + e.page_title.len() + e.id.len() + e.heading.len() + e.text.len())
        .sum();
    Workload {
        work: "search",
        size: times,
        bytes,
        run: Box::new(move || search(&grown, "drift credentials", 8).len()),
    }
}

/// The workloads the core runs in the page, at every size.
pub fn core_workloads() -> Vec<Workload> {
    let mut all: Vec<Workload> = [1, 10, 100].into_iter().map(merge).collect();
    all.extend([1, 10, 50].into_iter().map(record));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_workload_grows_with_its_size() {
        let sizes: Vec<(&str, usize, usize)> = core_workloads()
            .iter()
            .map(|w| (w.work, w.size, w.bytes))
            .collect();
        for pair in sizes.windows(2) {
            if pair[0].0 == pair[1].0 {
                assert!(pair[1].2 > pair[0].2, "{pair:?}");
            }
        }
        let record = record(50);
        assert_eq!(record.run(), record.bytes, "the same work each time");
    }

    #[test]
    fn a_grown_index_has_a_page_per_copy_and_finds_each() {
        let index = vec![IndexEntry::new(
            "overview",
            "Overview",
            "drift",
            "Drift",
            "credentials drift",
        )];
        let grown = grown_index(&index, 10);
        assert_eq!(grown.len(), 10);
        assert_eq!(grown[3].slug, "overview-3");
        assert_eq!(search(&grown, "drift credentials", 8).len(), 8);
        assert_eq!(
            search_guide(&index, 10).bytes,
            10 * search_guide(&index, 1).bytes + 9 * 2
        );
    }
}

//! Timings the browser tests ask the core for: the work a user waits on,
//! measured in the browser's own wasm engine with its clock.

use crate::core::bench_growth::{core_workloads, search_guide};
use crate::core::codec;
use crate::core::content::search::parse_index;
use crate::core::engine::questions::QuestionId;
use crate::core::engine::{evaluate, samples};
use crate::core::record::details::{Note, Participant, RecordDetails};
use crate::core::record::preview::to_html;
use crate::core::record::writer::{write, RecordInput};

/// A full workshop: every sample org shape, four participants and notes.
fn workshop_for(answers: &samples::Sample) -> RecordDetails {
    let participants = ["Ana", "Ben", "Chen", "Dee"]
        .iter()
        .zip(samples::all())
        .map(|(name, sample)| Participant {
            name: (*name).into(),
            answers: sample.answers,
        })
        .collect();
    RecordDetails {
        organisation: "Acme Platform".into(),
        date: "2026-11-27".into(),
        decision_makers: vec!["Ana".into(), "Ben".into()],
        notes: vec![Note {
            question: QuestionId::Clusters,
            text: format!("{}: the count includes staging and edge.", answers.name),
        }],
        participants,
        ..RecordDetails::default()
    }
}

/// How long one kind of work took, once per sample and run, in whole
/// microseconds (finer than browsers' clocks; integers keep float parsing
/// out of the app that reads them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timing {
    pub work: String,
    pub micros: Vec<u32>,
}

fn timing(work: &str, micros: Vec<u32>) -> Timing {
    Timing {
        work: work.into(),
        micros,
    }
}

/// `runs` rounds over every sample: one timing per kind of work (rule
/// evaluation, record writing and preview, link encoding, decoding), then
/// how the growth workloads scale, and search over `index` (the guide's
/// search index file, if not empty) at 1× and 10× the guide.
pub fn run(runs: usize, index: &str, now: &dyn Fn() -> f64) -> Vec<Timing> {
    let shapes = samples::all();
    let workshops: Vec<RecordDetails> = shapes.iter().map(workshop_for).collect();
    let [mut evaluating, mut recording, mut encoding, mut decoding] =
        std::array::from_fn(|_| Vec::with_capacity(runs * shapes.len()));
    let time = |into: &mut Vec<u32>, work: &mut dyn FnMut()| {
        let start = now();
        work();
        // A float-to-int `as` saturates (and maps NaN to 0).
        into.push(((now() - start) * 1000.0).round() as u32);
    };
    for _ in 0..runs {
        for (sample, details) in shapes.iter().zip(&workshops) {
            let answers = std::hint::black_box(&sample.answers);
            let site = crate::core::site_url::SiteUrl::parse("https://pushpull.example").ok();
            time(&mut evaluating, &mut || {
                std::hint::black_box(evaluate(answers));
            });
            time(&mut recording, &mut || {
                let decision = evaluate(answers);
                let markdown = write(&RecordInput {
                    answers,
                    decision: &decision,
                    details,
                    site_url: site.as_ref(),
                });
                std::hint::black_box(to_html(&markdown));
            });
            let mut link = String::new();
            time(&mut encoding, &mut || {
                link = codec::encode(answers, Some(details));
            });
            time(&mut decoding, &mut || {
                std::hint::black_box(codec::decode(&link).ok());
            });
        }
    }
    let mut timings = vec![
        timing("evaluate", evaluating),
        timing("record", recording),
        timing("encode", encoding),
        timing("decode", decoding),
    ];
    // How the work grows: `merge-N` participants, `record-N` targets,
    // `search-N` times the guide.
    let mut growth = core_workloads();
    let entries = parse_index(index).unwrap_or_default();
    if !entries.is_empty() {
        growth.extend([1, 10].map(|times| search_guide(&entries, times)));
    }
    for workload in growth {
        let mut micros = Vec::with_capacity(runs.min(GROWTH_RUNS));
        for _ in 0..runs.min(GROWTH_RUNS) {
            time(&mut micros, &mut || {
                workload.run();
            });
        }
        timings.push(timing(
            &format!("{}-{}", workload.work, workload.size),
            micros,
        ));
    }
    timings
}

/// Runs of each growth workload (the largest take about a millisecond).
const GROWTH_RUNS: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_timing_per_kind_of_work_with_one_time_per_sample_and_run() {
        let report = run(2, "", &|| 0.0);
        let works: Vec<&str> = report.iter().map(|t| t.work.as_str()).collect();
        assert_eq!(
            works,
            [
                "evaluate",
                "record",
                "encode",
                "decode",
                "merge-1",
                "merge-10",
                "merge-100",
                "record-1",
                "record-10",
                "record-50"
            ]
        );
        let with_search = run(
            1,
            "overview\tOverview\tdrift\tDrift\tcredentials drift\n",
            &|| 0.0,
        );
        let last: Vec<&str> = with_search
            .iter()
            .rev()
            .take(2)
            .map(|t| t.work.as_str())
            .collect();
        assert_eq!(last, ["search-10", "search-1"]);
        for timing in &report[..4] {
            assert_eq!(timing.micros.len(), 2 * samples::all().len());
        }
        for timing in &report[4..] {
            assert_eq!(timing.micros.len(), 2);
        }
    }

    #[test]
    fn the_benchmark_workshop_survives_a_link_round_trip() {
        let sample = &samples::all()[0];
        let details = workshop_for(sample);
        let link = codec::encode(&sample.answers, Some(&details));
        let (answers, back) = codec::decode(&link).unwrap();
        assert_eq!(answers, sample.answers);
        assert_eq!(back.unwrap().participants.len(), 4);
    }
}

//! `cargo bench --bench growth`: how time and size grow with the work
//! (participants merged, targets in a record, the guide's size for search).
//! The browser's figures come from the e2e run (the bench build's `Bench`).

use std::time::Instant;

use pushpull::core::bench_growth::{merge, record, search_guide, Workload};
use pushpull::core::content::pages;
use pushpull::core::content::search::{parse_index, write_index};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// p50 and p95 in microseconds over `runs` runs.
fn time(workload: &Workload, runs: usize) -> (f64, f64) {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            workload.run();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (percentile(&times, 0.5), percentile(&times, 0.95))
}

fn main() {
    const RUNS: usize = 300;
    let index = parse_index(&write_index(pages())).expect("the guide's index reads back");
    let groups: Vec<Vec<Workload>> = vec![
        [1, 10, 100].into_iter().map(merge).collect(),
        [1, 10, 50].into_iter().map(record).collect(),
        [1, 10]
            .into_iter()
            .map(|times| search_guide(&index, times))
            .collect(),
    ];
    println!(
        "{:<8} {:>6} {:>10} {:>10} {:>10} {:>14} {:>12}",
        "work", "size", "bytes", "p50 µs", "p95 µs", "p50 per unit", "time growth"
    );
    for group in &groups {
        let mut first: Option<(usize, f64)> = None;
        for workload in group {
            let (p50, p95) = time(workload, RUNS);
            let (size0, p50_0) = *first.get_or_insert((workload.size, p50));
            let growth = format!("{:.1}× for {}×", p50 / p50_0, workload.size / size0);
            println!(
                "{:<8} {:>6} {:>10} {:>10.1} {:>10.1} {:>14.2} {:>12}",
                workload.work,
                workload.size,
                workload.bytes,
                p50,
                p95,
                p50 / workload.size as f64,
                growth
            );
        }
    }
}

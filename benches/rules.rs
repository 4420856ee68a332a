//! `cargo bench --bench rules`: how long one rule evaluation takes natively,
//! for each sample org shape (the browser figure comes from the e2e run).

use std::time::Instant;

use pushpull::core::engine::{evaluate, samples, Answers};

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    const RUNS: usize = 2_000;
    let mut shapes = samples::all();
    shapes.push(samples::Sample {
        name: "empty",
        answers: Answers::default(),
    });
    println!(
        "{:<10} {:>10} {:>10} {:>10}",
        "shape", "p50 µs", "p95 µs", "max µs"
    );
    for sample in shapes {
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(evaluate(std::hint::black_box(&sample.answers)));
                start.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        println!(
            "{:<10} {:>10.1} {:>10.1} {:>10.1}",
            sample.name,
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times[times.len() - 1]
        );
    }
}

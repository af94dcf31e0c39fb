//! Robustness to the panel (docs/method.md §8) as the results screen pays for it: the whole
//! results of N sessions of the bundled document-management checklist — exact enumeration
//! for 8 sessions (6,435 multisets), 10,000 seeded draws for 50 — with the mean and the
//! median, and the same results with the robustness figure's share printed beside.
//!
//! Run: `cargo bench --bench robustness`.

mod common;

use std::sync::Arc;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion};
use evaldesk::model::{Checklist, parse_checklist};
use evaldesk::scoring::{Aggregation, ScoreSheet, compute_sheets};

fn bundled() -> Checklist {
    let dms = &evaldesk::assets::BUNDLED_CHECKLISTS[0];
    parse_checklist(dms.json.as_bytes()).expect("the bundled checklist is valid")
}

fn sheets(n: usize) -> Vec<ScoreSheet> {
    let checklist = bundled();
    let shared = Arc::new(checklist.clone());
    (0..n)
        .map(|i| ScoreSheet::new(&common::session(&checklist, i), shared.clone()))
        .collect()
}

fn main() {
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    let mut lines = Vec::new();
    for n in [8, 50] {
        let panel = sheets(n);
        let mut group = c.benchmark_group("results-with-robustness");
        for aggregation in [Aggregation::Mean, Aggregation::Median] {
            let id = BenchmarkId::new(aggregation.name(), n);
            group.bench_with_input(id, &panel, |b, panel| {
                b.iter(|| compute_sheets(panel, aggregation))
            });
            let time = common::median(5, || {
                compute_sheets(&panel, aggregation);
            });
            let r = compute_sheets(&panel, aggregation);
            lines.push(format!(
                "{n} sessions, {}: {:.1} ms ({} {}; target ≤ 100 ms for exact)",
                aggregation.name(),
                time.as_secs_f64() * 1e3,
                r.robustness.resamples,
                r.robustness.method.name(),
            ));
        }
        group.finish();
    }
    c.final_summary();
    println!();
    for line in lines {
        println!("{line}");
    }
}

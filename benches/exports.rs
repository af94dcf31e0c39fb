//! What the committee waits for (criterion): every chart as PNG (A4 at 300 dpi) and SVG, and
//! the whole report for 20 sessions, beside a baseline of the same run (drawing one chart
//! once), so the figures are ratios as well as times. Robustness is `benches/robustness.rs`.
//!
//! Run: `cargo bench --bench exports`

mod common;

use std::path::PathBuf;
use std::time::Duration;

use criterion::Criterion;

use evaldesk::charts::{Chart, Page, export};
use evaldesk::i18n::Lang;
use evaldesk::model::Session;
use evaldesk::report::settings::ReportSettings;
use evaldesk::report::write::write_report;
use evaldesk::scoring::{Aggregation, compute};

/// `n` sessions: the demo sessions repeated under new ids, their values moved a little so
/// that they differ as real panels do.
fn sessions(n: usize) -> Vec<Session> {
    let loaded = evaldesk::store::load_sessions(&[PathBuf::from("evaluations/demo")]);
    let base: Vec<Session> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    (0..n)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = format!("bench-{i}");
            s.evaluator.name = format!("Cán bộ {i}");
            s.seal = None;
            s.status = evaldesk::model::Status::Draft;
            for (k, score) in s.scores.iter_mut().enumerate() {
                if let Some(v) = score.value.as_mut()
                    && *v >= 1.0
                    && *v <= 3.0
                    && (i + k) % 5 == 0
                {
                    *v += if (i + k) % 2 == 0 { 1.0 } else { -1.0 };
                }
            }
            s
        })
        .collect()
}

fn main() {
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let eight = sessions(8);
    let r = compute(&eight, Aggregation::Mean);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let width = Page::A4.width_px(300);
    let all_charts = || {
        export(&dir.path().join("charts"), &r, Lang::Vi, width, |_| {}).expect("charts");
    };
    let one_chart = || {
        std::hint::black_box(
            evaldesk::charts::png_bytes(Chart::Totals, &r, Lang::Vi, (width, width * 10 / 16))
                .expect("a chart"),
        );
    };
    let twenty = sessions(20);
    let r20 = compute(&twenty, Aggregation::Mean);
    let counted: Vec<&Session> = twenty.iter().collect();
    let mut i = 0;
    let mut report = || {
        i += 1;
        let out = dir.path().join(format!("report-{i}"));
        write_report(
            &out,
            evaldesk::report::folder::IfExists::Refuse,
            &[],
            &r20,
            &counted,
            &ReportSettings::default(),
            Lang::Vi,
            |_| {},
        )
        .expect("report");
    };

    let mut group = c.benchmark_group("exports");
    group.bench_function("totals-png-a4-300dpi", |b| b.iter(one_chart));
    group.bench_function("every-chart-png-and-svg", |b| b.iter(all_charts));
    group.bench_function("report-20-sessions", |b| b.iter(&mut report));
    group.finish();
    c.final_summary();

    let all = common::median(3, all_charts);
    let one = common::median(3, one_chart);
    let whole = common::median(3, &mut report);
    println!();
    println!(
        "every chart as PNG (A4, 300 dpi, {width} px) and SVG: {:.0} ms; the totals as PNG alone {:.0} ms; ratio {:.1} (target: all ≤ 500 ms)",
        all.as_secs_f64() * 1e3,
        one.as_secs_f64() * 1e3,
        all.as_secs_f64() / one.as_secs_f64()
    );
    println!(
        "the whole report for 20 sessions (DOCX, XLSX, HTML, CSV, charts): {:.0} ms; ratio to all charts {:.1} (target: ≤ 2 s)",
        whole.as_secs_f64() * 1e3,
        whole.as_secs_f64() / all.as_secs_f64()
    );
}

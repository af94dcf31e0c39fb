//! Issue 28 item 4: the trend of a year, 4 periods × 50 agencies × 3 evaluators, against the
//! summaries of the same sessions (each folder read, validated and scored on its own, as
//! `evaldesk summary` does), as a ratio in the same run; and the year's report written from it
//! (DOCX, workbook, charts as PNG and SVG), as `evaldesk trend --out` does.
//!
//! Run: `cargo bench --bench trend` (a minute or two). Targets: trend ≤ 2 × the summaries;
//! the year's report ≤ 5 s.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::Criterion;
use evaldesk::i18n::Lang;
use evaldesk::report::folder::IfExists;
use evaldesk::report::settings::ReportSettings;
use evaldesk::scoring::trend::{Period, Trend};
use evaldesk::scoring::{Aggregation, Results};

/// The allocator the `evaldesk` binary uses (src/main.rs), so that this measures what it does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PERIODS: usize = 4;
const AGENCIES: usize = 50;
const EVALUATORS: usize = 3;
/// About the agency checklist's size (30 criteria) rounded up, in groups of 50.
const CRITERIA: usize = 100;

/// The four folders: each period's evaluators score differently (the session's index moves).
fn write_year(root: &Path) -> Vec<PathBuf> {
    let checklist = common::checklist(CRITERIA, AGENCIES);
    (0..PERIODS)
        .map(|p| {
            let dir = root.join(format!("2015-Q{}", p + 1));
            std::fs::create_dir_all(&dir).unwrap();
            for e in 0..EVALUATORS {
                let session = common::session(&checklist, p * EVALUATORS + e);
                let text = evaldesk::model::to_pretty_json(&session);
                std::fs::write(dir.join(format!("s{e}.evaluation.json")), text).unwrap();
            }
            dir
        })
        .collect()
}

/// What `evaldesk summary DIR` does with one folder.
fn summary(dir: &Path) -> Results {
    let loaded = evaldesk::store::load_score_sheets(&[dir.to_owned()]);
    assert!(loaded.bad.is_empty());
    assert!(evaldesk::scoring::incompatible_sheets(&loaded.sessions).is_empty());
    let sheets: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    evaldesk::scoring::compute_reviewed(&sheets, None, Aggregation::Mean)
}

fn summaries(dirs: &[PathBuf]) -> usize {
    dirs.iter().map(|d| summary(d).candidates.len()).sum()
}

/// What `evaldesk trend DIR…` does: every folder's summary, then lined up by agency.
fn trend(dirs: &[PathBuf]) -> Trend {
    let periods = dirs
        .iter()
        .map(|d| Period {
            label: d.file_name().unwrap().to_string_lossy().into_owned(),
            results: summary(d),
        })
        .collect();
    let trend = Trend::of(periods);
    assert_eq!(trend.candidates.len(), AGENCIES);
    trend
}

fn report(out: &Path, dirs: &[PathBuf], trend: &Trend) {
    let settings = ReportSettings::default();
    evaldesk::report::year::write_year(
        out,
        IfExists::ReplaceExport,
        dirs,
        trend,
        &settings,
        Lang::Vi,
    )
    .expect("the year's report is written");
}

/// Medians of 7 alternated runs of `a` and `b`, so both face the same moments of a shared
/// machine.
fn alternated(mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        ta.push(common::median(1, &mut a));
        tb.push(common::median(1, &mut b));
    }
    ta.sort();
    tb.sort();
    (ta[3], tb[3])
}

fn main() {
    let root = tempfile::tempdir().unwrap();
    let dirs = write_year(root.path());
    let out = root.path().join("bao-cao-nam");
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let mut group = c.benchmark_group("trend");
    group.bench_function("summaries-4-folders", |b| b.iter(|| summaries(&dirs)));
    group.bench_function("trend-4-folders", |b| b.iter(|| trend(&dirs)));
    let year = trend(&dirs);
    group.bench_function("year-report", |b| b.iter(|| report(&out, &dirs, &year)));
    group.finish();
    c.final_summary();
    let (t, s) = alternated(
        || {
            trend(&dirs);
        },
        || {
            summaries(&dirs);
        },
    );
    let written = common::median(5, || report(&out, &dirs, &year));
    println!();
    println!(
        "trend of {PERIODS} periods x {AGENCIES} agencies x {EVALUATORS} evaluators ({CRITERIA} criteria): {:.1} ms; the summaries of the same folders {:.1} ms; ratio {:.2} (medians of 7 alternated runs; target <= 2)",
        t.as_secs_f64() * 1e3,
        s.as_secs_f64() * 1e3,
        t.as_secs_f64() / s.as_secs_f64(),
    );
    println!(
        "the year's report (DOCX, XLSX, charts): {:.2} s (median of 5; target <= 5 s)",
        written.as_secs_f64()
    );
}

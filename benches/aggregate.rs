//! The secretariat's load: read, validate and aggregate N sessions of a 500-criterion ×
//! 5-candidate checklist (generated here, deterministically), as `evaldesk summary` does;
//! and in the same run the floor — serde_json parsing the same bytes into `IgnoredAny`, read
//! in parallel the same way. Throughput is reported in bytes/s and sessions/s, and the ratio
//! to the floor at the end.
//!
//! Run: `cargo bench --bench aggregate` (`EVALDESK_BENCH_SESSIONS=100` for one size only).
//! `EVALDESK_WRITE_SESSIONS=DIR cargo bench --bench aggregate` only writes the 1,000
//! sessions into DIR (for `benches/memory.sh`).

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use rayon::prelude::*;

/// The allocator the `evaldesk` binary uses (src/main.rs), so that this measures what
/// `summary` does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CRITERIA: usize = 500;
const CANDIDATES: usize = 5;

/// What `evaldesk summary` does with a folder: load and validate every file in parallel,
/// check they can be compared, aggregate.
fn aggregate(dir: &Path) -> usize {
    let loaded = evaldesk::store::load_score_sheets(&[dir.to_owned()]);
    assert!(loaded.bad.is_empty());
    assert!(evaldesk::scoring::incompatible_sheets(&loaded.sessions).is_empty());
    let sheets: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let r = evaldesk::scoring::compute_sheets(&sheets, evaldesk::scoring::Aggregation::Mean);
    r.candidates.len()
}

/// [`aggregate`] with a review named among the paths, as `summary DIR REVIEW` does: the
/// review chosen, checked against every session (a draft's content hashed again) and applied.
fn aggregate_reviewed(dir: &Path, review: &Path) -> usize {
    let loaded = evaldesk::store::load_score_sheets(&[dir.to_owned(), review.to_owned()]);
    assert!(loaded.bad.is_empty());
    assert!(evaldesk::scoring::incompatible_sheets(&loaded.sessions).is_empty());
    let chosen = evaldesk::store::review::choose(loaded.reviews)
        .unwrap()
        .expect("the review is read");
    evaldesk::store::review::check(&chosen, &loaded.sessions).unwrap();
    let sheets: Vec<_> = loaded.sessions.into_iter().map(|(_, s)| s).collect();
    let r = evaldesk::scoring::compute_reviewed(
        &sheets,
        Some(&chosen.review),
        evaldesk::scoring::Aggregation::Mean,
    );
    assert_eq!(
        r.review.as_ref().map(|a| a.decisions.len()),
        Some(DECISIONS)
    );
    r.candidates.len()
}

/// The sessions of `from`, submitted and sealed, into `to`.
fn seal_all(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let files: Vec<PathBuf> = std::fs::read_dir(from)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.par_iter().for_each(|path| {
        let mut session = evaldesk::store::load_session(path).unwrap();
        session.submit("2015-04-22T16:30:00+07:00".into()).unwrap();
        let text = evaldesk::model::to_pretty_json(&session);
        std::fs::write(to.join(path.file_name().unwrap()), text).unwrap();
    });
}

/// Decisions in the bench's review.
const DECISIONS: usize = 100;

/// A review of the sessions in `dir` with [`DECISIONS`] decisions, written beside it.
fn write_review(dir: &Path, file: &Path) {
    use evaldesk::model::{Decision, Review, ReviewKind, SessionPin};
    use evaldesk::store::review::Pinned;
    let loaded = evaldesk::store::load_score_sheets(&[dir.to_owned()]);
    let (first_path, first) = &loaded.sessions[0];
    let session = evaldesk::store::load_session(first_path).unwrap();
    let mut review = Review::new_draft(ReviewKind::Consensus, &[&session]);
    review.sessions = loaded
        .sessions
        .iter()
        .map(|(path, sheet)| SessionPin {
            id: sheet.id.clone(),
            sha256: sheet.pin(path),
        })
        .collect();
    let criteria: Vec<String> = first
        .checklist
        .criteria()
        .map(|(_, c)| c.id.clone())
        .collect();
    review.decisions = (0..DECISIONS)
        .map(|i| Decision {
            criterion: criteria[(i * 5) % criteria.len()].clone(),
            candidate: first.candidates[i % first.candidates.len()].id.clone(),
            value: Some((i % 5) as f64),
            na: None,
            reason: format!("Biên bản họp, mục {i}"),
            by: None,
            at: None,
        })
        .collect();
    std::fs::write(file, evaldesk::model::to_pretty_json(&review)).unwrap();
}

/// The floor: the same files read in parallel and parsed into nothing.
fn floor(paths: &[PathBuf]) -> usize {
    paths
        .par_iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap();
            let _: serde::de::IgnoredAny = serde_json::from_slice(&bytes).unwrap();
            bytes.len()
        })
        .sum()
}

fn main() {
    if let Some(dir) = std::env::var_os("EVALDESK_WRITE_SESSIONS") {
        let (paths, bytes) = common::write_sessions(Path::new(&dir), 1000, CRITERIA, CANDIDATES);
        println!("{} sessions, {bytes} bytes", paths.len());
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let mut ratios = Vec::new();
    let mut reviewed = Vec::new();
    // EVALDESK_BENCH_SESSIONS=100 for a quick run with one size.
    let sizes: Vec<usize> = std::env::var("EVALDESK_BENCH_SESSIONS")
        .ok()
        .and_then(|v| v.split(',').map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000]);
    for n in sizes {
        let dir = root.path().join(format!("n{n}"));
        let (paths, bytes) = common::write_sessions(&dir, n, CRITERIA, CANDIDATES);
        let mut group = c.benchmark_group("aggregate");
        group.throughput(Throughput::Bytes(bytes));
        group.bench_with_input(BenchmarkId::new("evaldesk", n), &dir, |b, dir| {
            b.iter(|| aggregate(dir))
        });
        group.bench_with_input(
            BenchmarkId::new("floor-ignored-any", n),
            &paths,
            |b, paths| b.iter(|| floor(paths)),
        );
        group.finish();
        // Alternated, so that both face the same moments of a shared machine (a run of one
        // then a run of the other gave ratios 15 points apart from one run to the next).
        let (mut ours, mut base) = (Vec::new(), Vec::new());
        for _ in 0..7 {
            let start = std::time::Instant::now();
            aggregate(&dir);
            ours.push(start.elapsed());
            let start = std::time::Instant::now();
            floor(&paths);
            base.push(start.elapsed());
        }
        ours.sort();
        base.sort();
        let (ours, base) = (ours[3], base[3]);
        ratios.push((n, bytes, ours, base));
        let review = root.path().join("hop.review.json");
        let drafts = with_and_without_review(&dir, &review);
        // The panel meets once the evaluators have submitted: each session then named by its
        // seal, which the loader has checked anyway.
        let sealed = root.path().join(format!("sealed{n}"));
        seal_all(&dir, &sealed);
        std::fs::remove_dir_all(&dir).unwrap();
        let submitted = with_and_without_review(&sealed, &review);
        std::fs::remove_dir_all(&sealed).unwrap();
        reviewed.push((n, "drafts", drafts));
        reviewed.push((n, "submitted", submitted));
    }
    c.final_summary();
    println!();
    for (n, bytes, ours, base) in ratios {
        let mb = bytes as f64 / 1e6;
        println!(
            "aggregate {n} sessions ({mb:.0} MB): {:.2} s, {:.0} sessions/s, {:.0} MB/s; floor {:.2} s, {:.0} MB/s; throughput {:.0} % of the floor (medians of 7 alternated runs; target ≥ 50 %)",
            ours.as_secs_f64(),
            n as f64 / ours.as_secs_f64(),
            mb / ours.as_secs_f64(),
            base.as_secs_f64(),
            mb / base.as_secs_f64(),
            100.0 * base.as_secs_f64() / ours.as_secs_f64(),
        );
    }
    for (n, kind, (with, without)) in reviewed {
        println!(
            "aggregate {n} {kind} sessions with a review of {DECISIONS} decisions: {:.2} s against {:.2} s without, {:+.0} % (medians of 7 alternated runs; target ≤ +10 %)",
            with.as_secs_f64(),
            without.as_secs_f64(),
            100.0 * (with.as_secs_f64() / without.as_secs_f64() - 1.0),
        );
    }
}

/// Medians of 7 alternated runs of the aggregation of `dir` with a review of its sessions
/// (written to `review`) and without.
fn with_and_without_review(dir: &Path, review: &Path) -> (Duration, Duration) {
    write_review(dir, review);
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for _ in 0..7 {
        let start = std::time::Instant::now();
        aggregate_reviewed(dir, review);
        with.push(start.elapsed());
        let start = std::time::Instant::now();
        aggregate(dir);
        without.push(start.elapsed());
    }
    with.sort();
    without.sort();
    std::fs::remove_file(review).unwrap();
    (with[3], without[3])
}

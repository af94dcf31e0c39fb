//! Is the scoring table smooth with 500 criteria × 5 candidates? One frame of the scoring
//! screen (moving the selection down each frame, as an evaluator does) is timed on a big
//! session and, in the same run, on a baseline of one screenful (20 criteria × the same 5
//! candidates, so the same cells are on screen); the ratio is the result. Rows are
//! virtualized, so the size of the checklist should barely count (target: ratio under 2).
//!
//! Run: `cargo bench --bench scoring_screen`

use std::path::Path;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use evaldesk::i18n::Lang;
use evaldesk::model::{Score, Session, parse_checklist};
use evaldesk::store::{OpenSession, RecoveryStore};
use evaldesk::ui::{EvalDeskApp, setup_context};
use serde_json::json;

fn session(dir: &Path, criteria: usize, candidates: usize) -> std::path::PathBuf {
    let groups: Vec<_> = (0..criteria.div_ceil(50))
        .map(|g| {
            let crits: Vec<_> = (0..50.min(criteria - g * 50))
                .map(|i| json!({"id": format!("G{g}.{i}"), "title": format!("Tiêu chí số {i} của nhóm {g}: đánh giá chức năng"), "guidance": "Kiểm tra và ghi lại bằng chứng."}))
                .collect();
            json!({"id": format!("G{g}"), "title": format!("Nhóm {g}"), "criteria": crits})
        })
        .collect();
    let cands: Vec<_> = (0..candidates)
        .map(|k| json!({"id": format!("c{k}"), "name": format!("Sản phẩm {k}")}))
        .collect();
    let checklist = json!({"format": "evaldesk.checklist", "version": 1, "id": "big", "title": "Lớn",
        "scale": {"min": 0, "max": 4, "step": 1}, "candidates": cands, "groups": groups});
    let checklist = parse_checklist(checklist.to_string().as_bytes()).unwrap();
    let mut scores = Vec::new();
    for (_, c) in checklist.criteria() {
        for k in checklist.candidates.iter().flatten() {
            scores.push(Score {
                criterion: c.id.clone(),
                candidate: k.id.clone(),
                value: Some(3.0),
                na: None,
                note: None,
            });
        }
    }
    let session = Session {
        format: "evaldesk.session".into(),
        version: 1,
        id: format!("bench-{criteria}"),
        evaluator: evaldesk::model::Evaluator {
            name: "Bench".into(),
            organization: None,
            role: None,
        },
        created: "2015-04-20T08:00:00+07:00".into(),
        modified: "2015-04-20T08:00:00+07:00".into(),
        status: evaldesk::model::Status::Draft,
        candidates: checklist.candidates.clone().unwrap(),
        checklist,
        scores,
        seal: None,
    };
    let path = dir.join(format!("bench-{criteria}.evaluation.json"));
    drop(OpenSession::create(&path, session, "Bench").unwrap());
    path
}

/// Median time of one frame over `frames` frames.
fn frame_time(path: &Path, dir: &Path, frames: usize) -> Duration {
    let mut app = EvalDeskApp::with_recovery(
        Lang::Vi,
        dir.to_owned(),
        Some(RecoveryStore::new(dir.join("recovery"))),
    );
    app.open_path(path);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(setup_context)
        .build_ui_state(|ui, app: &mut EvalDeskApp| app.show(ui), app);
    h.run();
    let mut times = Vec::with_capacity(frames);
    for _ in 0..frames {
        h.key_press(egui::Key::ArrowDown);
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let small = session(dir.path(), 20, 5);
    let big = session(dir.path(), 500, 5);
    // Warm up fonts and caches once.
    frame_time(&small, dir.path(), 10);
    let base = frame_time(&small, dir.path(), 200);
    let large = frame_time(&big, dir.path(), 200);
    let ratio = large.as_secs_f64() / base.as_secs_f64();
    println!(
        "scoring screen, median frame: 20×5 baseline {base:?}, 500×5 {large:?}, ratio {ratio:.2} (target < 2)"
    );
}

//! Is the scoring table smooth with 500 criteria × 5 candidates? One frame of the scoring
//! screen (moving the selection down each frame, as an evaluator does) is timed on a big
//! session and, in the same run, on a baseline of one screenful (20 criteria × the same 5
//! candidates, so the same cells are on screen); the ratio is the result. Rows are
//! virtualized, so the size of the checklist should barely count (target: ratio under 2).
//!
//! Also: an empty frame for scale, the scoring screen at 20 × 2, the results screen on the
//! demo sessions when nothing changes, the checklist editor on 500 criteria; each as the
//! median and 99th percentile of one egui pass (`Harness::step`) over 300 frames.
//!
//! Run: `cargo bench --bench scoring_screen`

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use evaldesk::i18n::Lang;
use evaldesk::store::{OpenSession, RecoveryStore};
use evaldesk::ui::{EvalDeskApp, setup_context};

/// A session of `criteria` × `candidates` from the benches' one builder (every cell scored,
/// some with notes), created as the app creates it.
fn session(dir: &Path, criteria: usize, candidates: usize) -> std::path::PathBuf {
    let mut session = common::session(&common::checklist(criteria, candidates), 0);
    session.id = format!("bench-{criteria}x{candidates}");
    let path = dir.join(format!("{}.evaluation.json", session.id));
    drop(OpenSession::create(&path, session, "Bench").unwrap());
    path
}

/// One frame's CPU time (a kittest `step`: one egui pass), median and 99th percentile over
/// `frames` frames, each after `input` (a key press, or nothing).
fn frame_stats(
    h: &mut Harness<'static, EvalDeskApp>,
    frames: usize,
    input: Option<egui::Key>,
) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(frames);
    for _ in 0..frames {
        if let Some(key) = input {
            h.key_press(key);
        }
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    stats(times)
}

fn stats(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[times.len() * 99 / 100])
}

/// The app driven the way eframe drives it on a PC without a screen reader: its `logic`
/// (autosave when due) then one `Context::run` per frame with the window's size, the time
/// and the keys pressed (kittest's `step` also builds the accessibility tree its queries
/// read, which eframe does only when a screen reader asks). Frames run back to back: the
/// autosave, two seconds after a change, does not come due in them (see `autosave_cost`).
struct Window {
    ctx: egui::Context,
    app: EvalDeskApp,
    time: f64,
}

impl Window {
    fn new(app: EvalDeskApp) -> Window {
        let ctx = egui::Context::default();
        setup_context(&ctx);
        let mut w = Window {
            ctx,
            app,
            time: 0.0,
        };
        for _ in 0..5 {
            w.frame(&[]);
        }
        w
    }

    /// One frame after pressing `keys`; its CPU time.
    fn frame(&mut self, keys: &[egui::Key]) -> Duration {
        self.time += 1.0 / 60.0;
        let mut events = Vec::new();
        for &key in keys {
            for pressed in [true, false] {
                events.push(egui::Event::Key {
                    key,
                    physical_key: None,
                    pressed,
                    repeat: false,
                    modifiers: egui::Modifiers::NONE,
                });
            }
        }
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1366.0, 768.0),
            )),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let app = &mut self.app;
        let t = Instant::now();
        app.tick(&self.ctx, t);
        let _ = self.ctx.run_ui(input, |ui| app.show(ui));
        t.elapsed()
    }
}

/// What an autosave costs the window's thread: beginning one (the rest runs on a thread of
/// its own), beside saving on the spot as Ctrl+S does; median of 20 each.
fn autosave_cost(app: &mut EvalDeskApp) {
    let doc = app.doc.as_mut().expect("a session is open");
    let (mut begun, mut on_the_spot) = (Vec::new(), Vec::new());
    for _ in 0..20 {
        let t = Instant::now();
        doc.start_save().unwrap();
        begun.push(t.elapsed());
        doc.finish_save(None, true).unwrap().unwrap();
        let t = Instant::now();
        doc.save(None).unwrap();
        on_the_spot.push(t.elapsed());
    }
    let (begun, on_the_spot) = (stats(begun).0, stats(on_the_spot).0);
    println!(
        "  autosave on the window's thread: {begun:.2?} to begin (saving on the spot: {on_the_spot:.2?})"
    );
}

fn harness(dir: &Path, open: impl FnOnce(&mut EvalDeskApp)) -> Harness<'static, EvalDeskApp> {
    let mut app = EvalDeskApp::with_recovery(
        Lang::Vi,
        dir.to_owned(),
        Some(RecoveryStore::new(dir.join("recovery"))),
    );
    open(&mut app);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(setup_context)
        .build_ui_state(|ui, app: &mut EvalDeskApp| app.show(ui), app);
    h.run_steps(4);
    h
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let report = |name: &str, (median, p99): (Duration, Duration)| {
        println!("{name:<44} median {median:>10.2?}   p99 {p99:>10.2?}");
    };
    // An empty frame, for scale.
    let mut empty = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(setup_context)
        .build_ui(|_ui| {});
    empty.run();
    let mut times: Vec<Duration> = (0..300)
        .map(|_| {
            let t = Instant::now();
            empty.step();
            t.elapsed()
        })
        .collect();
    times.sort();
    report("empty frame", (times[150], times[297]));

    // The scoring screen, moving down a criterion each frame.
    let mut medians = Vec::new();
    for (criteria, candidates) in [(20, 2), (20, 5), (500, 5)] {
        let path = session(dir.path(), criteria, candidates);
        let mut h = harness(dir.path(), |app| app.open_path(&path));
        frame_stats(&mut h, 10, Some(egui::Key::ArrowDown));
        let stats = frame_stats(&mut h, 300, Some(egui::Key::ArrowDown));
        report(&format!("scoring screen {criteria} × {candidates}"), stats);
        medians.push(stats.0);
    }
    let ratio = medians[2].as_secs_f64() / medians[1].as_secs_f64();
    println!(
        "scoring screen 500 × 5 against one screenful (20 × 5): ratio {ratio:.2} (target < 2)"
    );

    // The same screens as eframe runs them (no accessibility tree), with typing: each frame
    // either moves down, scores the cell (a digit) or moves across.
    let typing = dir.path().join("typing");
    std::fs::create_dir_all(&typing).unwrap();
    for (criteria, candidates) in [(20, 2), (500, 5)] {
        let path = session(&typing, criteria, candidates);
        let mut app = EvalDeskApp::with_recovery(
            Lang::Vi,
            typing.clone(),
            // Each its own recovery folder: the copies the 20 × 2 run leaves would otherwise
            // be offered in a dialog over the 500 × 5 run.
            Some(RecoveryStore::new(
                typing.join(format!("recovery-{criteria}")),
            )),
        );
        app.open_path(&path);
        let mut w = Window::new(app);
        let keys = [
            egui::Key::ArrowDown,
            egui::Key::Num2,
            egui::Key::ArrowRight,
            egui::Key::Num1,
            egui::Key::ArrowLeft,
        ];
        let times: Vec<Duration> = (0..300).map(|i| w.frame(&[keys[i % keys.len()]])).collect();
        let (median, p99) = stats(times);
        report(
            &format!("scoring {criteria} × {candidates}, egui pass, typing"),
            (median, p99),
        );
        if criteria == 500 {
            println!("  target: median ≤ 1 ms, p99 ≤ 4 ms");
            autosave_cost(&mut w.app);
        }
    }

    // The results screen on the demo sessions, charts shown, nothing changing.
    let demo = std::path::PathBuf::from("evaluations/demo");
    let mut h = harness(dir.path(), |app| {
        app.apply(
            evaldesk::ui::Action::OpenResults(vec![demo]),
            Instant::now(),
        )
    });
    frame_stats(&mut h, 10, None);
    report("results screen, demo, idle", frame_stats(&mut h, 300, None));

    // The same with 1,000 sessions of 500 × 5, once read and computed (off the window's
    // thread), then idle and scrolling through the page.
    let many = dir.path().join("many");
    common::write_sessions(&many, 1000, 500, 5);
    let mut h = harness(dir.path(), |app| {
        app.apply(
            evaldesk::ui::Action::OpenResults(vec![many]),
            Instant::now(),
        )
    });
    let waited = Instant::now();
    while h.state().results_pending() {
        assert!(
            waited.elapsed() < Duration::from_secs(300),
            "results never came"
        );
        std::thread::sleep(Duration::from_millis(50));
        h.step();
    }
    frame_stats(&mut h, 10, None);
    report(
        "results screen, 1,000 sessions, idle",
        frame_stats(&mut h, 300, None),
    );
    report(
        "results screen, 1,000 sessions, scrolling",
        frame_stats(&mut h, 300, Some(egui::Key::PageDown)),
    );

    // The checklist editor on 500 criteria, moving down the list each frame.
    let big = dir.path().join("big.checklist.json");
    let checklist = evaldesk::store::load_session(&dir.path().join("bench-500x5.evaluation.json"))
        .unwrap()
        .checklist;
    let mut h = harness(dir.path(), |app| {
        app.apply(
            evaldesk::ui::Action::OpenEditor {
                checklist: Some(Box::new((*checklist).clone())),
                path: Some(big),
            },
            Instant::now(),
        )
    });
    frame_stats(&mut h, 10, Some(egui::Key::ArrowDown));
    report(
        "checklist editor, 500 criteria",
        frame_stats(&mut h, 300, Some(egui::Key::ArrowDown)),
    );
}

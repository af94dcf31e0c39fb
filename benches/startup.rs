//! Start-up: process start to the first frame painted, for EvalDesk (`--print-startup-time`,
//! on the bundled demo) and, in the same run, for a bare eframe window built with the same
//! features and options — this bench's own binary with `EVALDESK_BARE_WINDOW=1`. Each is
//! started 10 times; the time is taken here, from spawning the process to reading its line
//! (so loading the binary counts), and the medians and their ratio are printed.
//!
//! Needs a display: under Xvfb, `DISPLAY=:99 cargo bench --bench startup`.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use eframe::egui;
use evaldesk::ui::startup::{LINE_START, Timed};

const RUNS: usize = 10;

/// The bare window: the options EvalDesk opens with, a label, nothing else.
fn bare_window(started: Instant) {
    struct Bare;
    impl eframe::App for Bare {
        fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
            egui::CentralPanel::default().show(ui, |ui| ui.label("EvalDesk"));
        }
    }
    let run = |renderer| {
        let options = eframe::NativeOptions {
            renderer,
            viewport: egui::ViewportBuilder::default()
                .with_title("EvalDesk")
                .with_inner_size([1280.0, 760.0])
                .with_maximized(true),
            ..Default::default()
        };
        eframe::run_native(
            "bare",
            options,
            Box::new(move |_| Ok(Box::new(Timed::new(Bare, started)))),
        )
    };
    if run(eframe::Renderer::Wgpu).is_err() {
        run(eframe::Renderer::Glow).expect("no window could be opened");
    }
}

/// Wall time from spawning `command` to its start-up line. Each run starts as on a fresh
/// machine: its own empty data folder, so no window size or preference saved by an earlier
/// run (or by the user) changes what is measured.
fn time_to_first_frame(mut command: Command) -> Duration {
    let data = tempfile::tempdir().unwrap();
    command.env("XDG_DATA_HOME", data.path());
    let start = Instant::now();
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the program starts");
    let stdout = BufReader::new(child.stdout.take().unwrap());
    let elapsed = stdout
        .lines()
        .map_while(Result::ok)
        .find(|line| line.starts_with(LINE_START))
        .map(|_| start.elapsed());
    let _ = child.kill();
    let _ = child.wait();
    elapsed.expect("no start-up line: is there a display (DISPLAY=:99 under Xvfb)?")
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    if std::env::var_os("EVALDESK_BARE_WINDOW").is_some() {
        bare_window(Instant::now());
        return;
    }
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!(
            "startup: no display, skipped (run under Xvfb: DISPLAY=:99 cargo bench --bench startup)"
        );
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let evaldesk = || {
        let mut c = Command::new(env!("CARGO_BIN_EXE_evaldesk"));
        c.arg("--print-startup-time").current_dir(root);
        c
    };
    let bare = || {
        let mut c = Command::new(std::env::current_exe().unwrap());
        c.env("EVALDESK_BARE_WINDOW", "1");
        c
    };
    // Once each first, so both binaries are in the page cache.
    time_to_first_frame(evaldesk());
    time_to_first_frame(bare());
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ours.push(time_to_first_frame(evaldesk()));
        base.push(time_to_first_frame(bare()));
    }
    let (ours, base) = (median(ours), median(base));
    println!(
        "startup: evaldesk {:.0} ms, bare eframe window {:.0} ms (medians of {RUNS}); ratio {:.2} (target ≤ 1.5)",
        ours.as_secs_f64() * 1e3,
        base.as_secs_f64() * 1e3,
        ours.as_secs_f64() / base.as_secs_f64(),
    );
}

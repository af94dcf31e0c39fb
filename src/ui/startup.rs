//! `evaldesk --print-startup-time`: how long from the start of `main` to the first frame on
//! the screen. Any app is wrapped in [`Timed`], which at the start of the second frame (the
//! first has then been painted) prints the time on stdout and closes the window; the
//! start-up benchmark runs EvalDesk and a bare eframe window this way, side by side.

use std::time::Instant;

use eframe::egui;

/// What [`Timed`] prints, followed by the milliseconds.
pub const LINE_START: &str = "first frame painted after ";

pub struct Timed<A> {
    pub app: A,
    started: Instant,
    frames: u32,
}

impl<A> Timed<A> {
    pub fn new(app: A, started: Instant) -> Self {
        Timed {
            app,
            started,
            frames: 0,
        }
    }
}

impl<A: eframe::App> eframe::App for Timed<A> {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        self.frames += 1;
        match self.frames {
            // A second frame is needed to know the first was presented.
            1 => ctx.request_repaint(),
            2 => {
                let ms = self.started.elapsed().as_secs_f64() * 1e3;
                println!("{LINE_START}{ms:.1} ms");
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            _ => {}
        }
        self.app.logic(ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.app.ui(ui, frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.app.save(storage);
    }

    fn on_exit(&mut self, gl: Option<&eframe::glow::Context>) {
        self.app.on_exit(gl);
    }
}

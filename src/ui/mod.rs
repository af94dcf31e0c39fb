//! The egui screens. Screens read the app's state and push [`Action`]s (`action.rs`, nested
//! by screen); the app carries them out after drawing, in one place
//! ([`app::EvalDeskApp::apply`], in `app/`): undo history, the recovery copy, autosave, file
//! dialogs, loading and saving all happen there. View state (selection, open dialog, typed
//! text) lives in the screens and is never undone.

mod action;
mod app;
pub mod checklist_doc;
mod dialogs;
mod editor;
mod export_job;
mod files;
mod meeting;
mod new_session;
mod results;
pub mod review_doc;
mod scoring;
pub mod session_doc;
mod start;
pub mod startup;
mod widgets;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::assets;
use crate::i18n::{Lang, tr};
pub use action::{
    Action, EditorAction, MeetingAction, NewSession, NewSessionAction, RecoveryAction,
    ResultsAction, ScoringAction, StartAction,
};
pub use app::EvalDeskApp;
pub use checklist_doc::{ChecklistDoc, ChecklistEdit};
pub use editor::EditorScreen;
pub use meeting::MeetingScreen;
pub use new_session::NewSessionScreen;
pub use results::ResultsScreen;
pub use scoring::ScoringScreen;
#[cfg(test)]
use scoring::chosen_colours;
pub use session_doc::SessionDoc;
pub use start::{StartScreen, Workspace};

/// The folder the app lists sessions from and creates them in, relative to where it starts.
pub const EVALUATIONS_DIR: &str = "evaluations";

pub enum Screen {
    Start(StartScreen),
    NewSession(Box<NewSessionScreen>),
    Scoring(Box<ScoringScreen>),
    Results(Box<ResultsScreen>),
    Editor(Box<EditorScreen>),
    Meeting(Box<MeetingScreen>),
}

/// What is remembered between runs (eframe persistence); the window size is kept by eframe.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Prefs {
    pub lang: Option<Lang>,
    pub recent: Vec<PathBuf>,
}

/// The font family of headings: Noto Sans Bold.
pub const BOLD: &str = "noto-sans-bold";

/// Install the embedded Noto Sans as the first font of every family, so every Vietnamese
/// letter renders, and its bold cut for headings. Call it on every context: the app's and
/// every test harness's.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans".into(),
        Arc::new(egui::FontData::from_static(assets::FONT_REGULAR)),
    );
    fonts.font_data.insert(
        BOLD.into(),
        Arc::new(egui::FontData::from_static(assets::FONT_BOLD)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "noto-sans".into());
    }
    fonts.families.insert(
        egui::FontFamily::Name(BOLD.into()),
        vec![BOLD.into(), "noto-sans".into()],
    );
    ctx.set_fonts(fonts);
}

/// Everything the app sets up on a context: the fonts, bold headings, and the light theme
/// (calm on office screens, and what printed screenshots look like).
pub fn setup_context(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        if let Some(heading) = style.text_styles.get_mut(&egui::TextStyle::Heading) {
            heading.family = egui::FontFamily::Name(BOLD.into());
            heading.size = 18.0;
        }
    });
}

/// EvalDesk's icon (assets/icon, drawn by package/make-icon.sh) for the title bar and the
/// taskbar, instead of eframe's default; none rather than a panic if it cannot be read.
fn window_icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon/evaldesk.png"))
        .unwrap_or_default()
}

/// Open the main window, on `path` if given. Tries the default renderer (wgpu) first and
/// falls back to OpenGL (glow), which older office PCs may only have.
/// The app's window; with `timed` (the start of `main`), `--print-startup-time`.
pub fn run_app(
    lang: Option<Lang>,
    path: Option<PathBuf>,
    timed: Option<Instant>,
) -> anyhow::Result<ExitCode> {
    let start = |renderer| {
        let path = path.clone();
        let options = eframe::NativeOptions {
            renderer,
            viewport: egui::ViewportBuilder::default()
                .with_title("EvalDesk")
                .with_inner_size([1280.0, 760.0])
                .with_maximized(true)
                .with_min_inner_size([900.0, 560.0])
                .with_icon(window_icon()),
            ..Default::default()
        };
        eframe::run_native(
            "EvalDesk",
            options,
            Box::new(move |cc| {
                setup_context(&cc.egui_ctx);
                let prefs: Prefs = cc
                    .storage
                    .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
                    .unwrap_or_default();
                let lang = lang.or(prefs.lang).unwrap_or_else(Lang::initial);
                let mut app = EvalDeskApp::new(lang, PathBuf::from(EVALUATIONS_DIR));
                app.prefs = prefs;
                app.apply(Action::Start(StartAction::Rescan), Instant::now());
                if let Some(path) = path {
                    app.open_path(&path);
                }
                Ok(match timed {
                    Some(started) => Box::new(startup::Timed::new(app, started)),
                    None => Box::new(app),
                })
            }),
        )
    };
    let lang = lang.unwrap_or_else(Lang::initial);
    if let Err(error) = start(eframe::Renderer::Wgpu) {
        eprintln!(
            "evaldesk: {}",
            tr::cli_renderer_fallback(error.to_string()).text(lang)
        );
        start(eframe::Renderer::Glow)
            .map_err(|e| anyhow::anyhow!(tr::cli_no_window(e.to_string()).text(lang)))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_scoring;
#[cfg(test)]
mod tests_scoring_edges;
#[cfg(test)]
mod tests_self;

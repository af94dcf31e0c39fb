//! The egui screens. Screens read the app's state and push [`Action`]s; [`EvalDeskApp`]
//! applies them after drawing, in one place.

mod start;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use eframe::egui;

use crate::assets;
use crate::i18n::Lang;

pub use start::{StartScreen, Workspace};

/// The folder the app lists sessions from, relative to where it is started.
pub const EVALUATIONS_DIR: &str = "evaluations";

/// What a screen asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    Rescan,
}

/// Install the embedded Noto Sans as the first font of every family, so every Vietnamese
/// letter renders. Call it on every context: the app's and every test harness's.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans".into(),
        Arc::new(egui::FontData::from_static(assets::FONT_REGULAR)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .insert(0, "noto-sans".into());
    }
    ctx.set_fonts(fonts);
}

/// Everything the app sets up on a context: the font, and the light theme (calm on office
/// screens, and what printed screenshots look like).
pub fn setup_context(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.set_theme(egui::Theme::Light);
}

/// The whole application state: the document being worked on is kept apart from view state.
pub struct EvalDeskApp {
    pub lang: Lang,
    pub workspace: Workspace,
    pub start: StartScreen,
}

impl EvalDeskApp {
    pub fn new(lang: Lang, evaluations_dir: PathBuf) -> Self {
        EvalDeskApp {
            lang,
            workspace: Workspace::scan(&evaluations_dir),
            start: StartScreen::default(),
        }
    }

    /// Draw the current screen, then apply what it asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        self.start.ui(ui, self.lang, &self.workspace, &mut actions);
        for action in actions {
            self.apply(action);
        }
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::SetLang(lang) => self.lang = lang,
            Action::Rescan => self.workspace = Workspace::scan(&self.workspace.dir),
        }
    }
}

impl eframe::App for EvalDeskApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Open the main window. Tries the default renderer (wgpu) first and falls back to OpenGL
/// (glow), which older office PCs may only have.
pub fn run_app(lang: Lang) -> anyhow::Result<ExitCode> {
    let start = |renderer| {
        let options = eframe::NativeOptions {
            renderer,
            viewport: egui::ViewportBuilder::default()
                .with_title("EvalDesk")
                .with_inner_size([1200.0, 760.0])
                .with_min_inner_size([800.0, 500.0]),
            ..Default::default()
        };
        eframe::run_native(
            "EvalDesk",
            options,
            Box::new(move |cc| {
                setup_context(&cc.egui_ctx);
                Ok(Box::new(EvalDeskApp::new(
                    lang,
                    PathBuf::from(EVALUATIONS_DIR),
                )))
            }),
        )
    };
    if let Err(error) = start(eframe::Renderer::Wgpu) {
        eprintln!(
            "evaldesk: the default renderer could not start ({error}); trying OpenGL instead."
        );
        start(eframe::Renderer::Glow)
            .map_err(|e| anyhow::anyhow!("could not open a window: {e}"))?;
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;

    /// A harness on the real app state, with the app's font and the strict missing-glyph
    /// check on (kittest's default): any Vietnamese letter the font lacks fails the test.
    pub(crate) fn harness(app: EvalDeskApp) -> Harness<'static, EvalDeskApp> {
        Harness::builder()
            .with_size(egui::vec2(1366.0, 768.0))
            .with_context_setup(setup_context)
            .build_ui_state(|ui, app: &mut EvalDeskApp| app.show(ui), app)
    }

    #[test]
    fn the_first_window_shows_the_bundled_checklist_in_vietnamese() {
        let mut h = harness(EvalDeskApp::new(
            Lang::Vi,
            PathBuf::from("evaluations/demo"),
        ));
        h.run();
        h.get_by_label("Tiêu chí đánh giá phần mềm quản lý văn bản và điều hành");
        h.get_by_label("Nguyễn Văn An");
        h.get_by_label("Đã nộp, đã niêm phong");
        assert_eq!(
            h.query_all_by_label("Hợp lệ").count(),
            4,
            "the checklist and three sessions are valid"
        );
    }

    #[test]
    fn the_language_switch_changes_every_heading() {
        let mut h = harness(EvalDeskApp::new(
            Lang::Vi,
            PathBuf::from("evaluations/demo"),
        ));
        h.run();
        h.get_by_label("English").click();
        h.run();
        assert_eq!(h.state().lang, Lang::En);
        h.get_by_label("Bundled checklists");
        h.get_by_label("Document-management and workflow software criteria");
    }

    #[test]
    fn an_invalid_session_is_listed_with_its_problem() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("broken.evaluation.json"),
            b"{\"format\": \"evaldesk.session\"",
        )
        .unwrap();
        let mut h = harness(EvalDeskApp::new(Lang::Vi, dir.path().to_owned()));
        h.run();
        h.get_by_label_contains("tệp kết thúc giữa chừng");
    }
}

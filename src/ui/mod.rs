//! The egui screens. Screens read the app's state and push [`Action`]s; [`EvalDeskApp::apply`]
//! carries them out after drawing, in one place: that is where undo history, the recovery
//! copy and autosave hook in. View state (selection, open dialog) lives in the screens and is
//! never undone.

pub mod document;
mod files;
mod new_session;
mod results;
mod scoring;
mod start;
pub mod tr;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::assets;
use crate::i18n::Lang;
use crate::model::{
    Candidate, Checklist, Document as FileDocument, Evaluator, Expect, Score, Session, Status,
};
use crate::store::{self, OpenSession, ReadOnly, Recovery, RecoveryStore, StoreError};
pub use document::Document;
pub use new_session::NewSessionScreen;
pub use results::ResultsScreen;
pub use scoring::ScoringScreen;
pub use start::{StartScreen, Workspace};
use tr::T;

/// The folder the app lists sessions from and creates them in, relative to where it starts.
pub const EVALUATIONS_DIR: &str = "evaluations";

/// What a screen asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    GoStart,
    ShowNewEvaluation(Option<Checklist>),
    Create(NewSession),
    /// Open a session (scoring), a checklist (new evaluation) or a folder (results).
    OpenPath(PathBuf),
    OpenResults(Vec<PathBuf>),
    SetScore {
        criterion: String,
        candidate: String,
        score: Option<Score>,
    },
    Undo,
    Redo,
    Submit,
    CopyAsDraft,
    TakeOverLock,
    SaveNow,
    Restore(usize),
    DropRecovery(usize),
    PostponeRecovery,
    DismissNotice,
    Rescan,
}

/// Everything the new-evaluation form collected.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSession {
    pub checklist: Checklist,
    pub evaluator: Evaluator,
    pub candidates: Vec<Candidate>,
    pub folder: PathBuf,
}

pub enum Screen {
    Start(StartScreen),
    NewSession(Box<NewSessionScreen>),
    Scoring(Box<ScoringScreen>),
    Results(Box<ResultsScreen>),
}

/// What is remembered between runs (eframe persistence); the window size is kept by eframe.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Prefs {
    pub lang: Option<Lang>,
    pub recent: Vec<PathBuf>,
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

pub struct EvalDeskApp {
    pub lang: Lang,
    pub evaluations_dir: PathBuf,
    pub prefs: Prefs,
    pub screen: Screen,
    /// The session open for scoring, if any.
    pub doc: Option<Document>,
    pub recovery: Option<RecoveryStore>,
    /// Recovery copies found at start, offered until the user decides.
    pub pending_recovery: Vec<Recovery>,
    /// A message the user must see (errors, conflicts), shown as a dialog.
    pub notice: Option<String>,
    /// The name written into locks before an evaluator is known.
    pub user: String,
}

impl EvalDeskApp {
    pub fn new(lang: Lang, evaluations_dir: PathBuf) -> Self {
        Self::with_recovery(lang, evaluations_dir, RecoveryStore::default_location())
    }

    pub fn with_recovery(
        lang: Lang,
        evaluations_dir: PathBuf,
        recovery: Option<RecoveryStore>,
    ) -> Self {
        let pending_recovery = recovery.as_ref().map(|r| r.pending()).unwrap_or_default();
        EvalDeskApp {
            lang,
            screen: Screen::Start(StartScreen::new(Workspace::scan(&evaluations_dir, &[]))),
            evaluations_dir,
            prefs: Prefs::default(),
            doc: None,
            recovery,
            pending_recovery,
            notice: None,
            user: store::lock::user_name(),
        }
    }

    /// Draw the current screen and the dialogs, then apply what they asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let mut actions = Vec::new();
        let lang = self.lang;
        match &mut self.screen {
            Screen::Start(s) => s.ui(ui, lang, &mut actions),
            Screen::NewSession(s) => s.ui(ui, lang, &mut actions),
            Screen::Scoring(s) => {
                if let Some(doc) = &self.doc {
                    s.ui(ui, lang, doc, &mut actions);
                }
            }
            Screen::Results(s) => s.ui(ui, lang, &mut actions),
        }
        self.dialogs(ui.ctx(), &mut actions);
        let now = Instant::now();
        for action in actions {
            self.apply(action, now);
        }
    }

    /// Autosave when due; keep repainting until then so the save happens on time.
    pub fn tick(&mut self, ctx: &egui::Context, now: Instant) {
        self.autosave_if_due(now);
        if let Some(wait) = self.doc.as_ref().and_then(|d| d.autosave.wait(now)) {
            ctx.request_repaint_after(wait);
        }
    }

    /// Save the open session if its autosave is due at `now`.
    pub fn autosave_if_due(&mut self, now: Instant) {
        if self.doc.as_ref().is_some_and(|d| d.autosave.due(now)) {
            self.save_doc();
        }
    }

    fn save_doc(&mut self) {
        let Some(doc) = &mut self.doc else { return };
        match doc.save(self.recovery.as_ref(), self.lang) {
            Ok(()) => {}
            Err(e @ StoreError::Conflict { .. }) => {
                self.notice = Some(e.message(self.lang));
                let path = doc.file.path.clone();
                self.remember(&path);
            }
            Err(e) => self.notice = Some(e.message(self.lang)),
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(10);
    }

    fn owner(&self) -> String {
        self.doc
            .as_ref()
            .map_or_else(|| self.user.clone(), |d| d.session.evaluator.name.clone())
    }

    /// Carry out one action. The only place where the document changes.
    pub fn apply(&mut self, action: Action, now: Instant) {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang);
            }
            Action::GoStart => self.go_start(),
            Action::Rescan => {
                self.screen = Screen::Start(StartScreen::new(Workspace::scan(
                    &self.evaluations_dir,
                    &self.prefs.recent,
                )))
            }
            Action::ShowNewEvaluation(checklist) => {
                self.screen = Screen::NewSession(Box::new(NewSessionScreen::new(
                    checklist,
                    &self.evaluations_dir,
                )));
            }
            Action::Create(request) => self.create(request),
            Action::OpenPath(path) => self.open_path(&path),
            Action::OpenResults(paths) => {
                self.screen = Screen::Results(Box::new(ResultsScreen::load(&paths, self.lang)));
            }
            Action::SetScore {
                criterion,
                candidate,
                score,
            } => {
                if let Some(doc) = &mut self.doc
                    && doc.set_score(&criterion, &candidate, score, now)
                {
                    doc.write_recovery(self.recovery.as_ref());
                }
            }
            Action::Undo | Action::Redo => {
                let Some(doc) = &mut self.doc else { return };
                let cell = if action == Action::Undo {
                    doc.undo(now)
                } else {
                    doc.redo(now)
                };
                if let Some((criterion, candidate)) = cell {
                    doc.write_recovery(self.recovery.as_ref());
                    if let Screen::Scoring(s) = &mut self.screen {
                        s.select(&doc.session, &criterion, &candidate);
                    }
                }
            }
            Action::SaveNow => self.save_doc(),
            Action::Submit => {
                let Some(doc) = &mut self.doc else { return };
                match doc.submit(self.recovery.as_ref()) {
                    Ok(seal) => {
                        if let Screen::Scoring(s) = &mut self.screen {
                            s.submitted(seal);
                        }
                    }
                    Err(document::SubmitError::Missing(_)) => {}
                    Err(document::SubmitError::Store(e)) => {
                        self.notice = Some(e.message(self.lang))
                    }
                }
            }
            Action::CopyAsDraft => {
                let Some(doc) = &self.doc else { return };
                match doc.file.copy_as_new_draft(&doc.session.evaluator.name) {
                    Ok(copy) => {
                        let path = copy.path.clone();
                        self.start_scoring(copy);
                        self.remember(&path);
                    }
                    Err(e) => self.notice = Some(e.message(self.lang)),
                }
            }
            Action::TakeOverLock => {
                let owner = self.owner();
                let Some(doc) = &mut self.doc else { return };
                match doc.file.take_over_lock(&owner) {
                    Ok(()) => doc.reload_from_file(),
                    Err(e) => self.notice = Some(e.message(self.lang)),
                }
            }
            Action::Restore(i) => self.restore(i),
            Action::DropRecovery(i) => {
                if i < self.pending_recovery.len() {
                    let r = self.pending_recovery.remove(i);
                    let _ = std::fs::remove_file(&r.copy);
                }
            }
            Action::PostponeRecovery => self.pending_recovery.clear(),
            Action::DismissNotice => self.notice = None,
        }
    }

    fn go_start(&mut self) {
        if self.doc.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            self.save_doc();
        }
        // Leaving the scoring screen closes the session (and frees its lock), unless a save
        // failed: then it stays open so nothing is lost.
        if self.doc.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            return;
        }
        self.doc = None;
        self.screen = Screen::Start(StartScreen::new(Workspace::scan(
            &self.evaluations_dir,
            &self.prefs.recent,
        )));
    }

    fn start_scoring(&mut self, file: OpenSession) {
        let doc = Document::new(file);
        self.screen = Screen::Scoring(Box::new(ScoringScreen::new(&doc.session)));
        self.doc = Some(doc);
    }

    /// `evaldesk PATH` and "Open…": a session is scored, a checklist starts a new evaluation,
    /// a folder shows the results. Anything else: the start screen with a clear message.
    pub fn open_path(&mut self, path: &Path) {
        if path.is_dir() {
            self.screen =
                Screen::Results(Box::new(ResultsScreen::load(&[path.to_owned()], self.lang)));
            return;
        }
        match store::load_document(path, Expect::Either) {
            Ok(FileDocument::Checklist(c)) => {
                self.screen = Screen::NewSession(Box::new(NewSessionScreen::new(
                    Some(*c),
                    &self.evaluations_dir,
                )));
            }
            Ok(FileDocument::Session(_)) => match OpenSession::open(path, &self.user) {
                Ok(file) => {
                    self.remember(path);
                    self.start_scoring(file);
                }
                Err(e) => self.notice = Some(e.message(self.lang)),
            },
            Err(e) => {
                self.go_start();
                self.notice = Some(e.render(self.lang).join("\n"));
            }
        }
    }

    fn create(&mut self, request: NewSession) {
        let now = crate::model::now_timestamp();
        let session = Session {
            format: crate::model::SESSION_FORMAT.into(),
            version: 1,
            id: uuid::Uuid::new_v4().to_string(),
            evaluator: request.evaluator,
            created: now.clone(),
            modified: now,
            status: Status::Draft,
            checklist: request.checklist,
            candidates: request.candidates,
            scores: Vec::new(),
            seal: None,
        };
        if let Err(e) = std::fs::create_dir_all(&request.folder) {
            self.notice = Some(format!(
                "{}: {}",
                request.folder.display(),
                crate::model::problem::IoProblem::from_io(&e).message(self.lang)
            ));
            return;
        }
        let path = new_session_path(&request.folder, &session.evaluator.name);
        match OpenSession::create(&path, session.clone(), &session.evaluator.name) {
            Ok(file) => {
                self.remember(&path);
                self.start_scoring(file);
            }
            Err(e) => self.notice = Some(e.message(self.lang)),
        }
    }

    fn restore(&mut self, i: usize) {
        if i >= self.pending_recovery.len() {
            return;
        }
        let r = self.pending_recovery.remove(i);
        let mut file = match OpenSession::open(&r.session_path, &self.user) {
            Ok(f) => f,
            Err(e) => {
                // The session file is gone or damaged: put the recovered copy back in its place.
                match OpenSession::create(
                    &r.session_path,
                    r.session.clone(),
                    &r.session.evaluator.name,
                ) {
                    Ok(f) => f,
                    Err(_) => {
                        self.notice = Some(e.message(self.lang));
                        self.pending_recovery.insert(i, r);
                        return;
                    }
                }
            }
        };
        // The lock left by the crashed run is stale: the user chose to restore, so take it.
        if matches!(file.read_only, Some(ReadOnly::StaleLock(_))) {
            let _ = file.take_over_lock(&r.session.evaluator.name);
        }
        if let Some(why) = &file.read_only {
            self.notice = Some(why.message(self.lang));
            self.pending_recovery.insert(i, r);
            return;
        }
        self.start_scoring(file);
        let Some(doc) = &mut self.doc else { return };
        doc.session = r.session.clone();
        doc.autosave.changed(Instant::now());
        doc.revision += 1;
        self.save_doc();
        self.remember(&r.session_path);
    }

    fn dialogs(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let lang = self.lang;
        if let Some(text) = &self.notice {
            egui::Modal::new(egui::Id::unique("notice")).show(ctx, |ui| {
                ui.set_max_width(560.0);
                ui.heading(T::ErrorTitle.in_(lang));
                ui.label(text);
                ui.add_space(8.0);
                if ui.button(T::Ok.in_(lang)).clicked() {
                    actions.push(Action::DismissNotice);
                }
            });
        } else if !self.pending_recovery.is_empty() {
            egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
                ui.set_max_width(640.0);
                ui.heading(T::RecoveryTitle.in_(lang));
                ui.label(T::RecoveryExplain.in_(lang));
                for (i, r) in self.pending_recovery.iter().enumerate() {
                    ui.separator();
                    ui.strong(r.session_path.display().to_string());
                    ui.label(format!("{} — {}", r.session.evaluator.name, r.saved));
                    if !r.newer {
                        ui.colored_label(
                            egui::Color32::from_rgb(180, 90, 0),
                            T::RecoveryOlder.in_(lang),
                        );
                    }
                    egui::ScrollArea::vertical()
                        .id_salt(("changes", i))
                        .max_height(160.0)
                        .show(ui, |ui| {
                            for c in r.changes() {
                                let show = |s: &Option<Score>| match s {
                                    Some(s) if s.is_na() => "N/A".to_owned(),
                                    Some(s) => s
                                        .value
                                        .map(|v| crate::scoring::fmt_num(v, 2))
                                        .unwrap_or_default(),
                                    None => "—".to_owned(),
                                };
                                let cell = r.session.cell_label(&c.criterion, &c.candidate, lang);
                                let (disk, unsaved) = (show(&c.on_disk), show(&c.recovered));
                                ui.label(match lang {
                                    Lang::Vi => {
                                        format!("{cell}: trong tệp {disk}, bản chưa lưu {unsaved}")
                                    }
                                    Lang::En => {
                                        format!("{cell}: {disk} in the file, {unsaved} unsaved")
                                    }
                                });
                            }
                        });
                    ui.horizontal(|ui| {
                        if ui.button(T::Restore.in_(lang)).clicked() {
                            actions.push(Action::Restore(i));
                        }
                        if ui.button(T::KeepFile.in_(lang)).clicked() {
                            actions.push(Action::DropRecovery(i));
                        }
                    });
                }
                ui.separator();
                if ui.button(T::Later.in_(lang)).clicked() {
                    actions.push(Action::PostponeRecovery);
                }
            });
        }
    }
}

/// A name for a new session file: `NAME-YYYYMMDD.evaluation.json`, numbered if taken.
fn new_session_path(folder: &Path, evaluator: &str) -> PathBuf {
    let date = chrono::Local::now().format("%Y%m%d");
    store::free_session_path(folder, &format!("{}-{date}", slug(evaluator)))
}

/// A file-name-safe ASCII form of a Vietnamese name: "Nguyễn Văn An" → "nguyen-van-an".
pub fn slug(text: &str) -> String {
    const FROM: &str = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
    const TO: &str = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
    let mut out = String::new();
    for ch in text.to_lowercase().chars() {
        let ch = FROM
            .chars()
            .position(|f| f == ch)
            .and_then(|i| TO.chars().nth(i))
            .unwrap_or(ch);
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "evaluation".into()
    } else {
        out
    }
}

impl eframe::App for EvalDeskApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx, Instant::now());
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.doc.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            self.save_doc();
        }
    }
}

/// Open the main window, on `path` if given. Tries the default renderer (wgpu) first and
/// falls back to OpenGL (glow), which older office PCs may only have.
pub fn run_app(lang: Option<Lang>, path: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let start = |renderer| {
        let path = path.clone();
        let options = eframe::NativeOptions {
            renderer,
            viewport: egui::ViewportBuilder::default()
                .with_title("EvalDesk")
                .with_inner_size([1280.0, 760.0])
                .with_maximized(true)
                .with_min_inner_size([900.0, 560.0]),
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
                let lang = lang.or(prefs.lang).unwrap_or_else(Lang::from_system);
                let mut app = EvalDeskApp::new(lang, PathBuf::from(EVALUATIONS_DIR));
                app.prefs = prefs;
                app.apply(Action::Rescan, Instant::now());
                if let Some(path) = path {
                    app.open_path(&path);
                }
                Ok(Box::new(app))
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
mod tests;

//! The app: its state, and [`EvalDeskApp::apply`], the one place where actions take effect —
//! the document changes, files are read and written, dialogs open. What each screen asked is
//! applied in a file of its own here: `scoring.rs` (`evidence.rs` for a
//! self-assessment's evidence), `editor_files.rs`, `exports.rs` (the
//! results screen's exports), `meeting.rs`, `recovery.rs` (`review_recovery.rs` for the
//! minutes); saving the session is in `session_saves.rs`.

mod editor_files;
mod evidence;
mod exports;
mod meeting;
mod recovery;
mod review_recovery;
mod scoring;
mod session_saves;

use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui;

use super::dialogs::Notice;
use super::files::{self, Pick};
use super::session_doc::SessionDoc;
use super::start::Prompt;
use super::{Action, NewSessionAction, NewSessionScreen, Prefs, ResultsAction, ResultsScreen};
use super::{Screen, StartAction, StartScreen, Workspace};
use crate::i18n::Lang;
use crate::model::{Checklist, Expect, InvalidFile, Parsed};
use crate::store::{self, OpenSession, Recovery, RecoveryStore, RecoveryWriter, ReviewRecovery};

pub struct EvalDeskApp {
    pub lang: Lang,
    pub evaluations_dir: PathBuf,
    pub prefs: Prefs,
    pub screen: Screen,
    /// The session open for scoring, if any.
    pub doc: Option<SessionDoc>,
    /// Recovery copies, written off the window's thread.
    pub recovery: Option<RecoveryWriter>,
    /// Recovery copies found at start, offered until the user decides.
    pub pending_recovery: Vec<Recovery>,
    /// Recovery copies of minutes found at start, offered the same way.
    pub pending_review_recovery: Vec<ReviewRecovery>,
    /// A message the user must see (errors, conflicts), shown as a dialog; kept as messages
    /// so it follows a change of language.
    pub notice: Option<Notice>,
    /// The name written into locks before an evaluator is known.
    pub user: String,
    /// The bundled checklists, read and checked once.
    pub bundled: Vec<(String, Result<Checklist, InvalidFile>)>,
    /// Charts being written in the background.
    pub export: Option<super::export_job::ExportJob>,
    /// The checklist open in the editor, if any.
    pub editor: Option<super::ChecklistDoc>,
    /// The minutes open on the meeting screen, if any.
    pub meeting: Option<super::review_doc::ReviewDoc>,
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
        let pending_review_recovery = recovery
            .as_ref()
            .map(|r| r.pending_reviews())
            .unwrap_or_default();
        let bundled = store::bundled_checklists();
        EvalDeskApp {
            lang,
            screen: Screen::Start(StartScreen::new(Workspace::scan(
                &evaluations_dir,
                &[],
                &bundled,
            ))),
            evaluations_dir,
            prefs: Prefs::default(),
            doc: None,
            recovery: recovery.map(RecoveryWriter::new),
            pending_recovery,
            pending_review_recovery,
            notice: None,
            user: store::lock::user_name(),
            bundled,
            export: None,
            editor: None,
            meeting: None,
        }
    }

    /// Whether the results screen is still reading files or computing (off the window's thread).
    pub fn results_pending(&self) -> bool {
        matches!(&self.screen, Screen::Results(s) if s.is_computing())
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
            Screen::Editor(s) => {
                if let Some(doc) = &self.editor {
                    s.ui(ui, lang, doc, &mut actions);
                }
            }
            Screen::Meeting(s) => {
                if let Some(doc) = &self.meeting {
                    s.ui(ui, lang, doc, &mut actions);
                }
            }
        }
        super::dialogs::show(
            ui.ctx(),
            lang,
            self.notice.as_ref(),
            (&self.pending_recovery, &self.pending_review_recovery),
            &mut actions,
        );
        let now = Instant::now();
        for action in actions {
            self.apply(action, now);
        }
        // After the actions, so an export started this frame shows (and repaints) at once.
        self.export_progress(ui.ctx());
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(10);
    }

    fn rescan(&mut self) {
        self.screen = Screen::Start(StartScreen::new(Workspace::scan(
            &self.evaluations_dir,
            &self.prefs.recent,
            &self.bundled,
        )));
    }

    /// Carry out one action. The only place where the document changes and files are touched.
    pub fn apply(&mut self, action: Action, now: Instant) {
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang);
            }
            Action::GoStart => self.go_start(),
            Action::ShowNewEvaluation(checklist) => self.show_new_evaluation(checklist),
            Action::OpenPath(path) => self.open_path(&path),
            Action::OpenResults(paths) => self.open_results(&paths),
            Action::OpenEditor { checklist, path } => self.open_editor(checklist.map(|c| *c), path),
            Action::Undo | Action::Redo => {
                let undo = action == Action::Undo;
                if !self.undo_checklist(undo, now) && !self.undo_meeting(undo, now) {
                    self.undo_session(undo, now);
                }
            }
            Action::DismissNotice => self.notice = None,
            Action::OpenFolder(folder) => {
                self.notice = None;
                if let Err(e) = super::files::show_in_file_manager(&folder) {
                    let problem = crate::model::problem::IoProblem::from_io(&e);
                    self.notice = Some(Notice::error(vec![crate::i18n::tr::open_folder_failed(
                        &folder,
                        problem.msg(),
                    )]));
                }
            }
            Action::Start(action) => self.apply_start(action),
            Action::NewSession(NewSessionAction::LoadChecklist(path)) => self.load_checklist(path),
            Action::NewSession(NewSessionAction::Create(request)) => self.create(*request),
            Action::Scoring(action) => self.apply_scoring(action, now),
            Action::Results(ResultsAction::ExportCharts(width)) => self.export_charts(width),
            Action::Results(ResultsAction::ExportReport) => self.export_report(),
            Action::Results(ResultsAction::OpenMeeting) => self.open_meeting(),
            Action::Meeting(action) => self.apply_meeting(action, now),
            Action::Results(action) => {
                if let Screen::Results(s) = &mut self.screen {
                    s.apply(action);
                }
            }
            Action::Editor(action) => self.apply_editor(action, now),
            Action::Recovery(action) => self.apply_recovery(action, now),
        }
    }

    fn apply_start(&mut self, action: StartAction) {
        match action {
            StartAction::Rescan => self.rescan(),
            StartAction::ForgetRecent(path) => {
                self.prefs.recent.retain(|p| p != &path);
                self.rescan();
            }
            StartAction::PickAndOpen => {
                match files::pick(Pick::Document, &self.evaluations_dir, self.lang) {
                    Some(path) => self.open_path(&path),
                    None => self.show_prompt(Prompt::Open),
                }
            }
            StartAction::PickAndCompare => {
                match files::pick(Pick::Folder, &self.evaluations_dir, self.lang) {
                    Some(path) => self.open_results(&[path]),
                    None => self.show_prompt(Prompt::Compare),
                }
            }
        }
    }

    fn show_new_evaluation(&mut self, checklist: Option<Checklist>) {
        let checklist = checklist.or_else(|| self.first_bundled());
        self.screen = Screen::NewSession(Box::new(NewSessionScreen::new(
            checklist,
            self.bundled_ok(),
            &self.evaluations_dir,
        )));
    }

    /// The new-evaluation form's "Open": read this checklist file for it.
    fn load_checklist(&mut self, path: PathBuf) {
        let loaded = match store::load_document(&path, Expect::Checklist) {
            Ok(Parsed::Checklist(c)) => Ok(*c),
            Ok(_) => Err(vec![]),
            Err(e) => Err(e.msgs()),
        };
        if let Screen::NewSession(s) = &mut self.screen {
            s.source = loaded.is_ok().then(|| path.clone());
            s.checklist_loaded(loaded);
        }
    }

    fn first_bundled(&self) -> Option<Checklist> {
        self.bundled_ok().into_iter().next()
    }

    fn bundled_ok(&self) -> Vec<Checklist> {
        self.bundled
            .iter()
            .filter_map(|(_, c)| c.as_ref().ok().cloned())
            .collect()
    }

    /// No system dialog (or it was cancelled): the start screen's path field instead.
    fn show_prompt(&mut self, prompt: Prompt) {
        if !matches!(self.screen, Screen::Start(_)) {
            self.rescan();
        }
        if let Screen::Start(s) = &mut self.screen {
            s.show_prompt(prompt, &self.evaluations_dir);
        }
    }

    fn open_results(&mut self, paths: &[PathBuf]) {
        self.screen = Screen::Results(Box::new(ResultsScreen::open(paths)));
    }

    pub(super) fn go_start(&mut self) {
        self.settle_save(true);
        if self.doc.as_ref().is_some_and(|d| d.autosave().is_dirty()) {
            self.save_doc();
        }
        // Leaving the scoring screen closes the session (and frees its lock), unless a save
        // failed: then it stays open so nothing is lost.
        if self.doc.as_ref().is_some_and(|d| d.autosave().is_dirty()) {
            return;
        }
        self.doc = None;
        self.rescan();
    }

    /// `evaldesk PATH` and "Open…": a session is scored, a checklist starts a new evaluation,
    /// a folder (or a review, with the folder it lies in) shows the results. Anything else: the start screen with a clear message.
    pub fn open_path(&mut self, path: &Path) {
        if path.is_dir() {
            self.open_results(&[path.to_owned()]);
            return;
        }
        match store::load_document(path, Expect::Either) {
            Ok(Parsed::Checklist(c)) => {
                self.show_new_evaluation(Some(*c));
                if let Screen::NewSession(s) = &mut self.screen {
                    s.source = Some(path.to_owned());
                }
            }
            Ok(Parsed::Session(_)) => match OpenSession::open(path, &self.user) {
                Ok(file) => {
                    self.remember(path);
                    self.start_scoring(file);
                }
                Err(e) => self.notice = Some(Notice::error(e.msgs())),
            },
            // A review is read with the sessions beside it: their results, which include it.
            Ok(Parsed::Review(_)) => {
                let folder = path.parent().unwrap_or(Path::new(".")).to_owned();
                self.open_results(&[folder]);
            }
            Err(e) => {
                self.go_start();
                self.notice = Some(Notice::error(e.msgs()));
            }
        }
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
        self.settle_save(true);
        if self.doc.as_ref().is_some_and(|d| d.autosave().is_dirty()) {
            self.save_doc();
        }
        if self.editor.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            self.save_checklist();
        }
        if self
            .meeting
            .as_ref()
            .is_some_and(|d| d.autosave().is_dirty())
        {
            self.save_meeting();
        }
    }
}

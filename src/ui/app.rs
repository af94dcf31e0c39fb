//! The app: its state, and [`EvalDeskApp::apply`], the one place where actions take effect —
//! the document changes, files are read and written, dialogs open.

use std::path::{Path, PathBuf};
use std::time::Instant;

use eframe::egui;

use super::dialogs::Notice;
use super::files::{self, Pick};
use super::session_doc::{self, SessionDoc};
use super::start::Prompt;
use super::{Action, NewSession, NewSessionScreen, Prefs, ResultsScreen, ScoringScreen, Screen};
use super::{StartScreen, Workspace};
use crate::i18n::{Lang, tr};
use crate::model::problem::IoProblem;
use crate::model::{Checklist, Document as FileDocument, Expect, InvalidFile, Session, slug};
use crate::store::{self, OpenSession, ReadOnly, Recovery, RecoveryStore, RecoveryWriter};

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
            notice: None,
            user: store::lock::user_name(),
            bundled,
            export: None,
            editor: None,
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
        }
        super::dialogs::show(
            ui.ctx(),
            lang,
            self.notice.as_ref(),
            &self.pending_recovery,
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

    fn owner(&self) -> String {
        self.doc
            .as_ref()
            .map_or_else(|| self.user.clone(), |d| d.session().evaluator.name.clone())
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
        // These write or copy the session file: not while a save is under way.
        if matches!(action, Action::Submit | Action::CopyAsDraft) {
            self.settle_save(true);
        }
        match action {
            Action::SetLang(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang);
            }
            Action::GoStart => self.go_start(),
            Action::Rescan => self.rescan(),
            Action::ForgetRecent(path) => {
                self.prefs.recent.retain(|p| p != &path);
                self.rescan();
            }
            Action::ShowNewEvaluation(checklist) => {
                let checklist = checklist.or_else(|| self.first_bundled());
                self.screen = Screen::NewSession(Box::new(NewSessionScreen::new(
                    checklist,
                    self.bundled_ok(),
                    &self.evaluations_dir,
                )));
            }
            Action::LoadChecklist(path) => {
                let loaded = match store::load_document(&path, Expect::Checklist) {
                    Ok(FileDocument::Checklist(c)) => Ok(*c),
                    Ok(FileDocument::Session(_)) => Err(vec![]),
                    Err(e) => Err(e.msgs()),
                };
                if let Screen::NewSession(s) = &mut self.screen {
                    s.source = loaded.is_ok().then(|| path.clone());
                    s.checklist_loaded(loaded);
                }
            }
            Action::Create(request) => self.create(request),
            Action::PickAndOpen => {
                match files::pick(Pick::Document, &self.evaluations_dir, self.lang) {
                    Some(path) => self.open_path(&path),
                    None => self.show_prompt(Prompt::Open),
                }
            }
            Action::PickAndCompare => {
                match files::pick(Pick::Folder, &self.evaluations_dir, self.lang) {
                    Some(path) => self.open_results(&[path]),
                    None => self.show_prompt(Prompt::Compare),
                }
            }
            Action::OpenPath(path) => self.open_path(&path),
            Action::OpenResults(paths) => self.open_results(&paths),
            Action::SetAggregation(aggregation) => {
                if let Screen::Results(s) = &mut self.screen {
                    s.set_aggregation(aggregation);
                }
            }
            Action::CountSession(i, counted) => {
                if let Screen::Results(s) = &mut self.screen {
                    s.set_counted(i, counted);
                }
            }
            Action::SubmittedOnly(only) => {
                if let Screen::Results(s) = &mut self.screen {
                    s.set_submitted_only(only);
                }
            }
            Action::SetGroupShare(g, share) => {
                if let Screen::Results(s) = &mut self.screen {
                    s.set_group_share(g, share);
                }
            }
            Action::ResetWeights => {
                if let Screen::Results(s) = &mut self.screen {
                    s.reset_weights();
                }
            }
            Action::ExportCharts(width) => self.export_charts(width),
            Action::ExportReport => self.export_report(),
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
            Action::OpenEditor { checklist, path } => self.open_editor(checklist.map(|c| *c), path),
            Action::EditChecklist(edit) => self.edit_checklist(edit, now),
            Action::CloseEditor => self.close_editor(),
            Action::EvaluateWithChecklist => self.evaluate_with_checklist(),
            Action::ImportChecklistSheet(path) => self.import_sheet(path),
            Action::ChecklistSheetImported(outcome) => self.finish_import(*outcome, now),
            Action::ExportChecklistSheet(path) => self.export_sheet(path),
            Action::Undo | Action::Redo => {
                if self.undo_checklist(action == Action::Undo, now) {
                    return;
                }
                let Some(doc) = &mut self.doc else { return };
                let cell = if action == Action::Undo {
                    doc.undo(now)
                } else {
                    doc.redo(now)
                };
                if let Some((criterion, candidate)) = cell {
                    doc.write_recovery(self.recovery.as_ref());
                    if let Screen::Scoring(s) = &mut self.screen {
                        s.select(doc.session(), &criterion, &candidate);
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
                    Err(session_doc::SubmitError::Missing(_)) => {}
                    Err(session_doc::SubmitError::Store(e)) => {
                        self.notice = Some(Notice::error(e.msgs()))
                    }
                }
            }
            Action::CopyAsDraft => {
                let Some(doc) = &self.doc else { return };
                match doc.file().copy_as_new_draft(&doc.session().evaluator.name) {
                    Ok(copy) => {
                        let path = copy.path.clone();
                        self.start_scoring(copy);
                        self.remember(&path);
                        let name = path.file_name().map(Path::new).unwrap_or(&path);
                        self.notice = Some(Notice::done(vec![tr::copied_as_draft(name)]));
                    }
                    Err(e) => self.notice = Some(Notice::error(e.msgs())),
                }
            }
            Action::TakeOverLock => {
                let owner = self.owner();
                let Some(doc) = &mut self.doc else { return };
                if let Err(e) = doc.take_over_lock(&owner) {
                    self.notice = Some(Notice::error(e.msgs()));
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

    fn start_scoring(&mut self, file: OpenSession) {
        let doc = SessionDoc::new(file);
        self.screen = Screen::Scoring(Box::new(ScoringScreen::new(doc.session())));
        self.doc = Some(doc);
    }

    /// `evaldesk PATH` and "Open…": a session is scored, a checklist starts a new evaluation,
    /// a folder shows the results. Anything else: the start screen with a clear message.
    pub fn open_path(&mut self, path: &Path) {
        if path.is_dir() {
            self.open_results(&[path.to_owned()]);
            return;
        }
        match store::load_document(path, Expect::Either) {
            Ok(FileDocument::Checklist(c)) => {
                self.apply(Action::ShowNewEvaluation(Some(*c)), Instant::now());
                if let Screen::NewSession(s) = &mut self.screen {
                    s.source = Some(path.to_owned());
                }
            }
            Ok(FileDocument::Session(_)) => match OpenSession::open(path, &self.user) {
                Ok(file) => {
                    self.remember(path);
                    self.start_scoring(file);
                }
                Err(e) => self.notice = Some(Notice::error(e.msgs())),
            },
            Err(e) => {
                self.go_start();
                self.notice = Some(Notice::error(e.msgs()));
            }
        }
    }

    fn create(&mut self, request: NewSession) {
        let session = Session::new_draft(request.checklist, request.evaluator, request.candidates);
        if let Err(e) = std::fs::create_dir_all(&request.folder) {
            let reason = IoProblem::from_io(&e).msg();
            self.notice = Some(Notice::error(vec![tr::cannot_create_folder(
                &request.folder,
                reason,
            )]));
            return;
        }
        let date = chrono::Local::now().format("%Y%m%d");
        let stem = format!("{}-{date}", slug(&session.evaluator.name));
        let path = store::free_session_path(&request.folder, &stem);
        let owner = session.evaluator.name.clone();
        match OpenSession::create(&path, session, &owner) {
            Ok(file) => {
                self.remember(&path);
                self.start_scoring(file);
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
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
                        self.notice = Some(Notice::error(e.msgs()));
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
            self.notice = Some(Notice::error(vec![why.msg()]));
            self.pending_recovery.insert(i, r);
            return;
        }
        self.start_scoring(file);
        let Some(doc) = &mut self.doc else { return };
        doc.replace(r.session.clone(), Instant::now());
        self.save_doc();
        // Used: the copy goes once its scores are safely in the session file.
        if self.doc.as_ref().is_some_and(|d| !d.autosave().is_dirty()) {
            let _ = std::fs::remove_file(&r.copy);
        }
        self.remember(&r.session_path);
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
    }
}

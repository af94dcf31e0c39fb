//! The checklist editor's side effects, applied by the app: opening a checklist for editing
//! (under its file's lock; a bundled one or a new one as a copy in `checklists/`), autosave,
//! undo, importing criteria from a spreadsheet and exporting the checklist to `.xlsx`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::EvalDeskApp;
use crate::i18n::tr;
use crate::model::{Checklist, Text};
use crate::store::lock::{self, LockAttempt};
use crate::store::{self, SaveError};
use crate::ui::checklist_doc::{ChecklistDoc, ChecklistEdit};
use crate::ui::dialogs::Notice;
use crate::ui::editor::{ImportJob, ImportOutcome};
use crate::ui::files::{self, Pick};
use crate::ui::{EditorAction, Screen};

impl EvalDeskApp {
    pub(super) fn apply_editor(&mut self, action: EditorAction, now: Instant) {
        match action {
            EditorAction::Edit(edit) => self.edit_checklist(edit, now),
            EditorAction::Close => self.close_editor(),
            EditorAction::Evaluate => self.evaluate_with_checklist(),
            EditorAction::ImportSheet(path) => self.import_sheet(path),
            EditorAction::SheetImported(outcome) => self.finish_import(*outcome, now),
            EditorAction::ExportSheet(path) => self.export_sheet(path),
        }
    }

    /// Edit `checklist` (a new one when `None`): in place when it comes from `path`, else as
    /// a new file in `checklists/`.
    pub(super) fn open_editor(&mut self, checklist: Option<Checklist>, path: Option<PathBuf>) {
        // A new checklist starts untitled: the title field is the first thing to fill in, and
        // until it is, the problems line says so.
        let copy = checklist.is_some() && path.is_none();
        let mut checklist =
            checklist.unwrap_or_else(|| Checklist::blank("checklist", Text::Plain(String::new())));
        // A copy of a bundled checklist says so in its id and title until renamed, so it is
        // never taken for the original (it looked identical, and sessions name the id).
        if copy {
            mark_as_copy(&mut checklist);
        }
        let path = match path {
            Some(path) => path,
            None => {
                let dir = store::checklists_dir(&self.evaluations_dir);
                if let Err(e) = std::fs::create_dir_all(&dir) {
                    let problem = crate::model::problem::IoProblem::from_io(&e);
                    let error = SaveError::new(&dir, problem);
                    self.notice = Some(Notice::error(vec![error.msg()]));
                    return;
                }
                let stem = match crate::model::slug(&checklist.id) {
                    stem if stem.is_empty() => "checklist".to_owned(),
                    stem => stem,
                };
                store::free_path(&dir, &stem, ".checklist.json")
            }
        };
        let owner = self.user.clone();
        let held = match lock::acquire(&path, &owner) {
            Ok(LockAttempt::Acquired(held)) => Some(held),
            Ok(LockAttempt::Stale(_)) => match lock::take_over(&path, &owner) {
                Ok(LockAttempt::Acquired(held)) => Some(held),
                _ => None,
            },
            Ok(LockAttempt::HeldBy(info)) => {
                // The same words as a session's lock: the holder, the computer, since when.
                let holder = crate::store::lock_holder(&info);
                self.notice = Some(Notice::error(vec![tr::editor_locked(&path, holder)]));
                return;
            }
            // The folder cannot hold a lock (read-only media): the save will say why.
            Err(_) => None,
        };
        let new_file = !path.exists();
        let mut doc = ChecklistDoc::new(checklist, path.clone(), held);
        if new_file {
            // A new checklist exists on disk at once, so it is never only in memory.
            if let Err(e) = doc.save() {
                self.notice = Some(Notice::error(vec![e.msg()]));
            }
        }
        // Not added to the recent sessions: that list is of sessions.
        self.editor = Some(doc);
        self.screen = Screen::Editor(Box::default());
    }

    fn edit_checklist(&mut self, edit: ChecklistEdit, now: Instant) {
        if let Some(doc) = &mut self.editor {
            doc.apply(edit, now);
        }
    }

    /// Undo or redo on the editor; `false` when the editor is not the screen shown.
    pub(super) fn undo_checklist(&mut self, undo: bool, now: Instant) -> bool {
        let (Screen::Editor(_), Some(doc)) = (&self.screen, &mut self.editor) else {
            return false;
        };
        if undo {
            doc.undo(now);
        } else {
            doc.redo(now);
        }
        true
    }

    pub(super) fn save_checklist(&mut self) {
        if let Some(doc) = &mut self.editor
            && let Err(e) = doc.save()
        {
            self.notice = Some(Notice::error(vec![e.msg()]));
        }
    }

    /// Leave the editor: save what is not saved yet, then let go of the file's lock.
    fn close_editor(&mut self) {
        if self.editor.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            self.save_checklist();
        }
        if self.editor.as_ref().is_some_and(|d| d.autosave.is_dirty()) {
            return; // The save failed: stay, the notice says why.
        }
        self.editor = None;
        self.go_start();
    }

    /// Start an evaluation with the checklist as it is now (saved first).
    fn evaluate_with_checklist(&mut self) {
        self.save_checklist();
        let Some(doc) = &self.editor else { return };
        if !doc.problems.is_empty() {
            let mut lines = vec![tr::editor_fix_first(doc.problems.len())];
            lines.extend(doc.problems.iter().take(5).map(|p| p.msg()));
            self.notice = Some(Notice::error(lines));
            return;
        }
        let checklist = doc.checklist.clone();
        self.editor = None;
        self.show_new_evaluation(Some(checklist));
    }

    /// Start reading the spreadsheet off the window's thread; the editor shows the progress
    /// and [`Self::finish_import`] applies the outcome.
    fn import_sheet(&mut self, path: Option<PathBuf>) {
        let Some(doc) = &self.editor else { return };
        let folder = doc.path.parent().map(Path::to_owned).unwrap_or_default();
        let Some(path) = path.or_else(|| files::pick(Pick::Spreadsheet, &folder, self.lang)) else {
            self.ask_path(true, folder);
            return;
        };
        let base = doc.checklist.clone();
        if let Screen::Editor(s) = &mut self.screen
            && s.import.is_none()
        {
            s.import = Some(ImportJob::spawn(&path, base));
        }
    }

    fn finish_import(&mut self, outcome: ImportOutcome, now: Instant) {
        if self.editor.is_none() {
            return; // The editor was closed meanwhile.
        }
        let path = outcome.path;
        match outcome.result {
            Ok(imported) => {
                let mut lines = imported.msgs(&path);
                lines.push(tr::editor_imported_undo());
                self.edit_checklist(ChecklistEdit::Replace(Box::new(imported.checklist)), now);
                self.notice = Some(Notice::done(lines));
            }
            Err(bad) => {
                let mut lines = vec![tr::editor_import_failed(bad.problems.len(), &path)];
                lines.extend(bad.msgs());
                self.notice = Some(Notice::error(lines));
            }
        }
    }

    fn export_sheet(&mut self, path: Option<PathBuf>) {
        let Some(doc) = &self.editor else { return };
        let stem = doc
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .map(|n| n.trim_end_matches(".checklist.json").to_owned())
            .unwrap_or_else(|| "checklist".into());
        let folder = doc.path.parent().map(Path::to_owned).unwrap_or_default();
        let suggested = folder.join(format!("{stem}.xlsx"));
        let Some(path) = path.or_else(|| files::save_as(&suggested, Pick::Spreadsheet, self.lang))
        else {
            self.ask_path(false, suggested);
            return;
        };
        self.notice = Some(
            match crate::spreadsheet::export_xlsx(&path, &doc.checklist, self.lang) {
                Ok(()) => Notice::done(vec![tr::editor_exported(&path)]),
                Err(e) => Notice::error(vec![e.msg()]),
            },
        );
    }
}

impl EvalDeskApp {
    /// No dialog could open (a bare X session): ask for the path in a field instead.
    fn ask_path(&mut self, import: bool, start: PathBuf) {
        if files::dialogs_available() {
            return; // The user cancelled the dialog.
        }
        if let Screen::Editor(s) = &mut self.screen {
            s.path_prompt = Some((import, start.display().to_string()));
        }
    }
}

/// `dms-vn` → `dms-vn-ban-sao`, and "(bản sao)" / "(copy)" after the title in each language.
fn mark_as_copy(checklist: &mut Checklist) {
    checklist.id = format!("{}-ban-sao", checklist.id);
    let mark = |lang| tr::copy_mark().text(lang);
    checklist.title = match &checklist.title {
        Text::Plain(t) => Text::Plain(format!("{t} {}", mark(crate::i18n::Lang::Vi))),
        Text::Localized { vi, en } => Text::Localized {
            vi: vi
                .as_ref()
                .map(|t| format!("{t} {}", mark(crate::i18n::Lang::Vi))),
            en: en
                .as_ref()
                .map(|t| format!("{t} {}", mark(crate::i18n::Lang::En))),
        },
    };
}

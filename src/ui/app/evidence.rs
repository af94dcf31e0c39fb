//! A self-assessment's evidence, applied by the app: the file chosen in the system's dialog
//! copied into `minh-chung/` beside the session (the side effect), then added to the cell's
//! score through the [`crate::ui::session_doc::SessionDoc`] (undo, recovery copy and autosave
//! see it); a typed document added, an item taken off, an attached file opened.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::EvalDeskApp;
use crate::i18n::tr;
use crate::model::Evidence;
use crate::model::problem::IoProblem;
use crate::store::evidence;
use crate::ui::dialogs::Notice;
use crate::ui::files::{self, Pick};

impl EvalDeskApp {
    /// "Attach a file…": the dialog when no path is given, then the copy and the item.
    pub(super) fn attach_evidence(
        &mut self,
        criterion: &str,
        candidate: &str,
        path: Option<PathBuf>,
        now: Instant,
    ) {
        let Some(doc) = &self.doc else { return };
        // Only on a cell that can take it: scored, in a session open for editing.
        if doc.file().is_read_only() || doc.score(criterion, candidate).is_none() {
            return;
        }
        let session_file = doc.file().path.clone();
        let path = match path {
            Some(p) => p,
            None => {
                let start = session_file.parent().unwrap_or(Path::new("."));
                match files::pick(Pick::AnyFile, start, self.lang) {
                    Some(p) => p,
                    None if !files::dialogs_available() => {
                        self.notice = Some(Notice::error(vec![tr::selfui_no_dialog()]));
                        return;
                    }
                    None => return,
                }
            }
        };
        match evidence::attach(&session_file, &path) {
            Ok(item) => self.add_evidence(criterion, candidate, item, now),
            Err(e) => self.notice = Some(Notice::error(vec![e.msg()])),
        }
    }

    pub(super) fn add_evidence(
        &mut self,
        criterion: &str,
        candidate: &str,
        item: Evidence,
        now: Instant,
    ) {
        if let Some(doc) = &mut self.doc
            && doc.add_evidence(criterion, candidate, item, now)
        {
            doc.write_recovery(self.recovery.as_ref());
        }
    }

    pub(super) fn remove_evidence(
        &mut self,
        criterion: &str,
        candidate: &str,
        index: usize,
        now: Instant,
    ) {
        if let Some(doc) = &mut self.doc
            && doc.remove_evidence(criterion, candidate, index, now)
        {
            doc.write_recovery(self.recovery.as_ref());
        }
    }

    /// Open an attached file, named relative to the session's folder, with the system's
    /// viewer. Only a path below that folder is opened (a file edited by hand may name
    /// anything; validation words that).
    pub(super) fn open_evidence(&mut self, file: &str) {
        let Some(doc) = &self.doc else { return };
        if !crate::model::validate::is_relative_below(file) {
            return;
        }
        let folder = doc.file().path.parent().unwrap_or(Path::new("")).to_owned();
        let path = file.split('/').fold(folder, |p, part| p.join(part));
        let result = if path.is_file() {
            files::show_in_file_manager(&path).map_err(|e| IoProblem::from_io(&e))
        } else {
            Err(IoProblem::NotFound)
        };
        if let Err(why) = result {
            self.notice = Some(Notice::error(vec![tr::selfui_open_failed(
                &path,
                why.msg(),
            )]));
        }
    }
}

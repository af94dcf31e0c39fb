//! A spreadsheet import run off the window's thread: reading a large workbook takes seconds,
//! and the window must go on answering (and say how far the reading has got) meanwhile.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use eframe::egui;

use crate::i18n::{Lang, tr};
use crate::model::Checklist;
use crate::spreadsheet::{BadSheet, Imported, Progress, SheetIssue, SheetProblem};

/// What an import ended with, for the app to apply.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOutcome {
    pub path: PathBuf,
    pub result: Result<Imported, BadSheet>,
}

pub struct ImportJob {
    pub path: PathBuf,
    progress: Arc<Progress>,
    handle: Option<JoinHandle<Result<Imported, BadSheet>>>,
}

impl ImportJob {
    /// Read `path` into a checklist on a thread of its own; `base` gives what a sheet of
    /// criteria alone does not say.
    pub fn spawn(path: &Path, base: Checklist) -> ImportJob {
        let progress = Arc::new(Progress::default());
        let (file, counter) = (path.to_owned(), Arc::clone(&progress));
        let handle = std::thread::spawn(move || {
            crate::store::priority::below_the_window();
            crate::spreadsheet::import_file_with(&file, &base, &counter)
        });
        ImportJob {
            path: path.to_owned(),
            progress,
            handle: Some(handle),
        }
    }

    /// The outcome once the thread has ended (`None` while it runs).
    pub fn finished(&mut self) -> Option<ImportOutcome> {
        if !self.handle.as_ref()?.is_finished() {
            return None;
        }
        let result = match self.handle.take()?.join() {
            Ok(result) => result,
            // Nothing the reading does should panic; if it did, say so rather than vanish.
            Err(_) => Err(BadSheet::new(
                &self.path,
                vec![SheetProblem::whole(SheetIssue::Unreadable(String::new()))],
            )),
        };
        Some(ImportOutcome {
            path: self.path.clone(),
            result,
        })
    }

    /// A modal with the file and the cells read so far; nothing else changes meanwhile.
    pub fn show(&self, ctx: &egui::Context, lang: Lang) {
        egui::Modal::new(egui::Id::unique("sheet-import-progress")).show(ctx, |ui| {
            let file = self.path.file_name().map(Path::new).unwrap_or(&self.path);
            ui.heading(tr::sheet_import_reading(file).text(lang));
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr::sheet_import_cells(self.progress.cells()).text(lang));
            });
        });
        ctx.request_repaint_after(std::time::Duration::from_millis(50));
    }
}

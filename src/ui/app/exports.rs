//! Exports from the results screen — charts, the report — run in the background: where
//! they go, what they are made from, and the progress shown while they run.

use std::path::PathBuf;

use eframe::egui;

use super::EvalDeskApp;
use crate::ui::Screen;
use crate::ui::dialogs::Notice;
use crate::ui::export_job::ExportJob;
use crate::ui::files::{self, Pick};

impl EvalDeskApp {
    /// While charts or a report are written: a small window with the progress; at the end, what happened.
    pub(super) fn export_progress(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.export else { return };
        if let Some(outcome) = job.finished() {
            self.notice = Some(outcome);
            self.export = None;
            ctx.request_repaint();
            return;
        }
        // A modal: nothing else is changed while the charts are written.
        egui::Modal::new(egui::Id::unique("export-progress")).show(ctx, |ui| {
            ui.heading(job.title.text(self.lang));
            ui.label(job.folder.display().to_string());
            ui.add(egui::ProgressBar::new(job.fraction()).text(job.progress().text(self.lang)));
        });
        ctx.request_repaint_after(std::time::Duration::from_millis(50));
    }

    /// Where exports go: the folder of the sessions compared, and the folder chosen in the
    /// system dialog (None if cancelled) or, without a dialog, that same folder. An export
    /// is always a new folder in it (`name`, `name-2`, …), so nothing there is replaced.
    fn export_folder(&self) -> Option<(PathBuf, PathBuf)> {
        let Screen::Results(screen) = &self.screen else {
            return None;
        };
        let beside = match screen.paths.first() {
            Some(p) if p.is_dir() => p.clone(),
            Some(p) => p.parent().unwrap_or(p).to_owned(),
            None => self.evaluations_dir.clone(),
        };
        let chosen = if files::dialogs_available() {
            files::pick(Pick::Folder, &beside, self.lang)?
        } else {
            beside.clone()
        };
        Some((beside, chosen))
    }

    /// The files being read, which no export may replace or hold: the paths compared, each
    /// session's file, and the report settings beside them.
    fn export_inputs(&self, beside: &std::path::Path) -> Vec<PathBuf> {
        let Screen::Results(screen) = &self.screen else {
            return Vec::new();
        };
        let mut inputs = screen.paths.clone();
        inputs.extend(screen.sessions.iter().map(|(p, _)| p.clone()));
        inputs.push(beside.join("report-settings.json"));
        inputs
    }

    /// Every chart, for the checklist's weights (not weights being tried), into a new folder
    /// (`bieu-do`, `bieu-do-2`, … in the chosen folder; without a dialog, beside the sessions:
    /// the notice names it).
    pub(super) fn export_charts(&mut self, width: u32) {
        let Screen::Results(screen) = &self.screen else {
            return;
        };
        let Some(results) = screen.base.clone() else {
            return;
        };
        if self.export.is_some() {
            return;
        }
        let Some((beside, chosen)) = self.export_folder() else {
            return;
        };
        let folder = new_folder(&chosen, crate::report::write::names(self.lang).charts);
        let inputs = self.export_inputs(&beside);
        let job = ExportJob::charts(&folder, inputs, results, self.lang, width);
        self.export = Some(job);
    }

    /// The report of the sessions counted, for the checklist's weights, in a new folder
    /// (`bao-cao`, `bao-cao-2`, … in the chosen folder). Who issues it comes from
    /// `report-settings.json` beside the sessions when there is one.
    pub(super) fn export_report(&mut self) {
        let Screen::Results(screen) = &self.screen else {
            return;
        };
        let Some(results) = screen.base.clone() else {
            return;
        };
        if self.export.is_some() {
            return;
        }
        let sessions: Vec<crate::model::Session> = screen
            .sessions
            .iter()
            .zip(&screen.counted)
            .filter(|(_, c)| **c)
            .map(|((_, s), _)| s.clone())
            .collect();
        let Some((beside, chosen)) = self.export_folder() else {
            return;
        };
        let settings_file = beside.join("report-settings.json");
        let settings = if settings_file.exists() {
            match crate::report::settings::ReportSettings::load(&settings_file) {
                Ok(s) => s,
                Err(e) => {
                    self.notice = Some(Notice::error(vec![e.msg()]));
                    return;
                }
            }
        } else {
            Default::default()
        };
        let folder = new_folder(&chosen, crate::report::write::names(self.lang).report);
        let inputs = self.export_inputs(&beside);
        let job = ExportJob::report(&folder, inputs, results, sessions, settings, self.lang);
        self.export = Some(job);
    }
}

/// The first of `name`, `name-2`, … that is not in `chosen` (after 99, `name` itself, which
/// the export then refuses as existing rather than replace).
fn new_folder(chosen: &std::path::Path, name: &str) -> PathBuf {
    (1..100)
        .map(|i| match i {
            1 => chosen.join(name),
            _ => chosen.join(format!("{name}-{i}")),
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| chosen.join(name))
}

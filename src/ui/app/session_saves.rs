//! Saving the session being scored, applied by the app: autosave when due (on a thread of
//! its own, see `session_doc/background.rs`), saving on the spot after any save under way, and
//! telling the user of a failed save or of a conflict copy.

use std::time::Instant;

use eframe::egui;

use super::EvalDeskApp;
use crate::store::StoreError;
use crate::ui::dialogs::Notice;

impl EvalDeskApp {
    /// Autosave when due; keep repainting until then so the save happens on time.
    pub fn tick(&mut self, ctx: &egui::Context, now: Instant) {
        self.autosave_if_due(now);
        let waits = [
            self.doc.as_ref().and_then(|d| d.autosave().wait(now)),
            self.editor.as_ref().and_then(|d| d.autosave.wait(now)),
            self.meeting.as_ref().and_then(|d| d.autosave().wait(now)),
        ];
        if let Some(wait) = waits.into_iter().flatten().min() {
            ctx.request_repaint_after(wait);
        }
        // A save under way: look again soon, to show it done (or failed).
        if self.doc.as_ref().is_some_and(|d| d.is_saving()) {
            ctx.request_repaint_after(std::time::Duration::from_millis(20));
        }
    }

    /// Save the open session (on a thread of its own), and the checklist being edited, if
    /// their autosave is due; take back the outcome of a session's save once it is done.
    pub fn autosave_if_due(&mut self, now: Instant) {
        self.settle_save(false);
        if let Some(doc) = &mut self.doc
            && doc.autosave().due(now)
            && let Err(e) = doc.start_save()
        {
            self.notice = Some(Notice::error(e.msgs()));
        }
        if self.editor.as_ref().is_some_and(|d| d.autosave.due(now)) {
            self.save_checklist();
        }
        self.autosave_meeting(now);
    }

    /// Wait for a save under way, and tell its outcome.
    pub fn wait_for_save(&mut self) {
        self.settle_save(true);
    }

    /// Take back the outcome of the session's save under way, if done (`wait`: wait for it).
    pub(super) fn settle_save(&mut self, wait: bool) {
        let Some(doc) = &mut self.doc else { return };
        if let Some(result) = doc.finish_save(self.recovery.as_ref(), wait) {
            self.tell_saved(result);
        }
    }

    /// Save now, after any save under way.
    pub(super) fn save_doc(&mut self) {
        self.settle_save(true);
        let Some(doc) = &mut self.doc else { return };
        let result = doc.save(self.recovery.as_ref());
        self.tell_saved(result);
    }

    /// A failed save, or one written beside the file because someone else changed it, is
    /// told; the conflict copy goes into the recent files.
    fn tell_saved(&mut self, result: Result<(), StoreError>) {
        match result {
            Ok(()) => {}
            Err(e @ StoreError::Conflict { .. }) => {
                self.notice = Some(Notice::error(e.msgs()));
                if let Some(path) = self.doc.as_ref().map(|d| d.file().path.clone()) {
                    self.remember(&path);
                }
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }
}

//! The recovery dialog's actions, applied by the app: a copy of unsaved scores left by a run
//! that ended without saving is restored into its session (then saved, and the copy goes),
//! dropped, or offered again at the next start.

use std::time::Instant;

use super::EvalDeskApp;
use crate::store::{OpenSession, ReadOnly, Recovery};
use crate::ui::RecoveryAction;
use crate::ui::dialogs::Notice;

impl EvalDeskApp {
    pub(super) fn apply_recovery(&mut self, action: RecoveryAction, now: Instant) {
        match action {
            RecoveryAction::Restore(i) => self.restore(i, now),
            RecoveryAction::Drop(i) => {
                if i < self.pending_recovery.len() {
                    let r = self.pending_recovery.remove(i);
                    let _ = std::fs::remove_file(&r.copy);
                }
            }
            RecoveryAction::RestoreReview(i) => self.restore_review(i),
            RecoveryAction::DropReview(i) => {
                if i < self.pending_review_recovery.len() {
                    let r = self.pending_review_recovery.remove(i);
                    let _ = std::fs::remove_file(&r.copy);
                }
            }
            RecoveryAction::Postpone => {
                self.pending_recovery.clear();
                self.pending_review_recovery.clear();
            }
        }
    }

    fn restore(&mut self, i: usize, now: Instant) {
        if i >= self.pending_recovery.len() {
            return;
        }
        let r = self.pending_recovery.remove(i);
        let Some(file) = self.recovered_file(&r) else {
            self.pending_recovery.insert(i, r);
            return;
        };
        // Where the evaluator was: the last cell the recovered copy changed (in checklist
        // order; evaluators work down the list), not the first criterion.
        let last_change = r.changes().into_iter().last();
        self.start_scoring(file);
        let Some(doc) = &mut self.doc else { return };
        doc.replace(r.session.clone(), now);
        if let (Some(change), crate::ui::Screen::Scoring(s)) = (&last_change, &mut self.screen) {
            s.select(doc.session(), &change.criterion, &change.candidate);
        }
        self.save_doc();
        // Used: the copy goes once its scores are safely in the session file.
        if self.doc.as_ref().is_some_and(|d| !d.autosave().is_dirty()) {
            let _ = std::fs::remove_file(&r.copy);
        }
        self.remember(&r.session_path);
    }

    /// The session file a recovery copy goes back into, open for writing; `None` (and a
    /// notice saying why) when it cannot be.
    fn recovered_file(&mut self, r: &Recovery) -> Option<OpenSession> {
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
                        return None;
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
            return None;
        }
        Some(file)
    }
}

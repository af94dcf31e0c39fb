//! The recovery dialog's "Restore" for minutes a crash left unsaved: the copy goes back into
//! its review file through the review's store — locked (a stale lock left by the crashed
//! run taken over), refused when final or held by someone else, and saved with the check for
//! changes by others (a conflict keeps theirs and saves ours beside it). Then the results of
//! its folder are shown, with the restored minutes, from which the meeting goes on.

use std::path::Path;

use super::EvalDeskApp;
use crate::i18n::{Msg, tr};
use crate::store::{OpenReview, ReadOnly, ReviewRecovery, StoreError};
use crate::ui::dialogs::Notice;

impl EvalDeskApp {
    pub(super) fn restore_review(&mut self, i: usize) {
        if i >= self.pending_review_recovery.len() {
            return;
        }
        let r = self.pending_review_recovery.remove(i);
        let saved = match self.restored_review(&r) {
            Ok(saved) => saved,
            Err(why) => {
                // Still offered: nothing was written, the copy is all there is.
                self.notice = Some(Notice::error(why));
                self.pending_review_recovery.insert(i, r);
                return;
            }
        };
        // Used: the copy goes once its decisions are safely in a review file.
        let _ = std::fs::remove_file(&r.copy);
        let name = saved.file_name().unwrap_or_default().to_string_lossy();
        let mut lines = vec![tr::mt2_restored(name.into_owned())];
        if let Some(conflict) = self.notice.take() {
            lines.extend(conflict.lines);
        }
        let folder = r.review_path.parent().unwrap_or(Path::new(".")).to_owned();
        self.open_results(&[folder]);
        self.notice = Some(Notice::done(lines));
    }

    /// Write the recovered minutes into their file; the file they are now in (beside it
    /// after a conflict, which is then told in `self.notice`), or why they could not be.
    fn restored_review(&mut self, r: &ReviewRecovery) -> Result<std::path::PathBuf, Vec<Msg>> {
        let mut file = match OpenReview::open(&r.review_path, &self.user) {
            Ok(f) => f,
            // The file is gone or damaged: the recovered copy takes its place.
            Err(e) => OpenReview::create(&r.review_path, r.review.clone(), &self.user)
                .map_err(|_| e.msgs())?,
        };
        // The lock left by the crashed run is stale: the user chose to restore, so take it.
        if matches!(file.read_only, Some(ReadOnly::StaleLock(_))) {
            file.take_over_lock(&self.user).map_err(|e| e.msgs())?;
        }
        if let Some(why) = &file.read_only {
            return Err(vec![why.review_msg()]);
        }
        let mut review = r.review.clone();
        review.modified = Some(crate::model::now_timestamp());
        match file.save(&review, &self.user) {
            Ok(()) => Ok(file.path.clone()),
            Err(e @ StoreError::Conflict { .. }) => {
                self.notice = Some(Notice::error(e.msgs()));
                Ok(file.path.clone())
            }
            Err(e) => Err(e.msgs()),
        }
    }
}

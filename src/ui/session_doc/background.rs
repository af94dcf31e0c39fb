//! Autosave on a thread of its own. Saving a 500 × 5 session — written out, the file on disk
//! read back and hashed to notice another's change, written atomically and flushed — took
//! 11 ms on the window's thread: a stalled frame every two seconds while an evaluator types.
//! Now the document hands a copy to a thread and goes on; the next frame takes the outcome
//! back. One save at a time, under the session's lock, which the document keeps throughout;
//! an explicit save (Ctrl+S, leaving, closing, submitting) first waits for it.

use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::Instant;

use super::{SaveState, SessionDoc};
use crate::model::{Session, now_timestamp};
use crate::store::{RecoveryWriter, StoreError, Written};

pub(super) struct SaveInFlight {
    thread: JoinHandle<(Session, Result<Written, StoreError>)>,
    /// The document's revision when the copy was taken: the recovery copy is forgotten only
    /// if nothing changed since (otherwise it holds changes this save does not).
    revision: u64,
    /// The file before saving: after a conflict the file is the conflict copy, and the
    /// recovery copy to forget is the one kept for the original.
    path: PathBuf,
    /// Since when the changes it carries were waiting, should it fail.
    since: Option<Instant>,
}

impl SessionDoc {
    /// Begin saving the session as it is now, unless a save is under way (then it is tried
    /// again at the next frame). An error only when it cannot begin (read-only).
    pub fn start_save(&mut self) -> Result<(), StoreError> {
        if self.saving.is_some() {
            return Ok(());
        }
        let ticket = match self.file.ticket() {
            Ok(ticket) => ticket,
            Err(e) => {
                self.save_state = SaveState::Failed(e.msg());
                return Err(e);
            }
        };
        let mut session = self.session.clone();
        session.modified = now_timestamp();
        let thread = std::thread::spawn(move || {
            crate::store::priority::below_the_window();
            let written = ticket.write(&session);
            (session, written)
        });
        self.saving = Some(SaveInFlight {
            thread,
            revision: self.revision,
            path: self.file.path.clone(),
            since: self.autosave.saving(),
        });
        Ok(())
    }

    /// Is a save under way?
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// Take back the outcome of the save under way once it is done (`wait`: wait for it);
    /// `None` when there is none, or it is not done and `wait` is false.
    pub fn finish_save(
        &mut self,
        recovery: Option<&RecoveryWriter>,
        wait: bool,
    ) -> Option<Result<(), StoreError>> {
        if !wait && !self.saving.as_ref()?.thread.is_finished() {
            return None;
        }
        let flight = self.saving.take()?;
        let (session, written) = match flight.thread.join() {
            Ok(outcome) => outcome,
            // Writing out a session does not panic; if it ever did, it is a bug to surface.
            Err(panic) => std::panic::resume_unwind(panic),
        };
        let modified = session.modified.clone();
        let result = self.file.finish(written, session);
        let unchanged = self.revision == flight.revision;
        let forget = recovery
            .filter(|_| unchanged)
            .map(|r| (r, flight.path.as_path()));
        if !self.after_save(&result, modified, forget) {
            self.autosave.failed(flight.since);
        }
        Some(result)
    }
}

impl Drop for SessionDoc {
    /// A save under way finishes before the document (and its lock) goes; its outcome has
    /// no one left to tell, and on failure the recovery copy is still there.
    fn drop(&mut self) {
        if let Some(flight) = self.saving.take() {
            let _ = flight.thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Score, parse_session};
    use crate::store::{OpenSession, RecoveryStore};

    fn draft(dir: &std::path::Path) -> SessionDoc {
        let path = dir.join("s.evaluation.json");
        std::fs::copy("evaluations/demo/binh-tran.evaluation.json", &path).unwrap();
        SessionDoc::new(OpenSession::open(&path, "Bình").unwrap())
    }

    fn set(d: &mut SessionDoc, criterion: &str, v: f64) {
        let score = Score::with_value(None, criterion, "m-office", v);
        assert!(d.set_score(criterion, "m-office", Some(score), Instant::now()));
    }

    fn on_disk(d: &SessionDoc) -> Session {
        parse_session(&std::fs::read(&d.file.path).unwrap()).unwrap()
    }

    /// The file gets the session as it was when the save began; a change made meanwhile
    /// waits for the next save, and its recovery copy stays.
    #[test]
    fn a_change_made_while_saving_waits_for_the_next_save_and_keeps_its_recovery_copy() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = RecoveryWriter::new(RecoveryStore::new(dir.path().join("recovery")));
        let mut d = draft(dir.path());
        set(&mut d, "G1.1", 0.0);
        d.write_recovery(Some(&recovery));
        d.start_save().unwrap();
        assert!(!d.autosave.is_dirty() && d.is_saving());
        set(&mut d, "G1.2", 0.0);
        d.write_recovery(Some(&recovery));
        d.finish_save(Some(&recovery), true).unwrap().unwrap();
        assert!(!d.is_saving());
        let saved = on_disk(&d);
        assert_eq!(saved.score("G1.1", "m-office").unwrap().value, Some(0.0));
        assert_ne!(saved.score("G1.2", "m-office").unwrap().value, Some(0.0));
        assert!(d.autosave.is_dirty(), "the later change is still to save");
        assert_eq!(recovery.pending().len(), 1, "its recovery copy kept");
        assert_eq!(
            d.file.session, saved,
            "the file as saved is the one remembered"
        );
        // The next save carries it, and then the recovery copy goes.
        d.start_save().unwrap();
        d.finish_save(Some(&recovery), true).unwrap().unwrap();
        assert_eq!(on_disk(&d).scores, d.session.scores);
        assert!(!d.autosave.is_dirty() && matches!(d.save_state, SaveState::Saved(_)));
        assert!(recovery.pending().is_empty());
    }

    /// Someone else saved the file meanwhile: theirs is left alone and ours is written
    /// beside it, which the document continues with.
    #[test]
    fn a_file_changed_by_someone_else_is_left_alone_and_ours_saved_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = draft(dir.path());
        let theirs = d.file.path.clone();
        let before = std::fs::read(&theirs).unwrap();
        let mut changed = before.clone();
        changed.extend_from_slice(b"\n");
        std::fs::write(&theirs, &changed).unwrap();
        set(&mut d, "G1.1", 0.0);
        d.start_save().unwrap();
        let result = d.finish_save(None, true).unwrap();
        assert!(
            matches!(result, Err(StoreError::Conflict { .. })),
            "{result:?}"
        );
        assert_eq!(std::fs::read(&theirs).unwrap(), changed, "theirs untouched");
        assert_ne!(d.file.path, theirs);
        assert_eq!(on_disk(&d).scores, d.session.scores);
    }

    /// A save that cannot be written says why, and its changes wait again from when they
    /// first did, so the next frame tries again.
    #[test]
    fn a_failed_save_says_why_and_its_changes_wait_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = draft(dir.path());
        let t0 = Instant::now();
        let score = Score::with_value(None, "G1.1", "m-office", 0.0);
        d.set_score("G1.1", "m-office", Some(score), t0);
        std::fs::remove_dir_all(dir.path()).unwrap();
        d.start_save().unwrap();
        let result = d.finish_save(None, true).unwrap();
        assert!(matches!(result, Err(StoreError::Save(_))), "{result:?}");
        assert!(matches!(d.save_state, SaveState::Failed(_)));
        assert!(
            d.autosave.due(t0 + d.autosave.delay),
            "due again, as from t0"
        );
    }
}

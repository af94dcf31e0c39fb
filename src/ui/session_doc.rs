//! The session being scored: the working copy, its undo history, and its autosave state.
//! Its fields are private: every change goes through its methods ([`SessionDoc::set_score`],
//! [`SessionDoc::replace`], …), so undo, the cell order, the revision, the recovery copy and
//! the autosave see all of them. No egui here.
//!
//! Named after what it holds, a session, beside [`super::ChecklistDoc`] (the editor's), and
//! apart from `model::Parsed`, which is what a file on disk turned out to be.

mod background;
mod evidence;

use std::collections::HashMap;
use std::time::Instant;

use crate::i18n::Msg;
use crate::model::{Score, Session, now_timestamp};
use crate::store::autosave::Autosave;
use crate::store::{OpenSession, RecoveryWriter, StoreError};

/// One change to one (criterion, candidate): the score before and after (`None`: no score).
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub criterion: String,
    pub candidate: String,
    pub before: Option<Score>,
    pub after: Option<Score>,
}

/// The outcome of the last save, for the status bar.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Clean,
    /// The time of day it was saved.
    Saved(String),
    Failed(Msg),
}

pub struct SessionDoc {
    file: OpenSession,
    /// What the evaluator sees and edits; saved to `file` by autosave.
    session: Session,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    autosave: Autosave,
    save_state: SaveState,
    /// Increases with every change: caches keyed by it know when to redraw.
    revision: u64,
    /// Notes of cells whose score was cleared (N/A switched off): the format keeps a note
    /// only with a value or N/A, so the note waits here and comes back with the next score.
    parked_notes: HashMap<(String, String), String>,
    /// The same for a self-assessment's evidence: N/A switched off does not lose it.
    parked_evidence: HashMap<(String, String), Vec<crate::model::Evidence>>,
    /// Each criterion's and candidate's place, and whether the scores are in that order yet.
    order: CellOrder,
    in_order: bool,
    /// An autosave under way on its own thread.
    saving: Option<background::SaveInFlight>,
}

/// Each criterion's place in the checklist and each candidate's in the session, made once
/// for a session: building these maps and scanning the 2,500 scores on every change was
/// most of what a keystroke cost at 500 × 5.
struct CellOrder {
    criteria: HashMap<String, usize>,
    candidates: HashMap<String, usize>,
}

impl CellOrder {
    fn new(session: &Session) -> CellOrder {
        let places = |ids: Vec<&String>| ids.into_iter().cloned().zip(0..).collect();
        CellOrder {
            criteria: places(session.checklist.criteria().map(|(_, c)| &c.id).collect()),
            candidates: places(session.candidates.iter().map(|c| &c.id).collect()),
        }
    }

    /// Where a cell goes; ids the session lacks go last.
    fn key(&self, criterion: &str, candidate: &str) -> (usize, usize) {
        let place = |map: &HashMap<String, usize>, id: &str| map.get(id).copied();
        (
            place(&self.criteria, criterion).unwrap_or(usize::MAX),
            place(&self.candidates, candidate).unwrap_or(usize::MAX),
        )
    }

    fn is_order_of(&self, session: &Session) -> bool {
        session
            .scores
            .is_sorted_by_key(|s| self.key(&s.criterion, &s.candidate))
    }
}

impl SessionDoc {
    pub fn new(file: OpenSession) -> SessionDoc {
        let session = file.session.clone();
        let order = CellOrder::new(&session);
        SessionDoc {
            file,
            in_order: order.is_order_of(&session),
            order,
            saving: None,
            session,
            undo: Vec::new(),
            redo: Vec::new(),
            autosave: Autosave::default(),
            save_state: SaveState::Clean,
            revision: 0,
            parked_notes: HashMap::new(),
            parked_evidence: HashMap::new(),
        }
    }

    /// The file: its path, whether and why it is read-only.
    pub fn file(&self) -> &OpenSession {
        &self.file
    }

    /// The working copy, as the evaluator sees it.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Increases with every change: caches keyed by it know when to redraw.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether changes wait to be saved, and when.
    pub fn autosave(&self) -> &Autosave {
        &self.autosave
    }

    /// The outcome of the last save, for the status bar.
    pub fn save_state(&self) -> &SaveState {
        &self.save_state
    }

    /// Take over the stale lock of a session left by a run that ended without letting go,
    /// then start again from the file as read (it may be newer than when it was opened).
    pub fn take_over_lock(&mut self, owner: &str) -> Result<(), StoreError> {
        self.file.take_over_lock(owner)?;
        self.start_from(self.file.session.clone());
        self.autosave.saved();
        Ok(())
    }

    /// The working copy becomes `session` (a recovered copy): one change, to be saved, that
    /// nothing before it can undo.
    pub fn replace(&mut self, session: Session, now: Instant) {
        self.start_from(session);
        self.changed(now);
    }

    /// Start again from `session`: its own cell order, no history. Without a new cell order,
    /// a session whose scores or candidates are in another order would have its cells found
    /// by a binary search over the wrong order, and a keystroke would add a second score for
    /// a cell instead of changing it.
    fn start_from(&mut self, session: Session) {
        self.order = CellOrder::new(&session);
        self.in_order = self.order.is_order_of(&session);
        self.session = session;
        self.undo.clear();
        self.redo.clear();
        self.parked_notes.clear();
        self.parked_evidence.clear();
        self.revision += 1;
    }

    pub fn score(&self, criterion: &str, candidate: &str) -> Option<&Score> {
        self.session.score(criterion, candidate)
    }

    /// Keep `note` for a cell that has no score yet (the format keeps a note only with a
    /// value or N/A): it is saved with the cell's first score. `None` forgets it.
    pub fn park_note(&mut self, criterion: &str, candidate: &str, note: Option<String>) {
        if self.file.is_read_only() || self.score(criterion, candidate).is_some() {
            return;
        }
        let cell = (criterion.to_owned(), candidate.to_owned());
        match note.filter(|n| !n.trim().is_empty()) {
            Some(n) => self.parked_notes.insert(cell, n),
            None => self.parked_notes.remove(&cell),
        };
        self.revision += 1;
    }

    /// The note waiting for a cell's next score, if its score was cleared.
    pub fn parked_note(&self, criterion: &str, candidate: &str) -> Option<&str> {
        self.parked_notes
            .get(&(criterion.to_owned(), candidate.to_owned()))
            .map(String::as_str)
    }

    /// Set (or, with `None`, clear) one score as one undo step. Returns false when nothing
    /// changed or the session is read-only.
    pub fn set_score(
        &mut self,
        criterion: &str,
        candidate: &str,
        after: Option<Score>,
        now: Instant,
    ) -> bool {
        if self.file.is_read_only() {
            return false;
        }
        let before = self.score(criterion, candidate).cloned();
        let cell = (criterion.to_owned(), candidate.to_owned());
        let mut after = after;
        self.carry_evidence(&cell, before.as_ref(), after.as_mut());
        match (&before, &mut after) {
            (Some(b), None) => {
                if let Some(note) = &b.note {
                    self.parked_notes.insert(cell, note.clone());
                }
            }
            (_, Some(a)) if a.note.is_none() => {
                a.note = self.parked_notes.remove(&cell);
            }
            (_, Some(_)) => {
                self.parked_notes.remove(&cell);
            }
            (None, None) => {}
        }
        if before == after {
            return false;
        }
        self.put(criterion, candidate, after.clone());
        self.undo.push(Edit {
            criterion: criterion.into(),
            candidate: candidate.into(),
            before,
            after,
        });
        self.redo.clear();
        self.changed(now);
        true
    }

    /// Undo the last change; returns the cell it touched.
    pub fn undo(&mut self, now: Instant) -> Option<(String, String)> {
        let edit = self.undo.pop()?;
        self.put(&edit.criterion, &edit.candidate, edit.before.clone());
        let cell = (edit.criterion.clone(), edit.candidate.clone());
        self.unpark_restored(&cell, edit.before.is_some());
        self.redo.push(edit);
        self.changed(now);
        Some(cell)
    }

    pub fn redo(&mut self, now: Instant) -> Option<(String, String)> {
        let edit = self.redo.pop()?;
        self.put(&edit.criterion, &edit.candidate, edit.after.clone());
        let cell = (edit.criterion.clone(), edit.candidate.clone());
        self.unpark_restored(&cell, edit.after.is_some());
        self.undo.push(edit);
        self.changed(now);
        Some(cell)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn changed(&mut self, now: Instant) {
        self.revision += 1;
        self.autosave.changed(now);
    }

    /// Replace the score of a cell, keeping the scores in checklist then candidate order so
    /// saved files read in the order the evaluator scored them on screen. A file in another
    /// order is sorted once, by the first change; after that the cell is found by binary
    /// search and replaced, removed or inserted where it belongs.
    fn put(&mut self, criterion: &str, candidate: &str, score: Option<Score>) {
        let order = &self.order;
        let key = |s: &Score| order.key(&s.criterion, &s.candidate);
        let scores = &mut self.session.scores;
        if !self.in_order {
            scores.sort_by_cached_key(key);
            self.in_order = true;
        }
        let wanted = order.key(criterion, candidate);
        let i = scores.partition_point(|s| key(s) < wanted);
        // Cells of criteria or candidates the checklist lacks share the last key.
        let found = scores[i..]
            .iter()
            .take_while(|s| key(s) == wanted)
            .position(|s| s.criterion == criterion && s.candidate == candidate)
            .map(|at| i + at);
        match (found, score) {
            (Some(at), Some(score)) => scores[at] = score,
            (Some(at), None) => {
                scores.remove(at);
            }
            (None, Some(score)) => {
                let end = scores.partition_point(|s| key(s) <= wanted);
                scores.insert(end, score);
            }
            (None, None) => {}
        }
    }

    /// Keep the latest state in the recovery copy (called after every change).
    pub fn write_recovery(&self, recovery: Option<&RecoveryWriter>) {
        if let Some(r) = recovery
            && !self.file.is_read_only()
        {
            r.write(&self.file.path, &self.session);
        }
    }

    /// Save now. On success the recovery copy goes; on failure nothing is lost (the working
    /// copy and the recovery copy remain) and the reason is kept for the status bar.
    pub fn save(&mut self, recovery: Option<&RecoveryWriter>) -> Result<(), StoreError> {
        let mut session = self.session.clone();
        session.modified = now_timestamp();
        // The path before saving: after a conflict the file is the conflict copy, and the
        // recovery copy to forget is the one kept for the original.
        let path = self.file.path.clone();
        let result = self.file.save(&session);
        let forget = recovery.map(|r| (r, path.as_path()));
        if self.after_save(&result, session.modified, forget) {
            self.autosave.saved();
        }
        result
    }

    /// Take in the outcome of saving a copy of the session stamped `modified`: saved (or
    /// written beside a file someone else changed), the time is shown and the recovery copy
    /// at `forget` goes; failed, the reason is shown. Whether it was saved.
    fn after_save(
        &mut self,
        result: &Result<(), StoreError>,
        modified: String,
        forget: Option<(&RecoveryWriter, &std::path::Path)>,
    ) -> bool {
        match result {
            Ok(()) | Err(StoreError::Conflict { .. }) => {
                self.save_state = SaveState::Saved(crate::format::time_of_day(&modified));
                self.session.modified = modified;
                if let Some((r, path)) = forget {
                    r.remove(path);
                }
                true
            }
            Err(e) => {
                self.save_state = SaveState::Failed(e.msg());
                false
            }
        }
    }

    /// Submit: complete → submitted, sealed, saved, read-only. Returns the seal, or the
    /// missing (criterion, candidate) pairs, or why it could not be saved (then nothing
    /// changed: the session stays an editable draft).
    /// Submit and seal, recording the declaration of no conflict of interest when ticked.
    pub fn submit(
        &mut self,
        recovery: Option<&RecoveryWriter>,
        no_conflict: bool,
    ) -> Result<String, SubmitError> {
        let mut sealed = self.session.clone();
        let now = now_timestamp();
        sealed.declaration = no_conflict.then(|| crate::model::Declaration {
            no_conflict: true,
            at: Some(now.clone()),
        });
        sealed.submit(now).map_err(SubmitError::Missing)?;
        self.file.save(&sealed).map_err(SubmitError::Store)?;
        self.session = sealed;
        self.file.mark_submitted();
        self.autosave.saved();
        self.revision += 1;
        self.undo.clear();
        self.redo.clear();
        if let Some(r) = recovery {
            r.remove(&self.file.path);
        }
        Ok(self
            .session
            .seal
            .as_ref()
            .map(|s| s.sha256.clone())
            .unwrap_or_default())
    }
}

pub enum SubmitError {
    Missing(Vec<(String, String)>),
    Store(StoreError),
}

#[cfg(test)]
mod tests;

//! The session being scored: the working copy, its undo history, and its autosave state.
//! Every change goes through [`Document::set_score`], so undo, the recovery copy and the
//! autosave see all of them. No egui here.

mod background;

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

pub struct Document {
    pub file: OpenSession,
    /// What the evaluator sees and edits; saved to `file` by autosave.
    pub session: Session,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    pub autosave: Autosave,
    pub save_state: SaveState,
    /// Increases with every change: caches keyed by it know when to redraw.
    pub revision: u64,
    /// Notes of cells whose score was cleared (N/A switched off): the format keeps a note
    /// only with a value or N/A, so the note waits here and comes back with the next score.
    parked_notes: HashMap<(String, String), String>,
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

impl Document {
    pub fn new(file: OpenSession) -> Document {
        let session = file.session.clone();
        let order = CellOrder::new(&session);
        Document {
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
        }
    }

    /// Start again from the file as read (after taking over a lock, the file may be newer).
    pub fn reload_from_file(&mut self) {
        self.session = self.file.session.clone();
        self.order = CellOrder::new(&self.session);
        self.in_order = self.order.is_order_of(&self.session);
        self.undo.clear();
        self.redo.clear();
        self.autosave.saved();
        self.revision += 1;
    }

    pub fn score(&self, criterion: &str, candidate: &str) -> Option<&Score> {
        self.session.score(criterion, candidate)
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
        self.redo.push(edit);
        self.changed(now);
        Some(cell)
    }

    pub fn redo(&mut self, now: Instant) -> Option<(String, String)> {
        let edit = self.redo.pop()?;
        self.put(&edit.criterion, &edit.candidate, edit.after.clone());
        let cell = (edit.criterion.clone(), edit.candidate.clone());
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
    pub fn submit(&mut self, recovery: Option<&RecoveryWriter>) -> Result<String, SubmitError> {
        let mut sealed = self.session.clone();
        sealed
            .submit(now_timestamp())
            .map_err(SubmitError::Missing)?;
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
mod tests {
    use super::*;

    fn doc(dir: &std::path::Path) -> Document {
        let session: Session = serde_json::from_str(crate::assets::BUNDLED_CHECKLISTS[0].json)
            .map(demo_session)
            .unwrap();
        let path = dir.join("t.evaluation.json");
        Document::new(OpenSession::create(&path, session, "A").unwrap())
    }

    fn demo_session(checklist: crate::model::Checklist) -> Session {
        Session {
            format: crate::model::SESSION_FORMAT.into(),
            version: 1,
            id: "t".into(),
            revises: None,
            evaluator: crate::model::Evaluator {
                name: "A".into(),
                organization: None,
                role: None,
            },
            created: now_timestamp(),
            modified: now_timestamp(),
            status: crate::model::Status::Draft,
            candidates: checklist.candidates.clone().unwrap(),
            checklist: checklist.into(),
            scores: Vec::new(),
            seal: None,
        }
    }

    fn value(criterion: &str, candidate: &str, v: f64) -> Option<Score> {
        Some(Score {
            criterion: criterion.into(),
            candidate: candidate.into(),
            value: Some(v),
            na: None,
            note: None,
        })
    }

    #[test]
    fn every_change_undoes_and_redoes_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = doc(dir.path());
        let now = Instant::now();
        assert!(d.set_score("G2.1", "v-office", value("G2.1", "v-office", 2.0), now));
        assert!(d.set_score("G1.1", "m-office", value("G1.1", "m-office", 3.0), now));
        assert!(
            !d.set_score("G1.1", "m-office", value("G1.1", "m-office", 3.0), now),
            "no change, no step"
        );
        let ids: Vec<_> = d
            .session
            .scores
            .iter()
            .map(|s| s.criterion.as_str())
            .collect();
        assert_eq!(ids, ["G1.1", "G2.1"], "kept in checklist order");
        assert_eq!(d.undo(now), Some(("G1.1".into(), "m-office".into())));
        assert!(d.score("G1.1", "m-office").is_none());
        assert_eq!(d.redo(now), Some(("G1.1".into(), "m-office".into())));
        assert_eq!(d.score("G1.1", "m-office").unwrap().value, Some(3.0));
        d.undo(now);
        d.set_score("G1.2", "m-office", value("G1.2", "m-office", 1.0), now);
        assert!(!d.can_redo(), "a new change clears the redo history");
        assert_eq!(d.revision, 6, "two sets, undo, redo, undo, set");
    }

    #[test]
    fn save_writes_the_working_copy_and_clears_autosave() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = doc(dir.path());
        d.set_score(
            "G1.1",
            "m-office",
            value("G1.1", "m-office", 3.0),
            Instant::now(),
        );
        assert!(d.autosave.is_dirty());
        d.save(None).unwrap();
        assert!(!d.autosave.is_dirty());
        let on_disk = crate::model::parse_session(&std::fs::read(&d.file.path).unwrap()).unwrap();
        assert_eq!(on_disk.scores, d.session.scores);
        assert!(matches!(d.save_state, SaveState::Saved(_)));
    }

    #[test]
    fn a_note_survives_switching_n_a_off_and_scoring_again() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = doc(dir.path());
        let now = Instant::now();
        let mut na = Score::not_applicable(None, "G1.1", "m-office");
        na.note = Some("chưa có tài liệu".into());
        d.set_score("G1.1", "m-office", Some(na), now);
        d.set_score("G1.1", "m-office", None, now);
        assert_eq!(d.parked_note("G1.1", "m-office"), Some("chưa có tài liệu"));
        let existing = d.score("G1.1", "m-office").cloned();
        let value = Score::with_value(existing.as_ref(), "G1.1", "m-office", 3.0);
        d.set_score("G1.1", "m-office", Some(value), now);
        let score = d.score("G1.1", "m-office").unwrap();
        assert_eq!(score.value, Some(3.0));
        assert_eq!(score.note.as_deref(), Some("chưa có tài liệu"));
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;

    /// Scores stay in checklist then candidate order whatever order they are given in, and a
    /// file in another order is put in order by its first change.
    #[test]
    fn scores_stay_in_checklist_then_candidate_order() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = std::fs::read("evaluations/demo/binh-tran.evaluation.json").unwrap();
        let mut session = crate::model::parse_session(&bytes).unwrap();
        let in_order = |s: &Session| {
            let places = s.score_places();
            places.windows(2).all(|w| w[0] <= w[1])
        };
        assert!(in_order(&session));
        let cells: Vec<(String, String)> = session
            .scores
            .iter()
            .map(|s| (s.criterion.clone(), s.candidate.clone()))
            .collect();
        // Every other cell cleared, then scored again from the last to the first.
        session.scores = session.scores.iter().step_by(2).cloned().collect();
        let path = dir.path().join("o.evaluation.json");
        let mut d = Document::new(OpenSession::create(&path, session, "A").unwrap());
        let now = Instant::now();
        for (c, k) in cells.iter().skip(1).step_by(2).rev() {
            let score = Score::with_value(None, c, k, 2.0);
            d.set_score(c, k, Some(score), now);
            assert!(in_order(&d.session));
        }
        assert_eq!(d.session.scores.len(), cells.len());
        // Cleared again, from the first to the last but one: found and removed in place.
        for (c, k) in cells.iter().take(cells.len() - 1) {
            d.set_score(c, k, None, now);
            assert!(in_order(&d.session) && d.session.score(c, k).is_none());
        }
        assert_eq!(d.session.scores.len(), 1);
        // Out of order on disk: the first change sorts the whole list.
        let mut reversed = d.session.clone();
        reversed.scores = cells
            .iter()
            .rev()
            .map(|(c, k)| Score::with_value(None, c, k, 3.0))
            .collect();
        let path = dir.path().join("r.evaluation.json");
        let mut d = Document::new(OpenSession::create(&path, reversed, "A").unwrap());
        let (c, k) = &cells[1];
        d.set_score(c, k, Some(Score::with_value(None, c, k, 1.0)), now);
        assert!(in_order(&d.session));
        assert_eq!(d.session.scores.len(), cells.len());
        assert_eq!(d.session.score(c, k).unwrap().value, Some(1.0));
    }
}

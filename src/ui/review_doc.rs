//! The review being recorded at the meeting: the working copy, its undo history, its
//! autosave state. Its fields are private: every change goes through its methods
//! ([`ReviewDoc::decide`], [`ReviewDoc::set_meeting`], …), so undo, the revision and the
//! autosave see all of them. No egui here; the app applies the screen's actions to it.

use std::time::Instant;

use crate::model::{Decision, Meeting, Review, ReviewStatus, now_timestamp, validate};
use crate::store::autosave::Autosave;
use crate::store::{OpenReview, RecoveryWriter, StoreError};
use crate::ui::session_doc::SaveState;

/// What the panel agreed for a cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Decided {
    Value(f64),
    Na,
}

/// Why a decision was not recorded.
#[derive(Clone, Debug, PartialEq)]
pub enum DecideError {
    /// The review is read-only (final, or someone else has it).
    ReadOnly,
    /// Every decision needs its reason.
    NoReason,
    /// No such criterion in the checklist the review pins.
    UnknownCriterion,
    /// A value the criterion does not take.
    BadValue(crate::model::Problem),
}

/// One undoable change: a cell's decision, or the meeting's details.
#[derive(Clone, Debug, PartialEq)]
enum Edit {
    Decision {
        criterion: String,
        candidate: String,
        before: Option<Decision>,
        after: Option<Decision>,
    },
    Meeting {
        before: Option<Meeting>,
        after: Option<Meeting>,
    },
}

pub struct ReviewDoc {
    file: OpenReview,
    review: Review,
    /// Who records the decisions (`by`) and holds the lock.
    owner: String,
    /// The checklist the review pins, to check the values agreed.
    checklist: std::sync::Arc<crate::model::Checklist>,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    autosave: Autosave,
    save_state: SaveState,
    revision: u64,
}

impl ReviewDoc {
    pub fn new(
        file: OpenReview,
        checklist: std::sync::Arc<crate::model::Checklist>,
        owner: &str,
    ) -> ReviewDoc {
        ReviewDoc {
            review: file.review.clone(),
            file,
            owner: owner.to_owned(),
            checklist,
            undo: Vec::new(),
            redo: Vec::new(),
            autosave: Autosave::default(),
            save_state: SaveState::Clean,
            revision: 0,
        }
    }

    pub fn file(&self) -> &OpenReview {
        &self.file
    }

    /// The working copy, as the chair sees it.
    pub fn review(&self) -> &Review {
        &self.review
    }

    pub fn checklist(&self) -> &crate::model::Checklist {
        &self.checklist
    }

    /// The checklist, to share with the minutes that revise these.
    pub fn shared_checklist(&self) -> std::sync::Arc<crate::model::Checklist> {
        self.checklist.clone()
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn autosave(&self) -> &Autosave {
        &self.autosave
    }

    pub fn save_state(&self) -> &SaveState {
        &self.save_state
    }

    pub fn is_read_only(&self) -> bool {
        self.file.is_read_only()
    }

    /// After the chair agreed: take over a stale lock. The minutes are read afresh (the
    /// last holder may have saved), so the history of the read-only view goes.
    pub fn take_over_lock(&mut self) -> Result<(), StoreError> {
        self.file.take_over_lock(&self.owner)?;
        self.review = self.file.review.clone();
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
        Ok(())
    }

    /// Record what the panel agreed for (criterion, candidate), with its reason, as one undo
    /// step (replacing an earlier decision of the cell).
    pub fn decide(
        &mut self,
        criterion: &str,
        candidate: &str,
        decided: Decided,
        reason: &str,
        now: Instant,
    ) -> Result<(), DecideError> {
        if self.is_read_only() {
            return Err(DecideError::ReadOnly);
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(DecideError::NoReason);
        }
        let c = self
            .checklist
            .criterion(criterion)
            .ok_or(DecideError::UnknownCriterion)?;
        let (value, na) = match decided {
            Decided::Value(v) => {
                if let Some(p) = validate::value_problem(v, c.kind(), &self.checklist.scale) {
                    return Err(DecideError::BadValue(p));
                }
                (Some(v), None)
            }
            Decided::Na => (None, Some(true)),
        };
        let after = Decision {
            criterion: criterion.to_owned(),
            candidate: candidate.to_owned(),
            value,
            na,
            reason: reason.to_owned(),
            // "?" is what the lock writes when the system names no user: nobody to name.
            by: Some(self.owner.clone()).filter(|o| !o.trim().is_empty() && o != "?"),
            at: Some(now_timestamp()),
        };
        let before = self.review.decision(criterion, candidate).cloned();
        self.change(Edit::Decision {
            criterion: criterion.to_owned(),
            candidate: candidate.to_owned(),
            before,
            after: Some(after),
        });
        self.autosave.changed(now);
        Ok(())
    }

    /// Take back the decision of a cell (the evaluators' values count again).
    pub fn undecide(&mut self, criterion: &str, candidate: &str, now: Instant) -> bool {
        let Some(before) = self.review.decision(criterion, candidate).cloned() else {
            return false;
        };
        if self.is_read_only() {
            return false;
        }
        self.change(Edit::Decision {
            criterion: criterion.to_owned(),
            candidate: candidate.to_owned(),
            before: Some(before),
            after: None,
        });
        self.autosave.changed(now);
        true
    }

    /// The meeting's date, place, chair, secretary and members. A date not in the form
    /// YYYY-MM-DD, or a member without a name, is refused (false): the file would not read.
    pub fn set_meeting(&mut self, meeting: Meeting, now: Instant) -> bool {
        let bad_date = meeting
            .date
            .as_deref()
            .is_some_and(|d| !validate::is_date(d));
        let nameless = meeting.members.iter().any(|m| m.name.trim().is_empty());
        let after = Some(meeting).filter(|m| *m != Meeting::default());
        if self.is_read_only() || bad_date || nameless || after == self.review.meeting {
            return false;
        }
        self.change(Edit::Meeting {
            before: self.review.meeting.clone(),
            after,
        });
        self.autosave.changed(now);
        true
    }

    /// Undo the last change; the cell it touched, if it was a decision.
    pub fn undo(&mut self, now: Instant) -> Option<Option<(String, String)>> {
        let edit = self.undo.pop()?;
        let cell = self.put(&edit, true);
        self.redo.push(edit);
        self.changed(now);
        Some(cell)
    }

    pub fn redo(&mut self, now: Instant) -> Option<Option<(String, String)>> {
        let edit = self.redo.pop()?;
        let cell = self.put(&edit, false);
        self.undo.push(edit);
        self.changed(now);
        Some(cell)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty() && !self.is_read_only()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty() && !self.is_read_only()
    }

    fn change(&mut self, edit: Edit) {
        self.put(&edit, false);
        self.undo.push(edit);
        self.redo.clear();
        self.revision += 1;
    }

    fn changed(&mut self, now: Instant) {
        self.revision += 1;
        self.autosave.changed(now);
    }

    /// Carry out `edit` (or, with `back`, take it back); the cell it touched.
    fn put(&mut self, edit: &Edit, back: bool) -> Option<(String, String)> {
        match edit {
            Edit::Decision {
                criterion,
                candidate,
                before,
                after,
            } => {
                let value = if back { before } else { after };
                let decisions = &mut self.review.decisions;
                let at = decisions
                    .iter()
                    .position(|d| &d.criterion == criterion && &d.candidate == candidate);
                match (at, value) {
                    (Some(i), Some(d)) => decisions[i] = d.clone(),
                    (Some(i), None) => {
                        decisions.remove(i);
                    }
                    (None, Some(d)) => decisions.push(d.clone()),
                    (None, None) => {}
                }
                Some((criterion.clone(), candidate.clone()))
            }
            Edit::Meeting { before, after } => {
                self.review.meeting = if back { before } else { after }.clone();
                None
            }
        }
    }

    /// Keep the working copy as the file's recovery copy (after every change): a crash
    /// before the next save then loses nothing, and the next start offers it back.
    pub fn write_recovery(&self, recovery: Option<&RecoveryWriter>) {
        if let (Some(recovery), false) = (recovery, self.is_read_only()) {
            recovery.write_review(&self.file.path, &self.review);
        }
    }

    /// Save now; on failure the working copy stays, and the reason is kept for the status bar.
    /// After a conflict the minutes continue in the copy written beside the file. Once the
    /// working copy is on disk its recovery copy goes.
    pub fn save(&mut self, recovery: Option<&RecoveryWriter>) -> Result<(), StoreError> {
        let mut review = self.review.clone();
        review.modified = Some(now_timestamp());
        let path = self.file.path.clone();
        let result = self.file.save(&review, &self.owner);
        match &result {
            Ok(()) | Err(StoreError::Conflict { .. }) => {
                if let Some(recovery) = recovery {
                    recovery.remove(&path);
                }
                let time = review.modified.clone().unwrap_or_default();
                self.save_state = SaveState::Saved(crate::format::time_of_day(&time));
                self.review.modified = review.modified;
                self.autosave.saved();
            }
            Err(e) => {
                self.save_state = SaveState::Failed(e.msg());
                // Tried again a delay from now, not at every frame.
                self.autosave.saved();
                self.autosave.changed(Instant::now());
            }
        }
        result
    }

    /// End the meeting: the minutes final and sealed, saved, read-only from now on. The
    /// seal, or why it could not be saved (then nothing changed: still an editable draft).
    pub fn finalize(&mut self, recovery: Option<&RecoveryWriter>) -> Result<String, StoreError> {
        let mut sealed = self.review.clone();
        sealed.finalize(now_timestamp());
        let path = self.file.path.clone();
        // After a conflict the sealed minutes are in the copy beside the file: final too.
        let conflict = match self.file.save(&sealed, &self.owner) {
            Ok(()) => None,
            Err(e @ StoreError::Conflict { .. }) => Some(e),
            Err(e) => return Err(e),
        };
        if let Some(recovery) = recovery {
            recovery.remove(&path);
        }
        self.review = sealed;
        self.file.mark_final();
        self.autosave.saved();
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
        let seal = self.review.seal.as_ref().map(|s| s.sha256.clone());
        match conflict {
            Some(e) => Err(e),
            None => Ok(seal.unwrap_or_default()),
        }
    }

    pub fn is_final(&self) -> bool {
        self.review.status == ReviewStatus::Final
    }
}

#[cfg(test)]
mod tests;

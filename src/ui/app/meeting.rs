//! The meeting screen's actions, applied by the app: opening the review beside the sessions
//! (or creating a draft of the sessions counted), every change to it through its
//! [`ReviewDoc`], saving, closing the minutes, and going back to the results.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::EvalDeskApp;
use crate::i18n::tr;
use crate::model::{ReviewKind, Session, seal};
use crate::store::{OpenReview, StoreError, free_review_path};
use crate::ui::dialogs::Notice;
use crate::ui::review_doc::{DecideError, ReviewDoc};
use crate::ui::{MeetingAction, MeetingScreen, Screen};

impl EvalDeskApp {
    /// From the results screen: its review if it has one, else a new draft pinned to the
    /// sessions counted, in the folder of the first of them.
    pub(super) fn open_meeting(&mut self) {
        let Screen::Results(s) = &self.screen else {
            return;
        };
        let counted: Vec<(PathBuf, Session)> = s
            .sessions
            .iter()
            .zip(&s.counted)
            .filter(|(_, c)| **c)
            .map(|(p, _)| p.clone())
            .collect();
        let Some((first, session)) = counted.first() else {
            self.notice = Some(Notice::error(vec![tr::mt_nothing_counted()]));
            return;
        };
        if s.reviews_refused {
            self.notice = Some(Notice::error(vec![tr::mt_reviews_refused()]));
            return;
        }
        if s.review.is_some() && s.review_left_out.is_some() {
            self.notice = Some(Notice::error(vec![tr::mt_review_not_for_these()]));
            return;
        }
        let checklist = session.checklist.clone();
        // Agencies are appraised by a council; products meet in consensus.
        let kind = crate::ui::results::claimed::review_kind(counted.iter().map(|(_, s)| s));
        let (paths, aggregation) = (s.paths.clone(), s.aggregation);
        let opened = match &s.review {
            Some(chosen) => OpenReview::open(&chosen.file, &self.user),
            None => {
                // Each draft pinned by its file's content, as `summary` checks it.
                let refs: Vec<(&Path, &Session)> =
                    counted.iter().map(|(p, s)| (p.as_path(), s)).collect();
                let mut review = crate::store::review::new_review(kind, &refs);
                if kind == ReviewKind::Appraisal {
                    review.title = Some(crate::ui::results::claimed::appraisal_title(session));
                }
                let folder = first.parent().unwrap_or(Path::new("."));
                let path = free_review_path(folder, kind);
                OpenReview::create(&path, review, &self.user)
            }
        };
        match opened {
            Ok(file) => {
                let doc = ReviewDoc::new(file, checklist, &self.user);
                let (files, sessions) = counted.into_iter().unzip();
                let screen =
                    MeetingScreen::new(paths, sessions, aggregation, &doc).with_files(files);
                self.screen = Screen::Meeting(Box::new(screen));
                self.meeting = Some(doc);
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }

    pub(super) fn apply_meeting(&mut self, action: MeetingAction, now: Instant) {
        let Some(doc) = &mut self.meeting else { return };
        let changed = match action {
            MeetingAction::Decide {
                criterion,
                candidate,
                decided,
                reason,
            } => {
                // The screen offers Decide only when it would be taken; should it not be,
                // the reason is shown rather than lost (and what was typed stays).
                match doc.decide(&criterion, &candidate, decided, &reason, now) {
                    Ok(()) => true,
                    Err(DecideError::NoReason) => {
                        self.notice = Some(Notice::error(vec![tr::mt_need_reason()]));
                        false
                    }
                    Err(DecideError::BadValue(p)) => {
                        self.notice = Some(Notice::error(vec![tr::mt_bad_value(p.msg())]));
                        false
                    }
                    Err(DecideError::ReadOnly | DecideError::UnknownCriterion) => false,
                }
            }
            MeetingAction::Undecide {
                criterion,
                candidate,
            } => doc.undecide(&criterion, &candidate, now),
            MeetingAction::SetMeeting(meeting) => doc.set_meeting(meeting, now),
            MeetingAction::Save => {
                self.save_meeting();
                false
            }
            MeetingAction::AskFinalize => {
                if let Screen::Meeting(s) = &mut self.screen {
                    s.confirm_finalize = true;
                }
                false
            }
            MeetingAction::Finalize => {
                self.finalize_meeting();
                true
            }
            MeetingAction::Back => {
                self.leave_meeting();
                false
            }
            MeetingAction::TakeOverLock => {
                if let Err(e) = doc.take_over_lock() {
                    self.notice = Some(Notice::error(e.msgs()));
                }
                // Not a change to keep a copy of: only the view follows the file.
                if let (Some(doc), Screen::Meeting(s)) = (&self.meeting, &mut self.screen) {
                    s.undone(doc, None);
                }
                false
            }
            MeetingAction::CopyAsDraft => {
                self.copy_meeting_as_draft();
                false
            }
        };
        if let (true, Some(doc), Screen::Meeting(s)) = (changed, &self.meeting, &mut self.screen) {
            doc.write_recovery(self.recovery.as_ref());
            // What is typed follows the decision as it now is (decided, removed).
            s.undone(doc, None);
        }
    }

    /// Undo or redo in the minutes; the cell it touched is selected.
    pub(super) fn undo_meeting(&mut self, undo: bool, now: Instant) -> bool {
        let (Screen::Meeting(s), Some(doc)) = (&mut self.screen, &mut self.meeting) else {
            return false;
        };
        let cell = if undo { doc.undo(now) } else { doc.redo(now) };
        if let Some(cell) = cell {
            doc.write_recovery(self.recovery.as_ref());
            s.undone(doc, cell);
        }
        true
    }

    pub(super) fn save_meeting(&mut self) {
        let Some(doc) = &mut self.meeting else { return };
        if doc.is_read_only() {
            return;
        }
        let result = doc.save(self.recovery.as_ref());
        self.tell_meeting_saved(result);
    }

    fn tell_meeting_saved(&mut self, result: Result<(), StoreError>) {
        if let Err(e) = result {
            self.notice = Some(Notice::error(e.msgs()));
        }
    }

    fn finalize_meeting(&mut self) {
        let Some(doc) = &mut self.meeting else { return };
        match doc.finalize(self.recovery.as_ref()) {
            Ok(sealed) => {
                let fingerprint = seal::fingerprint(&sealed).to_owned();
                self.notice = Some(Notice::done(vec![tr::mt_finalized(fingerprint)]));
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }

    /// "Copy as new draft" of final minutes: a draft that `revises` them, in a free name
    /// beside them, opened on this screen (the results then use it, and say so).
    fn copy_meeting_as_draft(&mut self) {
        let (Some(doc), Screen::Meeting(s)) = (&self.meeting, &self.screen) else {
            return;
        };
        if !doc.is_final() {
            return;
        }
        let draft = doc.review().copy_as_draft();
        let folder = doc.file().path.parent().unwrap_or(Path::new("."));
        let path = free_review_path(folder, draft.kind);
        match OpenReview::create(&path, draft, &self.user) {
            Ok(file) => {
                let new = ReviewDoc::new(file, doc.shared_checklist(), &self.user);
                let (paths, sessions) = (s.paths.clone(), s.sessions.clone());
                let files = s.session_files.clone();
                let screen =
                    MeetingScreen::new(paths, sessions, s.aggregation, &new).with_files(files);
                self.screen = Screen::Meeting(Box::new(screen));
                self.meeting = Some(new);
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                self.notice = Some(Notice::done(vec![tr::mt2_copied(name.into_owned())]));
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }

    /// Save what is not saved, let go of the review (and its lock), and show the results of
    /// the same files again, read afresh so that they include the review as it now is. A
    /// failed save keeps the screen, so nothing is lost.
    fn leave_meeting(&mut self) {
        if self
            .meeting
            .as_ref()
            .is_some_and(|d| d.autosave().is_dirty())
        {
            self.save_meeting();
        }
        if self
            .meeting
            .as_ref()
            .is_some_and(|d| d.autosave().is_dirty())
        {
            return;
        }
        self.meeting = None;
        let paths = match &self.screen {
            Screen::Meeting(s) => s.paths.clone(),
            _ => return,
        };
        self.open_results(&paths);
    }

    /// Autosave the minutes when due (small: on the window's thread).
    pub(super) fn autosave_meeting(&mut self, now: Instant) {
        if self.meeting.as_ref().is_some_and(|d| d.autosave().due(now)) {
            self.save_meeting();
        }
    }
}

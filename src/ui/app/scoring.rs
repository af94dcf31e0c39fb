//! The scoring screen's actions, applied by the app: a new session's file, every change to
//! the session being scored (through its [`SessionDoc`], so undo, the recovery copy and the
//! autosave see it), submitting, copying a submitted session as a new draft, taking over a
//! stale lock.

use std::path::Path;
use std::time::Instant;

use super::EvalDeskApp;
use crate::i18n::tr;
use crate::model::problem::IoProblem;
use crate::model::{Session, SessionKind, slug};
use crate::store::{self, OpenSession};
use crate::ui::dialogs::Notice;
use crate::ui::session_doc::{SessionDoc, SubmitError};
use crate::ui::{NewSession, ScoringAction, ScoringScreen, Screen};

impl EvalDeskApp {
    pub(super) fn apply_scoring(&mut self, action: ScoringAction, now: Instant) {
        match action {
            ScoringAction::SetScore {
                criterion,
                candidate,
                score,
            } => {
                // A cell whose criterion does not apply to the candidate's category takes no
                // score (docs/method.md §12): the file would be refused when read.
                let refused = score.is_some()
                    && self
                        .doc
                        .as_ref()
                        .is_some_and(|d| !d.session().applies(&criterion, &candidate));
                if !refused
                    && let Some(doc) = &mut self.doc
                    && doc.set_score(&criterion, &candidate, score, now)
                {
                    doc.write_recovery(self.recovery.as_ref());
                }
            }
            ScoringAction::ParkNote {
                criterion,
                candidate,
                note,
            } => {
                if let Some(doc) = &mut self.doc {
                    doc.park_note(&criterion, &candidate, note);
                }
            }
            ScoringAction::AttachEvidence {
                criterion,
                candidate,
                path,
            } => self.attach_evidence(&criterion, &candidate, path, now),
            ScoringAction::AddEvidence {
                criterion,
                candidate,
                evidence,
            } => self.add_evidence(&criterion, &candidate, evidence, now),
            ScoringAction::RemoveEvidence {
                criterion,
                candidate,
                index,
            } => self.remove_evidence(&criterion, &candidate, index, now),
            ScoringAction::OpenEvidence(file) => self.open_evidence(&file),
            ScoringAction::SaveNow => self.save_doc(),
            ScoringAction::Submit { no_conflict } => self.submit(no_conflict),
            ScoringAction::CopyAsDraft => self.copy_as_draft(),
            ScoringAction::TakeOverLock => {
                let owner = self.owner();
                let Some(doc) = &mut self.doc else { return };
                if let Err(e) = doc.take_over_lock(&owner) {
                    self.notice = Some(Notice::error(e.msgs()));
                }
            }
        }
    }

    /// Undo or redo on the session; the cell it touched is selected.
    pub(super) fn undo_session(&mut self, undo: bool, now: Instant) {
        let Some(doc) = &mut self.doc else { return };
        let cell = if undo { doc.undo(now) } else { doc.redo(now) };
        if let Some((criterion, candidate)) = cell {
            doc.write_recovery(self.recovery.as_ref());
            if let Screen::Scoring(s) = &mut self.screen {
                s.select(doc.session(), &criterion, &candidate);
            }
        }
    }

    fn submit(&mut self, no_conflict: bool) {
        // Submitting writes the session file: not while a save is under way.
        self.settle_save(true);
        let Some(doc) = &mut self.doc else { return };
        match doc.submit(self.recovery.as_ref(), no_conflict) {
            Ok(seal) => {
                if let Screen::Scoring(s) = &mut self.screen {
                    s.submitted(seal);
                }
            }
            Err(SubmitError::Missing(_)) => {}
            Err(SubmitError::Store(e)) => self.notice = Some(Notice::error(e.msgs())),
        }
    }

    fn copy_as_draft(&mut self) {
        // Copying reads the session file: not while a save is under way.
        self.settle_save(true);
        let Some(doc) = &self.doc else { return };
        match doc.file().copy_as_new_draft(&doc.session().evaluator.name) {
            Ok(copy) => {
                let path = copy.path.clone();
                self.start_scoring(copy);
                self.remember(&path);
                let name = path.file_name().map(Path::new).unwrap_or(&path);
                self.notice = Some(Notice::done(vec![tr::copied_as_draft(name)]));
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }

    /// Who the locks are written for: the evaluator of the session open, else the user.
    fn owner(&self) -> String {
        self.doc
            .as_ref()
            .map_or_else(|| self.user.clone(), |d| d.session().evaluator.name.clone())
    }

    pub(super) fn start_scoring(&mut self, file: OpenSession) {
        let doc = SessionDoc::new(file);
        self.screen = Screen::Scoring(Box::new(ScoringScreen::new(doc.session())));
        self.doc = Some(doc);
    }

    /// The new-evaluation form's "Create": a new draft in its own file, opened for scoring.
    pub(super) fn create(&mut self, request: NewSession) {
        let mut session =
            Session::new_draft(request.checklist, request.evaluator, request.candidates);
        let self_assessment = request.kind == SessionKind::SelfAssessment;
        session.kind = self_assessment.then_some(SessionKind::SelfAssessment);
        session.period = request.period;
        if let Err(e) = std::fs::create_dir_all(&request.folder) {
            let reason = IoProblem::from_io(&e).msg();
            self.notice = Some(Notice::error(vec![tr::cannot_create_folder(
                &request.folder,
                reason,
            )]));
            return;
        }
        let date = chrono::Local::now().format("%Y%m%d");
        // A self-assessment is named after the agency (one per agency and period), an
        // evaluation after the evaluator and the day.
        let stem = match session.candidates.first() {
            Some(agency) if self_assessment => format!("tu-danh-gia-{}", slug(&agency.id)),
            _ => format!("{}-{date}", slug(&session.evaluator.name)),
        };
        let path = store::free_session_path(&request.folder, &stem);
        let owner = session.evaluator.name.clone();
        match OpenSession::create(&path, session, &owner) {
            Ok(file) => {
                self.remember(&path);
                self.start_scoring(file);
            }
            Err(e) => self.notice = Some(Notice::error(e.msgs())),
        }
    }
}

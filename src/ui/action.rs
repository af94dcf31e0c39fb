//! What the screens ask the app to do. A screen pushes [`Action`]s while it draws; after
//! drawing, the app applies them in one place ([`super::EvalDeskApp::apply`]), where every
//! side effect happens: files, locks, autosave, undo, dialogs, threads.
//!
//! What the whole app does (language, moving between screens, undo) is at the top; what one
//! screen asks is nested under that screen's name, so a key press is found by its screen:
//! `Action::Scoring(ScoringAction::SetScore { .. })`.

use std::path::PathBuf;

use super::ChecklistEdit;
use super::editor::ImportOutcome;
use super::review_doc::Decided;
use crate::i18n::Lang;
use crate::model::{Candidate, Checklist, Evaluator, Evidence, Meeting, Score, SessionKind};
use crate::scoring::Aggregation;

/// What a screen asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Back to the start screen, saving what is not saved.
    GoStart,
    /// The new-evaluation form, on this checklist (the first bundled one when `None`).
    ShowNewEvaluation(Option<Checklist>),
    /// Open a session (scoring), a checklist (new evaluation) or a folder (results).
    OpenPath(PathBuf),
    OpenResults(Vec<PathBuf>),
    /// Open the checklist editor on this checklist (a new one when `None`): in place when it
    /// comes from a file, else as a copy in `checklists/`.
    OpenEditor {
        checklist: Option<Box<Checklist>>,
        path: Option<PathBuf>,
    },
    /// Undo or redo on the screen shown: the checklist editor's, else the session's.
    Undo,
    Redo,
    DismissNotice,
    /// Show a folder in the system's file manager (an export just written there).
    OpenFolder(PathBuf),
    Start(StartAction),
    NewSession(NewSessionAction),
    Scoring(ScoringAction),
    Results(ResultsAction),
    Editor(EditorAction),
    /// The dialog offering recovery copies found at start.
    Recovery(RecoveryAction),
    Meeting(MeetingAction),
}

impl Action {
    /// One change to the checklist being edited.
    pub fn edit(edit: ChecklistEdit) -> Action {
        Action::Editor(EditorAction::Edit(edit))
    }
}

/// The start screen's.
#[derive(Clone, Debug, PartialEq)]
pub enum StartAction {
    /// List the evaluations folder and the recent files again.
    Rescan,
    /// "Open…": the system's file dialog, then [`Action::OpenPath`] (or the path field).
    PickAndOpen,
    /// "Compare results…": the system's folder dialog, then [`Action::OpenResults`].
    PickAndCompare,
    /// Take a file that can no longer be read (moved, deleted, damaged) off the recent list.
    ForgetRecent(PathBuf),
}

/// The new-evaluation form's.
#[derive(Clone, Debug, PartialEq)]
pub enum NewSessionAction {
    /// "Open": read this checklist file for the form.
    LoadChecklist(PathBuf),
    Create(Box<NewSession>),
}

/// Everything the new-evaluation form collected.
#[derive(Clone, Debug, PartialEq)]
pub struct NewSession {
    pub checklist: Checklist,
    pub evaluator: Evaluator,
    pub candidates: Vec<Candidate>,
    pub folder: PathBuf,
    /// An evaluation, or an agency's self-assessment (then `candidates` is the agency alone).
    pub kind: SessionKind,
    /// The period the session belongs to, e.g. "2015-Q2".
    pub period: Option<String>,
}

/// The scoring screen's: each changes the session or its file.
#[derive(Clone, Debug, PartialEq)]
pub enum ScoringAction {
    SetScore {
        criterion: String,
        candidate: String,
        score: Option<Score>,
    },
    /// A note typed on a cell not scored yet: kept, and saved with the cell's first value or
    /// N/A (`None`: the note was emptied).
    ParkNote {
        criterion: String,
        candidate: String,
        note: Option<String>,
    },
    /// "Attach a file…" on a cell of a self-assessment: the system's file dialog (when
    /// `path` is `None`), then the file copied into `minh-chung/` and added as evidence.
    AttachEvidence {
        criterion: String,
        candidate: String,
        path: Option<PathBuf>,
    },
    /// A document typed in (number, date, title, page) added to a cell's evidence.
    AddEvidence {
        criterion: String,
        candidate: String,
        evidence: Evidence,
    },
    /// The cell's evidence item at `index` taken off its score (its file stays on disk).
    RemoveEvidence {
        criterion: String,
        candidate: String,
        index: usize,
    },
    /// Open an attached file (its `file`, relative to the session's folder) with the
    /// system's viewer.
    OpenEvidence(String),
    /// Submit and seal; `no_conflict`: the evaluator declared no conflict of interest.
    Submit {
        no_conflict: bool,
    },
    CopyAsDraft,
    TakeOverLock,
    SaveNow,
}

/// The results screen's. The first five change only what the screen shows and are applied
/// by [`super::ResultsScreen::apply`]; the exports write files, so the app runs them.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultsAction {
    /// Mean or median: recomputed from the sessions already read.
    SetAggregation(Aggregation),
    /// Count a session in the results (its index on the results screen), or not.
    CountSession(usize, bool),
    /// Count the submitted sessions only, or every session with scores.
    SubmittedOnly(bool),
    /// What if group `.0` had share `.1` (0–1) of the weight; nothing is saved.
    SetGroupShare(usize, f64),
    /// Back to the checklist's weights.
    ResetWeights,
    /// Choose a folder and write every chart there as PNG (this many pixels wide) and SVG,
    /// with progress.
    ExportCharts(u32),
    /// Choose where, and write the committee's report there in a new folder, with progress.
    ExportReport,
    /// The meeting screen on the review beside the sessions, or on a new draft of the
    /// sessions counted.
    OpenMeeting,
}

/// The meeting screen's: each changes the review or its file (through the app's
/// [`super::review_doc::ReviewDoc`]).
#[derive(Clone, Debug, PartialEq)]
pub enum MeetingAction {
    Decide {
        criterion: String,
        candidate: String,
        decided: Decided,
        reason: String,
    },
    Undecide {
        criterion: String,
        candidate: String,
    },
    SetMeeting(Meeting),
    Save,
    /// "End the meeting, close the minutes": ask first.
    AskFinalize,
    /// The chair said yes: final, sealed, read-only.
    Finalize,
    /// Save, let go of the review, and back to the results, which then include it.
    Back,
    /// The lock left on the review is stale: the chair takes it, and the minutes are read
    /// afresh, editable.
    TakeOverLock,
    /// Final minutes: a new draft beside them that revises them, opened here.
    CopyAsDraft,
}

/// The checklist editor's.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    /// One change to the checklist being edited (see [`Action::edit`]).
    Edit(ChecklistEdit),
    /// Save what is not saved, let go of the file, back to the start.
    Close,
    /// Start an evaluation with the checklist being edited.
    Evaluate,
    /// Import criteria from this spreadsheet (chosen in a dialog when `None`).
    ImportSheet(Option<PathBuf>),
    /// The import started by [`EditorAction::ImportSheet`] has ended (off the window's
    /// thread).
    SheetImported(Box<ImportOutcome>),
    /// Export the checklist to this `.xlsx` (chosen in a dialog when `None`).
    ExportSheet(Option<PathBuf>),
}

/// The recovery dialog's, for the copy at this index of those offered.
#[derive(Clone, Debug, PartialEq)]
pub enum RecoveryAction {
    Restore(usize),
    /// Keep the file as it is: the copy goes.
    Drop(usize),
    /// The same for the copy of minutes at this index of those offered.
    RestoreReview(usize),
    DropReview(usize),
    /// Decide at the next start.
    Postpone,
}

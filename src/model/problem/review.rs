//! What can be wrong with a review (`*.review.json`) on its own, and against the sessions it
//! is read with (docs/formats.md "Review").

use std::path::PathBuf;

use crate::i18n::{Msg, tr};

#[derive(Clone, Debug, PartialEq)]
pub enum ReviewProblem {
    /// A decision's `reason` is empty once white space is trimmed.
    EmptyReason,
    /// A second decision on one cell; `first` is the index of the first.
    DuplicateDecision {
        criterion: String,
        candidate: String,
        first: usize,
    },
    /// `meeting.date` is not `YYYY-MM-DD`.
    BadDate(String),
    /// A fingerprint that is not 64 lowercase hex characters.
    PinMalformed,
    /// A session listed twice; `first` is the index of the first.
    SessionListedTwice {
        id: String,
        first: usize,
    },
    /// The review was made on another checklist (its id).
    OtherChecklist {
        review: String,
        sessions: String,
    },
    /// The sessions' checklist has changed since the review was made.
    ChecklistChanged,
    /// A session the review names is not among the files read.
    SessionMissing(String),
    /// A session the review names has changed since (its file).
    SessionChanged {
        id: String,
        file: PathBuf,
    },
    /// A session read that the review does not name.
    SessionAdded {
        id: String,
        file: PathBuf,
    },
    /// A decision on a candidate no session covers.
    UnknownCandidate(String),
    SealMissing,
    SealMismatch,
    SealOnDraft,
    RevisesItself,
    /// Another review of the same sessions, and neither revises the other.
    TwoReviews {
        other: PathBuf,
    },
}

impl ReviewProblem {
    pub fn msg(&self) -> Msg {
        use ReviewProblem::*;
        match self {
            EmptyReason => tr::p_review_empty_reason(),
            DuplicateDecision {
                criterion,
                candidate,
                first,
            } => tr::p_review_duplicate_decision(criterion, candidate, *first),
            BadDate(d) => tr::p_review_bad_date(d),
            PinMalformed => tr::p_review_pin_malformed(),
            SessionListedTwice { id, first } => tr::p_review_session_twice(id, *first),
            OtherChecklist { review, sessions } => tr::p_review_other_checklist(review, sessions),
            ChecklistChanged => tr::p_review_checklist_changed(),
            SessionMissing(id) => tr::p_review_session_missing(id),
            SessionChanged { id, file } => tr::p_review_session_changed(id, file),
            // The message names the file first: its arguments come in that order.
            SessionAdded { id, file } => tr::p_review_session_added(file, id),
            UnknownCandidate(id) => tr::p_review_unknown_candidate(id),
            SealMissing => tr::p_review_seal_missing(),
            SealMismatch => tr::p_review_seal_mismatch(),
            SealOnDraft => tr::p_review_seal_on_draft(),
            RevisesItself => tr::p_review_revises_itself(),
            TwoReviews { other } => tr::p_review_two(other),
        }
    }
}

//! What can be wrong with a self-assessment, its evidence, or a session's period
//! (docs/formats.md, session `kind`, `period`, a score's `evidence`).

use std::path::PathBuf;

use crate::i18n::{Msg, tr};

#[derive(Clone, Debug, PartialEq)]
pub enum SelfProblem {
    /// A self-assessment covering other than one candidate (how many it covers).
    CoversOne(usize),
    /// An evidence item with neither `ref` nor `file`.
    EvidenceNoRef,
    /// An evidence item's `date` not `YYYY-MM-DD`.
    EvidenceBadDate(String),
    /// A `file` that is not a relative `/` path below the session's folder.
    EvidencePath(String),
    /// A `file` without its `sha256`.
    EvidenceNoSha(String),
    EvidenceShaMalformed,
    /// The file is there, with another SHA-256: the evidence was changed.
    EvidenceChanged(PathBuf),
    /// The file is not there: a warning, the session still counts.
    EvidenceMissing(PathBuf),
    /// A score on a criterion requiring evidence with neither evidence nor a note.
    EvidenceRequired(String),
    /// Another session of the aggregation carries another period.
    DifferentPeriod {
        other: PathBuf,
        period: String,
        other_period: String,
    },
    /// Another file is a self-assessment of the same candidate.
    TwoSelfAssessments {
        other: PathBuf,
        candidate: String,
    },
}

impl SelfProblem {
    pub fn msg(&self) -> Msg {
        use SelfProblem::*;
        match self {
            CoversOne(n) => tr::self_p_covers_one(*n),
            EvidenceNoRef => tr::self_p_evidence_no_ref(),
            EvidenceBadDate(d) => tr::self_p_evidence_bad_date(d),
            EvidencePath(f) => tr::self_p_evidence_path(f),
            EvidenceNoSha(f) => tr::self_p_evidence_no_sha(f),
            EvidenceShaMalformed => tr::self_p_evidence_sha_malformed(),
            EvidenceChanged(f) => tr::self_p_evidence_changed(f),
            EvidenceMissing(f) => tr::self_p_evidence_missing(f),
            EvidenceRequired(c) => tr::self_p_evidence_required(c),
            DifferentPeriod {
                other,
                period,
                other_period,
            } => tr::self_p_different_period(period, other, other_period),
            TwoSelfAssessments { other, candidate } => tr::self_p_two_self(other, candidate),
        }
    }
}

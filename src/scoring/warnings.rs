//! What the committee should know beside the figures: the warnings of the results, drawn from
//! the steps of docs/method.md (§4 unqualified, §2 inconsistent, §1 unscored, §6
//! disagreement) and the sessions, or the review, still in draft.

use super::{
    Agreement, CandidateInfo, CandidateResult, Consistency, CriterionResult, ScoreSheet, Warning,
    ahp,
};
use crate::model::Status;

/// The figures the warnings read, each as its step left it.
pub(super) struct Figures<'a> {
    pub sessions: &'a [ScoreSheet],
    pub candidates: &'a [CandidateInfo],
    /// In rank order.
    pub ranked: &'a [CandidateResult],
    pub consistency: &'a [Consistency],
    pub criteria: &'a [CriterionResult],
    /// A cell that does not apply (docs/method.md §12) is unscored on purpose.
    pub applies: &'a super::categories::Applies,
    pub agreement: &'a [Agreement],
    pub review: Option<&'a super::Applied>,
}

/// Every warning, in this order: candidates not qualified (rank order), inconsistent AHP
/// matrices (CR above [`ahp::CR_LIMIT`]), unscored cells (checklist order, then candidate
/// order), disagreements, and the evaluators whose sessions are drafts (sorted).
pub(super) fn warnings(of: Figures) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for c in of.ranked.iter().filter(|c| !c.qualified) {
        warnings.push(Warning::Unqualified {
            candidate: c.id.clone(),
            failed: c.failed.clone(),
        });
    }
    for m in of.consistency.iter().filter(|m| m.cr > ahp::CR_LIMIT) {
        warnings.push(Warning::Inconsistent {
            matrix: m.matrix.clone(),
            cr: m.cr,
        });
    }
    let decided = |criterion: &str, candidate: &str| {
        of.review.is_some_and(|r| {
            r.decisions
                .iter()
                .any(|d| d.criterion == criterion && d.candidate == candidate)
        })
    };
    for (row, r) in of.criteria.iter().enumerate() {
        for (ci, v) in r.values.iter().enumerate() {
            // A cell the panel decided N/A was settled on purpose: not a gap to warn about.
            if v.is_none() && of.applies.at(row, ci) && !decided(&r.id, &of.candidates[ci].id) {
                warnings.push(Warning::Unscored {
                    criterion: r.id.clone(),
                    candidate: of.candidates[ci].id.clone(),
                });
            }
        }
    }
    // A disagreement the panel settled is in the review's list, with its reason.
    for a in of.agreement.iter().filter(|a| a.disagree && !a.decided) {
        warnings.push(Warning::Disagreement {
            criterion: a.criterion.clone(),
            candidate: a.candidate.clone(),
            min: a.min,
            max: a.max,
        });
    }
    let mut drafts: Vec<String> = of
        .sessions
        .iter()
        .filter(|s| s.status == Status::Draft)
        .map(|s| s.evaluator.clone())
        .collect();
    drafts.sort();
    if !drafts.is_empty() {
        warnings.push(Warning::Drafts { evaluators: drafts });
    }
    if of
        .review
        .is_some_and(|r| r.review.status == crate::model::ReviewStatus::Draft)
    {
        warnings.push(Warning::ReviewDraft);
    }
    warnings
}

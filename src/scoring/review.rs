//! docs/method.md §10: a review's decisions in the method. A decided cell's aggregated value
//! is the decision's (unscored for N/A) wherever §1's value is read — §2–§5, §7, §9 and, in
//! every resample, §8 — while §6 keeps describing the evaluators' own values.

use std::collections::HashMap;

use super::{CandidateInfo, CriterionResult, ScoreSheet};
use crate::model::{Checklist, Review};

/// The review the results include, and each of its decisions beside what the sessions gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The review whole: its meeting and members are what the minutes print.
    pub review: Review,
    /// One per decision, in checklist order, then the results' candidate order.
    pub decisions: Vec<Reviewed>,
}

/// One decision, with the value the sessions alone gave that cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewed {
    pub criterion: String,
    pub candidate: String,
    /// The agreed value; `None` for N/A.
    pub value: Option<f64>,
    /// §1's value from the sessions; `None` when they left it unscored.
    pub before: Option<f64>,
    pub reason: String,
    pub by: Option<String>,
    pub at: Option<String>,
    /// Each evaluator's own value for the cell (name, value), in the sessions' order.
    pub evaluators: Vec<(String, f64)>,
}

/// A review's decisions by their place: (criterion row, candidate order) → the agreed value.
pub(super) type Decided = HashMap<(usize, usize), Option<f64>>;

/// The decisions of `review` on cells of these results (a validated review names no other;
/// should one slip through, it is left out rather than guessed at).
pub(super) fn decided(
    review: Option<&Review>,
    checklist: &Checklist,
    candidates: &[CandidateInfo],
) -> Decided {
    let Some(review) = review else {
        return Decided::new();
    };
    let row: HashMap<&str, usize> = checklist
        .criteria()
        .enumerate()
        .map(|(r, (_, c))| (c.id.as_str(), r))
        .collect();
    review
        .decisions
        .iter()
        .filter_map(|d| {
            let r = *row.get(d.criterion.as_str())?;
            let k = candidates.iter().position(|c| c.id == d.candidate)?;
            Some(((r, k), d.agreed()))
        })
        .collect()
}

/// The review as the results list it: each decision beside §1's value from the sessions
/// (`before`, from `criteria` before the decisions were applied) and the evaluators' values.
pub(super) fn applied(
    review: Option<&Review>,
    decided: &Decided,
    before: &[CriterionResult],
    cells: &[Vec<Vec<(usize, f64)>>],
    sessions: &[ScoreSheet],
    candidates: &[CandidateInfo],
) -> Option<Applied> {
    let review = review?;
    let mut places: Vec<(&(usize, usize), &crate::model::Decision)> = decided
        .keys()
        .filter_map(|place| {
            let (r, k) = *place;
            let d = review
                .decisions
                .iter()
                .find(|d| d.criterion == before[r].id && d.candidate == candidates[k].id)?;
            Some((place, d))
        })
        .collect();
    places.sort_by_key(|(place, _)| **place);
    let decisions = places
        .into_iter()
        .map(|(&(r, k), d)| {
            let mut evaluators: Vec<(usize, f64)> = cells[r][k].clone();
            evaluators.sort_by_key(|(s, _)| *s);
            Reviewed {
                criterion: d.criterion.clone(),
                candidate: d.candidate.clone(),
                value: d.agreed(),
                before: before[r].values[k],
                reason: d.reason.clone(),
                by: d.by.clone(),
                at: d.at.clone(),
                evaluators: evaluators
                    .into_iter()
                    .map(|(s, v)| (sessions[s].evaluator.clone(), v))
                    .collect(),
            }
        })
        .collect();
    Some(Applied {
        review: review.clone(),
        decisions,
    })
}

/// The panel's cells as every resample of §8 sees them: a decided cell holds the decision
/// once for each session, so whichever sessions are drawn its aggregate is the decision
/// (exactly, for values on a scale; within a unit in the last place for any other); a cell
/// decided N/A holds nothing, unscored in every resample.
pub(super) fn keep_in_every_resample(
    cells: &mut [Vec<Vec<(usize, f64)>>],
    decided: &Decided,
    sessions: usize,
) {
    for (&(r, k), value) in decided {
        cells[r][k] = match value {
            Some(v) => (0..sessions).map(|s| (s, *v)).collect(),
            None => Vec::new(),
        };
    }
}

/// The members a review adds to the results document (docs/formats.md "Results"): `reviewed`,
/// `review`, and `decided` on every agreement entry.
pub(super) fn add_to_json(
    out: &mut serde_json::Value,
    applied: &Applied,
    agreement: &[super::Agreement],
) {
    use serde_json::json;
    out["reviewed"] = applied
        .decisions
        .iter()
        .map(|d| {
            let mut j = json!({"criterion": d.criterion, "candidate": d.candidate});
            match d.value {
                Some(v) => j["value"] = json!(v),
                None => j["na"] = json!(true),
            }
            j["before"] = json!(d.before);
            j["reason"] = json!(d.reason);
            j
        })
        .collect();
    let r = &applied.review;
    out["review"] = json!({
        "id": r.id,
        "kind": r.kind.name(),
        "status": r.status.name(),
        "decisions": applied.decisions.len(),
    });
    if let Some(entries) = out["agreement"].as_array_mut() {
        for (entry, a) in entries.iter_mut().zip(agreement) {
            entry["decided"] = json!(a.decided);
        }
    }
}

//! What each agency claimed beside what the results now hold (docs/method.md §10, §11): the
//! self-assessments' own results, no review, beside the results of every session counted with
//! the appraisal. The results screen and the report show it side by side, agency by agency.
//!
//! "Claimed" is computed from the self-assessments alone, together: a numeric criterion's
//! v_min / v_max then run over the agencies that assessed themselves, as the agencies' own
//! figures would give them, and never over the department's values.

use super::{Aggregation, Results, ScoreSheet};
use crate::model::Text;

/// Values closer than this are the same value.
const SAME: f64 = 1e-9;

/// Every agency that assessed itself, in the results' rank order.
#[derive(Clone, Debug, PartialEq)]
pub struct Claimed {
    pub agencies: Vec<ClaimedAgency>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClaimedAgency {
    pub id: String,
    pub name: Text,
    /// The total its self-assessment gives, no review.
    pub claimed: f64,
    /// Its total in the results (with the appraisal, or the department's evaluators).
    pub appraised: f64,
    /// Its values in the results are its self-assessment's (§11), not the evaluators'.
    pub self_assessed: bool,
    /// The criteria whose value the results hold differs from the claimed one, in checklist
    /// order.
    pub changed: Vec<Change>,
}

impl ClaimedAgency {
    /// Appraised minus claimed, in points.
    pub fn difference(&self) -> f64 {
        self.appraised - self.claimed
    }
}

/// One cell the appraisal (or the department's evaluators) changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub criterion: String,
    /// The agency's value; None where it gave none (or N/A).
    pub claimed: Option<f64>,
    /// The value the results hold; None for N/A or unscored.
    pub appraised: Option<f64>,
    /// The council's reason, when a decision of the review changed it.
    pub reason: Option<String>,
}

/// Claimed beside appraised for each candidate a self-assessment among `sheets` covers;
/// None when no sheet is a self-assessment. `results` are those of `sheets` (with their
/// review, if any).
pub fn claimed(sheets: &[ScoreSheet], results: &Results) -> Option<Claimed> {
    let own: Vec<ScoreSheet> = sheets
        .iter()
        .filter(|s| s.self_assessment)
        .cloned()
        .collect();
    if own.is_empty() {
        return None;
    }
    let alone = claimed_results(&own, results.aggregation);
    let agencies = results
        .candidates
        .iter()
        .filter_map(|c| {
            let mine = alone.candidates.iter().find(|k| k.id == c.id)?;
            let changed = changes(&alone, mine.order, results, c.order, &c.id);
            Some(ClaimedAgency {
                id: c.id.clone(),
                name: c.name.clone(),
                claimed: mine.total,
                appraised: c.total,
                self_assessed: c.self_assessed == Some(true),
                changed,
            })
        })
        .collect();
    Some(Claimed { agencies })
}

/// The self-assessments' results, no review: what the agencies claimed.
fn claimed_results(own: &[ScoreSheet], aggregation: Aggregation) -> Results {
    super::compute_reviewed(own, None, aggregation)
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= SAME,
        _ => false,
    }
}

/// The cells of one agency whose value differs between the claimed results (column `mine`)
/// and the results (column `theirs`), with the review's reason where it decided them.
fn changes(
    alone: &Results,
    mine: usize,
    results: &Results,
    theirs: usize,
    candidate: &str,
) -> Vec<Change> {
    alone
        .criteria
        .iter()
        .zip(&results.criteria)
        .filter_map(|(a, r)| {
            let claimed = a.values.get(mine).copied().flatten();
            let appraised = r.values.get(theirs).copied().flatten();
            if same(claimed, appraised) {
                return None;
            }
            let reason = results.review.as_ref().and_then(|applied| {
                applied
                    .decisions
                    .iter()
                    .find(|d| d.criterion == r.id && d.candidate == candidate)
                    .map(|d| d.reason.clone())
            });
            Some(Change {
                criterion: r.id.clone(),
                claimed,
                appraised,
                reason,
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;

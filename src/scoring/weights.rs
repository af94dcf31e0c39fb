//! Step 2 of docs/method.md: the weights of the groups, and of the criteria within each
//! group — the direct weights over their sum, or AHP's when a level has a pairwise matrix.

use std::collections::HashMap;

use super::{Consistency, ahp};
use crate::model::{Checklist, WeightLevel};

/// The normalized weights the results use, by id, and the consistency of every AHP matrix
/// used.
pub(super) struct Weights {
    /// Each group's share of the total weight.
    pub groups: HashMap<String, f64>,
    /// Each criterion's share of its group's weight.
    pub criteria: HashMap<String, f64>,
    /// One entry per AHP matrix: the groups' first (`"groups"`), then each group's by its id.
    pub consistency: Vec<Consistency>,
}

/// docs/method.md §2 for a valid checklist.
pub(super) fn weights(checklist: &Checklist) -> Weights {
    let mut consistency = Vec::new();
    let mut consistency_of = |matrix: &str, cr: Option<f64>| {
        if let Some(cr) = cr {
            consistency.push(Consistency {
                matrix: matrix.into(),
                cr,
            });
        }
    };
    let (group_w, cr) = level(checklist, WeightLevel::Groups);
    consistency_of("groups", cr);
    let mut criteria = HashMap::new();
    for (gi, g) in checklist.groups.iter().enumerate() {
        let (w, cr) = level(checklist, WeightLevel::Criteria(gi));
        consistency_of(&g.id, cr);
        for (c, w) in g.criteria.iter().zip(w) {
            criteria.insert(c.id.clone(), w);
        }
    }
    let groups = checklist
        .groups
        .iter()
        .map(|g| g.id.clone())
        .zip(group_w)
        .collect();
    Weights {
        groups,
        criteria,
        consistency,
    }
}

/// The normalized weights of one level of a valid checklist (the groups, or the criteria of
/// one group), in checklist order, as the results use them: what the editor shows beside
/// each weight.
pub fn level_weights(checklist: &Checklist, at: WeightLevel) -> Vec<f64> {
    level(checklist, at).0
}

/// The normalized weight of each group, in checklist order (AHP when the checklist has a
/// pairwise matrix), as the results use them.
pub fn group_weights(checklist: &Checklist) -> Vec<f64> {
    level_weights(checklist, WeightLevel::Groups)
}

/// One level's weights, and the consistency ratio of its matrix when it has one.
fn level(checklist: &Checklist, at: WeightLevel) -> (Vec<f64>, Option<f64>) {
    match checklist.pairwise(at) {
        Some(m) => {
            let r = ahp::ahp(m);
            (r.weights, Some(r.cr))
        }
        None => (normalized(&checklist.direct_weights(at)), None),
    }
}

/// Direct weights over their sum.
pub(super) fn normalized(w: &[f64]) -> Vec<f64> {
    let sum: f64 = w.iter().sum();
    if sum.is_finite() {
        return w.iter().map(|x| x / sum).collect();
    }
    // Validation keeps weights below 1e15; weights whose sum overflows would all become 0
    // (every total 0, a tie), so they are first scaled by the largest.
    let largest = w.iter().copied().fold(0.0, f64::max);
    let scaled: Vec<f64> = w.iter().map(|x| x / largest).collect();
    let sum: f64 = scaled.iter().sum();
    scaled.iter().map(|x| x / sum).collect()
}

//! Other weights on the groups, without touching any file: the results screen's "what if"
//! and the sensitivity chart's lines. Group scores do not depend on group weights, so only
//! totals, ranks, grades and the sensitivity are computed again — cheap enough for every
//! frame of a slider's drag.

use std::collections::HashMap;

use super::{CandidateResult, Results, grade, rank, sensitivity, weighted_total};

impl Results {
    /// These results under other group weights (`weights` in checklist order, any
    /// non-negative numbers, normalized here). Robustness to the panel is left as computed
    /// for the checklist's weights; the caller says so.
    pub fn with_group_weights(&self, weights: &[f64]) -> Results {
        let sum: f64 = weights.iter().sum();
        let mut out = self.clone();
        out.group_weights = self
            .group_weights
            .iter()
            .zip(weights)
            .map(|((id, _), w)| (id.clone(), if sum > 0.0 { w / sum } else { 0.0 }))
            .collect();
        let map: HashMap<String, f64> = out.group_weights.iter().cloned().collect();
        for c in &mut out.candidates {
            c.total = weighted_total(c.groups.iter().map(|g| (map[&g.id], g.score)));
            c.grade = grade(&self.checklist, c.total);
        }
        out.candidates.sort_by_key(|c| c.order);
        rank(&mut out.candidates);
        out.sensitivity = sensitivity::sensitivity(&self.checklist, &map, &out.candidates);
        out
    }

    /// A candidate's total if group `group` had `share` (0–1) of the weight and the other
    /// groups kept their proportions (docs/method.md §7's line).
    pub fn total_at(&self, c: &CandidateResult, group: &str, share: f64) -> f64 {
        let map: HashMap<String, f64> = self.group_weights.iter().cloned().collect();
        sensitivity::total_at(c, group, &map, share)
    }
}

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
            c.lost = super::lost::lost(&self.checklist, &map, &out.criteria, c.order);
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

/// Group weights (any non-negative numbers, checklist order) with group `g` at `share` of
/// the whole (clamped to 0–1) and the other groups keeping their proportions to each other:
/// the p of docs/method.md §7, which the results screen's sliders try. When the other
/// groups weigh nothing they split the rest equally. `None` when there is no group `g`.
///
/// Fed to [`Results::with_group_weights`], the totals are those of
/// [`Results::total_at`]'s lines (the tests below hold the two to each other).
pub fn with_share(weights: &[f64], g: usize, share: f64) -> Option<Vec<f64>> {
    if g >= weights.len() {
        return None;
    }
    let share = share.clamp(0.0, 1.0);
    let rest: f64 = weights
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != g)
        .map(|(_, x)| x)
        .sum();
    let others = weights.len() - 1;
    let mut w = weights.to_vec();
    for (i, x) in w.iter_mut().enumerate() {
        if i == g {
            *x = share;
        } else if rest > 0.0 {
            *x *= (1.0 - share) / rest;
        } else if others > 0 {
            *x = (1.0 - share) / others as f64;
        }
    }
    Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{Aggregation, compute};

    fn demo() -> Results {
        let mut sessions = Vec::new();
        for entry in std::fs::read_dir("evaluations/demo").unwrap() {
            let path = entry.unwrap().path();
            if path.to_string_lossy().ends_with(".evaluation.json") {
                let bytes = std::fs::read(&path).unwrap();
                sessions.push(crate::model::parse_session(&bytes).unwrap());
            }
        }
        compute(&sessions, Aggregation::Mean)
    }

    /// The weights the sliders try and the sensitivity's lines are one rule: at any share,
    /// the totals under [`with_share`]'s weights are the lines' totals.
    #[test]
    fn the_weights_tried_give_the_totals_of_the_sensitivity_lines() {
        let r = demo();
        let today: Vec<f64> = r.group_weights.iter().map(|(_, w)| *w).collect();
        for (g, (id, _)) in r.group_weights.iter().enumerate() {
            for share in [0.0, 0.15, 0.5, 0.9, 1.0] {
                let tried = r.with_group_weights(&with_share(&today, g, share).unwrap());
                assert!((tried.group_weights[g].1 - share).abs() < 1e-12);
                for c in &tried.candidates {
                    let line = r.total_at(
                        r.candidates.iter().find(|x| x.id == c.id).unwrap(),
                        id,
                        share,
                    );
                    assert!(
                        (c.total - line).abs() < 1e-9,
                        "{id} at {share}: {} vs {line}",
                        c.total
                    );
                }
            }
        }
    }

    #[test]
    fn the_other_groups_keep_their_proportions_or_split_the_rest() {
        let near = |w: Vec<f64>, expected: &[f64]| {
            let close = w.len() == expected.len()
                && w.iter().zip(expected).all(|(a, b)| (a - b).abs() < 1e-12);
            assert!(close, "{w:?} is not {expected:?}");
        };
        near(
            with_share(&[1.0, 2.0, 1.0], 0, 0.6).unwrap(),
            &[0.6, 0.8 / 3.0, 0.4 / 3.0],
        );
        near(
            with_share(&[1.0, 0.0, 0.0], 0, 0.5).unwrap(),
            &[0.5, 0.25, 0.25],
        );
        near(with_share(&[0.3, 0.7], 1, 7.0).unwrap(), &[0.0, 1.0]);
        assert_eq!(with_share(&[1.0], 1, 0.5), None);
    }
}

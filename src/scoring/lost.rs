//! docs/method.md §14: where a candidate lost its points. Each scored criterion's effective
//! weight is its group's share of the groups scored for the candidate times its own share of
//! the criteria of that group scored for it; what it lost is 100 × that weight × (1 − s). The
//! amounts add up to 100 − the total: what the agency should improve first, in points.

use std::collections::HashMap;

use super::{CriterionResult, TIE};
use crate::model::Checklist;

/// One criterion's points lost by one candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct Lost {
    pub criterion: String,
    pub points: f64,
}

/// The criteria on which candidate number `order` (the results' candidate order) lost more
/// than 1e-9 points, most first; amounts within 1e-9 of each other keep checklist order.
/// `group_weights` are the normalized group weights in use.
pub(super) fn lost(
    checklist: &Checklist,
    group_weights: &HashMap<String, f64>,
    criteria: &[CriterionResult],
    order: usize,
) -> Vec<Lost> {
    let scored = |r: &&CriterionResult| r.scores[order].is_some();
    // Σ w over the criteria of each group scored for the candidate.
    let mut within: HashMap<&str, f64> = HashMap::new();
    for r in criteria.iter().filter(scored) {
        *within.entry(r.group.as_str()).or_default() += r.weight;
    }
    let groups: f64 = checklist
        .groups
        .iter()
        .filter(|g| within.get(g.id.as_str()).is_some_and(|w| *w > 0.0))
        .map(|g| group_weights[&g.id])
        .sum();
    if groups <= 0.0 {
        return Vec::new();
    }
    let mut out: Vec<Lost> = criteria
        .iter()
        .filter(scored)
        .filter_map(|r| {
            let den = within[r.group.as_str()];
            if den <= 0.0 {
                return None;
            }
            let effective = group_weights[&r.group] / groups * (r.weight / den);
            let s = r.scores[order].unwrap_or(0.0);
            let points = 100.0 * effective * (1.0 - s);
            (points > TIE).then(|| Lost {
                criterion: r.id.clone(),
                points,
            })
        })
        .collect();
    // Stable: equal amounts (within 1e-9) keep the checklist order they came in. A sort by
    // a comparison that calls near amounts equal is not a total order, so the amounts are
    // first grouped: each is compared with the largest of its run.
    sort_most_first(&mut out);
    out
}

/// Most first; amounts within [`TIE`] of each other in their original (checklist) order.
fn sort_most_first(lost: &mut [Lost]) {
    let mut order: Vec<usize> = (0..lost.len()).collect();
    order.sort_by(|&a, &b| lost[b].points.total_cmp(&lost[a].points).then(a.cmp(&b)));
    // Runs of amounts within 1e-9 of the run's first (largest) go back to checklist order.
    let mut start = 0;
    while start < order.len() {
        let top = lost[order[start]].points;
        let mut end = start + 1;
        while end < order.len() && top - lost[order[end]].points <= TIE {
            end += 1;
        }
        order[start..end].sort_unstable();
        start = end;
    }
    let sorted: Vec<Lost> = order.iter().map(|&i| lost[i].clone()).collect();
    lost.clone_from_slice(&sorted);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(criterion: &str, points: f64) -> Lost {
        Lost {
            criterion: criterion.into(),
            points,
        }
    }

    #[test]
    fn most_first_and_equal_amounts_in_checklist_order() {
        let mut v = vec![l("a", 1.0), l("b", 5.0), l("c", 1.0 + 5e-10), l("d", 5.0)];
        sort_most_first(&mut v);
        let ids: Vec<&str> = v.iter().map(|x| x.criterion.as_str()).collect();
        assert_eq!(ids, ["b", "d", "a", "c"]);
    }
}

//! Step 6 of docs/method.md: agreement between evaluators, cell by cell.

use super::{Agreement, CandidateInfo, TIE, mean};
use crate::model::{Checklist, Kind};

/// Agreement between evaluators for every (criterion, candidate) with two values or more,
/// in checklist order, then candidate order. `cells` are the panel's sorted values: the
/// evaluators' own, each entry marked where a review decided the cell (§10).
pub(super) fn agreement(
    checklist: &Checklist,
    candidates: &[CandidateInfo],
    cells: &[Vec<Vec<(usize, f64)>>],
    decided: &super::review::Decided,
) -> Vec<Agreement> {
    let mut out = Vec::new();
    for (r, ((_, c), row)) in checklist.criteria().zip(cells).enumerate() {
        for (k, (cand, cell)) in candidates.iter().zip(row).enumerate() {
            if cell.len() < 2 {
                continue;
            }
            let v: Vec<f64> = cell.iter().map(|(_, v)| *v).collect();
            let (min, max) = (v[0], v[v.len() - 1]);
            let mean = mean(v.iter().copied(), v.len());
            let sd = sample_sd(&v, mean);
            let disagree = match c.kind() {
                Kind::Scale => max - min >= (checklist.scale.max - checklist.scale.min) / 2.0 - TIE,
                Kind::YesNo => max - min >= 0.5,
                Kind::Numeric => max > 1.5 * min,
            };
            out.push(Agreement {
                criterion: c.id.clone(),
                candidate: cand.id.clone(),
                n: v.len(),
                min,
                max,
                mean,
                sd,
                disagree,
                decided: decided.contains_key(&(r, k)),
            });
        }
    }
    out
}

/// The sample standard deviation (n − 1, as STDEV.S) of two values or more. Should the
/// squares overflow (validation keeps values below 1e15, so they do not), the deviations are
/// scaled by the largest first: a standard deviation is always a number.
pub(super) fn sample_sd(v: &[f64], mean: f64) -> f64 {
    let n = v.len() as f64;
    let sd = (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
    if sd.is_finite() {
        return sd;
    }
    let largest = v.iter().map(|x| (x - mean).abs()).fold(0.0, f64::max);
    if !largest.is_finite() || largest == 0.0 {
        return 0.0;
    }
    let squares: f64 = v.iter().map(|x| ((x - mean) / largest).powi(2)).sum();
    largest * (squares / (n - 1.0)).sqrt()
}

//! The method of docs/method.md as pure functions: sessions in, one [`Results`] out. Every screen,
//! chart and export reads this value; nothing else computes a score.

mod compatible;
mod resample_mean;
mod results;
pub mod robustness;
mod sensitivity;
mod sheet;
mod what_if;

use std::collections::HashMap;

pub use crate::model::ahp;
pub use compatible::{incompatible, incompatible_sheets};
pub use results::*;
pub use robustness::{Method, Robustness};
pub use sheet::{Checklists, ScoreSheet};

use crate::model::{Better, Checklist, Kind, Session, Status, Text};

/// How the values of several evaluators for one (criterion, candidate) become one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Aggregation {
    #[default]
    Mean,
    Median,
}

impl Aggregation {
    pub fn name(self) -> &'static str {
        match self {
            Aggregation::Mean => "mean",
            Aggregation::Median => "median",
        }
    }

    /// "the mean" or "the median", for sentences about the results.
    pub fn msg(self) -> crate::i18n::Msg {
        match self {
            Aggregation::Mean => crate::i18n::tr::agg_mean(),
            Aggregation::Median => crate::i18n::tr::agg_median(),
        }
    }

    /// Aggregate values that are already sorted ascending (sorting first makes the result
    /// independent of the order of sessions, bit for bit).
    fn apply(self, sorted: &[f64]) -> Option<f64> {
        let n = sorted.len();
        if n == 0 {
            return None;
        }
        Some(match self {
            Aggregation::Mean => mean(sorted.iter().copied(), n),
            Aggregation::Median if n % 2 == 1 => sorted[n / 2],
            Aggregation::Median => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        })
    }
}

/// The mean of `n` values. Validation keeps values below 1e15, so their sum is finite; should
/// it ever overflow, the mean is taken as Σ v/n, which cannot (defence in depth: a mean is
/// always a number).
fn mean(values: impl Iterator<Item = f64> + Clone, n: usize) -> f64 {
    let m = values.clone().sum::<f64>() / n as f64;
    if m.is_finite() {
        m
    } else {
        values.map(|v| v / n as f64).sum()
    }
}

/// A normalized score kept in [0, 1] whatever its inputs (NaN, from ∞/∞, is 0).
fn unit(s: f64) -> f64 {
    if s.is_nan() { 0.0 } else { s.clamp(0.0, 1.0) }
}

/// Totals closer than this are equal (docs/method.md §5).
pub const TIE: f64 = 1e-9;

/// Score sessions that share one checklist and one set of candidates (see [`compatible`]).
/// `sessions` must not be empty.
pub fn compute(sessions: &[Session], aggregation: Aggregation) -> Results {
    compute_sheets(&ScoreSheet::of_sessions(sessions), aggregation)
}

/// [`compute`] from the sessions' score sheets (what an aggregation of many files keeps).
pub fn compute_sheets(sessions: &[ScoreSheet], aggregation: Aggregation) -> Results {
    let reference = sessions
        .iter()
        .min_by(|a, b| a.id.cmp(&b.id))
        .expect("compute needs at least one session");
    let checklist = &*reference.checklist;
    let candidates = candidate_order(sessions);

    // 1. Weights.
    let (group_weights, criterion_weights, consistency) = weights(checklist);

    // 2. Values per (criterion, candidate) across sessions, sorted; N/A and missing left out.
    let panel = robustness::Panel::new(
        sessions,
        checklist,
        &candidates,
        &group_weights,
        &criterion_weights,
    );

    // 3. Per criterion: aggregated values, then normalized scores.
    let mut criteria = Vec::new();
    for (g, c) in checklist.criteria() {
        let row = criteria.len();
        let aggregated: Vec<Option<f64>> = panel.cells[row]
            .iter()
            .map(|cell| aggregation.apply(&cell.iter().map(|(_, v)| *v).collect::<Vec<_>>()))
            .collect();
        let normalized = normalize(c.kind(), c.better, &checklist.scale, &aggregated);
        criteria.push(CriterionResult {
            group: g.id.clone(),
            id: c.id.clone(),
            weight: criterion_weights[&c.id],
            values: aggregated,
            scores: normalized,
        });
    }

    // 4. Group scores and totals.
    let mut results: Vec<CandidateResult> = candidates
        .iter()
        .enumerate()
        .map(|(ci, cand)| {
            let groups: Vec<GroupScore> = checklist
                .groups
                .iter()
                .filter_map(|g| {
                    let (num, den) = criteria
                        .iter()
                        .filter(|r| r.group == g.id)
                        .filter_map(|r| r.scores[ci].map(|s| (r.weight * s, r.weight)))
                        .fold((0.0, 0.0), |(n, d), (a, b)| (n + a, d + b));
                    (den > 0.0).then(|| GroupScore {
                        id: g.id.clone(),
                        score: 100.0 * num / den,
                    })
                })
                .collect();
            let total = weighted_total(groups.iter().map(|gs| (group_weights[&gs.id], gs.score)));
            // 5. Mandatory criteria.
            let failed = checklist
                .criteria()
                .filter(|(_, c)| c.is_mandatory())
                .filter(|(_, c)| {
                    let value = criteria
                        .iter()
                        .find(|r| r.id == c.id)
                        .and_then(|r| r.values[ci]);
                    fails(value, c.kind(), c.better, c.threshold(&checklist.scale))
                })
                .map(|(_, c)| c.id.clone())
                .collect::<Vec<_>>();
            let grade = checklist.grades.as_ref().and_then(|bands| {
                bands
                    .iter()
                    .find(|b| total >= b.min - TIE)
                    .map(|b| b.label.clone())
            });
            CandidateResult {
                id: cand.id.clone(),
                name: cand.name.clone(),
                total,
                grade,
                rank: 0,
                order: ci,
                qualified: failed.is_empty(),
                failed,
                groups,
            }
        })
        .collect();
    rank(&mut results);

    let agreement = agreement(checklist, &candidates, &panel.cells);
    let sensitivity = sensitivity::sensitivity(checklist, &group_weights, &results);

    let mut warnings = Vec::new();
    for c in results.iter().filter(|c| !c.qualified) {
        warnings.push(Warning::Unqualified {
            candidate: c.id.clone(),
            failed: c.failed.clone(),
        });
    }
    for m in consistency.iter().filter(|m| m.cr > 0.10) {
        warnings.push(Warning::Inconsistent {
            matrix: m.matrix.clone(),
            cr: m.cr,
        });
    }
    for r in &criteria {
        for (ci, v) in r.values.iter().enumerate() {
            if v.is_none() {
                warnings.push(Warning::Unscored {
                    criterion: r.id.clone(),
                    candidate: candidates[ci].id.clone(),
                });
            }
        }
    }
    for a in agreement.iter().filter(|a| a.disagree) {
        warnings.push(Warning::Disagreement {
            criterion: a.criterion.clone(),
            candidate: a.candidate.clone(),
            min: a.min,
            max: a.max,
        });
    }
    let mut drafts: Vec<String> = sessions
        .iter()
        .filter(|s| s.status == Status::Draft)
        .map(|s| s.evaluator.clone())
        .collect();
    drafts.sort();
    if !drafts.is_empty() {
        warnings.push(Warning::Drafts { evaluators: drafts });
    }

    let robustness = robustness::robustness(&panel, &candidates, aggregation);
    let evaluators = sessions
        .iter()
        .zip(panel.session_totals())
        .map(|(s, totals)| EvaluatorTotals {
            session: s.id.clone(),
            name: s.evaluator.clone(),
            status: s.status,
            totals,
        })
        .collect();

    Results {
        checklist: checklist.clone(),
        sessions: sessions.len(),
        aggregation,
        candidates: results,
        group_weights: checklist
            .groups
            .iter()
            .map(|g| (g.id.clone(), group_weights[&g.id]))
            .collect(),
        criteria,
        consistency,
        agreement,
        sensitivity,
        robustness,
        evaluators,
        warnings,
    }
}

/// The union of the sessions' candidates (docs/formats.md): the checklist's `candidates` order
/// first, then the others in the order they first appear in the sessions sorted by `id`.
fn candidate_order(sessions: &[ScoreSheet]) -> Vec<CandidateInfo> {
    let mut by_id: Vec<&ScoreSheet> = sessions.iter().collect();
    by_id.sort_by(|a, b| a.id.cmp(&b.id));
    let mut order: Vec<&crate::model::Candidate> = Vec::new();
    for c in by_id.iter().flat_map(|s| &s.candidates) {
        if !order.iter().any(|o| o.id == c.id) {
            order.push(c);
        }
    }
    let listed: Vec<&str> = by_id[0]
        .checklist
        .candidates
        .iter()
        .flatten()
        .map(|c| c.id.as_str())
        .collect();
    order.sort_by_key(|c| {
        listed
            .iter()
            .position(|id| *id == c.id)
            .unwrap_or(usize::MAX)
    });
    order
        .into_iter()
        .map(|c| CandidateInfo {
            id: c.id.clone(),
            name: c.name.clone(),
        })
        .collect()
}

/// A candidate's id and name, in the order results list them before ranking.
struct CandidateInfo {
    id: String,
    name: Text,
}

/// Σ W·G / Σ W over the scored groups; 0 when none is scored.
fn weighted_total(parts: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (num, den) = parts.fold((0.0, 0.0), |(n, d), (w, g)| (n + w * g, d + w));
    if den > 0.0 { num / den } else { 0.0 }
}

/// Normalized group weights, normalized criterion weights within each group, and the
/// consistency of every AHP matrix used.
/// The normalized weight of each group, in checklist order (AHP when the checklist has a
/// pairwise matrix), as the results use them.
pub fn group_weights(checklist: &Checklist) -> Vec<f64> {
    let (groups, _, _) = weights(checklist);
    checklist.groups.iter().map(|g| groups[&g.id]).collect()
}

fn weights(
    checklist: &Checklist,
) -> (HashMap<String, f64>, HashMap<String, f64>, Vec<Consistency>) {
    let mut consistency = Vec::new();
    let declared: Vec<f64> = checklist.groups.iter().map(|g| g.weight()).collect();
    let group_w = match &checklist.group_pairwise {
        Some(m) => {
            let r = ahp::ahp(m);
            consistency.push(Consistency {
                matrix: "groups".into(),
                cr: r.cr,
            });
            r.weights
        }
        None => normalized(&declared),
    };
    let mut criterion_w = HashMap::new();
    for g in &checklist.groups {
        let w = match &g.criteria_pairwise {
            Some(m) => {
                let r = ahp::ahp(m);
                consistency.push(Consistency {
                    matrix: g.id.clone(),
                    cr: r.cr,
                });
                r.weights
            }
            None => normalized(&g.criteria.iter().map(|c| c.weight()).collect::<Vec<_>>()),
        };
        for (c, w) in g.criteria.iter().zip(w) {
            criterion_w.insert(c.id.clone(), w);
        }
    }
    let group_w = checklist
        .groups
        .iter()
        .map(|g| g.id.clone())
        .zip(group_w)
        .collect();
    (group_w, criterion_w, consistency)
}

fn normalized(w: &[f64]) -> Vec<f64> {
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

/// Normalized scores s ∈ [0, 1] for every candidate (docs/method.md §1); `None` where unscored.
pub fn normalize(
    kind: Kind,
    better: Option<Better>,
    scale: &crate::model::Scale,
    values: &[Option<f64>],
) -> Vec<Option<f64>> {
    let present = values.iter().flatten().copied();
    let scores: Vec<Option<f64>> = match (kind, better) {
        (Kind::Scale, _) => values
            .iter()
            .map(|v| v.map(|v| (v - scale.min) / (scale.max - scale.min)))
            .collect(),
        (Kind::YesNo, _) => values.to_vec(),
        (Kind::Numeric, Some(Better::Lower)) => {
            let v_min = present.fold(f64::INFINITY, f64::min);
            values
                .iter()
                .map(|v| v.map(|v| if v == 0.0 { 1.0 } else { v_min / v }))
                .collect()
        }
        // `better` is required for numeric criteria; validation guarantees it.
        (Kind::Numeric, _) => {
            let v_max = present.fold(0.0, f64::max);
            values
                .iter()
                .map(|v| v.map(|v| if v_max == 0.0 { 0.0 } else { v / v_max }))
                .collect()
        }
    };
    scores.into_iter().map(|s| s.map(unit)).collect()
}

/// Where [`normalize`] scores a value on its own, as `a·value + b` whatever the other
/// candidates' values (the scale and yes/no kinds): that (a, b). `None` for numeric
/// criteria, scored against the best candidate. Robustness folds such criteria per group.
fn linear_score(kind: Kind, scale: &crate::model::Scale) -> Option<(f64, f64)> {
    match kind {
        Kind::Scale => {
            let range = scale.max - scale.min;
            Some((1.0 / range, -scale.min / range))
        }
        Kind::YesNo => Some((1.0, 0.0)),
        Kind::Numeric => None,
    }
}

/// Does an aggregated value fail a mandatory criterion (docs/method.md §4)?
fn fails(value: Option<f64>, kind: Kind, better: Option<Better>, threshold: Option<f64>) -> bool {
    let Some(v) = value else { return true };
    let Some(t) = threshold else { return false };
    if kind == Kind::Numeric && better == Some(Better::Lower) {
        v > t + TIE
    } else {
        v < t - TIE
    }
}

/// Qualified first, then by total; equal totals (within 1e-9) share a rank: 1, 1, 3 …
/// The sort is stable, so tied candidates keep the candidate order.
fn rank(results: &mut [CandidateResult]) {
    results.sort_by(|a, b| {
        b.qualified.cmp(&a.qualified).then_with(|| {
            if (a.total - b.total).abs() <= TIE {
                std::cmp::Ordering::Equal
            } else {
                b.total.total_cmp(&a.total)
            }
        })
    });
    for i in 0..results.len() {
        let tied = i > 0
            && results[i].qualified == results[i - 1].qualified
            && (results[i].total - results[i - 1].total).abs() <= TIE;
        results[i].rank = if tied { results[i - 1].rank } else { i + 1 };
    }
}

/// The sample standard deviation (n − 1, as STDEV.S) of two values or more. Should the
/// squares overflow (validation keeps values below 1e15, so they do not), the deviations are
/// scaled by the largest first: a standard deviation is always a number.
fn sample_sd(v: &[f64], mean: f64) -> f64 {
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

/// Agreement between evaluators for every (criterion, candidate) with two values or more.
fn agreement(
    checklist: &Checklist,
    candidates: &[CandidateInfo],
    cells: &[Vec<Vec<(usize, f64)>>],
) -> Vec<Agreement> {
    let mut out = Vec::new();
    for ((_, c), row) in checklist.criteria().zip(cells) {
        for (cand, cell) in candidates.iter().zip(row) {
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
            });
        }
    }
    out
}

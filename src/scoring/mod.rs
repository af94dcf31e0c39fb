//! The method of docs/method.md as pure functions: sessions in, one [`Results`] out. Every screen,
//! chart and export reads this value; nothing else computes a score.

mod agreement;
mod categories;
mod claimed;
mod compatible;
mod lost;
mod resample_mean;
mod results;
mod review;
pub mod robustness;
mod sensitivity;
mod sheet;
pub mod trend;
mod warnings;
mod weights;
mod what_if;

use std::collections::HashMap;

pub use crate::model::ahp;
/// The agencies' fixture of the tests, compiled once (`tests/support/agencies.rs`).
#[cfg(test)]
pub(crate) use claimed::tests::agencies as claimed_fixture;
pub use claimed::{Change, Claimed, ClaimedAgency, claimed};
pub use compatible::{incompatible, incompatible_sheets};
pub use lost::Lost;
pub use results::*;
pub use review::{Applied, Reviewed};
pub use robustness::{Method, Robustness};
pub use sheet::{Checklists, ScoreSheet};
pub use weights::{group_weights, level_weights};
pub use what_if::with_share;

use agreement::agreement;
use weights::weights;

use crate::model::{Better, Checklist, Kind, Review, Session, Text};

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

/// [`compute`] with the review of those sessions, if any (docs/method.md §10).
pub fn compute_with(
    sessions: &[Session],
    review: Option<&Review>,
    aggregation: Aggregation,
) -> Results {
    compute_reviewed(&ScoreSheet::of_sessions(sessions), review, aggregation)
}

/// [`compute`] from the sessions' score sheets (what an aggregation of many files keeps).
pub fn compute_sheets(sessions: &[ScoreSheet], aggregation: Aggregation) -> Results {
    compute_reviewed(sessions, None, aggregation)
}

/// The results of sessions and the review of them, if any (checked against them first:
/// [`crate::store::review::check`]): the steps of docs/method.md in turn, each a function
/// named after its step.
pub fn compute_reviewed(
    sessions: &[ScoreSheet],
    review: Option<&Review>,
    aggregation: Aggregation,
) -> Results {
    let reference = sessions
        .iter()
        .min_by(|a, b| a.id.cmp(&b.id))
        .expect("compute needs at least one session");
    let checklist = &*reference.checklist;
    let candidates = candidate_order(sessions);
    // §2
    let weights = weights(checklist);
    // Every (criterion, candidate)'s values across sessions, sorted; N/A and missing left
    // out. §1, §6 and §8 read them.
    let mut panel = robustness::Panel::new(
        sessions,
        checklist,
        &candidates,
        &weights.groups,
        &weights.criteria,
    );
    // §1, then §10: a decided cell's value is the decision's
    let mut criteria = criterion_scores(checklist, &panel.cells, &weights.criteria, aggregation);
    let decided = review::decided(review, checklist, &candidates);
    let review = review::applied(
        review,
        &decided,
        &criteria,
        &panel.cells,
        sessions,
        &candidates,
    );
    apply_decisions(checklist, &mut criteria, &decided);
    // §3 and §4, candidate by candidate
    let mut ranked: Vec<CandidateResult> = candidates
        .iter()
        .enumerate()
        .map(|(order, c)| {
            let of = (&criteria[..], &panel.applies);
            candidate_result(checklist, &weights.groups, of, order, c)
        })
        .collect();
    // §11
    if let Some(own) = sheet::self_assessed(sessions, &candidates) {
        for c in &mut ranked {
            c.self_assessed = Some(own[c.order]);
        }
    }
    // §5, and §12 within each category
    rank(&mut ranked);
    categories::category_ranks(&mut ranked);
    // §6, §7, §8
    let agreement = agreement(checklist, &candidates, &panel.cells, &decided);
    let sensitivity = sensitivity::sensitivity(checklist, &weights.groups, &ranked);
    review::keep_in_every_resample(&mut panel.cells, &decided, sessions.len());
    let robustness = robustness::robustness(&panel, &candidates, aggregation);
    let warnings = warnings::warnings(warnings::Figures {
        sessions,
        candidates: &candidates,
        ranked: &ranked,
        consistency: &weights.consistency,
        criteria: &criteria,
        applies: &panel.applies,
        agreement: &agreement,
        review: review.as_ref(),
    });
    Results {
        checklist: checklist.clone(),
        sessions: sessions.len(),
        aggregation,
        candidates: ranked,
        group_weights: checklist
            .groups
            .iter()
            .map(|g| (g.id.clone(), weights.groups[&g.id]))
            .collect(),
        criteria,
        consistency: weights.consistency,
        agreement,
        sensitivity,
        robustness,
        evaluators: evaluator_totals(sessions, &panel),
        warnings,
        review,
    }
}

/// docs/method.md §10: each decided cell takes the decision's value (N/A: unscored), and its
/// criterion's scores are normalized again (a numeric criterion's depend on every value).
fn apply_decisions(
    checklist: &Checklist,
    criteria: &mut [CriterionResult],
    decided: &review::Decided,
) {
    if decided.is_empty() {
        return;
    }
    let mut changed = vec![false; criteria.len()];
    for (&(r, k), value) in decided {
        criteria[r].values[k] = *value;
        changed[r] = true;
    }
    for ((_, c), (row, changed)) in checklist.criteria().zip(criteria.iter_mut().zip(changed)) {
        if changed {
            row.scores = normalize(c.kind(), c.better, &checklist.scale, &row.values);
        }
    }
}

/// docs/method.md §1 for every criterion, in checklist order: each cell's values aggregated
/// ([`Aggregation`]), then normalized ([`normalize`]).
fn criterion_scores(
    checklist: &Checklist,
    cells: &[Vec<Vec<(usize, f64)>>],
    criterion_weights: &HashMap<String, f64>,
    aggregation: Aggregation,
) -> Vec<CriterionResult> {
    checklist
        .criteria()
        .zip(cells)
        .map(|((g, c), row)| {
            let aggregated: Vec<Option<f64>> = row
                .iter()
                .map(|cell| aggregation.apply(&cell.iter().map(|(_, v)| *v).collect::<Vec<_>>()))
                .collect();
            let normalized = normalize(c.kind(), c.better, &checklist.scale, &aggregated);
            CriterionResult {
                group: g.id.clone(),
                id: c.id.clone(),
                weight: criterion_weights[&c.id],
                values: aggregated,
                scores: normalized,
            }
        })
        .collect()
}

/// One candidate (number `order` in the candidate order) before ranking: its group scores,
/// total and grade (§3), and the mandatory criteria it fails (§4) among those that apply
/// to it (§12).
fn candidate_result(
    checklist: &Checklist,
    group_weights: &HashMap<String, f64>,
    (criteria, applies): (&[CriterionResult], &categories::Applies),
    order: usize,
    candidate: &CandidateInfo,
) -> CandidateResult {
    let groups = group_scores(checklist, criteria, order);
    let total = weighted_total(groups.iter().map(|gs| (group_weights[&gs.id], gs.score)));
    let failed = failed_mandatory(checklist, criteria, order, applies);
    // §14
    let lost = lost::lost(checklist, group_weights, criteria, order);
    CandidateResult {
        id: candidate.id.clone(),
        name: candidate.name.clone(),
        category: candidate.category.clone(),
        category_rank: None,
        total,
        grade: grade(checklist, total),
        rank: 0,
        order,
        qualified: failed.is_empty(),
        failed,
        groups,
        lost,
        self_assessed: None,
    }
}

/// docs/method.md §3: G_g = 100 × Σ w s / Σ w over the criteria of g scored for the
/// candidate; a group with none scored is left out.
fn group_scores(
    checklist: &Checklist,
    criteria: &[CriterionResult],
    order: usize,
) -> Vec<GroupScore> {
    checklist
        .groups
        .iter()
        .filter_map(|g| {
            let (num, den) = criteria
                .iter()
                .filter(|r| r.group == g.id)
                .filter_map(|r| r.scores[order].map(|s| (r.weight * s, r.weight)))
                .fold((0.0, 0.0), |(n, d), (a, b)| (n + a, d + b));
            (den > 0.0).then(|| GroupScore {
                id: g.id.clone(),
                score: on_the_100_scale(100.0 * num / den),
            })
        })
        .collect()
}

/// docs/method.md §3: the label of the first grade band the total reaches (within 1e-9).
pub(crate) fn grade(checklist: &Checklist, total: f64) -> Option<Text> {
    checklist.grades.as_ref().and_then(|bands| {
        bands
            .iter()
            .find(|b| total >= b.min - TIE)
            .map(|b| b.label.clone())
    })
}

/// docs/method.md §4: the mandatory criteria the candidate fails, in checklist order; one
/// that does not apply to it (§12) never fails.
fn failed_mandatory(
    checklist: &Checklist,
    criteria: &[CriterionResult],
    order: usize,
    applies: &categories::Applies,
) -> Vec<String> {
    checklist
        .criteria()
        .enumerate()
        .filter(|(row, (_, c))| c.is_mandatory() && applies.at(*row, order))
        .map(|(_, gc)| gc)
        .filter(|(_, c)| {
            let value = criteria
                .iter()
                .find(|r| r.id == c.id)
                .and_then(|r| r.values[order]);
            fails(value, c.kind(), c.better, c.threshold(&checklist.scale))
        })
        .map(|(_, c)| c.id.clone())
        .collect()
}

/// Each evaluator's own total (docs/method.md, "Figures the app adds"), session by session.
fn evaluator_totals(sessions: &[ScoreSheet], panel: &robustness::Panel) -> Vec<EvaluatorTotals> {
    sessions
        .iter()
        .zip(panel.session_totals())
        .map(|(s, totals)| EvaluatorTotals {
            session: s.id.clone(),
            name: s.evaluator.clone(),
            status: s.status,
            totals,
        })
        .collect()
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
            category: c.category.clone(),
        })
        .collect()
}

/// A candidate's id, name and category, in the order results list them before ranking.
struct CandidateInfo {
    id: String,
    name: Text,
    category: Option<String>,
}

/// Σ W·G / Σ W over the scored groups; 0 when none is scored.
fn weighted_total(parts: impl Iterator<Item = (f64, f64)>) -> f64 {
    let (num, den) = parts.fold((0.0, 0.0), |(n, d), (w, g)| (n + w * g, d + w));
    if den > 0.0 {
        on_the_100_scale(num / den)
    } else {
        0.0
    }
}

/// A group score and a total are weighted means of points within 0–100, but rounding can put
/// the quotient one unit in the last place outside (weights 5.4e13 and 1e15 on two scores of
/// 100 gave a total of 100.00000000000001): it is brought back, and nothing else changes.
fn on_the_100_scale(points: f64) -> f64 {
    points.clamp(0.0, 100.0)
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

/// docs/method.md §5: qualified first, then by total; equal totals (within 1e-9) share a rank: 1, 1, 3 …
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

#[cfg(test)]
mod tests {
    use super::weighted_total;

    /// The weights proptest found (tests/integration/overflow.rs): two scores of 100 weighted
    /// 5.4e13 and 1e15 divide to 100.00000000000001; a total never exceeds 100.
    #[test]
    fn a_weighted_mean_of_full_marks_is_full_marks() {
        let parts = [(54_483_582_519_371.93, 100.0), (1e15, 100.0)];
        assert_eq!(weighted_total(parts.into_iter()), 100.0);
        let parts = [(54_483_582_519_371.93, 0.0), (1e15, 0.0)];
        assert_eq!(weighted_total(parts.into_iter()), 0.0);
    }
}

//! Robustness to the panel (docs/method.md §8): how often each candidate would win if the panel
//! were drawn again, with replacement, from the same evaluators. Exact over every multiset for
//! n ≤ 8 sessions, 10,000 seeded draws above.
//!
//! Each resample's winner is computed by the lean path below (§1–§5 only, the aggregation
//! of repeated sessions done by counts instead of copies), which the tests check against
//! [`super::compute`] on the repeated sessions, resample by resample.

use std::collections::HashMap;

use super::resample_mean::{MeanTerms, Row};
use super::sheet::ScoreSheet;
use super::{Aggregation, CandidateInfo, TIE, fails, linear_score, normalize};
use crate::model::{Checklist, Criterion};

/// Up to this many sessions, every multiset is enumerated.
pub const EXACT_UP_TO: usize = 8;
/// Draws made above [`EXACT_UP_TO`].
pub const DRAWS: usize = 10_000;
/// The seed of the draws, fixed so that the same sessions give the same figure.
const SEED: u64 = 0x4556_414c_4445_534b; // "EVALDESK"

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Exact,
    Sampled,
    /// Some session does not cover every candidate (evaluators assigned different agencies):
    /// drawing the panel again would compare candidates on different evaluators, so no
    /// shares are computed (docs/method.md §8).
    NotApplicable,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Exact => "exact",
            Method::Sampled => "sampled",
            Method::NotApplicable => "not_applicable",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Robustness {
    pub method: Method,
    /// Distinct multisets enumerated, or draws made.
    pub resamples: usize,
    /// Every candidate, in the results' candidate order, with its share of wins.
    pub winners: Vec<(String, f64)>,
}

/// What every resample needs, read once from the sessions.
pub(super) struct Panel<'a> {
    checklist: &'a Checklist,
    criteria: Vec<(usize, &'a Criterion, f64)>,
    group_weights: Vec<f64>,
    /// Per criterion × candidate: (session, value), sorted by value.
    pub(super) cells: Vec<Vec<Vec<(usize, f64)>>>,
    /// Per session: which candidates it covers.
    covers: Vec<Vec<bool>>,
    sheets: &'a [ScoreSheet],
    /// Per session: each of its (row, candidate) in the panel's rows and candidates.
    places: Vec<Places>,
    /// 0, 1, … one per criterion row: every row scored cell by cell.
    all_rows: Vec<usize>,
    candidates: usize,
    /// Which cells are scored at all (docs/method.md §12): one that is not never fails.
    pub(super) applies: super::categories::Applies,
}

/// Where a sheet's rows and candidates are in the panel's.
struct Places {
    /// `None`: the sheet has the panel's checklist, rows are the same.
    rows: Option<Vec<Option<usize>>>,
    candidates: Vec<Option<usize>>,
}

impl Places {
    fn of(&self, row: usize, candidate: usize) -> Option<(usize, usize)> {
        let r = match &self.rows {
            None => Some(row),
            Some(rows) => rows[row],
        };
        r.zip(self.candidates[candidate])
    }
}

/// docs/method.md §11: where a self-assessment is left out (its candidate is covered by an
/// evaluation), the places its values would go to; `None` when no session is one. Its own
/// places stay for its own totals (shown beside, as what the agency claimed).
fn counted_places(
    sheets: &[ScoreSheet],
    places: &[Places],
    candidates: &[CandidateInfo],
) -> Option<Vec<Places>> {
    if !sheets.iter().any(|s| s.self_assessment) {
        return None;
    }
    let evaluated = super::sheet::evaluated(sheets, candidates);
    let counted = sheets.iter().zip(places).map(|(s, at)| Places {
        rows: at.rows.clone(),
        candidates: (at.candidates.iter())
            .map(|k| k.filter(|&k| !(s.self_assessment && evaluated[k])))
            .collect(),
    });
    Some(counted.collect())
}

/// Per panel row and candidate, each session's value as `(session, value)`, sorted by value
/// (equal values in session order). Rows are independent: made on every core, each cell's
/// list at its final length (its values counted first; grown value by value, a thousand
/// sessions' cells asked the system for fresh memory at every doubling).
fn cells_by_row(
    sheets: &[ScoreSheet],
    places: &[Places],
    rows: usize,
    width: usize,
) -> Vec<Vec<Vec<(usize, f64)>>> {
    use rayon::prelude::*;
    // For a sheet on another checklist, which of its rows is each panel row.
    let sheet_rows: Vec<Option<Vec<Option<usize>>>> = places
        .iter()
        .map(|at| {
            at.rows.as_ref().map(|to_panel| {
                let mut from_panel = vec![None; rows];
                for (j, r) in to_panel.iter().enumerate() {
                    if let Some(r) = *r {
                        from_panel[r] = Some(j);
                    }
                }
                from_panel
            })
        })
        .collect();
    (0..rows)
        .into_par_iter()
        .map(|r| {
            let each_value = |visit: &mut dyn FnMut(usize, usize, f64)| {
                for (si, (sheet, at)) in sheets.iter().zip(places).enumerate() {
                    let sheet_row = match &sheet_rows[si] {
                        None => Some(r),
                        Some(from_panel) => from_panel[r],
                    };
                    let Some(sheet_row) = sheet_row else { continue };
                    for (j, k) in at.candidates.iter().enumerate() {
                        if let (Some(k), Some(v)) = (*k, sheet.value(sheet_row, j)) {
                            visit(si, k, v);
                        }
                    }
                }
            };
            let mut lengths = vec![0usize; width];
            each_value(&mut |_, k, _| lengths[k] += 1);
            let mut cells: Vec<Vec<(usize, f64)>> =
                lengths.iter().map(|&n| Vec::with_capacity(n)).collect();
            each_value(&mut |si, k, v| cells[k].push((si, v)));
            for cell in &mut cells {
                cell.sort_by(|a, b| a.1.total_cmp(&b.1));
            }
            cells
        })
        .collect()
}

impl<'a> Panel<'a> {
    pub(super) fn new(
        sheets: &'a [ScoreSheet],
        checklist: &'a Checklist,
        candidates: &[CandidateInfo],
        group_weights: &HashMap<String, f64>,
        criterion_weights: &HashMap<String, f64>,
    ) -> Panel<'a> {
        let index: HashMap<&str, usize> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let criteria: Vec<(usize, &Criterion, f64)> = checklist
            .groups
            .iter()
            .enumerate()
            .flat_map(|(gi, g)| g.criteria.iter().map(move |c| (gi, c)))
            .map(|(gi, c)| (gi, c, criterion_weights[&c.id]))
            .collect();
        let row: HashMap<&str, usize> = criteria
            .iter()
            .enumerate()
            .map(|(i, (_, c, _))| (c.id.as_str(), i))
            .collect();
        let mut covers = Vec::new();
        let mut places = Vec::new();
        for s in sheets {
            let mut covered = vec![false; candidates.len()];
            let columns: Vec<Option<usize>> = s
                .candidates
                .iter()
                .map(|c| index.get(c.id.as_str()).copied())
                .collect();
            for &k in columns.iter().flatten() {
                covered[k] = true;
            }
            covers.push(covered);
            // Sessions being compared have one checklist; any other is matched by criterion id.
            let same = std::ptr::eq(&*s.checklist, checklist) || *s.checklist == *checklist;
            places.push(Places {
                rows: (!same).then(|| {
                    s.checklist
                        .criteria()
                        .map(|(_, c)| row.get(c.id.as_str()).copied())
                        .collect()
                }),
                candidates: columns,
            });
        }
        let counted = counted_places(sheets, &places, candidates);
        let counted = counted.as_deref().unwrap_or(&places);
        let cells = cells_by_row(sheets, counted, criteria.len(), candidates.len());
        Panel {
            checklist,
            all_rows: (0..criteria.len()).collect(),
            criteria,
            group_weights: checklist
                .groups
                .iter()
                .map(|g| group_weights[&g.id])
                .collect(),
            cells,
            covers,
            sheets,
            places,
            candidates: candidates.len(),
            applies: super::categories::Applies::new(checklist, candidates),
        }
    }

    /// The sums that give any resample's means (see [`MeanTerms`]).
    pub(super) fn mean_terms(&self) -> MeanTerms {
        let scale = &self.checklist.scale;
        let rows: Vec<Row> = self
            .criteria
            .iter()
            .map(|(group, criterion, weight)| Row {
                group: *group,
                weight: *weight,
                // A mandatory criterion's mean is checked against its threshold: kept per cell.
                linear: (!criterion.is_mandatory())
                    .then(|| linear_score(criterion.kind(), scale))
                    .flatten(),
            })
            .collect();
        MeanTerms::new(
            &rows,
            &self.cells,
            self.covers.len(),
            self.candidates,
            self.checklist.groups.len(),
        )
    }

    /// The aggregated value of one cell when session `i` is drawn `counts[i]` times: the
    /// same arithmetic, in the same order, as aggregating the repeated sessions' sorted values.
    fn aggregate(cell: &[(usize, f64)], counts: &[u32], aggregation: Aggregation) -> Option<f64> {
        let n: u32 = cell.iter().map(|(s, _)| counts[*s]).sum();
        if n == 0 {
            return None;
        }
        match aggregation {
            Aggregation::Mean => {
                // The values repeated as drawn, summed in the same order as the aggregation
                // of the repeated sessions (`super::mean`, its overflow guard included).
                let repeated = cell
                    .iter()
                    .flat_map(|(s, v)| std::iter::repeat_n(*v, counts[*s] as usize));
                Some(super::mean(repeated, n as usize))
            }
            Aggregation::Median => {
                let nth = |k: u32| {
                    let mut seen = 0;
                    for (s, v) in cell {
                        seen += counts[*s];
                        if seen > k {
                            return *v;
                        }
                    }
                    cell[cell.len() - 1].1
                };
                Some(if n % 2 == 1 {
                    nth(n / 2)
                } else {
                    (nth(n / 2 - 1) + nth(n / 2)) / 2.0
                })
            }
        }
    }

    /// Each candidate's (total, qualified) in one resample, in the results' candidate order;
    /// None for a candidate no drawn session covers.
    fn evaluate(&self, counts: &[u32], aggregation: Aggregation) -> Vec<Option<(f64, bool)>> {
        self.totals(&self.present(counts), &self.all_rows, None, |r, k| {
            Self::aggregate(&self.cells[r][k], counts, aggregation)
        })
    }

    /// Each present candidate's (total, qualified): §1–§5 once the values are known.
    /// `rows` are scored from `value(i, candidate)`, i their place in `rows`; the other rows'
    /// group sums, when given, are `start[candidate × groups + group]` = (Σ w·s, Σ w).
    fn totals(
        &self,
        present: &[usize],
        rows: &[usize],
        start: Option<&[(f64, f64)]>,
        value: impl Fn(usize, usize) -> Option<f64>,
    ) -> Vec<Option<(f64, bool)>> {
        let groups = self.checklist.groups.len();
        let mut num = vec![vec![0.0; groups]; present.len()];
        let mut den = vec![vec![0.0; groups]; present.len()];
        if let Some(start) = start {
            for (p, &k) in present.iter().enumerate() {
                for g in 0..groups {
                    (num[p][g], den[p][g]) = start[k * groups + g];
                }
            }
        }
        let mut qualified = vec![true; present.len()];
        let scale = &self.checklist.scale;
        for (i, &r) in rows.iter().enumerate() {
            let (gi, criterion, weight) = &self.criteria[r];
            let values: Vec<Option<f64>> = present.iter().map(|&k| value(i, k)).collect();
            let scores = normalize(criterion.kind(), criterion.better, scale, &values);
            for (p, s) in scores.iter().enumerate() {
                if let Some(s) = s {
                    num[p][*gi] += weight * s;
                    den[p][*gi] += weight;
                }
            }
            if criterion.is_mandatory() {
                for (p, v) in values.iter().enumerate() {
                    let threshold = criterion.threshold(scale);
                    if self.applies.at(r, present[p])
                        && fails(*v, criterion.kind(), criterion.better, threshold)
                    {
                        qualified[p] = false;
                    }
                }
            }
        }
        let mut out = vec![None; self.candidates];
        for (p, &k) in present.iter().enumerate() {
            let parts = (0..groups)
                .filter(|&g| den[p][g] > 0.0)
                .map(|g| (self.group_weights[g], 100.0 * num[p][g] / den[p][g]));
            out[k] = Some((super::weighted_total(parts), qualified[p]));
        }
        out
    }

    /// The winner of one resample (an index into the results' candidates), if any candidate
    /// is covered by the sessions drawn.
    fn winner(&self, counts: &[u32], aggregation: Aggregation) -> Option<usize> {
        Self::winner_of(&self.evaluate(counts, aggregation))
    }

    /// The candidates a resample's drawn sessions cover.
    fn present(&self, counts: &[u32]) -> Vec<usize> {
        (0..self.candidates)
            .filter(|&k| {
                self.covers
                    .iter()
                    .zip(counts)
                    .any(|(covered, &n)| n > 0 && covered[k])
            })
            .collect()
    }

    /// The winner of one resample with the mean, from the panel's [`MeanTerms`].
    fn winner_by_mean(&self, terms: &MeanTerms, counts: &[u32]) -> Option<usize> {
        let means = terms.means(counts);
        let k = self.candidates;
        let evaluated = self.totals(
            &self.present(counts),
            &terms.nonlinear_rows,
            Some(&means.groups),
            |i, c| means.cells[i * k + c],
        );
        Self::winner_of(&evaluated)
    }

    fn winner_of(evaluated: &[Option<(f64, bool)>]) -> Option<usize> {
        // Qualified candidates first (all, when none is); the highest total; among totals
        // equal within 1e-9, the first in the results' order.
        let any_qualified = evaluated.iter().flatten().any(|(_, q)| *q);
        let class: Vec<(usize, f64)> = evaluated
            .iter()
            .enumerate()
            .filter_map(|(k, e)| e.map(|(t, q)| (k, t, q)))
            .filter(|(_, _, q)| *q || !any_qualified)
            .map(|(k, t, _)| (k, t))
            .collect();
        // Every resample has a winner, so the shares sum to 1: a total that is not a number
        // (validation prevents it) never wins, and if none is, the first listed does.
        let best = class
            .iter()
            .map(|c| c.1)
            .filter(|t| t.is_finite())
            .fold(f64::NEG_INFINITY, f64::max);
        class
            .iter()
            .find(|&&(_, t)| (t - best).abs() <= TIE)
            .or(class.first())
            .map(|&(k, _)| k)
    }

    /// Each session's own totals, as if it were the whole panel: the evaluator spread. A
    /// session alone aggregates to its own values (mean and median of one value alike), so
    /// each is scored from its own entries — not by a resample over every session's cells,
    /// which made 1,000 sessions quadratic.
    pub(super) fn session_totals(&self) -> Vec<Vec<Option<f64>>> {
        use rayon::prelude::*;
        let rows = self.criteria.len();
        // One session's totals do not depend on another's: on every core, in order.
        self.sheets
            .par_iter()
            .zip(self.places.par_iter())
            .zip(self.covers.par_iter())
            .map(|((sheet, at), covered)| {
                let mut values = vec![None; rows * self.candidates];
                let mut scored = vec![false; self.candidates];
                for (r, j, v) in sheet.values() {
                    if let Some((r, k)) = at.of(r, j) {
                        values[r * self.candidates + k] = Some(v);
                        scored[k] = true;
                    }
                }
                let present: Vec<usize> = (0..self.candidates).filter(|&k| covered[k]).collect();
                self.totals(&present, &self.all_rows, None, |r, k| {
                    values[r * self.candidates + k]
                })
                .into_iter()
                .zip(scored)
                .map(|(e, scored)| e.filter(|_| scored).map(|(t, _)| t))
                .collect()
            })
            .collect()
    }
}

mod draws;
mod shares;
use draws::{FastRemainder, SplitMix64, multisets, probability};
pub(super) use shares::robustness;

#[cfg(test)]
mod tests;

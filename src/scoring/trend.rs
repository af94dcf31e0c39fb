//! docs/method.md §13: several periods' results side by side, and the year's figure each
//! candidate is ranked by ("xét thi đua"). Each period is scored on its own first (its own
//! checklist, review and sessions); this module only lines the results up by candidate id.

use serde_json::{Value, json};

use super::{Results, TIE};
use crate::i18n::Lang;
use crate::model::Text;

/// One period's results and what it is called.
pub struct Period {
    /// The `period` its sessions carry, else the folder's name.
    pub label: String,
    pub results: Results,
}

/// A candidate's figures in one period in which it was scored.
#[derive(Clone, Debug, PartialEq)]
pub struct PeriodScore {
    pub total: f64,
    pub rank: usize,
    pub category_rank: Option<usize>,
    pub grade: Option<Text>,
    pub qualified: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrendCandidate {
    pub id: String,
    /// As in the last period it was scored in.
    pub name: Text,
    pub category: Option<String>,
    /// One per period, in the periods' order: None where it was not scored.
    pub periods: Vec<Option<PeriodScore>>,
    /// The mean of its totals over the periods it was scored in.
    pub mean: f64,
    pub periods_scored: usize,
    /// Qualified in every period it was scored in.
    pub qualified: bool,
    pub rank: usize,
    pub category_rank: Option<usize>,
    /// Its total in the last period minus its total in the one before, when scored in both.
    pub change: Option<f64>,
    /// Its rank in the period before the last minus its rank in the last (positive: it moved
    /// up), when scored in both.
    pub rank_change: Option<i64>,
}

/// The year: every period's results, and every candidate across them in rank order.
pub struct Trend {
    pub periods: Vec<Period>,
    pub candidates: Vec<TrendCandidate>,
}

impl Trend {
    /// Line up `periods` (oldest first; at least one). Candidates are matched by id.
    pub fn of(periods: Vec<Period>) -> Trend {
        let mut candidates = gather(&periods);
        order(&mut candidates, periods.last().map(|p| &p.results));
        rank(&mut candidates);
        Trend {
            periods,
            candidates,
        }
    }

    /// The trend document of docs/formats.md.
    pub fn to_json(&self, lang: Lang) -> Value {
        let periods: Vec<Value> = self
            .periods
            .iter()
            .map(|p| {
                json!({
                    "label": p.label,
                    "checklist": p.results.checklist.id,
                    "sessions": p.results.sessions,
                })
            })
            .collect();
        let candidates: Vec<Value> = self
            .candidates
            .iter()
            .map(|c| candidate_json(c, lang))
            .collect();
        json!({ "periods": periods, "candidates": candidates })
    }
}

fn candidate_json(c: &TrendCandidate, lang: Lang) -> Value {
    let periods: Vec<Value> = c
        .periods
        .iter()
        .map(|p| match p {
            None => Value::Null,
            Some(p) => json!({
                "total": p.total,
                "rank": p.rank,
                "category_rank": p.category_rank,
                "grade": p.grade.as_ref().map(|g| g.get(lang)),
                "qualified": p.qualified,
            }),
        })
        .collect();
    json!({
        "id": c.id,
        "name": c.name.get(lang),
        "category": c.category,
        "periods": periods,
        "mean": c.mean,
        "periods_scored": c.periods_scored,
        "qualified": c.qualified,
        "rank": c.rank,
        "category_rank": c.category_rank,
        "change": c.change,
        "rank_change": c.rank_change,
    })
}

/// Every candidate scored in any period, with its figures per period (not yet ranked).
fn gather(periods: &[Period]) -> Vec<TrendCandidate> {
    let mut out: Vec<TrendCandidate> = Vec::new();
    let mut index = std::collections::HashMap::<String, usize>::new();
    for (p, period) in periods.iter().enumerate() {
        for c in &period.results.candidates {
            let i = *index.entry(c.id.clone()).or_insert_with(|| {
                out.push(TrendCandidate {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    category: None,
                    periods: vec![None; periods.len()],
                    mean: 0.0,
                    periods_scored: 0,
                    qualified: true,
                    rank: 0,
                    category_rank: None,
                    change: None,
                    rank_change: None,
                });
                out.len() - 1
            });
            let t = &mut out[i];
            // Periods come oldest first, so the last one seen names it.
            t.name = c.name.clone();
            t.category = c.category.clone();
            t.qualified &= c.qualified;
            t.periods[p] = Some(PeriodScore {
                total: c.total,
                rank: c.rank,
                category_rank: c.category_rank,
                grade: c.grade.clone(),
                qualified: c.qualified,
            });
        }
    }
    let n = periods.len();
    for t in &mut out {
        let totals: Vec<f64> = t.periods.iter().flatten().map(|p| p.total).collect();
        t.periods_scored = totals.len();
        t.mean = totals.iter().sum::<f64>() / totals.len() as f64;
        if n >= 2
            && let (Some(last), Some(before)) = (&t.periods[n - 1], &t.periods[n - 2])
        {
            t.change = Some(last.total - before.total);
            t.rank_change = Some(before.rank as i64 - last.rank as i64);
        }
    }
    out
}

/// The order among equals: those scored in the last period in its results' order, then the
/// others by id. Ranking below sorts stably, so this order survives within a shared rank.
fn order(candidates: &mut [TrendCandidate], last: Option<&Results>) {
    let position = |id: &str| {
        last.and_then(|r| r.candidates.iter().position(|c| c.id == id))
            .unwrap_or(usize::MAX)
    };
    candidates.sort_by(|a, b| {
        position(&a.id)
            .cmp(&position(&b.id))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// §5's rule on (qualified, mean), overall and within each category.
fn rank(candidates: &mut [TrendCandidate]) {
    candidates.sort_by(|a, b| {
        b.qualified.cmp(&a.qualified).then_with(|| {
            if (a.mean - b.mean).abs() <= TIE {
                std::cmp::Ordering::Equal
            } else {
                b.mean.total_cmp(&a.mean)
            }
        })
    });
    let tied = |a: &TrendCandidate, b: &TrendCandidate| {
        a.qualified == b.qualified && (a.mean - b.mean).abs() <= TIE
    };
    for i in 0..candidates.len() {
        candidates[i].rank = if i > 0 && tied(&candidates[i], &candidates[i - 1]) {
            candidates[i - 1].rank
        } else {
            i + 1
        };
    }
    // (seen, its rank, index of the last one) per category.
    let mut last = std::collections::HashMap::<String, (usize, usize, usize)>::new();
    for i in 0..candidates.len() {
        let Some(category) = candidates[i].category.clone() else {
            continue;
        };
        let (seen, rank) = match last.get(&category).copied() {
            Some((seen, rank, j)) if tied(&candidates[i], &candidates[j]) => (seen, rank),
            Some((seen, _, _)) => (seen, seen + 1),
            None => (0, 1),
        };
        last.insert(category, (seen + 1, rank, i));
        candidates[i].category_rank = Some(rank);
    }
}

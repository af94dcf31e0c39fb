//! Would another weight on one group change the winner? (docs/method.md §7)

use std::collections::HashMap;

use super::{CandidateResult, Crossover, GroupSensitivity};
use crate::model::Checklist;

/// A candidate's total as a function of group g's share p: `at0 + slope × p`.
#[derive(Clone, Copy, Debug)]
struct Line {
    at0: f64,
    slope: f64,
}

impl Line {
    fn at(self, p: f64) -> f64 {
        self.at0 + self.slope * p
    }
}

/// For each group, in checklist order, its share today and the shares where the leader
/// changes. `ranked` is in rank order, which also breaks ties between leaders.
pub(super) fn sensitivity(
    checklist: &Checklist,
    group_weights: &HashMap<String, f64>,
    ranked: &[CandidateResult],
) -> Vec<GroupSensitivity> {
    let total_weight: f64 = checklist.groups.iter().map(|g| group_weights[&g.id]).sum();
    // The leader is chosen among the qualified candidates, or among all when none is.
    let contenders: Vec<&CandidateResult> = if ranked.iter().any(|c| c.qualified) {
        ranked.iter().filter(|c| c.qualified).collect()
    } else {
        ranked.iter().collect()
    };
    checklist
        .groups
        .iter()
        .map(|g| {
            let p0 = group_weights[&g.id] / total_weight;
            let lines: Vec<Line> = contenders
                .iter()
                .map(|c| line(c, &g.id, group_weights))
                .collect();
            let crossovers = if checklist.groups.len() < 2 {
                Vec::new()
            } else {
                crossovers(&lines)
                    .into_iter()
                    .map(|(p, from, to)| Crossover {
                        share: p,
                        from: contenders[from].id.clone(),
                        to: contenders[to].id.clone(),
                        distance: 100.0 * (p - p0),
                    })
                    .collect()
            };
            GroupSensitivity {
                group: g.id.clone(),
                share: p0,
                crossovers,
            }
        })
        .collect()
}

/// A candidate's total at group `group`'s share `p`.
pub(super) fn total_at(
    c: &CandidateResult,
    group: &str,
    weights: &HashMap<String, f64>,
    p: f64,
) -> f64 {
    line(c, group, weights).at(p)
}

/// T_c(p) = p × G_g(c) + (1 − p) × R_c(g); flat at R when g is unscored for c, flat at G
/// when no other group is, flat at 0 when nothing is.
fn line(c: &CandidateResult, group: &str, weights: &HashMap<String, f64>) -> Line {
    let own = c.groups.iter().find(|s| s.id == group).map(|s| s.score);
    let (num, den) = c
        .groups
        .iter()
        .filter(|s| s.id != group)
        .fold((0.0, 0.0), |(n, d), s| {
            (n + weights[&s.id] * s.score, d + weights[&s.id])
        });
    let rest = (den > 0.0).then(|| num / den);
    match (own, rest) {
        (Some(g), Some(r)) => Line {
            at0: r,
            slope: g - r,
        },
        (None, Some(r)) => Line { at0: r, slope: 0.0 },
        (Some(g), None) => Line { at0: g, slope: 0.0 },
        (None, None) => Line {
            at0: 0.0,
            slope: 0.0,
        },
    }
}

/// The leader at p: highest total; on equal totals, the one listed first (ranked first today).
fn leader(lines: &[Line], p: f64) -> usize {
    let mut best = 0;
    for (i, l) in lines.iter().enumerate().skip(1) {
        if l.at(p) > lines[best].at(p) + 1e-12 {
            best = i;
        }
    }
    best
}

/// The shares in (0, 1) where the leader changes, with the leaders on either side. Only
/// where two lines cross can the leader change, so the leader is compared between the
/// intervals those crossings cut (0, 1) into.
fn crossovers(lines: &[Line]) -> Vec<(f64, usize, usize)> {
    let mut points: Vec<f64> = Vec::new();
    for (i, a) in lines.iter().enumerate() {
        for b in &lines[i + 1..] {
            let ds = a.slope - b.slope;
            if ds.abs() > 1e-15 {
                let p = (b.at0 - a.at0) / ds;
                if p > 1e-12 && p < 1.0 - 1e-12 {
                    points.push(p);
                }
            }
        }
    }
    points.sort_by(f64::total_cmp);
    points.dedup_by(|a, b| (*a - *b).abs() < 1e-12);
    let mut bounds = vec![0.0];
    bounds.extend(&points);
    bounds.push(1.0);
    let leaders: Vec<usize> = bounds
        .windows(2)
        .map(|w| leader(lines, (w[0] + w[1]) / 2.0))
        .collect();
    points
        .iter()
        .enumerate()
        .filter(|(i, _)| leaders[*i] != leaders[i + 1])
        .map(|(i, &p)| (p, leaders[i], leaders[i + 1]))
        .collect()
}

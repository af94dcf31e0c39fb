//! The mean of a resample without visiting every cell (docs/method.md §8 with the mean).
//!
//! A cell's mean is Σ count·value / Σ count over the sessions that scored it. Cells scored by
//! the same sessions (a *pattern*: with every cell scored, one for the whole panel) share
//! that denominator; and a scale or yes/no criterion's score is linear in its value, so a
//! group's weighted scores for one candidate over such cells fold into one sum per session,
//! made once. A resample then costs (sessions × groups × candidates) instead of
//! (sessions × cells): at 1,000 sessions of 500 × 5, fifty sums per session instead of 2,500.
//! Numeric criteria (scored against the other candidates) and mandatory ones (checked
//! against their threshold) keep one mean per cell, from the same sums.

use std::collections::HashMap;

/// One criterion row as this module needs it.
pub(super) struct Row {
    pub group: usize,
    pub weight: f64,
    /// `Some((a, b))` when the score is `a·value + b` and the row is not mandatory: folded
    /// into its group's sum. `None`: the row's cells are kept one by one.
    pub linear: Option<(f64, f64)>,
}

/// What one resample's means come to.
pub(super) struct Means {
    /// Per candidate × group: (Σ weight·score, Σ weight) over the linear rows scored.
    pub groups: Vec<(f64, f64)>,
    /// Per nonlinear row (in [`MeanTerms::nonlinear_rows`] order) × candidate: the mean.
    pub cells: Vec<Option<f64>>,
}

enum Term {
    /// A candidate's linear rows of one group: Σ weight·(a·mean + b) = sum/den + offset.
    Group {
        candidate: usize,
        group: usize,
        weight: f64,
        offset: f64,
    },
    /// One cell of a nonlinear row: its mean.
    Cell { at: usize },
}

struct Pattern {
    /// The sessions that scored every cell of this pattern, ascending.
    sessions: Vec<usize>,
    terms: Vec<Term>,
    /// Per session of the pattern, one coefficient per term (row-major).
    coefficients: Vec<f64>,
}

/// A pattern while its terms are gathered: per term, a coefficient per session.
struct PatternColumns {
    sessions: Vec<usize>,
    terms: Vec<Term>,
    columns: Vec<Vec<f64>>,
}

impl PatternColumns {
    /// The term that row `r`'s value for candidate `k` adds to: for a linear row, its
    /// (candidate, group) sum, made on the group's first cell (`group_term` holds them); for
    /// any other, a term of the cell's own.
    fn term(
        &mut self,
        row: &Row,
        (r, k): (usize, usize),
        group_term: &mut HashMap<(usize, usize), usize>,
        nonlinear_rows: &[usize],
        candidates: usize,
    ) -> usize {
        let members = self.sessions.len();
        match row.linear {
            Some((_, b)) => {
                let t = *group_term.entry((k, row.group)).or_insert_with(|| {
                    self.terms.push(Term::Group {
                        candidate: k,
                        group: row.group,
                        weight: 0.0,
                        offset: 0.0,
                    });
                    self.columns.push(vec![0.0; members]);
                    self.terms.len() - 1
                });
                if let Term::Group { weight, offset, .. } = &mut self.terms[t] {
                    *weight += row.weight;
                    *offset += row.weight * b;
                }
                t
            }
            None => {
                let at = nonlinear_rows.binary_search(&r).unwrap_or_default();
                self.terms.push(Term::Cell {
                    at: at * candidates + k,
                });
                self.columns.push(vec![0.0; members]);
                self.terms.len() - 1
            }
        }
    }

    /// The gathered columns as one row of coefficients per session.
    fn into_pattern(self) -> Pattern {
        let PatternColumns {
            sessions,
            terms,
            columns,
        } = self;
        let coefficients = (0..sessions.len())
            .flat_map(|i| columns.iter().map(move |c| c[i]))
            .collect();
        Pattern {
            sessions,
            terms,
            coefficients,
        }
    }
}

pub(super) struct MeanTerms {
    patterns: Vec<Pattern>,
    /// The rows whose cells are kept one by one, in row order.
    pub nonlinear_rows: Vec<usize>,
    candidates: usize,
    groups: usize,
}

impl MeanTerms {
    /// From every cell's (session, value) entries, `cells[row][candidate]`, of
    /// `panel_sessions` sessions in all.
    pub(super) fn new(
        rows: &[Row],
        cells: &[Vec<Vec<(usize, f64)>>],
        panel_sessions: usize,
        candidates: usize,
        groups: usize,
    ) -> MeanTerms {
        let nonlinear_rows: Vec<usize> = (0..rows.len())
            .filter(|&r| rows[r].linear.is_none())
            .collect();
        let mut index: HashMap<Vec<usize>, usize> = HashMap::new();
        let mut built: Vec<PatternColumns> = Vec::new();
        // Per pattern: the term of each (candidate, group) of linear rows.
        let mut group_term: Vec<HashMap<(usize, usize), usize>> = Vec::new();
        let mut sessions: Vec<usize> = Vec::new();
        let mut last: Option<usize> = None;
        for (r, row) in rows.iter().enumerate() {
            for (k, cell) in cells[r].iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                sessions.clear();
                if cell.len() == panel_sessions {
                    // A session gives a cell one value at most: as many values as there are
                    // sessions is all of them (no sort of a thousand numbers per cell).
                    sessions.extend(0..panel_sessions);
                } else {
                    sessions.extend(cell.iter().map(|(s, _)| *s));
                    sessions.sort_unstable();
                }
                // Usually every cell has the pattern of the one before (with every cell
                // scored, one pattern for the panel): compared, not hashed again.
                let p = match last {
                    Some(p) if built[p].sessions == sessions => p,
                    _ => *index.entry(sessions.clone()).or_insert_with(|| {
                        built.push(PatternColumns {
                            sessions: sessions.clone(),
                            terms: Vec::new(),
                            columns: Vec::new(),
                        });
                        group_term.push(HashMap::new());
                        built.len() - 1
                    }),
                };
                last = Some(p);
                let t = built[p].term(row, (r, k), &mut group_term[p], &nonlinear_rows, candidates);
                let PatternColumns {
                    sessions: members,
                    columns,
                    ..
                } = &mut built[p];
                let scale = row.linear.map_or(1.0, |(a, _)| row.weight * a);
                // Sessions 0, 1, … n−1 (every session scored the cell) are their own places.
                let dense = members.last() == Some(&(members.len() - 1));
                for &(s, v) in cell {
                    let i = if dense {
                        s
                    } else {
                        members.binary_search(&s).unwrap_or_default()
                    };
                    columns[t][i] += scale * v;
                }
            }
        }
        let patterns = built
            .into_iter()
            .map(PatternColumns::into_pattern)
            .collect();
        MeanTerms {
            patterns,
            nonlinear_rows,
            candidates,
            groups,
        }
    }

    /// The means when session `i` is drawn `counts[i]` times.
    pub(super) fn means(&self, counts: &[u32]) -> Means {
        let mut out = Means {
            groups: vec![(0.0, 0.0); self.candidates * self.groups],
            cells: vec![None; self.nonlinear_rows.len() * self.candidates],
        };
        let mut sums = Vec::new();
        for pattern in &self.patterns {
            let width = pattern.terms.len();
            sums.clear();
            sums.resize(width, 0.0);
            let mut drawn = 0u32;
            for (i, &s) in pattern.sessions.iter().enumerate() {
                let c = counts[s];
                if c == 0 {
                    continue;
                }
                drawn += c;
                let c = f64::from(c);
                let row = &pattern.coefficients[i * width..(i + 1) * width];
                for (sum, x) in sums.iter_mut().zip(row) {
                    *sum += c * x;
                }
            }
            if drawn == 0 {
                continue;
            }
            let drawn = f64::from(drawn);
            for (term, sum) in pattern.terms.iter().zip(&sums) {
                match *term {
                    Term::Group {
                        candidate,
                        group,
                        weight,
                        offset,
                    } => {
                        let g = &mut out.groups[candidate * self.groups + group];
                        g.0 += sum / drawn + offset;
                        g.1 += weight;
                    }
                    Term::Cell { at } => out.cells[at] = Some(sum / drawn),
                }
            }
        }
        out
    }
}

/// The complete panel's shortcut: when every session scored every cell it could (one
/// pattern of all the sessions), covers every candidate, and every criterion is linear, a
/// resample's group sums all have the same weights, so each candidate's total is itself
/// linear in the counts — one coefficient per session and candidate instead of one per
/// session, candidate and group. Totals agree with [`MeanTerms::means`] + the panel's totals
/// up to rounding (1e-12 of a point), far inside the tie margin.
pub(super) struct FoldedTotals {
    candidates: usize,
    /// Per session × candidate.
    per_session: Vec<f64>,
    /// Per candidate: what the totals add to the sessions' part.
    constant: Vec<f64>,
}

impl MeanTerms {
    /// The fold, when this panel allows it. `group_weights` in checklist order;
    /// `every_candidate_covered`: each session lists every candidate.
    pub(super) fn fold_totals(
        &self,
        group_weights: &[f64],
        sessions: usize,
        every_candidate_covered: bool,
    ) -> Option<FoldedTotals> {
        let [pattern] = self.patterns.as_slice() else {
            return None;
        };
        if self.candidates == 0 {
            return None;
        }
        // Distinct session numbers below `sessions`, as many as there are: all of them.
        let all_sessions = pattern.sessions.len() == sessions;
        if !self.nonlinear_rows.is_empty() || !all_sessions || !every_candidate_covered {
            return None;
        }
        // Σ weight of each candidate's group, as `means` would add it up.
        let mut den = vec![0.0; self.candidates * self.groups];
        for term in &pattern.terms {
            if let Term::Group {
                candidate,
                group,
                weight,
                ..
            } = *term
            {
                den[candidate * self.groups + group] += weight;
            }
        }
        // total_k = Σ_g W_g · 100 · (S_kg / n + offset_kg) / den_kg / Σ_g W_g over the groups
        // scored: per term, the factor its sum is multiplied by.
        let mut group_share = vec![0.0; self.candidates];
        for k in 0..self.candidates {
            group_share[k] = (0..self.groups)
                .filter(|&g| den[k * self.groups + g] > 0.0)
                .map(|g| group_weights[g])
                .sum();
            if group_share[k] <= 0.0 {
                return None;
            }
        }
        let factor = |candidate: usize, group: usize| {
            100.0 * group_weights[group]
                / den[candidate * self.groups + group]
                / group_share[candidate]
        };
        let mut constant = vec![0.0; self.candidates];
        let mut per_session = vec![0.0; sessions * self.candidates];
        let width = pattern.terms.len();
        for (t, term) in pattern.terms.iter().enumerate() {
            let Term::Group {
                candidate,
                group,
                offset,
                ..
            } = *term
            else {
                return None;
            };
            let f = factor(candidate, group);
            constant[candidate] += f * offset;
            for s in 0..sessions {
                per_session[s * self.candidates + candidate] +=
                    f * pattern.coefficients[s * width + t];
            }
        }
        Some(FoldedTotals {
            candidates: self.candidates,
            per_session,
            constant,
        })
    }
}

impl FoldedTotals {
    /// Each candidate's (total, qualified) when session `i` is drawn `counts[i]` times (every
    /// criterion linear, so none is mandatory: all qualify).
    pub(super) fn totals(&self, counts: &[u32]) -> Vec<Option<(f64, bool)>> {
        let mut sums = vec![0.0; self.candidates];
        let mut drawn = 0u32;
        // Sessions not drawn are added too (0 · x adds nothing): a third of them are not
        // drawn, at random, and skipping them was a guess the processor got wrong each time.
        let rows = self.per_session.chunks_exact(self.candidates);
        for (&c, row) in counts.iter().zip(rows) {
            drawn += c;
            let c = f64::from(c);
            for (sum, x) in sums.iter_mut().zip(row) {
                *sum += c * x;
            }
        }
        let drawn = f64::from(drawn.max(1));
        sums.iter()
            .zip(&self.constant)
            .map(|(sum, constant)| Some((sum / drawn + constant, true)))
            .collect()
    }
}

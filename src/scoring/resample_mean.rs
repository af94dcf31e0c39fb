//! The mean of every cell for a batch of resamples at once (scoring.md §8 with the mean):
//! for each resample, Σ count·value and Σ count over the sessions that scored the cell. A
//! matrix product — counts (resamples × sessions) times values (sessions × cells) — done in
//! blocks of cells, so each session's block of values is read once for the whole batch and
//! the sums stay in cache: at 1,000 sessions this is most of the figure's cost.

/// Every session's values as a dense row over the cells (criterion row × candidate), with a
/// row of 1/0 for "scored".
pub(super) struct DenseValues {
    values: Vec<f64>,
    scored: Vec<f64>,
    cells: usize,
    sessions: usize,
}

/// Cells summed together: small enough that a batch's sums stay in the core's cache.
const BLOCK: usize = 256;

impl DenseValues {
    /// From each session's (criterion row, candidate, value) entries.
    pub(super) fn new(
        by_session: &[Vec<(usize, usize, f64)>],
        candidates: usize,
        rows: usize,
    ) -> Self {
        let cells = rows * candidates;
        let sessions = by_session.len();
        let mut values = vec![0.0; sessions * cells];
        let mut scored = vec![0.0; sessions * cells];
        for (s, entries) in by_session.iter().enumerate() {
            for &(r, k, v) in entries {
                values[s * cells + r * candidates + k] = v;
                scored[s * cells + r * candidates + k] = 1.0;
            }
        }
        DenseValues {
            values,
            scored,
            cells,
            sessions,
        }
    }

    /// For each resample of `batch` (how often each session is drawn), every cell's
    /// (Σ count·value, Σ count over the sessions that scored it).
    pub(super) fn sums(&self, batch: &[Vec<u32>]) -> Vec<(Vec<f64>, Vec<f64>)> {
        let cells = self.cells;
        let mut num = vec![vec![0.0; cells]; batch.len()];
        let mut den = vec![vec![0.0; cells]; batch.len()];
        for start in (0..cells).step_by(BLOCK) {
            let end = (start + BLOCK).min(cells);
            for s in 0..self.sessions {
                let row = s * cells;
                let values = &self.values[row + start..row + end];
                let scored = &self.scored[row + start..row + end];
                for (d, counts) in batch.iter().enumerate() {
                    let c = counts[s];
                    if c == 0 {
                        continue;
                    }
                    let c = f64::from(c);
                    let sums = num[d][start..end].iter_mut().zip(&mut den[d][start..end]);
                    for ((n, m), (v, p)) in sums.zip(values.iter().zip(scored)) {
                        *n += c * v;
                        *m += c * p;
                    }
                }
            }
        }
        num.into_iter().zip(den).collect()
    }
}

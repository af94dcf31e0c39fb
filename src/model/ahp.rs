//! Saaty's Analytic Hierarchy Process: weights from a pairwise-comparison matrix
//! (docs/method.md §2). The matrix has been validated (square, positive, reciprocal, n ≤ 15).
//!
//! It lives in `model`, below the method, because the checklist's own edits need it too
//! ([`super::Checklist::set_ahp`] starts a matrix from the direct weights and back); the
//! method's module re-exports it under its old path, so its callers did not change.

/// Saaty's random consistency indices for n = 1 … 15.
const RANDOM_INDEX: [f64; 15] = [
    0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

/// Weights (summing to 1), the principal eigenvalue and the consistency ratio of a matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Ahp {
    pub weights: Vec<f64>,
    pub lambda_max: f64,
    pub ci: f64,
    pub cr: f64,
}

/// The principal right eigenvector by power iteration, until no weight changes by 1e-12.
pub fn ahp(matrix: &[Vec<f64>]) -> Ahp {
    let n = matrix.len();
    if n == 0 {
        return Ahp {
            weights: Vec::new(),
            lambda_max: 0.0,
            ci: 0.0,
            cr: 0.0,
        };
    }
    let mut w = vec![1.0 / n as f64; n];
    let mut lambda = n as f64;
    // A positive matrix converges quickly; the bound only guards against a pathological input.
    for _ in 0..100_000 {
        let y: Vec<f64> = matrix
            .iter()
            .map(|row| row.iter().zip(&w).map(|(a, x)| a * x).sum())
            .collect();
        // With Σw = 1, Σ(Aw) is the eigenvalue estimate.
        lambda = y.iter().sum();
        let next: Vec<f64> = y.iter().map(|v| v / lambda).collect();
        let change = next
            .iter()
            .zip(&w)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        w = next;
        if change < 1e-12 {
            break;
        }
    }
    let ci = if n > 1 {
        (lambda - n as f64) / (n as f64 - 1.0)
    } else {
        0.0
    };
    let cr = if n <= 2 {
        0.0
    } else {
        ci / RANDOM_INDEX[(n - 1).min(14)]
    };
    Ahp {
        weights: w,
        lambda_max: lambda,
        ci,
        cr,
    }
}

/// Saaty's scale: 1/9 … 1/2, 1, 2 … 9, ascending.
pub const SAATY: [f64; 17] = [
    1.0 / 9.0,
    1.0 / 8.0,
    1.0 / 7.0,
    1.0 / 6.0,
    1.0 / 5.0,
    1.0 / 4.0,
    1.0 / 3.0,
    1.0 / 2.0,
    1.0,
    2.0,
    3.0,
    4.0,
    5.0,
    6.0,
    7.0,
    8.0,
    9.0,
];

/// The value on Saaty's scale nearest to `ratio`, measured as ratios (so 1/3 and 3 are as far
/// from 1).
pub fn nearest_saaty(ratio: f64) -> f64 {
    if !(ratio.is_finite() && ratio > 0.0) {
        return 1.0;
    }
    let target = ratio.ln();
    SAATY
        .iter()
        .copied()
        .min_by(|a, b| (a.ln() - target).abs().total_cmp(&(b.ln() - target).abs()))
        .unwrap_or(1.0)
}

/// The consistency ratio above which judgements should be revisited (Saaty).
pub const CR_LIMIT: f64 = 0.10;

/// The judgement to revisit in an inconsistent matrix: the pair (row < col) whose entry is
/// furthest from the ratio of the weights the matrix gives, `a_ij · w_j / w_i` (furthest as a
/// ratio, above or below 1), and the value that would agree with those weights.
#[derive(Clone, Debug, PartialEq)]
pub struct Revisit {
    pub row: usize,
    pub col: usize,
    pub current: f64,
    /// `w_i / w_j`: the entry that would be consistent with today's weights.
    pub consistent: f64,
    /// `consistent` rounded to Saaty's scale, what the user can pick.
    pub suggested: f64,
}

/// `None` when the matrix is consistent enough (CR ≤ [`CR_LIMIT`]) or too small to be
/// inconsistent.
pub fn revisit(matrix: &[Vec<f64>], result: &Ahp) -> Option<Revisit> {
    if result.cr <= CR_LIMIT || matrix.len() < 3 {
        return None;
    }
    let w = &result.weights;
    let mut worst: Option<(f64, usize, usize)> = None;
    for (i, row) in matrix.iter().enumerate() {
        for (j, &a) in row.iter().enumerate().skip(i + 1) {
            let off = (a * w[j] / w[i]).ln().abs();
            if worst.is_none_or(|(o, _, _)| off > o) {
                worst = Some((off, i, j));
            }
        }
    }
    let (_, row, col) = worst?;
    let consistent = w[row] / w[col];
    Some(Revisit {
        row,
        col,
        current: matrix[row][col],
        consistent,
        suggested: nearest_saaty(consistent),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saatys_published_example() {
        let m = vec![
            vec![1.0, 5.0, 3.0],
            vec![1.0 / 5.0, 1.0, 1.0 / 3.0],
            vec![1.0 / 3.0, 3.0, 1.0],
        ];
        let r = ahp(&m);
        let expected = [0.637, 0.105, 0.258];
        for (w, e) in r.weights.iter().zip(expected) {
            assert!((w - e).abs() < 0.0005, "{:?}", r.weights);
        }
        assert!((r.weights.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((r.lambda_max - 3.0385).abs() < 0.0005, "{}", r.lambda_max);
        assert!((r.cr - 0.033).abs() < 0.0005, "{}", r.cr);
    }

    #[test]
    fn a_consistent_matrix_has_zero_cr_and_exact_weights() {
        // Weights 4:2:1 expressed pairwise.
        let m = vec![
            vec![1.0, 2.0, 4.0],
            vec![0.5, 1.0, 2.0],
            vec![0.25, 0.5, 1.0],
        ];
        let r = ahp(&m);
        for (w, e) in r.weights.iter().zip([4.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0]) {
            assert!((w - e).abs() < 1e-12);
        }
        assert!(r.cr.abs() < 1e-12);
    }

    #[test]
    fn an_inconsistent_4x4_matrix_has_cr_above_ten_percent() {
        // A prefers B, B prefers C, C prefers D, but D strongly preferred to A.
        let m = vec![
            vec![1.0, 3.0, 5.0, 1.0 / 7.0],
            vec![1.0 / 3.0, 1.0, 3.0, 5.0],
            vec![1.0 / 5.0, 1.0 / 3.0, 1.0, 3.0],
            vec![7.0, 1.0 / 5.0, 1.0 / 3.0, 1.0],
        ];
        assert!(ahp(&m).cr > 0.10, "{}", ahp(&m).cr);
    }

    #[test]
    fn the_judgement_to_revisit_is_the_one_against_the_others() {
        // Consistent 8:4:2:1 except A vs D, written as 1/4 instead of 8.
        let w = [8.0, 4.0, 2.0, 1.0];
        let consistent: Vec<Vec<f64>> = w
            .iter()
            .map(|a| w.iter().map(|b| a / b).collect())
            .collect();
        let mut m = consistent.clone();
        m[0][3] = 0.25;
        m[3][0] = 4.0;
        let r = ahp(&m);
        assert!(r.cr > CR_LIMIT, "{}", r.cr);
        let advice = revisit(&m, &r).expect("inconsistent");
        assert_eq!((advice.row, advice.col, advice.current), (0, 3, 0.25));
        assert!(advice.suggested >= 1.0, "{advice:?}");
        let fixed = consistent;
        assert!(ahp(&fixed).cr < 1e-9);
        assert_eq!(revisit(&fixed, &ahp(&fixed)), None);
    }

    #[test]
    fn ratios_round_to_the_nearest_value_on_saatys_scale() {
        assert_eq!(nearest_saaty(2.4), 2.0);
        assert_eq!(nearest_saaty(0.3), 1.0 / 3.0);
        assert_eq!(nearest_saaty(40.0), 9.0);
        assert_eq!(nearest_saaty(f64::NAN), 1.0);
    }

    #[test]
    fn two_items_have_zero_cr() {
        let r = ahp(&[vec![1.0, 3.0], vec![1.0 / 3.0, 1.0]]);
        assert_eq!(r.cr, 0.0);
        assert!((r.weights[0] - 0.75).abs() < 1e-12);
    }
}

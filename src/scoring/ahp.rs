//! Saaty's Analytic Hierarchy Process: weights from a pairwise-comparison matrix
//! (scoring.md §2). The matrix has been validated (square, positive, reciprocal, n ≤ 15).

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
    fn two_items_have_zero_cr() {
        let r = ahp(&[vec![1.0, 3.0], vec![1.0 / 3.0, 1.0]]);
        assert_eq!(r.cr, 0.0);
        assert!((r.weights[0] - 0.75).abs() < 1e-12);
    }
}

//! The rules on numbers and lists of numbers: pairwise matrices, grade bands, a score's
//! value, and the magnitude every number that feeds a sum must keep (docs/formats.md, "Versioning
//! and bad input").

use super::super::problem::{Located, Problem};
use super::super::{Grade, Kind, Scale};
use super::{MAX_PAIRWISE, on_step, text};

/// The largest magnitude a number that feeds a sum may have: a score's value, a weight, a
/// pairwise entry, a threshold, the scale's ends and step. Two prices of 1.7e308 are finite,
/// yet their mean is not, and a price ratio of two infinities is NaN ("ranks first with NaN
/// points"). Below 1e15 every sum the method makes stays far inside f64: a million values'
/// mean, their squared deviations (at most 4e30 each), a thousand weights. Whole numbers are
/// still exact there (2^53 is about 9e15), and the fast reader takes 15 digits at most.
pub const MAX_MAGNITUDE: f64 = 1e15;

/// The problem of a number above [`MAX_MAGNITUDE`] in magnitude, if it is one.
pub fn too_large(v: f64) -> Option<Problem> {
    (v.abs() > MAX_MAGNITUDE).then_some(Problem::TooLarge(v))
}

/// A pairwise-comparison matrix: n × n over `items` items, positive, diagonal 1, reciprocal
/// within 1e-6 relative (docs/method.md §2).
pub fn matrix(m: &[Vec<f64>], items: usize, path: &str, out: &mut Vec<Located>) {
    if items > MAX_PAIRWISE {
        out.push(Located::at(path, Problem::MatrixTooLarge(items)));
        return;
    }
    if m.len() != items {
        out.push(Located::at(
            path,
            Problem::MatrixSize {
                expected: items,
                found: m.len(),
            },
        ));
        return;
    }
    let mut shaped = true;
    for (i, row) in m.iter().enumerate() {
        if row.len() != items {
            out.push(Located::at(
                format!("{path}[{i}]"),
                Problem::MatrixSize {
                    expected: items,
                    found: row.len(),
                },
            ));
            shaped = false;
        }
    }
    if !shaped {
        return;
    }
    let mut positive = true;
    for (i, row) in m.iter().enumerate() {
        for (j, &a) in row.iter().enumerate() {
            if !(a.is_finite() && a > 0.0) {
                out.push(Located::at(
                    format!("{path}[{i}][{j}]"),
                    Problem::MatrixNotPositive { row: i, col: j },
                ));
                positive = false;
            } else if let Some(problem) = too_large(a) {
                // Its reciprocal, below 1e-15, is refused through this one.
                out.push(Located::at(format!("{path}[{i}][{j}]"), problem));
                positive = false;
            }
        }
    }
    if !positive {
        return;
    }
    for (i, row) in m.iter().enumerate() {
        if (row[i] - 1.0).abs() > 1e-6 {
            out.push(Located::at(
                format!("{path}[{i}][{i}]"),
                Problem::MatrixDiagonal { row: i },
            ));
        }
        for (j, &a) in row.iter().enumerate().skip(i + 1) {
            let expected = 1.0 / a;
            if (m[j][i] - expected).abs() > 1e-6 * expected {
                out.push(Located::at(
                    format!("{path}[{j}][{i}]"),
                    Problem::MatrixNotReciprocal { row: i, col: j },
                ));
            }
        }
    }
}

/// Bands of the total: `min` in 0–100, strictly decreasing, the last one 0; labels not blank.
pub(super) fn grades(grades: &[Grade], path: &str, out: &mut Vec<Located>) {
    if grades.is_empty() {
        out.push(Located::at(path, Problem::GradesEmpty));
        return;
    }
    for (i, g) in grades.iter().enumerate() {
        let here = format!("{path}[{i}]");
        if !g.min.is_finite() || !(0.0..=100.0).contains(&g.min) {
            out.push(Located::at(
                format!("{here}.min"),
                Problem::GradeOutOfRange(g.min),
            ));
        } else if i > 0 && g.min >= grades[i - 1].min {
            out.push(Located::at(
                format!("{here}.min"),
                Problem::GradesNotDecreasing {
                    min: g.min,
                    previous: grades[i - 1].min,
                },
            ));
        }
        text(&g.label, || format!("{here}.label"), out);
    }
    let last = grades.len() - 1;
    if grades[last].min != 0.0 {
        out.push(Located::at(
            format!("{path}[{last}].min"),
            Problem::LastGradeNotZero(grades[last].min),
        ));
    }
}

/// Why a value does not fit its criterion, if it does not.
pub fn value_problem(v: f64, kind: Kind, scale: &Scale) -> Option<Problem> {
    if !v.is_finite() {
        return Some(Problem::NotFinite);
    }
    match kind {
        // Exactly the scale's range (docs/formats.md): 4.000000001 on 0–4 is outside.
        Kind::Scale if v < scale.min || v > scale.max => Some(Problem::ValueOutOfRange {
            value: v,
            min: scale.min,
            max: scale.max,
        }),
        Kind::Scale if !on_step(v, scale.min, scale.step) => Some(Problem::ValueOffStep {
            value: v,
            step: scale.step,
        }),
        Kind::YesNo if v != 0.0 && v != 1.0 => Some(Problem::YesNoValue(v)),
        Kind::Numeric if v < 0.0 => Some(Problem::NegativeValue(v)),
        // Scale and yes/no values are bounded by their scale, which is bounded in turn.
        Kind::Numeric => too_large(v),
        _ => None,
    }
}

//! Robustness (docs/method.md §8): the enumeration and the fast mean against the slow path.

use super::*;

#[test]
fn multisets_and_their_probabilities_add_up() {
    for n in 1..=8usize {
        let mut counts = vec![0u32; n];
        let (mut seen, mut total) = (0, 0.0);
        multisets(&mut counts, 0, n as u32, &mut |c| {
            seen += 1;
            total += probability(c);
        });
        let binomial =
            |a: usize, b: usize| (0..b).fold(1u64, |acc, i| acc * (a - i) as u64 / (i as u64 + 1));
        assert_eq!(
            seen as u64,
            binomial(2 * n - 1, n),
            "C(2n − 1, n) for n = {n}"
        );
        assert!((total - 1.0).abs() < 1e-12, "n = {n}: {total}");
    }
    // Two sessions: {a, a}, {a, b}, {b, b} with ¼, ½, ¼.
    assert_eq!(probability(&[2, 0]), 0.25);
    assert_eq!(probability(&[1, 1]), 0.5);
}

/// The mean from sums made once (the figure's path) finds the same winner as the
/// resample scored cell by cell, on the agency demo (sessions covering different
/// agencies, numeric and mandatory criteria), for draws of every shape.
#[test]
fn means_from_terms_find_each_resamples_winner() {
    let loaded =
        crate::store::load_sessions(&[std::path::PathBuf::from("evaluations/demo-agencies")]);
    let mut sessions: Vec<crate::model::Session> =
        loaded.sessions.into_iter().map(|(_, s)| s).collect();
    // Four copies of each, values nudged, so that draws differ.
    let base = sessions.clone();
    for copy in 1..4 {
        for s in &base {
            let mut s = s.clone();
            s.id = format!("{}-{copy}", s.id);
            for (i, score) in s.scores.iter_mut().enumerate() {
                if let Some(v) = score.value.as_mut()
                    && (i + copy) % 7 == 0
                    && *v >= 1.0
                {
                    *v -= 1.0;
                }
            }
            sessions.push(s);
        }
    }
    with_panel(&sessions, |panel| {
        let terms = panel.mean_terms();
        for counts in &draws(sessions.len(), 40, 7) {
            let by_cells = panel.winner(counts, Aggregation::Mean);
            assert!(by_cells.is_some());
            assert_eq!(panel.winner_by_mean(&terms, counts), by_cells, "{counts:?}");
        }
    });
}

/// The panel of `sessions` as the results make it, handed to `check`.
fn with_panel(sessions: &[crate::model::Session], check: impl FnOnce(&Panel)) {
    let sheets = ScoreSheet::of_sessions(sessions);
    let checklist = &sessions[0].checklist;
    let candidates = super::super::candidate_order(&sheets);
    let weights = super::super::weights(checklist);
    check(&Panel::new(
        &sheets,
        checklist,
        &candidates,
        &weights.groups,
        &weights.criteria,
    ));
}

/// `count` draws of every size from 1 to n sessions (of n), from `seed`.
fn draws(n: usize, count: usize, seed: u64) -> Vec<Vec<u32>> {
    let mut rng = SplitMix64(seed);
    (0..count)
        .map(|d| {
            let mut counts = vec![0u32; n];
            for _ in 0..(1 + d % n) {
                counts[(rng.next() % n as u64) as usize] += 1;
            }
            counts
        })
        .collect()
}

/// The sampled method draws each resample on any core from the generator started at its
/// place in the sequence: that must be the very sequence drawn in order from the seed, or
/// the published shares would depend on how the work was split.
#[test]
fn the_generator_started_anywhere_continues_the_one_sequence() {
    let mut in_order = SplitMix64(SEED);
    let sequence: Vec<u64> = (0..1000).map(|_| in_order.next()).collect();
    for start in [0, 1, 7, 500, 999] {
        let mut from_here = SplitMix64::at(SEED, start as u64);
        assert_eq!(from_here.next(), sequence[start], "output {start}");
    }
}

/// A complete panel of linear criteria: the demo's sessions, every criterion a plain scale
/// one, every cell scored, values varied so that resamples have different winners.
fn complete_linear_panel(sessions: usize) -> Vec<crate::model::Session> {
    let bytes = std::fs::read("evaluations/demo/an-nguyen.evaluation.json").unwrap();
    let mut base = crate::model::parse_session(&bytes).unwrap();
    for group in &mut std::sync::Arc::make_mut(&mut base.checklist).groups {
        for c in &mut group.criteria {
            (c.kind, c.mandatory, c.threshold, c.unit, c.better) = (None, None, None, None, None);
        }
    }
    (0..sessions)
        .map(|copy| {
            let mut s = base.clone();
            s.id = format!("complete-{copy}");
            for (i, score) in s.scores.iter_mut().enumerate() {
                score.na = None;
                score.value = Some(((i * 7 + copy * 3 + i / 5) % 5) as f64);
            }
            s
        })
        .collect()
}

/// The complete panel's shortcut (one coefficient per session and candidate) gives the
/// totals of the means made group by group, and so the same winner, for draws of every shape;
/// a panel it does not fit (N/A in one cell, or mandatory and numeric criteria) does not take it.
#[test]
fn folded_totals_match_the_means_of_a_complete_panel() {
    let sessions = complete_linear_panel(12);
    let n = sessions.len();
    with_panel(&sessions, |panel| {
        let terms = panel.mean_terms();
        let folded = terms
            .fold_totals(&panel.group_weights, n, true)
            .expect("a complete panel of linear criteria folds");
        let mut winners = std::collections::HashSet::new();
        for counts in draws(n, 400, 11) {
            let by_groups = panel.totals(
                &panel.present(&counts),
                &terms.nonlinear_rows,
                Some(&terms.means(&counts).groups),
                |_, _| None,
            );
            let by_fold = folded.totals(&counts);
            for (a, b) in by_groups.iter().zip(&by_fold) {
                let (a, b) = (a.unwrap(), b.unwrap());
                assert!((a.0 - b.0).abs() < 1e-10, "{counts:?}: {a:?} vs {b:?}");
                assert_eq!(a.1, b.1);
            }
            let winner = Panel::winner_of(&by_fold);
            assert_eq!(winner, panel.winner_by_mean(&terms, &counts), "{counts:?}");
            winners.insert(winner);
        }
        assert!(winners.len() > 1, "every draw had one winner: {winners:?}");
    });

    let no_fold = |sessions: &[crate::model::Session]| {
        with_panel(sessions, |panel| {
            let terms = panel.mean_terms();
            let every = panel.covers.iter().flatten().all(|&c| c);
            assert!(
                terms
                    .fold_totals(&panel.group_weights, sessions.len(), every)
                    .is_none()
            );
        })
    };
    // One cell left N/A: two patterns, no fold.
    let mut with_na = complete_linear_panel(12);
    with_na[3].scores[0].value = None;
    with_na[3].scores[0].na = Some(true);
    no_fold(&with_na);
    // The demo checklist as it is (mandatory and numeric criteria): no fold.
    let bytes = std::fs::read("evaluations/demo/an-nguyen.evaluation.json").unwrap();
    no_fold(&[crate::model::parse_session(&bytes).unwrap()]);
}

/// The remainder by multiplication is the remainder, for every panel size and any draw.
#[test]
fn the_remainder_by_multiplication_is_exact() {
    let mut rng = SplitMix64(3);
    let mut divisors: Vec<u64> = (1..=2100).collect();
    divisors.extend([4096, 65_536, 1 << 32, u64::MAX / 3, u64::MAX - 1, u64::MAX]);
    divisors.extend(
        (0..200)
            .map(|_| rng.next() >> (rng.next() % 64))
            .filter(|&d| d > 0),
    );
    for d in divisors {
        let fast = draws::FastRemainder::new(d);
        let edges = [
            0,
            1,
            d - 1,
            d,
            d.wrapping_add(1),
            u64::MAX,
            u64::MAX - 1,
            u64::MAX / 2,
        ];
        for x in edges.into_iter().chain((0..300).map(|_| rng.next())) {
            assert_eq!(fast.of(x), x % d, "{x} % {d}");
        }
    }
}

/// Every resample has a winner, so the shares sum to 1, even if a total were not a number
/// (validation keeps values and weights below 1e15 so that none is): one session of 1.7e308
/// once left a quarter of the resamples without a winner, and the shares summed to 0.741.
#[test]
fn a_resample_whose_totals_are_not_numbers_still_has_a_winner() {
    let nan = f64::NAN;
    assert_eq!(
        Panel::winner_of(&[Some((nan, true)), Some((nan, true))]),
        Some(0)
    );
    assert_eq!(
        Panel::winner_of(&[Some((nan, true)), Some((40.0, true)), None]),
        Some(1)
    );
    assert_eq!(
        Panel::winner_of(&[Some((f64::INFINITY, true)), Some((40.0, true))]),
        Some(1)
    );
    assert_eq!(Panel::winner_of(&[None, Some((nan, false))]), Some(1));
    assert_eq!(Panel::winner_of(&[None, None]), None);
}

/// The method's own guards, should a number validation refuses ever reach it: a standard
/// deviation, a mean, weights and normalized scores stay numbers.
#[test]
fn sums_that_would_overflow_still_give_numbers() {
    use super::super::agreement::sample_sd;
    use super::super::weights::normalized;
    use super::super::{mean, normalize};
    let sd = sample_sd(&[f64::MAX, 0.0], f64::MAX / 2.0);
    assert!(sd.is_finite() && sd > 1e307, "{sd}");
    let m = mean([1.7e308, 1.7e308].into_iter(), 2);
    assert_eq!(m, 1.7e308);
    let w = normalized(&[1e308, 1e308, 1e308]);
    assert!(w.iter().all(|x| (x - 1.0 / 3.0).abs() < 1e-12), "{w:?}");
    let scale = crate::model::Scale {
        min: 0.0,
        max: 4.0,
        step: 1.0,
        levels: Vec::new(),
    };
    let s = normalize(
        crate::model::Kind::Numeric,
        Some(crate::model::Better::Lower),
        &scale,
        &[Some(f64::INFINITY), Some(f64::INFINITY)],
    );
    assert!(s.iter().flatten().all(|x| (0.0..=1.0).contains(x)), "{s:?}");
}

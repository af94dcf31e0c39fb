//! Robustness (scoring.md §8): the enumeration and the fast mean against the slow path.

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
    let sheets = ScoreSheet::of_sessions(&sessions);
    let checklist = &sessions[0].checklist;
    let candidates = super::super::candidate_order(&sheets);
    let (gw, cw, _) = super::super::weights(checklist);
    let panel = Panel::new(&sheets, checklist, &candidates, &gw, &cw);
    let terms = panel.mean_terms();
    let n = sessions.len();
    let mut rng = SplitMix64(7);
    let batch: Vec<Vec<u32>> = (0..40)
        .map(|d| {
            let mut counts = vec![0u32; n];
            for _ in 0..(1 + d % n) {
                counts[(rng.next() % n as u64) as usize] += 1;
            }
            counts
        })
        .collect();
    for counts in &batch {
        let by_cells = panel.winner(counts, Aggregation::Mean);
        assert!(by_cells.is_some());
        assert_eq!(panel.winner_by_mean(&terms, counts), by_cells, "{counts:?}");
    }
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

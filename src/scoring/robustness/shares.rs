//! The shares of docs/method.md §8: every multiset of the sessions with its probability
//! (n ≤ 8), or 10,000 seeded draws, each resample's winner found by the panel's lean path.

use super::{
    Aggregation, CandidateInfo, DRAWS, EXACT_UP_TO, FastRemainder, Method, Panel, Robustness, SEED,
    SplitMix64, multisets, probability,
};

/// docs/method.md §8 for `sessions` (at least one).
pub(in crate::scoring) fn robustness(
    panel: &Panel,
    candidates: &[CandidateInfo],
    aggregation: Aggregation,
) -> Robustness {
    let n = panel.covers.len();
    let mut shares = vec![0.0; candidates.len()];
    // With the mean, a resample's means come from sums made once (MeanTerms); the median
    // looks at each cell's values.
    let terms = (aggregation == Aggregation::Mean).then(|| panel.mean_terms());
    let every_candidate_covered = panel.covers.iter().flatten().all(|&covered| covered);
    // §8: a session that does not cover every candidate (an evaluator's assigned agencies, a
    // self-assessment of one agency among several — counted here even where §11 leaves it
    // out) leaves nothing to draw again.
    if !every_candidate_covered {
        return Robustness {
            method: Method::NotApplicable,
            resamples: 0,
            winners: Vec::new(),
        };
    }
    let folded = terms
        .as_ref()
        .and_then(|t| t.fold_totals(&panel.group_weights, n, every_candidate_covered));
    let winner = |counts: &[u32]| match (&folded, &terms) {
        (Some(folded), _) => Panel::winner_of(&folded.totals(counts)),
        (None, Some(terms)) => panel.winner_by_mean(terms, counts),
        (None, None) => panel.winner(counts, aggregation),
    };
    let (method, resamples) = if n <= EXACT_UP_TO {
        let mut count = 0;
        let mut counts = vec![0u32; n];
        multisets(&mut counts, 0, n as u32, &mut |counts| {
            count += 1;
            if let Some(w) = winner(counts) {
                shares[w] += probability(counts);
            }
        });
        (Method::Exact, count)
    } else {
        // Draw `i` of the whole sequence is the generator's `i`-th output whichever core makes
        // it (SplitMix64 can start anywhere: `at`), so each resample is drawn and scored on
        // any core, and the shares are those of the draws made in order from the one seed.
        // Wins are counted, so they do not depend on the order in which the cores finish.
        use rayon::prelude::*;
        let draws_per_resample = n as u64;
        let session_of = FastRemainder::new(n as u64);
        let wins = (0..DRAWS)
            .into_par_iter()
            .fold(
                || (vec![0usize; candidates.len()], vec![0u32; n]),
                |(mut wins, mut counts), resample| {
                    counts.fill(0);
                    let mut rng = SplitMix64::at(SEED, resample as u64 * draws_per_resample);
                    for _ in 0..n {
                        counts[session_of.of(rng.next()) as usize] += 1;
                    }
                    if let Some(w) = winner(&counts) {
                        wins[w] += 1;
                    }
                    (wins, counts)
                },
            )
            .map(|(wins, _)| wins)
            .reduce(
                || vec![0usize; candidates.len()],
                |mut a, b| {
                    a.iter_mut().zip(b).for_each(|(a, b)| *a += b);
                    a
                },
            );
        for (share, w) in shares.iter_mut().zip(wins) {
            *share = w as f64 / DRAWS as f64;
        }
        (Method::Sampled, DRAWS)
    };
    Robustness {
        method,
        resamples,
        winners: candidates
            .iter()
            .map(|c| c.id.clone())
            .zip(shares)
            .collect(),
    }
}

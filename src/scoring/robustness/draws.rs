//! How resamples are drawn (docs/method.md §8): every multiset with its probability (exact), or
//! draws from a fixed seed (sampled).

/// Every way to draw `left` more sessions into `counts[at..]`.
pub(super) fn multisets(counts: &mut [u32], at: usize, left: u32, visit: &mut impl FnMut(&[u32])) {
    if at == counts.len() - 1 {
        counts[at] = left;
        visit(counts);
        return;
    }
    for k in (0..=left).rev() {
        counts[at] = k;
        multisets(counts, at + 1, left - k, visit);
    }
    counts[at] = 0;
}

/// n! / (k₁! … kₙ!) / nⁿ: the chance of drawing exactly these counts.
pub(super) fn probability(counts: &[u32]) -> f64 {
    let n = counts.len() as i32;
    let factorial = |k: u32| (1..=k).map(f64::from).product::<f64>();
    let ways = factorial(n as u32) / counts.iter().map(|&k| factorial(k)).product::<f64>();
    ways / f64::from(n).powi(n)
}

/// A small, well-known generator (SplitMix64): the same seed gives the same draws on every
/// machine, which is all the sampled method needs.
pub(super) struct SplitMix64(pub(super) u64);

const GOLDEN_GAMMA: u64 = 0x9e37_79b9_7f4a_7c15;

impl SplitMix64 {
    /// The generator from `seed` after `skipped` outputs: its state only counts up by a
    /// constant, so any point of the sequence is one multiplication away.
    pub(super) fn at(seed: u64, skipped: u64) -> SplitMix64 {
        SplitMix64(seed.wrapping_add(skipped.wrapping_mul(GOLDEN_GAMMA)))
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(GOLDEN_GAMMA);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// `x % d` by multiplication instead of a division, the same number for every `x` and `d`
/// (Lemire, Kaser and Kurz, "Faster remainder by direct computation", 2019: with
/// c = ⌈2¹²⁸ / d⌉, ⌊(c·x mod 2¹²⁸)·d / 2¹²⁸⌋ = x mod d for all 64-bit x and d). Ten million
/// draws for a thousand sessions spent most of their time dividing.
pub(super) struct FastRemainder {
    c: u128,
    d: u64,
}

impl FastRemainder {
    pub(super) fn new(d: u64) -> FastRemainder {
        assert!(d > 0, "a remainder by zero");
        // ⌈2¹²⁸ / d⌉ = ⌊(2¹²⁸ − 1) / d⌋ + 1 for d > 1; for d = 1 it wraps to 0, and x mod 1
        // = 0 is what the formula then gives.
        FastRemainder {
            c: (u128::MAX / u128::from(d)).wrapping_add(1),
            d,
        }
    }

    /// `x % d`.
    pub(super) fn of(&self, x: u64) -> u64 {
        let low = self.c.wrapping_mul(u128::from(x));
        let d = u128::from(self.d);
        // ⌊low·d / 2¹²⁸⌋ from the halves of `low`, without a 256-bit product.
        let upper = (low >> 64) * d;
        let lower = (low & u128::from(u64::MAX)) * d;
        ((upper + (lower >> 64)) >> 64) as u64
    }
}

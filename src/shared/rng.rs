//! A small deterministic generator (SplitMix64), for synthetic data that must come out the
//! same at every run: the knowledge bases of `geokg gen-kb` and the benchmarks' graphs.

/// SplitMix64: a 64-bit state advanced by a constant, each step's output mixed from it.
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator whose state starts at `state`.
    pub fn new(state: u64) -> SplitMix64 {
        SplitMix64(state)
    }

    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in [0, 1), from the next 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_state_gives_the_same_numbers() {
        let (mut a, mut b) = (SplitMix64::new(42), SplitMix64::new(42));
        let xs: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        assert_eq!(xs, (0..4).map(|_| b.next_u64()).collect::<Vec<_>>());
        assert_ne!(xs[0], xs[1]);
        let u = a.unit();
        assert!((0.0..1.0).contains(&u));
        assert!(a.below(3) < 3 && a.below(0) == 0);
    }
}

//! A small seeded random number generator, so every run and every link replays exactly.
//!
//! The generator is xoshiro256++ (Blackman and Vigna), seeded through SplitMix64 so
//! that nearby seeds (0, 1, 2, ...) still give unrelated streams. It is not
//! cryptographic; it is fast, has a 2^256 − 1 period, and — the point here — gives
//! the same numbers on every machine and in wasm, because it uses only integer
//! arithmetic and the float conversions below are exact.
//!
//! ```
//! use eigenplay::math::rng::Rng;
//! let mut a = Rng::new(42);
//! let mut b = Rng::new(42);
//! assert_eq!(a.next_u64(), b.next_u64());
//! let die = a.int_range(1, 7); // 1..=6, like NumPy's randint(1, 7)
//! assert!((1..7).contains(&die));
//! ```

/// Seeded xoshiro256++ generator with uniform, integer and normal draws.
#[derive(Clone, Debug)]
pub struct Rng {
    s: [u64; 4],
    /// Box–Muller makes normals in pairs; the second waits here for the next call.
    spare_normal: Option<f64>,
}

/// One SplitMix64 step: spreads a seed's bits so similar seeds give unlike states.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// A generator whose whole stream is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        let mut sm = seed;
        let s = [
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
            splitmix64(&mut sm),
        ];
        // SplitMix64 never yields four zeros in a row, so the all-zero state
        // (the one xoshiro cannot leave) is impossible.
        Rng {
            s,
            spare_normal: None,
        }
    }

    /// The next 64 uniformly random bits.
    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1): the top 53 bits, so every value is an exact multiple of 2⁻⁵³.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.next_f64()
    }

    /// Standard normal (mean 0, variance 1) by the Box–Muller transform.
    pub fn normal(&mut self) -> f64 {
        if let Some(z) = self.spare_normal.take() {
            return z;
        }
        // 1 − u lies in (0, 1], so the logarithm is finite.
        let u1 = 1.0 - self.next_f64();
        let u2 = self.next_f64();
        let r = (-2.0 * u1.ln()).sqrt();
        let theta = std::f64::consts::TAU * u2;
        self.spare_normal = Some(r * theta.sin());
        r * theta.cos()
    }

    /// Uniform integer in the half-open range [lo, hi), as NumPy's `randint(lo, hi)`.
    ///
    /// Unbiased (Lemire's multiply-and-reject). Panics if `hi <= lo`, because an
    /// empty range has no integer to give.
    pub fn int_range(&mut self, lo: i64, hi: i64) -> i64 {
        assert!(hi > lo, "int_range needs lo < hi, got [{lo}, {hi})");
        let span = hi.wrapping_sub(lo) as u64;
        lo.wrapping_add(self.below(span) as i64)
    }

    /// Uniform integer in [0, n); `n` must be positive.
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "below needs n > 0");
        // Multiply-high maps 64 random bits onto [0, n); rejecting the few low
        // products that would over-represent some values keeps it exactly uniform.
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = (self.next_u64() as u128) * (n as u128);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }

    /// Shuffles a slice in place (Fisher–Yates), every order equally likely.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

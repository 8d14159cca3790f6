//! The shapes every kernel is tried on: tile multiples, tile multiples ± 1, primes,
//! thin and flat shapes, and a fixed-seed random spread.

/// (m, k, n) triples.
pub fn cases() -> Vec<(usize, usize, usize)> {
    let mut cases = vec![
        (1, 1, 1),
        (2, 3, 4),
        (16, 16, 16),
        (64, 64, 64),
        (63, 65, 64),
        (65, 17, 63),
        (128, 128, 128),
        (129, 31, 127),
        (300, 17, 129),
        (1, 257, 1),
        (200, 1, 3),
        (7, 300, 5),
    ];
    // A fixed-seed spread of sizes in 1..=160, mostly not multiples of 16 or 64.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        1 + (state % 160) as usize
    };
    for _ in 0..8 {
        cases.push((next(), next(), next()));
    }
    cases
}

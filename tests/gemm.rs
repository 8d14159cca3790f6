//! The packed matrix product against a plain triple loop, over shapes that cross every
//! block edge of the kernel (MR = 4, NR = 8 or 4, KC = 256, MC = 96, NC = 1024).

use eigenplay::math::gemm;

#[path = "common/reference.rs"]
mod reference;
use reference::{random, triple_loop};

#[rustfmt::skip]
const SHAPES: &[(usize, usize, usize)] = &[
    (0, 0, 0), (0, 5, 3), (4, 0, 3), (4, 5, 0),
    (1, 1, 1), (1, 7, 1), (2, 2, 2), (3, 1, 4),
    (5, 7, 11), (13, 17, 19), (6, 8, 8), (12, 16, 16), (7, 9, 5),
    (16, 16, 16), (17, 16, 16), (31, 37, 41), (64, 64, 64), (65, 63, 67),
    (96, 256, 8), (97, 257, 9), (95, 255, 7), (101, 300, 103),
    (300, 17, 129), (129, 513, 33), (200, 31, 1), (1, 300, 200),
    (7, 40, 1100), (193, 2, 211),
];

/// Checks the f64 and f32 products of one shape against the triple loop.
///
/// Tolerance per entry, relative to Σ|A[i,p]·B[p,j]| (the worst-case scale of the
/// rounding error of any summation order): 1e-13 in f64, 2e-5 in f32 (the f32 inputs
/// are rounded copies, so the reference itself differs from the f32 exact product).
fn check(m: usize, k: usize, n: usize, seed: u64) {
    let a = random(m * k, seed);
    let b = random(k * n, seed + 1);
    let (want, magnitude) = triple_loop(&a, &b, m, k, n);

    let got = gemm::matmul_f64(&a, &b, m, k, n);
    assert_eq!(got.len(), m * n);
    for (idx, ((&g, &w), &mag)) in got.iter().zip(&want).zip(&magnitude).enumerate() {
        let tol = 1e-13 * mag + 1e-300;
        assert!(
            (g - w).abs() <= tol,
            "f64 {m}×{k}·{k}×{n} at {idx}: {g} vs {w}"
        );
    }

    let a32: Vec<f32> = a.iter().map(|&v| v as f32).collect();
    let b32: Vec<f32> = b.iter().map(|&v| v as f32).collect();
    let got = gemm::matmul_f32(&a32, &b32, m, k, n);
    assert_eq!(got.len(), m * n);
    for (idx, ((&g, &w), &mag)) in got.iter().zip(&want).zip(&magnitude).enumerate() {
        let tol = 2e-5 * mag + 1e-30;
        assert!(
            (g as f64 - w).abs() <= tol,
            "f32 {m}×{k}·{k}×{n} at {idx}: {g} vs {w}"
        );
    }
}

#[test]
fn packed_product_matches_the_triple_loop_on_edge_shapes() {
    for (seed, &(m, k, n)) in SHAPES.iter().enumerate() {
        check(m, k, n, 2 * seed as u64 + 1);
    }
}

#[test]
fn packed_product_matches_the_triple_loop_on_random_shapes() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = |bound: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        1 + (state % bound) as usize
    };
    for seed in 0..40 {
        check(next(130), next(300), next(130), 1000 + seed);
    }
}

#[test]
fn lesson_products_are_exact() {
    let c = gemm::matmul_f64(&[1.0, 2.0, 3.0, 4.0], &[2.0, 0.0, 1.0, 2.0], 2, 2, 2);
    assert_eq!(c, [4.0, 4.0, 10.0, 8.0]);
    let m: Vec<f64> = (1..=9).map(f64::from).collect();
    let c = gemm::matmul_f64(&m, &m, 3, 3, 3);
    assert_eq!(c, [30.0, 36.0, 42.0, 66.0, 81.0, 96.0, 102.0, 126.0, 150.0]);
    // Integers stay exact through the packed path too (40·40·40 > the small cutoff).
    let ones = vec![1.0f32; 40 * 40];
    assert!(gemm::matmul_f32(&ones, &ones, 40, 40, 40)
        .iter()
        .all(|&v| v == 40.0));
}

#[test]
fn gemm_overwrites_what_was_in_c() {
    let mut c = vec![f64::NAN; 4];
    gemm::gemm_f64(
        &[1.0, 2.0, 3.0, 4.0],
        &[5.0, 6.0, 7.0, 8.0],
        &mut c,
        2,
        2,
        2,
    );
    assert_eq!(c, [19.0, 22.0, 43.0, 50.0]);
    let mut c = vec![f32::NAN; 50 * 50];
    gemm::gemm_f32(&vec![0.5; 50 * 30], &vec![2.0; 30 * 50], &mut c, 50, 30, 50);
    assert!(c.iter().all(|&v| v == 30.0));
}

#[test]
#[should_panic(expected = "A must hold")]
fn a_wrong_length_is_a_programming_error() {
    gemm::matmul_f32(&[1.0; 5], &[1.0; 6], 2, 3, 2);
}

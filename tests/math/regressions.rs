//! Failures a wider comparison with NumPy found (`tests/fixtures/linalg/awkward.json`), one test
//! each, named for what it catches. The fixture sweep in `fixtures.rs` covers them too; these
//! say which matrix broke what, so a regression names itself.

use eigenplay::math::linalg::{self, C64};
use eigenplay::math::matrix::Matrix;
use eigenplay::math::op::Op;
use eigenplay::math::run::{run, Inputs};

use crate::numpy::case_named;

/// ‖UᵀU − I‖ and ‖VᵀV − I‖.
fn orthogonality(svd: &linalg::Svd) -> (f64, f64) {
    let k = svd.s.len();
    let eye = Matrix::identity(k, k);
    (
        (svd.u.transpose() * &svd.u - &eye).norm(),
        (&svd.v_t * svd.v_t.transpose() - &eye).norm(),
    )
}

#[test]
fn svd_of_a_matrix_with_a_zero_column_keeps_u_orthonormal() {
    // 10×10 with column 6 zero: the one missing direction of U had no unit vector e_i keeping
    // half its length, and the completion left U's last column zero.
    let a = case_named("zero-column-10-3").a;
    let svd = linalg::try_svd(&a).unwrap();
    let (u, v) = orthogonality(&svd);
    assert!(u <= 1e-13 && v <= 1e-13, "‖UᵀU − I‖ = {u:e}, ‖VᵀV − I‖ = {v:e}");
    // The wide orientation completes V the same way.
    let svd = linalg::try_svd(&a.transpose()).unwrap();
    let (u, v) = orthogonality(&svd);
    assert!(u <= 1e-13 && v <= 1e-13, "Aᵀ: ‖UᵀU − I‖ = {u:e}, ‖VᵀV − I‖ = {v:e}");
}

#[test]
fn svd_check_includes_the_orthogonality_of_u_and_v() {
    let a = case_named("zero-column-10-3").a;
    let check = run(Op::Svd, &Inputs::new(a.clone())).unwrap().check.unwrap();
    assert!(check.what.contains("UᵀU") && check.what.contains("VᵀV"), "{check:?}");
    assert!(check.passed && check.residual <= 1e-13, "{check:?}");
    // A U with an empty column still gives A back, and the residual must say it is no SVD.
    let mut broken = linalg::try_svd(&a).unwrap();
    broken.u.column_mut(9).fill(0.0);
    assert!((broken.recompose() - &a).norm() <= 1e-12 * a.norm());
    assert!(broken.residual(&a) >= 0.5, "{}", broken.residual(&a));
}

/// The largest ‖A·v − λ·v‖ / ‖A‖ of `try_eig`.
fn eig_residual(a: &Matrix) -> f64 {
    let e = linalg::try_eig(a).unwrap_or_else(|err| panic!("{err:?} on {a}"));
    e.residual(a) / a.norm()
}

#[test]
fn eig_of_the_4x4_cyclic_shift_converges() {
    // Eigenvalues ±1 and ±i; every Francis double shift is zero, and nalgebra's Schur iteration
    // cycled without an exceptional shift.
    let a = case_named("cyclic-shift-4-by-1").a;
    let e = linalg::try_eig(&a).unwrap();
    let want = [
        C64::new(1.0, 0.0),
        C64::new(0.0, 1.0),
        C64::new(0.0, -1.0),
        C64::new(-1.0, 0.0),
    ];
    for (got, want) in e.values.iter().zip(want) {
        assert!((got - want).norm() <= 1e-14, "{got} vs {want}");
    }
    assert!(e.residual(&a) <= 1e-14);
}

#[test]
fn eig_of_every_6x6_permutation_matrix_converges() {
    // About one in thirty refused with "no convergence" where NumPy answers.
    let mut perms: Vec<Vec<usize>> = vec![vec![]];
    for n in 1..=6 {
        perms = perms
            .iter()
            .flat_map(|p| {
                (0..n).map(move |k| {
                    let mut q = p.clone();
                    q.insert(k, n - 1);
                    q
                })
            })
            .collect();
    }
    assert_eq!(perms.len(), 720);
    for p in perms {
        let a = Matrix::from_fn(6, 6, |i, j| f64::from(p[i] == j));
        let r = eig_residual(&a);
        assert!(r <= 1e-14, "{p:?}: residual {r:e}");
    }
}

#[test]
fn eigenvector_of_a_tiny_real_eigenvalue_beside_a_complex_pair_is_accurate() {
    // λ ≈ 2.4e-9 next to a pair of the same size: the solve through the pair's 2×2 block
    // (Cramer's rule) left ‖A·v − λ·v‖ = 1e-8·‖A‖ for that one vector.
    for name in ["tiny-real-beside-pair-6-0", "tiny-real-beside-pair-10-0"] {
        let a = case_named(name).a;
        let r = eig_residual(&a);
        assert!(r <= 1e-14, "{name}: residual {r:e}·‖A‖");
    }
}

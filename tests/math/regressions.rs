//! Failures a wider comparison with NumPy found (`tests/fixtures/linalg/awkward.json`), one test
//! each, named for what it catches. The fixture sweep in `fixtures.rs` covers them too; these
//! say which matrix broke what, so a regression names itself.

use eigenplay::math::linalg;
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

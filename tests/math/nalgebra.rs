//! Why the engine keeps code of its own where nalgebra has the same decomposition: each test
//! pins nalgebra's wrong answer on a NumPy fixture. Should one start failing after a nalgebra
//! update, nalgebra got that matrix right, and the engine's own code may be worth replacing.

use eigenplay::math::linalg;
use eigenplay::math::matrix::Matrix;
use nalgebra::SVD;

use crate::numpy::{case_named, vector};

/// ‖U·Σ·Vᵀ − A‖ / ‖A‖ of nalgebra's SVD, and its largest singular value.
fn nalgebra_svd(a: &Matrix, eps: Option<f64>) -> (f64, f64) {
    let svd = match eps {
        None => SVD::new(a.clone(), true, true),
        Some(eps) => SVD::try_new(a.clone(), true, true, eps, 0).unwrap(),
    };
    let s1 = svd.singular_values.max();
    ((svd.recompose().unwrap() - a).norm() / a.norm(), s1)
}

#[test]
fn nalgebra_svd_is_wrong_on_rank_deficient_integer_matrices() {
    // rank-deficient-5x5-rank2-0: nalgebra's SVD as it comes (SVD::new) gives back a U·Σ·Vᵀ
    // 9e-4·‖A‖ away from A, where rounding explains 1e-15; its U and V are orthonormal, so the
    // error is in Σ and the pairing. src/math/linalg/svd.rs keeps its Jacobi SVD for this.
    let a = case_named("rank-deficient-5x5-rank2-0").a;
    let (off, _) = nalgebra_svd(&a, None);
    assert!(off > 1e-5, "nalgebra's SVD now gives A back: {off:e}");
    let ours = linalg::try_svd(&a).unwrap();
    assert!(ours.residual(&a) <= 1e-14, "{}", ours.residual(&a));

    // singular-4-rank1-2 (rank 1) with the stopping rule ε the engine uses for Schur: 86% off,
    // and σ1 32% from NumPy's.
    let c = case_named("singular-4-rank1-2");
    let want = vector(&c.json["singular_values"])[0];
    let (off, s1) = nalgebra_svd(&c.a, Some(f64::EPSILON));
    assert!(
        off > 0.5 && (s1 - want).abs() > 0.1 * want,
        "{off:e}, σ1 {s1} vs {want}"
    );
    let ours = linalg::try_svd(&c.a).unwrap();
    assert!(ours.residual(&c.a) <= 1e-14 && (ours.s[0] - want).abs() <= 1e-14 * want);
}

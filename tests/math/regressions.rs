//! Failures a wider comparison with NumPy found (`tests/fixtures/linalg/awkward.json`), one test
//! each, named for what it catches. The fixture sweep in `fixtures.rs` covers them too; these
//! say which matrix broke what, so a regression names itself.

use eigenplay::math::explain::Explanation;
use eigenplay::math::linalg::{self, C64};
use eigenplay::math::matrix::{norm, Matrix, NormKind};
use eigenplay::math::op::Op;
use eigenplay::math::outcome::{Check, Value};
use eigenplay::math::run::{run, Inputs};

use crate::m;
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
    assert!(
        u <= 1e-13 && v <= 1e-13,
        "‖UᵀU − I‖ = {u:e}, ‖VᵀV − I‖ = {v:e}"
    );
    // The wide orientation completes V the same way.
    let svd = linalg::try_svd(&a.transpose()).unwrap();
    let (u, v) = orthogonality(&svd);
    assert!(
        u <= 1e-13 && v <= 1e-13,
        "Aᵀ: ‖UᵀU − I‖ = {u:e}, ‖VᵀV − I‖ = {v:e}"
    );
}

#[test]
fn svd_check_includes_the_orthogonality_of_u_and_v() {
    let a = case_named("zero-column-10-3").a;
    let check = run(Op::Svd, &Inputs::new(a.clone()))
        .unwrap()
        .check
        .unwrap();
    assert!(
        check.what.contains("UᵀU") && check.what.contains("VᵀV"),
        "{check:?}"
    );
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

#[test]
fn a_check_on_a_matrix_of_norm_1e_minus_6_can_fail() {
    // The tolerance was 1e-8·max(1, scale): 1e-8 for any matrix this small, so a residual as
    // large as the matrix itself passed.
    assert!(!Check::new("‖A·x − b‖", 1e-9, 1e-6).passed);
    let a = case_named("scaled-1e-06-5").a;
    // (The SVD's and the inverse's checks have no units, ‖U·Σ·Vᵀ − A‖ / ‖A‖ and
    // ‖A·A⁻¹ − I‖, so they are left out.)
    for op in [Op::Lu, Op::Eig, Op::Pinv, Op::Cov, Op::Pca] {
        let check = run(op, &Inputs::new(a.clone())).unwrap().check.unwrap();
        assert!(
            check.passed && check.tolerance <= 1e-12,
            "{}: {check:?}",
            op.name()
        );
    }
}

#[test]
fn tiny_matrices_that_do_not_commute_are_not_said_to_commute() {
    let a = m(&[&[1e-6, 2e-6], &[3e-6, 4e-6]]);
    let b = m(&[&[5e-6, 6e-6], &[7e-6, 8e-6]]);
    let out = run(Op::Props, &Inputs::new(a).with_b(b.clone()).with_c(b)).unwrap();
    let Explanation::Steps(lines) = out.explanation else {
        panic!("{:?}", out.explanation)
    };
    let last = lines.last().unwrap();
    assert!(last.contains("AB ≠ BA"), "{last}");
}

#[test]
fn inverse_and_pseudo_inverse_checks_pass_numpys_answers_at_condition_1e10() {
    // The 8×8 Hilbert matrix, condition number 1.5e10. NumPy's own inverse has ‖A·A⁻¹ − I‖
    // of 2e-7 to 4e-7 (by summation order), over the 8e-8 the check allowed; its
    // pseudo-inverse 4.8e-8 > 1.7e-8.
    let c = case_named("hilbert-8");
    let a = &c.a;
    let inv = run(Op::Inv, &Inputs::new(a.clone()))
        .unwrap()
        .check
        .unwrap();
    let numpy_inv = crate::numpy::matrix(&c.json["inv"]);
    let numpy_residual = (a * &numpy_inv - Matrix::identity(8, 8)).norm();
    assert!(
        inv.passed && numpy_residual <= inv.tolerance,
        "NumPy {numpy_residual:e}: {inv:?}"
    );
    assert!(inv.what.contains("condition number"), "{}", inv.what);
    let pinv = run(Op::Pinv, &Inputs::new(a.clone()))
        .unwrap()
        .check
        .unwrap();
    let numpy_pinv = crate::numpy::matrix(&c.json["pinv"]);
    let numpy_residual = (a * &numpy_pinv * a - a).norm();
    assert!(
        pinv.passed && numpy_residual <= pinv.tolerance,
        "NumPy {numpy_residual:e}: {pinv:?}"
    );
    assert!(pinv.what.contains("σ_max / σ_min"), "{}", pinv.what);
    // Still a check: an inverse off by 1e-6 relative at condition number 1 fails.
    let good = run(Op::Inv, &Inputs::new(Matrix::identity(3, 3) * 2.0)).unwrap();
    assert!(good.check.unwrap().tolerance <= 1e-7);
}

#[test]
fn eig_check_would_catch_a_vector_off_by_1e_minus_8_of_the_norm() {
    // The bad vector of tiny-real-beside-pair-6-0 had residual 9.97e-9·‖A‖, under the 1e-8
    // the check allowed; a backward-stable one is near n·ε·‖A‖.
    let a = case_named("tiny-real-beside-pair-6-0").a;
    let check = run(Op::Eig, &Inputs::new(a.clone()))
        .unwrap()
        .check
        .unwrap();
    assert!(check.passed, "{check:?}");
    assert!(check.tolerance < 1e-10 * a.norm(), "{check:?}");
}

#[test]
fn norm_1_and_inf_of_a_row_are_numpys_matrix_norms() {
    // rect-1x8-7: the engine gave the vector 1-norm, 20.92, where NumPy's norm(A, 1) on the
    // 2-D array is the largest column sum, 4.35.
    let c = case_named("rect-1x8-7");
    for (kind, key) in [(NormKind::L1, "norm_1"), (NormKind::Max, "norm_inf")] {
        let want = c.json[key].as_f64().unwrap();
        let mut inputs = Inputs::new(c.a.clone());
        inputs.norm = kind;
        let out = run(Op::Norm, &inputs).unwrap();
        assert_eq!(out.value, Value::Scalar(want), "{key}");
        // The page says which norm it shows, and what the other one would be.
        let Explanation::Steps(lines) = out.explanation else {
            panic!()
        };
        assert!(lines[0].contains("as a matrix"), "{lines:?}");
        assert!(lines[1].contains("norm(A.ravel()"), "{lines:?}");
    }
    assert_eq!(norm(&m(&[&[1.0, -2.0, 3.0]]), NormKind::L1), 3.0);
    assert_eq!(norm(&m(&[&[1.0, -2.0, 3.0]]), NormKind::Max), 6.0);
    // A column is the same either way.
    assert_eq!(norm(&m(&[&[1.0], &[-2.0], &[3.0]]), NormKind::L1), 6.0);
}

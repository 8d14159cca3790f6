//! Identities on random matrices (proptest): A·A⁺·A = A, U·Σ·Vᵀ = A, P·A = L·U, A·v = λ·v,
//! (AB)ᵀ = BᵀAᵀ. Case counts are modest so the suite stays within seconds.

use eigenplay::math::linalg::{try_eig, try_lu, try_pinv, try_svd, C64};
use eigenplay::math::matrix::Matrix;
use eigenplay::math::ops::try_matmul;
use proptest::prelude::*;

fn matrix(
    rows: std::ops::Range<usize>,
    cols: std::ops::Range<usize>,
) -> impl Strategy<Value = Matrix> {
    (rows, cols).prop_flat_map(|(m, n)| {
        proptest::collection::vec(-10.0f64..10.0, m * n)
            .prop_map(move |v| Matrix::from_row_slice(m, n, &v))
    })
}

/// A product of an m×r and an r×n matrix: rank at most r, often below min(m, n).
fn low_rank() -> impl Strategy<Value = Matrix> {
    (1usize..7, 1usize..4, 1usize..7).prop_flat_map(|(m, r, n)| {
        (
            proptest::collection::vec(-3i32..4, m * r),
            proptest::collection::vec(-3i32..4, r * n),
        )
            .prop_map(move |(x, y)| {
                let x =
                    Matrix::from_row_slice(m, r, &x.iter().map(|&v| v as f64).collect::<Vec<_>>());
                let y =
                    Matrix::from_row_slice(r, n, &y.iter().map(|&v| v as f64).collect::<Vec<_>>());
                x * y
            })
    })
}

fn any_matrix() -> impl Strategy<Value = Matrix> {
    prop_oneof![matrix(1..8, 1..8), low_rank()]
}

fn scale(a: &Matrix) -> f64 {
    a.norm().max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn pseudo_inverse_reproduces_a(a in any_matrix()) {
        let p = try_pinv(&a).unwrap();
        let r = (&a * &p * &a - &a).norm();
        prop_assert!(r <= 1e-10 * scale(&a), "‖A·A⁺·A − A‖ = {r:e}");
        // The other Penrose condition: A⁺·A·A⁺ = A⁺.
        let r2 = (&p * &a * &p - &p).norm();
        prop_assert!(r2 <= 1e-8 * p.norm().max(1.0), "‖A⁺·A·A⁺ − A⁺‖ = {r2:e}");
    }

    #[test]
    fn svd_recomposes_with_orthonormal_factors(a in any_matrix()) {
        let svd = try_svd(&a).unwrap();
        let k = svd.s.len();
        prop_assert!((svd.recompose() - &a).norm() <= 1e-12 * scale(&a));
        prop_assert!((svd.u.transpose() * &svd.u - Matrix::identity(k, k)).norm() <= 1e-12);
        prop_assert!((&svd.v_t * svd.v_t.transpose() - Matrix::identity(k, k)).norm() <= 1e-12);
        prop_assert!(svd.s.iter().zip(svd.s.iter().skip(1)).all(|(x, y)| x >= y), "decreasing");
    }

    #[test]
    fn lu_factors_a(a in any_matrix()) {
        let f = try_lu(&a).unwrap();
        prop_assert!((&f.p * &a - &f.l * &f.u).norm() <= 1e-12 * scale(&a));
        // L unit lower triangular, U upper triangular, partial pivoting keeps |L| ≤ 1.
        for i in 0..f.l.nrows() {
            for j in 0..f.l.ncols() {
                if j > i { prop_assert_eq!(f.l[(i, j)], 0.0); }
                if j == i { prop_assert_eq!(f.l[(i, j)], 1.0); }
                prop_assert!(f.l[(i, j)].abs() <= 1.0 + 1e-15);
            }
        }
        for i in 0..f.u.nrows() {
            for j in 0..i.min(f.u.ncols()) {
                prop_assert_eq!(f.u[(i, j)], 0.0);
            }
        }
    }

    #[test]
    fn eigenpairs_satisfy_av_equals_lambda_v(a in matrix(1..8, 1..2).prop_flat_map(|c| matrix(c.nrows()..c.nrows() + 1, c.nrows()..c.nrows() + 1))) {
        let e = try_eig(&a).unwrap();
        let ac = a.map(|x| C64::new(x, 0.0));
        for k in 0..a.nrows() {
            let v = e.vectors.column(k);
            prop_assert!((v.norm() - 1.0).abs() < 1e-12);
            let r = (&ac * v - v * e.values[k]).norm();
            prop_assert!(r <= 1e-11 * scale(&a), "‖Av − λv‖ = {r:e} for λ = {}", e.values[k]);
        }
        // The eigenvalues sum to the trace and complex ones come in conjugate pairs.
        let sum: C64 = e.values.iter().sum();
        prop_assert!((sum.re - a.trace()).abs() <= 1e-10 * scale(&a) && sum.im.abs() <= 1e-10 * scale(&a));
    }

    #[test]
    fn transpose_of_a_product(
        (a, b) in (1usize..7, 1usize..7, 1usize..7).prop_flat_map(|(m, k, n)| (matrix(m..m + 1, k..k + 1), matrix(k..k + 1, n..n + 1)))
    ) {
        let left = try_matmul(&a, &b).unwrap().transpose();
        let right = try_matmul(&b.transpose(), &a.transpose()).unwrap();
        prop_assert!((left - right).norm() <= 1e-12 * scale(&a) * scale(&b));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// `sorted_indices` (the page's one sort, a binary insertion sort) orders as std's stable
    /// sort does, ties in index order, on values with many ties.
    #[test]
    fn sorted_indices_orders_as_a_stable_sort(values in proptest::collection::vec(-3i32..4, 0..40)) {
        let ours = eigenplay::math::sorted_indices(values.len(), &|i, j| values[i].cmp(&values[j]));
        let mut std_order: Vec<usize> = (0..values.len()).collect();
        std_order.sort_by_key(|&i| values[i]);
        prop_assert_eq!(ours, std_order);
    }
}

//! The engine against NumPy: every operation on the fixture matrices of
//! `scripts/gen_fixtures.py`, within the tolerances stated at each comparison.
//!
//! Eigenvalues are matched as sets (order-free), eigenvectors up to a complex phase,
//! singular values in order (both sides sort them), SVD factors through U·Σ·Vᵀ = A.

use crate::numpy::{all_cases, matrix, vector};
use eigenplay::math::linalg::{self, SolveMethod, C64};
use eigenplay::math::matrix::{norm, Matrix, NormKind, Vector};
use eigenplay::math::ops;
use serde_json::Value as Json;

/// ‖x − y‖ ≤ tol, with a message naming the case.
fn close(name: &str, what: &str, got: &Matrix, want: &Matrix, tol: f64) {
    assert_eq!(got.shape(), want.shape(), "{name}: {what} shape");
    let diff = (got - want).norm();
    assert!(
        diff <= tol,
        "{name}: {what} differs by {diff:e} > {tol:e}\n got {got}\nwant {want}"
    );
}

fn col(v: Vector) -> Matrix {
    Matrix::from_column_slice(v.len(), 1, v.as_slice())
}

/// The size that errors are relative to: ‖A‖ itself, not max(1, ‖A‖), so a matrix of norm
/// 1e-6 is held to the same relative accuracy as one of norm 1 (a zero matrix must be exact).
fn scale(a: &Matrix) -> f64 {
    a.norm()
}

#[test]
fn products_norms_trace_and_rank() {
    for c in all_cases() {
        let (a, j, name) = (&c.a, &c.json, c.name.as_str());
        // Products of short decimals: only summation order differs, 1e-12 relative.
        let b = matrix(&j["bmat"]);
        let want = matrix(&j["matmul"]);
        close(
            name,
            "A·B",
            &ops::try_matmul(a, &b).unwrap(),
            &want,
            1e-12 * scale(a) * scale(&b),
        );
        let ata = matrix(&j["transpose_matmul"]);
        close(
            name,
            "AᵀA",
            &ops::try_matmul(&a.transpose(), a).unwrap(),
            &ata,
            1e-12 * scale(a).powi(2),
        );
        for (kind, key) in [
            (NormKind::Frobenius, "norm_fro"),
            (NormKind::L1, "norm_1"),
            (NormKind::L2, "norm_2"),
            (NormKind::Max, "norm_inf"),
        ] {
            let want = j[key].as_f64().unwrap();
            let got = norm(a, kind);
            assert!(
                (got - want).abs() <= 1e-12 * want,
                "{name}: norm {key} {got} vs {want}"
            );
        }
        if let Some(t) = j.get("trace") {
            assert!(
                (ops::try_trace(a).unwrap() - t.as_f64().unwrap()).abs() <= 1e-12 * scale(a),
                "{name}: trace"
            );
        }
        // The same tolerance rule as NumPy, so the count must agree exactly.
        assert_eq!(
            linalg::try_rank(a).unwrap() as u64,
            j["rank"].as_u64().unwrap(),
            "{name}: rank"
        );
    }
}

#[test]
fn determinant_and_inverse() {
    for c in all_cases() {
        let (a, j, name) = (&c.a, &c.json, c.name.as_str());
        let Some(det) = j.get("det") else { continue };
        let det = det.as_f64().unwrap();
        // Hadamard's bound ∏‖column‖ is the natural scale of a determinant; 1e-12 of it.
        let bound: f64 = a.column_iter().map(|col| col.norm()).product();
        let got = linalg::try_det(a).unwrap();
        assert!(
            (got - det).abs() <= 1e-12 * bound,
            "{name}: det {got} vs {det}"
        );
        match &j["inv"] {
            Json::Null => assert!(
                linalg::try_inv(a).is_err(),
                "{name}: a singular matrix must be refused"
            ),
            inv => {
                let want = matrix(inv);
                let cond = j["cond"].as_f64().unwrap();
                // Inversion loses about log10(cond) digits: 1e-13·cond relative.
                close(
                    name,
                    "inverse",
                    &linalg::try_inv(a).unwrap(),
                    &want,
                    1e-13 * cond * want.norm(),
                );
            }
        }
    }
}

#[test]
fn singular_values_pseudo_inverse_condition_and_low_rank() {
    for c in all_cases() {
        let (a, j, name) = (&c.a, &c.json, c.name.as_str());
        let s = vector(&j["singular_values"]);
        let smax = s.max();
        close(
            name,
            "singular values",
            &col(linalg::try_singular_values(a).unwrap()),
            &col(s.clone()),
            1e-12 * smax,
        );
        let svd = linalg::try_svd(a).unwrap();
        close(name, "U·Σ·Vᵀ", &svd.recompose(), a, 1e-12 * scale(a));
        close(
            name,
            "UᵀU",
            &(svd.u.transpose() * &svd.u),
            &Matrix::identity(s.len(), s.len()),
            1e-12,
        );
        close(
            name,
            "VᵀV",
            &(&svd.v_t * svd.v_t.transpose()),
            &Matrix::identity(s.len(), s.len()),
            1e-12,
        );
        // pinv: the kept singular values are inverted, so its accuracy goes as the kept condition number.
        let kept: Vec<f64> = s.iter().copied().filter(|&x| x > 1e-15 * s.max()).collect();
        let kcond = kept
            .first()
            .zip(kept.last())
            .map_or(1.0, |(hi, lo)| hi / lo);
        let want = matrix(&j["pinv"]);
        close(
            name,
            "pinv",
            &linalg::try_pinv(a).unwrap(),
            &want,
            1e-13 * kcond * kcond.max(1.0).sqrt() * want.norm(),
        );
        match j["cond"].as_f64() {
            Some(want) if want < 1e10 => {
                let got = linalg::try_cond(a).unwrap();
                // σ_min is known to about ε·σ_max, so cond to about ε·cond relative.
                assert!(
                    (got - want).abs() <= (1e-10 + 1e-14 * want) * want,
                    "{name}: cond {got} vs {want}"
                );
            }
            // Condition numbers past 1e10 are rounding-dominated; both must just be huge.
            _ => assert!(
                linalg::try_cond(a).unwrap() > 1e10,
                "{name}: cond should be huge"
            ),
        }
        if let Some(lr) = j.get("low_rank_1") {
            let want = matrix(lr);
            let gap = s[0] - s[1];
            // Rank-1 truncation moves as 1/(σ1 − σ2) under rounding.
            let (got, _) = linalg::try_low_rank(a, 1).unwrap();
            close(
                name,
                "rank-1 approximation",
                &got,
                &want,
                1e-12 * scale(a) * (s[0] / gap).max(1.0),
            );
        }
    }
}

#[test]
fn solve_matches_numpy_solve_or_lstsq() {
    for c in all_cases() {
        let (a, j, name) = (&c.a, &c.json, c.name.as_str());
        let b = vector(&j["b"]);
        let sol = linalg::try_solve(a, &b).unwrap();
        let want = vector(&j["solve"]);
        let method = if j["solve_method"] == "lu" {
            SolveMethod::Lu
        } else {
            SolveMethod::LeastSquares
        };
        assert_eq!(sol.method, method, "{name}: method");
        let s = vector(&j["singular_values"]);
        let tol_s = s.max() * a.nrows().max(a.ncols()) as f64 * f64::EPSILON;
        let kept: Vec<f64> = s.iter().copied().filter(|&x| x > tol_s).collect();
        let kcond = kept
            .first()
            .zip(kept.last())
            .map_or(1.0, |(hi, lo)| hi / lo);
        // Forward error of a backward-stable solve: about eps·cond, here 1e-13·cond (least squares: cond²).
        let amp = if method == SolveMethod::Lu {
            kcond
        } else {
            kcond * kcond
        };
        let tol = 1e-13 * amp.max(1.0) * want.norm();
        let diff = (&sol.x - &want).norm();
        assert!(
            diff <= tol,
            "{name} ({}): x differs by {diff:e} > {tol:e}",
            c.kind
        );
    }
}

/// Pairs each wanted eigenvalue with the nearest unused computed one.
fn match_eigenvalues(got: &[C64], want: &[C64]) -> Vec<usize> {
    let mut used = vec![false; got.len()];
    want.iter()
        .map(|w| {
            let k = (0..got.len())
                .filter(|&k| !used[k])
                .min_by(|&x, &y| (got[x] - w).norm().total_cmp(&(got[y] - w).norm()))
                .unwrap();
            used[k] = true;
            k
        })
        .collect()
}

#[test]
fn eigenvalues_and_eigenvectors() {
    let mut compared_vectors = 0;
    for c in all_cases() {
        let (a, j, name) = (&c.a, &c.json, c.name.as_str());
        let Some(re) = j.get("eig_re") else { continue };
        let n = a.nrows();
        let want: Vec<C64> = vector(re)
            .iter()
            .zip(vector(&j["eig_im"]).iter())
            .map(|(&r, &i)| C64::new(r, i))
            .collect();
        let e = linalg::try_eig(a).unwrap();
        let order = match_eigenvalues(&e.values, &want);
        // A defective eigenvalue of multiplicity k moves by eps^(1/k): 1e-4 covers k = 3.
        let defective = c.name.starts_with("defective") || c.name.starts_with("nilpotent");
        for (w, &k) in want.iter().zip(&order) {
            // A repeated eigenvalue moves by about √ε under rounding (NumPy's may split into a
            // ±1e-8i pair), a defective one of multiplicity 3 by ∛ε; simple ones by about ε.
            let repeated = want
                .iter()
                .filter(|x| (*x - w).norm() < 1e-6 * scale(a))
                .count()
                > 1;
            let tol = if defective {
                1e-4
            } else if repeated {
                1e-6
            } else {
                1e-10
            } * scale(a);
            assert!(
                (e.values[k] - w).norm() <= tol,
                "{name}: eigenvalue {} vs {w}",
                e.values[k]
            );
        }
        // Every vector: unit length and A·v = λ·v, relative to ‖A‖.
        let ac = a.map(|x| C64::new(x, 0.0));
        for k in 0..n {
            let v = e.vectors.column(k);
            assert!((v.norm() - 1.0).abs() < 1e-12, "{name}: |v| = {}", v.norm());
            let r = (&ac * v - v * e.values[k]).norm();
            assert!(
                r <= 1e-12 * scale(a),
                "{name}: residual {r:e} for λ = {}",
                e.values[k]
            );
            // The sign convention: the largest entry is real and positive.
            let lead = v.iter().fold(C64::new(0.0, 0.0), |best, z| {
                if z.norm() > best.norm() * (1.0 + 1e-9) {
                    *z
                } else {
                    best
                }
            });
            assert!(lead.re > 0.0 && lead.im == 0.0, "{name}: lead entry {lead}");
        }
        // Against NumPy's vectors, up to a phase, where the eigenvalue is simple and well separated.
        let vre = matrix(&j["eigvec_re"]);
        let vim = matrix(&j["eigvec_im"]);
        for (i, w) in want.iter().enumerate() {
            let gap = want
                .iter()
                .enumerate()
                .filter(|&(l, _)| l != i)
                .map(|(_, x)| (x - w).norm())
                .fold(f64::INFINITY, f64::min);
            if gap < 1e-3 * scale(a) {
                continue;
            }
            let np_v: Vec<C64> = (0..n).map(|r| C64::new(vre[(r, i)], vim[(r, i)])).collect();
            let ours = e.vectors.column(order[i]);
            let overlap: C64 = ours.iter().zip(&np_v).map(|(x, y)| x.conj() * y).sum();
            // Vectors move as 1/gap under rounding.
            let tol = 1e-12 * (scale(a) / gap).max(1.0);
            assert!(
                (1.0 - overlap.norm()).abs() <= tol,
                "{name}: eigenvector {i} overlap {}",
                overlap.norm()
            );
            compared_vectors += 1;
        }
        if let Some(eh) = j.get("eigh") {
            let (values, vectors) = linalg::try_eigh(a).unwrap();
            close(
                name,
                "eigh values",
                &col(values),
                &col(vector(eh)),
                1e-12 * scale(a),
            );
            close(
                name,
                "eigh orthonormal",
                &(vectors.transpose() * &vectors),
                &Matrix::identity(n, n),
                1e-12,
            );
        }
    }
    assert!(
        compared_vectors > 500,
        "only {compared_vectors} eigenvectors compared"
    );
}

#[test]
fn covariance() {
    for c in all_cases() {
        let Some(cov) = c.json.get("cov") else {
            continue;
        };
        let want = matrix(cov);
        close(
            &c.name,
            "covariance",
            &linalg::try_cov(&c.a).unwrap(),
            &want,
            1e-12 * scale(&c.a).powi(2),
        );
    }
}

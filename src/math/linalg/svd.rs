//! Singular value decomposition and what it measures: rank, pseudo-inverse, condition
//! number, low-rank approximation.

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_validate, Matrix, Vector};

/// NumPy's `pinv` default cutoff, relative to the largest singular value.
pub const PINV_RCOND: f64 = 1e-15;

/// A thin SVD, A = U·diag(s)·Vᵀ, with k = min(m, n).
///
/// Singular values are in decreasing order. Each pair of singular vectors is only defined up
/// to a common sign; Eigenplay flips the pair so that the largest entry (by absolute value,
/// the first one on ties) of each row of Vᵀ is positive. NumPy may show the opposite signs.
#[derive(Clone, Debug, PartialEq)]
pub struct Svd {
    /// Left singular vectors as columns (m×k).
    pub u: Matrix,
    /// Singular values, decreasing (k).
    pub s: Vector,
    /// Right singular vectors as rows (k×n).
    pub v_t: Matrix,
}

impl Svd {
    /// U·diag(s)·Vᵀ, which should give A back.
    pub fn recompose(&self) -> Matrix {
        let mut us = self.u.clone();
        for (j, s) in self.s.iter().enumerate() {
            us.column_mut(j).scale_mut(*s);
        }
        us * &self.v_t
    }

    /// The largest of ‖U·Σ·Vᵀ − A‖ / ‖A‖, ‖UᵀU − I‖ and ‖VᵀV − I‖: a U·Σ·Vᵀ that gives A back
    /// is not yet an SVD unless U and V have orthonormal columns, and the third singular vector
    /// of a rank-2 matrix is invisible in the product.
    pub fn residual(&self, a: &Matrix) -> f64 {
        let k = self.s.len();
        let back = (self.recompose() - a).norm();
        let fro = a.norm();
        let back = if fro > 0.0 { back / fro } else { back };
        let eye = Matrix::identity(k, k);
        let u = (self.u.transpose() * &self.u - &eye).norm();
        let v = (&self.v_t * self.v_t.transpose() - &eye).norm();
        back.max(u).max(v)
    }

    /// diag(s) as a k×k matrix (Σ).
    pub fn sigma(&self) -> Matrix {
        Matrix::from_diagonal(&self.s)
    }
}

/// The SVD of A. Fails only if the iteration does not converge.
pub fn try_svd(a: &Matrix) -> Result<Svd, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let (mut u, s, mut v_t) = jacobi_svd(a).ok_or_else(|| MathError::NoConvergence {
        what: "The singular value decomposition".to_string(),
    })?;
    for i in 0..s.len() {
        let row = v_t.row(i);
        let lead = row.iter().fold(
            0.0f64,
            |best, &x| if x.abs() > best.abs() { x } else { best },
        );
        if lead < 0.0 {
            v_t.row_mut(i).neg_mut();
            u.column_mut(i).neg_mut();
        }
    }
    Ok(Svd { u, s, v_t })
}

/// The singular values, decreasing.
pub fn try_singular_values(a: &Matrix) -> Result<Vector, MathError> {
    try_svd(a).map(|svd| svd.s)
}

/// One-sided Jacobi SVD (Hestenes): rotate pairs of columns until all are orthogonal; the
/// column lengths are the singular values. nalgebra's bidiagonal SVD returns U·Σ·Vᵀ far from A
/// on rank-deficient integer fixtures (9e-4·‖A‖ off on a 5×5 of rank 2, 86% on a 4×4 of rank 1
/// with ε as its stopping rule), pinned by the test
/// `nalgebra_svd_is_wrong_on_rank_deficient_integer_matrices` in tests/math/nalgebra.rs; Jacobi
/// is simple, has no such failure, and computes small singular values to high relative accuracy.
fn jacobi_svd(a: &Matrix) -> Option<(Matrix, Vector, Matrix)> {
    // Work on the tall orientation: A = U·Σ·Vᵀ iff Aᵀ = V·Σ·Uᵀ.
    let wide = a.nrows() < a.ncols();
    let scale = a.amax();
    let mut u = if wide { a.transpose() } else { a.clone() };
    // Scaled to entries at most 1 so squared norms cannot overflow for entries near 1e300.
    if scale > 0.0 {
        u /= scale;
    }
    let (m, n) = u.shape();
    let mut v = Matrix::identity(n, n);
    let noise = (f64::EPSILON * u.norm()).powi(2);
    // Each column's squared length, taken again only when a rotation changes the column: a
    // pair costs one dot product instead of three, for the same numbers.
    let mut lengths: Vec<f64> = (0..n).map(|j| u.column(j).norm_squared()).collect();
    let mut converged = false;
    for _sweep in 0..80 {
        let mut rotated = false;
        for p in 0..n {
            for q in p + 1..n {
                let (alpha, beta) = (lengths[p], lengths[q]);
                let gamma = u.column(p).dot(&u.column(q));
                // Orthogonal to rounding (m·ε, the error of a dot product of length m), or one
                // column is noise below ε·‖A‖: rotating further cannot improve, only cycle.
                if gamma.abs() <= m as f64 * f64::EPSILON * (alpha * beta).sqrt()
                    || alpha.min(beta) <= noise
                {
                    continue;
                }
                rotated = true;
                let zeta = (beta - alpha) / (2.0 * gamma);
                let t = zeta.signum() / (zeta.abs() + (1.0 + zeta * zeta).sqrt());
                let c = 1.0 / (1.0 + t * t).sqrt();
                let s = c * t;
                rotate(&mut u, p, q, c, s);
                rotate(&mut v, p, q, c, s);
                lengths[p] = u.column(p).norm_squared();
                lengths[q] = u.column(q).norm_squared();
            }
        }
        if !rotated {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    let norms: Vec<f64> = (0..n).map(|j| u.column(j).norm()).collect();
    let order = crate::math::sorted_indices(n, &|i, j| norms[j].total_cmp(&norms[i]));
    let s = Vector::from_iterator(
        n,
        order
            .iter()
            .map(|&j| norms[j] * scale.max(f64::MIN_POSITIVE)),
    );
    let s = if scale > 0.0 { s } else { Vector::zeros(n) };
    let mut left = Matrix::zeros(m, n);
    let mut filled = Vec::new();
    for (k, &j) in order.iter().enumerate() {
        // Noise columns were never made orthogonal; their U columns come from the completion.
        if norms[j] > noise.sqrt() && norms[j] > f64::MIN_POSITIVE {
            left.set_column(k, &(u.column(j) / norms[j]));
            filled.push(k);
        }
    }
    complete_orthonormal(&mut left, &filled);
    let right = Matrix::from_columns(
        &order
            .iter()
            .map(|&j| v.column(j).into_owned())
            .collect::<Vec<_>>(),
    );
    Some(if wide {
        (right, s, left.transpose())
    } else {
        (left, s, right.transpose())
    })
}

/// Columns p and q (p < q) of `m` turned by the rotation (c, s). On the columns' slices: the
/// same arithmetic as indexing `m[(i, p)]`, a fraction of the time (a bounds check and index
/// arithmetic per entry; `jacobi_svd` spent most of its time here).
fn rotate(m: &mut Matrix, p: usize, q: usize, c: f64, s: f64) {
    let rows = m.nrows();
    // Column-major: column j is data[j·rows..(j + 1)·rows].
    let (left, right) = m.as_mut_slice().split_at_mut(q * rows);
    let (xs, ys) = (&mut left[p * rows..(p + 1) * rows], &mut right[..rows]);
    for (x, y) in xs.iter_mut().zip(ys.iter_mut()) {
        let (a, b) = (*x, *y);
        *x = c * a - s * b;
        *y = s * a + c * b;
    }
}

/// Fills the columns of `m` not in `filled` (those of zero singular values) with unit vectors
/// orthogonal to the rest, so U keeps orthonormal columns for rank-deficient A.
///
/// Each new column starts from the unit vector e_i that keeps the most length after the
/// projection. A fixed threshold (take the first e_i left longer than 0.5) could leave a column
/// empty: with one direction missing from 10 dimensions, every e_i may keep as little as
/// 1/√10 ≈ 0.32. The squared lengths kept sum to the dimension still missing (≥ 1), so the
/// best of m is at least 1/√m and never zero.
fn complete_orthonormal(m: &mut Matrix, filled: &[usize]) {
    let mut done: Vec<usize> = filled.to_vec();
    for k in 0..m.ncols() {
        if done.contains(&k) {
            continue;
        }
        let project_out = |m: &Matrix, done: &[usize], mut w: Vector| {
            // Twice, as classical Gram–Schmidt needs for orthogonality to rounding.
            for _ in 0..2 {
                for &j in done {
                    let proj = m.column(j).dot(&w);
                    // w −= proj·column j, in place (a new vector per step made this the
                    // slowest part of the SVD of a rank-deficient matrix).
                    w.axpy(-proj, &m.column(j), 1.0);
                }
            }
            w
        };
        let best = (0..m.nrows())
            .map(|e| {
                project_out(
                    m,
                    &done,
                    Vector::from_fn(m.nrows(), |i, _| f64::from(i == e)),
                )
            })
            .max_by(|x, y| x.norm().total_cmp(&y.norm()))
            .expect("U has at least one row");
        let len = best.norm();
        m.set_column(k, &(best / len));
        done.push(k);
    }
}

/// NumPy's `matrix_rank` tolerance: S.max() · max(m, n) · eps.
pub fn rank_tolerance(s: &Vector, m: usize, n: usize) -> f64 {
    s.max() * m.max(n) as f64 * f64::EPSILON
}

/// The rank: how many singular values exceed NumPy's default tolerance.
pub fn try_rank(a: &Matrix) -> Result<usize, MathError> {
    Ok(rank_of(&try_singular_values(a)?, a.nrows(), a.ncols()))
}

/// The rank of an m×n matrix from its singular values `s`, as [`try_rank`] counts it.
pub fn rank_of(s: &Vector, m: usize, n: usize) -> usize {
    let tol = rank_tolerance(s, m, n);
    s.iter().filter(|&&x| x > tol).count()
}

/// The 2-norm condition number σ_max / σ_min (NumPy's `cond`); infinite when σ_min is 0.
pub fn try_cond(a: &Matrix) -> Result<f64, MathError> {
    Ok(cond_of(&try_singular_values(a)?))
}

/// The condition number from the singular values, as [`try_cond`] computes it.
pub fn cond_of(s: &Vector) -> f64 {
    let (max, min) = (s.max(), s.min());
    if min == 0.0 {
        f64::INFINITY
    } else {
        max / min
    }
}

/// The pseudo-inverse A⁺ (n×m), dropping singular values below `PINV_RCOND`·σ_max as NumPy does.
pub fn try_pinv(a: &Matrix) -> Result<Matrix, MathError> {
    pinv_with(a, PINV_RCOND)
}

/// The pseudo-inverse with cutoff `rcond`·σ_max.
pub(crate) fn pinv_with(a: &Matrix, rcond: f64) -> Result<Matrix, MathError> {
    let svd = try_svd(a)?;
    let cutoff = rcond * svd.s.max();
    Ok(pinv_from(svd.u, &svd.s, svd.v_t, cutoff).0)
}

/// A⁺ = V·diag(1/s)·Uᵀ over the singular values above `cutoff`, and how many those are.
fn pinv_from(u: Matrix, s: &Vector, mut v_t: Matrix, cutoff: f64) -> (Matrix, usize) {
    let mut kept = 0;
    for (i, &s) in s.iter().enumerate() {
        let inv = if s > cutoff {
            kept += 1;
            1.0 / s
        } else {
            0.0
        };
        v_t.row_mut(i).scale_mut(inv);
    }
    (v_t.transpose() * u.transpose(), kept)
}

/// How many singular values of a matrix of any size exceed `tolerance` (0 should the
/// iteration not settle).
pub(crate) fn rank_above(a: &Matrix, tolerance: f64) -> usize {
    jacobi_svd(a).map_or(0, |(_, s, _)| s.iter().filter(|&&x| x > tolerance).count())
}

/// The pseudo-inverse and the rank of a matrix of any size (a data set's design matrix may
/// have thousands of rows), with NumPy's `matrix_rank` cutoff for both. Should the iteration
/// not settle, the answer is the zero matrix of rank 0.
pub(crate) fn pinv_and_rank(a: &Matrix) -> (Matrix, usize) {
    let Some((u, s, v_t)) = jacobi_svd(a) else {
        return (Matrix::zeros(a.ncols(), a.nrows()), 0);
    };
    let cutoff = rank_tolerance(&s, a.nrows(), a.ncols());
    pinv_from(u, &s, v_t, cutoff)
}

/// The best rank-k approximation (Eckart–Young): the SVD with all but the k largest
/// singular values set to zero. Also returns the 2-norm error, σ_(k+1) (0 when k ≥ rank).
pub fn try_low_rank(a: &Matrix, k: usize) -> Result<(Matrix, f64), MathError> {
    let svd = try_svd(a)?;
    if k == 0 {
        return Err(MathError::BadParameter {
            reason: "The rank to keep must be at least 1.".to_string(),
        });
    }
    let k = k.min(svd.s.len());
    let kept = Svd {
        u: svd.u.columns(0, k).into_owned(),
        s: svd.s.rows(0, k).into_owned(),
        v_t: svd.v_t.rows(0, k).into_owned(),
    };
    let err = svd.s.get(k).copied().unwrap_or(0.0);
    Ok((kept.recompose(), err))
}

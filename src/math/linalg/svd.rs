//! Singular value decomposition and what it measures: rank, pseudo-inverse, condition
//! number, low-rank approximation.

use nalgebra::SVD;

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

    /// diag(s) as a k×k matrix (Σ).
    pub fn sigma(&self) -> Matrix {
        Matrix::from_diagonal(&self.s)
    }
}

/// The SVD of A. Fails only if the iteration does not converge.
pub fn try_svd(a: &Matrix) -> Result<Svd, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let (m, n) = a.shape();
    // A generous iteration cap: a stuck SVD must become an error, never a frozen tab.
    let svd =
        SVD::try_new(a.clone(), true, true, f64::EPSILON, 1000 * (m + n)).ok_or_else(|| {
            MathError::NoConvergence {
                what: "The singular value decomposition".to_string(),
            }
        })?;
    let (mut u, s, mut v_t) = (
        svd.u.unwrap_or_default(),
        svd.singular_values,
        svd.v_t.unwrap_or_default(),
    );
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
    try_validate("A", a, GENERAL_LIMIT)?;
    let (m, n) = a.shape();
    SVD::try_new(a.clone(), false, false, f64::EPSILON, 1000 * (m + n))
        .map(|s| s.singular_values)
        .ok_or_else(|| MathError::NoConvergence {
            what: "The singular value decomposition".to_string(),
        })
}

/// NumPy's `matrix_rank` tolerance: S.max() · max(m, n) · eps.
pub fn rank_tolerance(s: &Vector, m: usize, n: usize) -> f64 {
    s.max() * m.max(n) as f64 * f64::EPSILON
}

/// The rank: how many singular values exceed NumPy's default tolerance.
pub fn try_rank(a: &Matrix) -> Result<usize, MathError> {
    let s = try_singular_values(a)?;
    let tol = rank_tolerance(&s, a.nrows(), a.ncols());
    Ok(s.iter().filter(|&&x| x > tol).count())
}

/// The 2-norm condition number σ_max / σ_min (NumPy's `cond`); infinite when σ_min is 0.
pub fn try_cond(a: &Matrix) -> Result<f64, MathError> {
    let s = try_singular_values(a)?;
    let (max, min) = (s.max(), s.min());
    Ok(if min == 0.0 { f64::INFINITY } else { max / min })
}

/// The pseudo-inverse A⁺ (n×m), dropping singular values below `PINV_RCOND`·σ_max as NumPy does.
pub fn try_pinv(a: &Matrix) -> Result<Matrix, MathError> {
    pinv_with(a, PINV_RCOND)
}

/// The pseudo-inverse with cutoff `rcond`·σ_max.
pub(crate) fn pinv_with(a: &Matrix, rcond: f64) -> Result<Matrix, MathError> {
    let svd = try_svd(a)?;
    let cutoff = rcond * svd.s.max();
    // A⁺ = V·diag(1/s)·Uᵀ over the kept singular values; v_t rows scaled by 1/s.
    let mut v_t = svd.v_t.clone();
    for (i, &s) in svd.s.iter().enumerate() {
        let inv = if s > cutoff { 1.0 / s } else { 0.0 };
        v_t.row_mut(i).scale_mut(inv);
    }
    Ok(v_t.transpose() * svd.u.transpose())
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

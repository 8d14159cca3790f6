//! LU with partial pivoting (P·A = L·U), the determinant, and the inverse.

use nalgebra::LU;

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_square, try_validate, Matrix};

use super::svd::{rank_tolerance, try_singular_values};

/// The factors of P·A = L·U: P a permutation, L unit lower triangular, U upper triangular.
#[derive(Clone, Debug, PartialEq)]
pub struct LuFactors {
    /// The row permutation, as a matrix of 0s and 1s (m×m).
    pub p: Matrix,
    /// Unit lower triangular (m×k, k = min(m, n)).
    pub l: Matrix,
    /// Upper triangular (k×n).
    pub u: Matrix,
}

/// LU with partial pivoting of any matrix, as NumPy/SciPy's `P, L, U` but with P on the left
/// (SciPy's `scipy.linalg.lu` returns the transpose: A = P·L·U).
pub fn try_lu(a: &Matrix) -> Result<LuFactors, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let lu = LU::new(a.clone());
    let mut p = Matrix::identity(a.nrows(), a.nrows());
    lu.p().permute_rows(&mut p);
    Ok(LuFactors {
        p,
        l: lu.l(),
        u: lu.u(),
    })
}

/// The determinant, from the LU factors (product of the pivots, sign flipped per swap).
pub fn try_det(a: &Matrix) -> Result<f64, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    try_square("A", a, "The determinant")?;
    Ok(LU::new(a.clone()).determinant())
}

/// The inverse. A matrix whose rank (NumPy's tolerance) is below its size is refused as
/// singular, with its rank and condition number, rather than inverted into huge noise.
pub fn try_inv(a: &Matrix) -> Result<Matrix, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let n = try_square("A", a, "The inverse")?;
    // One SVD gives both the rank and the condition number.
    let s = try_singular_values(a)?;
    let tol = rank_tolerance(&s, n, n);
    let rank = s.iter().filter(|&&x| x > tol).count();
    let cond = if s.min() == 0.0 {
        f64::INFINITY
    } else {
        s.max() / s.min()
    };
    let singular = MathError::Singular {
        name: "A".to_string(),
        rank,
        n,
        cond,
    };
    if rank < n {
        return Err(singular);
    }
    LU::new(a.clone()).try_inverse().ok_or(singular)
}

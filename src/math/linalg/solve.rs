//! Solving A·x = b: LU with partial pivoting when A is square and invertible, otherwise the
//! least-squares answer through the pseudo-inverse, with which one was used.

use nalgebra::LU;

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_validate, Matrix, Vector};

use super::svd::{pinv_with, rank_tolerance, try_singular_values};

/// How a system was solved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolveMethod {
    /// A is square and invertible: the exact solution by LU with partial pivoting.
    Lu,
    /// A is not square or is singular: x = A⁺·b, the least-squares solution of smallest length.
    LeastSquares,
}

/// The answer of A·x = b with what measures its quality.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    /// The solution x (n entries for an m×n A).
    pub x: Vector,
    /// How it was found.
    pub method: SolveMethod,
    /// ‖A·x − b‖: zero (to rounding) for an exact solution; the smallest possible otherwise.
    pub residual: f64,
    /// ‖Aᵀ·(A·x − b)‖: zero (to rounding) exactly when x is a least-squares solution.
    pub normal_residual: f64,
    /// The rank of A (NumPy's tolerance).
    pub rank: usize,
    /// The 2-norm condition number of A (infinite when singular).
    pub cond: f64,
}

/// Solves A·x = b (`np.linalg.solve` when A is square and invertible, `np.linalg.lstsq` otherwise).
pub fn try_solve(a: &Matrix, b: &Vector) -> Result<Solution, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let bm = Matrix::from_column_slice(b.len(), 1, b.as_slice());
    try_validate("b", &bm, GENERAL_LIMIT)?;
    let (m, n) = a.shape();
    if b.len() != m {
        return Err(MathError::ShapeMismatch {
            left: "A".to_string(),
            left_shape: (m, n),
            right: "b".to_string(),
            right_shape: (b.len(), 1),
            rule: format!("b needs one entry for each row of A ({m})."),
        });
    }
    let s = try_singular_values(a)?;
    let tol = rank_tolerance(&s, m, n);
    let rank = s.iter().filter(|&&x| x > tol).count();
    let cond = if s.min() == 0.0 {
        f64::INFINITY
    } else {
        s.max() / s.min()
    };
    let lu_x = if m == n && rank == n {
        LU::new(a.clone()).solve(b)
    } else {
        None
    };
    let (x, method) = match lu_x {
        Some(x) => (x, SolveMethod::Lu),
        // NumPy's lstsq cutoff (eps·max(m, n)·σ_max), the same rule as the rank.
        None => (
            pinv_with(a, m.max(n) as f64 * f64::EPSILON)? * b,
            SolveMethod::LeastSquares,
        ),
    };
    let r = a * &x - b;
    Ok(Solution {
        normal_residual: (a.transpose() * &r).norm(),
        residual: r.norm(),
        x,
        method,
        rank,
        cond,
    })
}

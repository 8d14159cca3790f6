//! The spaces of a matrix and the factorings a course builds from them, in floating point:
//! the reduced row echelon form, null and column space bases, QR by Gram–Schmidt,
//! projection onto the column space, and powers. `math::exact` does the same in fractions.

use super::elim::{eliminate, final_matrix};
use super::svd::{rank_tolerance, try_svd};
use crate::math::error::MathError;
use crate::math::explain::Elimination;
use crate::math::matrix::{Matrix, Vector};

/// Gauss–Jordan elimination of A to its reduced row echelon form, every row operation kept.
pub fn rref(a: &Matrix) -> Elimination {
    eliminate(a, a.ncols(), true)
}

/// The pivot columns (0-based) of A's reduced row echelon form.
pub fn pivot_columns(a: &Matrix) -> Vec<usize> {
    rref(a).pivots.into_iter().map(|(_, col)| col).collect()
}

/// The rank and an orthonormal basis of the null space, as the columns of an n×(n − rank)
/// matrix: the right singular vectors of the singular values at or under NumPy's rank
/// tolerance (what `scipy.linalg.null_space` gives, up to signs and rotation).
pub fn try_null_space(a: &Matrix) -> Result<(usize, Matrix), MathError> {
    let (m, n) = a.shape();
    // Zero rows change no null space, and make the thin SVD give all n right vectors.
    let square = if m < n {
        Matrix::from_fn(n, n, |i, j| if i < m { a[(i, j)] } else { 0.0 })
    } else {
        a.clone()
    };
    let svd = try_svd(&square)?;
    let tol = rank_tolerance(&svd.s, m, n);
    let rank = svd.s.iter().filter(|&&s| s > tol).count();
    let basis = svd.v_t.rows(rank, n - rank).transpose();
    Ok((rank, basis))
}

/// QR by modified Gram–Schmidt: Q with orthonormal columns (m×n), R upper triangular (n×n)
/// with a positive diagonal, and A = Q·R.
#[derive(Clone, Debug, PartialEq)]
pub struct GramSchmidt {
    /// Orthonormal columns.
    pub q: Matrix,
    /// Upper triangular, positive diagonal.
    pub r: Matrix,
}

/// Gram–Schmidt on A's columns. Fails, naming the column, when a column lies in the span
/// of the earlier ones (what is left of it after the projections is rounding noise).
pub fn try_gram_schmidt(a: &Matrix) -> Result<GramSchmidt, MathError> {
    let (m, n) = a.shape();
    if n > m {
        return Err(MathError::BadParameter {
            reason: format!(
                "Gram–Schmidt needs at most as many columns as rows: {n} columns in {m}-dimensional space cannot all be independent."
            ),
        });
    }
    let scale = a.norm();
    let tol = m.max(n) as f64 * f64::EPSILON * scale * 16.0;
    let mut q = Matrix::zeros(m, n);
    let mut r = Matrix::zeros(n, n);
    for j in 0..n {
        let mut v: Vector = a.column(j).into_owned();
        for i in 0..j {
            let qi = q.column(i);
            let rij = qi.dot(&v);
            r[(i, j)] = rij;
            v -= qi * rij;
        }
        let len = v.norm();
        if len <= tol {
            return Err(MathError::BadParameter {
                reason: format!(
                    "Column {} of A lies in the span of the columns before it, so Gram–Schmidt has nothing left to normalise: A's columns are dependent.",
                    j + 1
                ),
            });
        }
        r[(j, j)] = len;
        q.set_column(j, &(v / len));
    }
    Ok(GramSchmidt { q, r })
}

/// The least-squares coefficients x̂ and the projection p = A·x̂ of b onto A's column space.
pub fn try_projection(a: &Matrix, b: &Vector) -> Result<(Vector, Vector), MathError> {
    let solution = super::try_solve(a, b)?;
    let p = a * &solution.x;
    Ok((solution.x, p))
}

/// A to the power n ≥ 0 by repeated squaring, with the squarings it took (A², A⁴, …).
pub fn power(a: &Matrix, n: usize) -> (Matrix, Vec<usize>) {
    let size = a.nrows();
    let mut result = Matrix::identity(size, size);
    let mut square = a.clone();
    let mut squarings = Vec::new();
    let mut left = n;
    let mut exponent = 1;
    while left > 0 {
        if left & 1 == 1 {
            result = &result * &square;
        }
        left >>= 1;
        if left > 0 {
            square = &square * &square;
            exponent *= 2;
            squarings.push(exponent);
        }
    }
    (result, squarings)
}

/// The reduced row echelon form itself.
pub fn rref_matrix(a: &Matrix) -> Matrix {
    final_matrix(&rref(a)).clone()
}

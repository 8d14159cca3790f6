//! The fundamental subspaces and `A·x = b`, read off the RREF.

use super::qmatrix::QMatrix;
use super::rref::reduce;
use super::{ExactError, Q};

/// The null space's standard basis: one vector per free column `f` of the RREF, with
/// `x_f = 1`, the other free variables 0, and each pivot variable what the RREF then
/// forces. Empty when the columns are independent. It is SymPy's `nullspace()` basis.
/// [`ExactError::TooBig`] when a number on the way outgrew 128 bits.
pub fn null_space(a: &QMatrix) -> Result<Vec<Vec<Q>>, ExactError> {
    let (r, pivots) = reduce(a)?;
    Ok(basis_of_free_columns(&r, &pivots, a.ncols()))
}

/// The standard null-space basis of the first `cols` columns of an RREF `r`.
fn basis_of_free_columns(r: &QMatrix, pivots: &[usize], cols: usize) -> Vec<Vec<Q>> {
    let mut basis = Vec::new();
    for f in 0..cols {
        if pivots.contains(&f) {
            continue;
        }
        let mut v = vec![Q::zero(); cols];
        v[f] = Q::one();
        for (row, &p) in pivots.iter().enumerate() {
            v[p] = -r.at(row, f);
        }
        basis.push(v);
    }
    basis
}

/// The column space: the pivot columns of the RREF, and those columns of `a` itself (a
/// basis of its column space); [`ExactError::TooBig`] as for [`null_space`].
pub fn column_space(a: &QMatrix) -> Result<(Vec<usize>, Vec<Vec<Q>>), ExactError> {
    let (_, pivots) = reduce(a)?;
    let mut columns = Vec::with_capacity(pivots.len());
    for &j in &pivots {
        columns.extend(a.column(j));
    }
    Ok((pivots, columns))
}

/// What `A·x = b` has: one solution, a family of them, or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExactSolution {
    /// Exactly one `x`.
    Unique(Vec<Q>),
    /// Every `particular + Σ tₖ·null[k]`.
    Infinite {
        /// The solution with every free variable 0.
        particular: Vec<Q>,
        /// The null space's standard basis ([`null_space`]).
        null: Vec<Vec<Q>>,
    },
    /// No `x`: row `row` of the RREF of `[A | b]` reads `0 = 1` (before scaling, `0 = c`
    /// with `c ≠ 0`).
    Inconsistent {
        /// The 0-based row of the RREF of `[A | b]` that reads `0 = 1`.
        row: usize,
    },
}

/// Solves `A·x = b` exactly by Gauss–Jordan on `[A | b]`, for any shape of `A`; an error
/// when `b` does not have one entry per row of `A`, or when a number outgrew 128 bits.
pub fn solve(a: &QMatrix, b: &[Q]) -> Result<ExactSolution, ExactError> {
    let (rows, cols) = a.shape();
    if b.len() != rows {
        return Err(ExactError::ShapeMismatch {
            expected: rows,
            found: b.len(),
        });
    }
    let aug = QMatrix::from_fn(
        rows,
        cols + 1,
        |i, j| {
            if j < cols {
                *a.at(i, j)
            } else {
                b[i]
            }
        },
    );
    let (r, pivots) = reduce(&aug)?;
    if let Some(row) = pivots.iter().position(|&p| p == cols) {
        return Ok(ExactSolution::Inconsistent { row });
    }
    let mut x = vec![Q::zero(); cols];
    for (row, &p) in pivots.iter().enumerate() {
        x[p] = *r.at(row, cols);
    }
    if pivots.len() == cols {
        return Ok(ExactSolution::Unique(x));
    }
    Ok(ExactSolution::Infinite {
        particular: x,
        null: basis_of_free_columns(&r, &pivots, cols),
    })
}

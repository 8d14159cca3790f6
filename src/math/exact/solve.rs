//! The fundamental subspaces and `A·x = b`, read off the RREF.

use num_rational::BigRational;
use num_traits::{One, Zero};

use super::qmatrix::QMatrix;
use super::rref::reduce;
use super::ExactError;

/// The null space's standard basis: one vector per free column `f` of the RREF, with
/// `x_f = 1`, the other free variables 0, and each pivot variable what the RREF then
/// forces. Empty when the columns are independent. It is SymPy's `nullspace()` basis.
pub fn null_space(a: &QMatrix) -> Vec<Vec<BigRational>> {
    let (r, pivots) = reduce(a);
    basis_of_free_columns(&r, &pivots, a.ncols())
}

/// The standard null-space basis of the first `cols` columns of an RREF `r`.
fn basis_of_free_columns(r: &QMatrix, pivots: &[usize], cols: usize) -> Vec<Vec<BigRational>> {
    (0..cols)
        .filter(|f| !pivots.contains(f))
        .map(|f| {
            let mut v = vec![BigRational::zero(); cols];
            v[f] = BigRational::one();
            for (row, &p) in pivots.iter().enumerate() {
                v[p] = -r.at(row, f);
            }
            v
        })
        .collect()
}

/// The column space: the pivot columns of the RREF, and those columns of `a` itself (a
/// basis of its column space).
pub fn column_space(a: &QMatrix) -> (Vec<usize>, Vec<Vec<BigRational>>) {
    let (_, pivots) = reduce(a);
    let columns = pivots.iter().filter_map(|&j| a.column(j)).collect();
    (pivots, columns)
}

/// What `A·x = b` has: one solution, a family of them, or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExactSolution {
    /// Exactly one `x`.
    Unique(Vec<BigRational>),
    /// Every `particular + Σ tₖ·null[k]`.
    Infinite {
        /// The solution with every free variable 0.
        particular: Vec<BigRational>,
        /// The null space's standard basis ([`null_space`]).
        null: Vec<Vec<BigRational>>,
    },
    /// No `x`: row `row` of the RREF of `[A | b]` reads `0 = 1` (before scaling, `0 = c`
    /// with `c ≠ 0`).
    Inconsistent {
        /// The 0-based row of the RREF of `[A | b]` that reads `0 = 1`.
        row: usize,
    },
}

/// Solves `A·x = b` exactly by Gauss–Jordan on `[A | b]`, for any shape of `A`; an error
/// when `b` does not have one entry per row of `A`.
pub fn solve(a: &QMatrix, b: &[BigRational]) -> Result<ExactSolution, ExactError> {
    let (rows, cols) = a.shape();
    if b.len() != rows {
        return Err(ExactError::ShapeMismatch {
            expected: rows,
            found: b.len(),
        });
    }
    let aug = QMatrix::from_fn(rows, cols + 1, |i, j| {
        if j < cols {
            a.at(i, j).clone()
        } else {
            b[i].clone()
        }
    });
    let (r, pivots) = reduce(&aug);
    if let Some(row) = pivots.iter().position(|&p| p == cols) {
        return Ok(ExactSolution::Inconsistent { row });
    }
    let mut x = vec![BigRational::zero(); cols];
    for (row, &p) in pivots.iter().enumerate() {
        x[p] = r.at(row, cols).clone();
    }
    if pivots.len() == cols {
        return Ok(ExactSolution::Unique(x));
    }
    Ok(ExactSolution::Infinite {
        particular: x,
        null: basis_of_free_columns(&r, &pivots, cols),
    })
}

//! Gauss–Jordan elimination over the rationals: the RREF with every row operation, and what
//! follows from it directly (rank, inverse).

use std::fmt;

use super::number::fmt_q;
use super::qmatrix::QMatrix;
use super::{ExactError, Q};

/// One elementary row operation. Rows are 0-based; [`fmt::Display`] writes them 1-based, as
/// the page does (`R1 ↔ R2`, `R1 ← 1/2·R1`, `R3 ← R3 − 2·R1`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowOp {
    /// Exchange rows `a` and `b`.
    Swap {
        /// One row.
        a: usize,
        /// The other row.
        b: usize,
    },
    /// Multiply `row` by a nonzero `factor`.
    Scale {
        /// The row multiplied.
        row: usize,
        /// The factor, never zero.
        factor: Q,
    },
    /// Add `factor` times row `source` to row `target`.
    AddMultiple {
        /// The row that changes.
        target: usize,
        /// The row added, unchanged.
        source: usize,
        /// The multiple of `source` added.
        factor: Q,
    },
}

impl RowOp {
    /// Applies the operation to `m` in place. Rows outside `m` leave it unchanged.
    pub fn apply(&self, m: &mut QMatrix) {
        let rows = m.nrows();
        match self {
            Self::Swap { a, b } if *a < rows && *b < rows => m.swap_rows(*a, *b),
            Self::Scale { row, factor } if *row < rows => {
                for j in 0..m.ncols() {
                    *m.at_mut(*row, j) *= factor;
                }
            }
            Self::AddMultiple {
                target,
                source,
                factor,
            } if *target < rows && *source < rows => {
                for j in 0..m.ncols() {
                    let add = m.at(*source, j) * factor;
                    *m.at_mut(*target, j) += add;
                }
            }
            _ => {}
        }
    }
}

impl fmt::Display for RowOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Swap { a, b } => write!(f, "R{} ↔ R{}", a + 1, b + 1),
            Self::Scale { row, factor } => {
                write!(f, "R{} ← {}·R{}", row + 1, fmt_q(factor), row + 1)
            }
            Self::AddMultiple {
                target,
                source,
                factor,
            } => {
                let sign = if factor.is_negative() { '−' } else { '+' };
                let size = factor.abs();
                let times = if size.is_one() {
                    String::new()
                } else {
                    format!("{}·", fmt_q(&size))
                };
                write!(
                    f,
                    "R{t} ← R{t} {sign} {times}R{}",
                    source + 1,
                    t = target + 1
                )
            }
        }
    }
}

/// One step of the elimination: the operation and the matrix just after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowStep {
    /// The row operation.
    pub op: RowOp,
    /// The whole matrix once `op` is applied.
    pub matrix: QMatrix,
}

/// The reduced row echelon form, how it was reached, and where its pivots are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rref {
    /// The RREF: each pivot is 1 with zeros above and below it.
    pub matrix: QMatrix,
    /// The pivot columns, in order; pivot `k` sits in row `k`.
    pub pivots: Vec<usize>,
    /// Every row operation from the input to `matrix`, in order.
    pub steps: Vec<RowStep>,
}

/// Gauss–Jordan elimination of `m` in place; returns the pivot columns. With `steps`, each
/// row operation is recorded with a copy of the matrix after it.
///
/// Column by column: the first row at or below the current one with a nonzero entry becomes
/// the pivot row (exact arithmetic needs no pivoting by size), is swapped up, scaled so the
/// pivot is 1, and its multiples clear the column above and below.
pub(super) fn eliminate(m: &mut QMatrix, mut steps: Option<&mut Vec<RowStep>>) -> Vec<usize> {
    let (rows, cols) = m.shape();
    let mut pivots = Vec::new();
    let mut record = |op: RowOp, m: &mut QMatrix| {
        op.apply(m);
        if let Some(steps) = steps.as_deref_mut() {
            steps.push(RowStep {
                op,
                matrix: m.clone(),
            });
        }
    };
    for c in 0..cols {
        let r = pivots.len();
        if r == rows {
            break;
        }
        let Some(p) = (r..rows).find(|&i| !m.at(i, c).is_zero()) else {
            continue;
        };
        if p != r {
            record(RowOp::Swap { a: r, b: p }, m);
        }
        if !m.at(r, c).is_one() {
            let factor = m.at(r, c).recip();
            record(RowOp::Scale { row: r, factor }, m);
        }
        for i in (0..rows).filter(|&i| i != r) {
            if !m.at(i, c).is_zero() {
                let factor = -m.at(i, c);
                record(
                    RowOp::AddMultiple {
                        target: i,
                        source: r,
                        factor,
                    },
                    m,
                );
            }
        }
        pivots.push(c);
    }
    pivots
}

/// The RREF of `a` by Gauss–Jordan elimination, with every row operation and the matrix
/// after it. The steps hold one copy of the matrix each (up to about rows · cols of them), so
/// keep to [`super::EXACT_LIMIT`]; [`rank`], [`inverse`] and the solvers record none.
///
/// [`ExactError::TooBig`] when a number on the way outgrew 128 bits. Too big never leaves
/// the matrix once there (every row operation keeps it), so a clean result means every step
/// was clean too.
pub fn rref(a: &QMatrix) -> Result<Rref, ExactError> {
    let mut matrix = a.clone();
    let mut steps = Vec::new();
    let pivots = eliminate(&mut matrix, Some(&mut steps));
    Ok(Rref {
        matrix: matrix.checked()?,
        pivots,
        steps,
    })
}

/// The RREF and its pivot columns, without the steps; as [`rref`], too big is an error.
pub(super) fn reduce(a: &QMatrix) -> Result<(QMatrix, Vec<usize>), ExactError> {
    let mut m = a.clone();
    let pivots = eliminate(&mut m, None);
    Ok((m.checked()?, pivots))
}

/// The rank: the number of pivots of the RREF.
pub fn rank(a: &QMatrix) -> Result<usize, ExactError> {
    Ok(reduce(a)?.1.len())
}

/// The exact inverse, by Gauss–Jordan on `[A | I]`; `Ok(None)` when `a` is singular or not
/// square, [`ExactError::TooBig`] when a number on the way outgrew 128 bits.
pub fn inverse(a: &QMatrix) -> Result<Option<QMatrix>, ExactError> {
    if !a.is_square() {
        return Ok(None);
    }
    let n = a.nrows();
    let mut aug = QMatrix::from_fn(n, 2 * n, |i, j| {
        if j < n {
            *a.at(i, j)
        } else if j - n == i {
            Q::one()
        } else {
            Q::zero()
        }
    });
    let pivots = eliminate(&mut aug, None);
    let aug = aug.checked()?;
    // [A | I] always has n pivots; A is invertible exactly when none falls in the I half.
    if pivots.iter().any(|&p| p >= n) {
        return Ok(None);
    }
    Ok(Some(QMatrix::from_fn(n, n, |i, j| *aug.at(i, n + j))))
}

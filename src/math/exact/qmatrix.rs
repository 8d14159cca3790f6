//! The exact matrix: rows × columns of rationals, row-major.

use super::number::{fmt_q, parse_q};
use super::{ExactError, Q};
use crate::math::matrix::Matrix;

/// A matrix of [`Q`]s, stored row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QMatrix {
    rows: usize,
    cols: usize,
    data: Vec<Q>,
}

impl QMatrix {
    /// A `rows × cols` matrix from its entries row by row; `None` unless there are exactly
    /// `rows · cols` of them.
    pub fn new(rows: usize, cols: usize, data: Vec<Q>) -> Option<Self> {
        (rows.checked_mul(cols)? == data.len()).then_some(Self { rows, cols, data })
    }

    /// The `rows × cols` matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Self::from_fn(rows, cols, |_, _| Q::zero())
    }

    /// The `n × n` identity matrix.
    pub fn identity(n: usize) -> Self {
        Self::from_fn(n, n, |i, j| if i == j { Q::one() } else { Q::zero() })
    }

    /// The `rows × cols` matrix whose entry (i, j) is `f(i, j)`.
    pub fn from_fn(rows: usize, cols: usize, mut f: impl FnMut(usize, usize) -> Q) -> Self {
        let mut data = Vec::with_capacity(rows * cols);
        for i in 0..rows {
            for j in 0..cols {
                data.push(f(i, j));
            }
        }
        Self { rows, cols, data }
    }

    /// A matrix from its rows; `None` when there are none, the first is empty, or they
    /// differ in length.
    pub fn from_rows(rows: &[Vec<Q>]) -> Option<Self> {
        let cols = rows.first()?.len();
        if cols == 0 || rows.iter().any(|r| r.len() != cols) {
            return None;
        }
        Self::new(rows.len(), cols, rows.concat())
    }

    /// A matrix of integers, from rows written as a grid (handy in tests and examples);
    /// `None` as for [`QMatrix::from_rows`].
    pub fn from_ints(rows: &[&[i64]]) -> Option<Self> {
        let rows: Vec<Vec<Q>> = rows
            .iter()
            .map(|r| r.iter().map(|&x| Q::from_integer(x.into())).collect())
            .collect();
        Self::from_rows(&rows)
    }

    /// The exact matrix of a grid of cell texts, or `None` when it is not exact: some cell is
    /// not an integer, a fraction of integers or a short decimal (see [`parse_q`]), the grid
    /// is empty, or its rows differ in length.
    pub fn from_cells<S: AsRef<str>>(cells: &[Vec<S>]) -> Option<Self> {
        let mut rows = Vec::with_capacity(cells.len());
        for r in cells {
            let mut row = Vec::with_capacity(r.len());
            for s in r {
                row.push(parse_q(s.as_ref())?);
            }
            rows.push(row);
        }
        Self::from_rows(&rows)
    }

    /// Number of rows.
    pub fn nrows(&self) -> usize {
        self.rows
    }

    /// Number of columns.
    pub fn ncols(&self) -> usize {
        self.cols
    }

    /// (rows, columns).
    pub fn shape(&self) -> (usize, usize) {
        (self.rows, self.cols)
    }

    /// Whether it has as many rows as columns.
    pub fn is_square(&self) -> bool {
        self.rows == self.cols
    }

    /// The entry at row `i`, column `j`; `None` outside the matrix.
    pub fn get(&self, i: usize, j: usize) -> Option<&Q> {
        (i < self.rows && j < self.cols).then(|| &self.data[i * self.cols + j])
    }

    /// Row `i` as a slice; `None` outside the matrix.
    pub fn row(&self, i: usize) -> Option<&[Q]> {
        (i < self.rows).then(|| &self.data[i * self.cols..(i + 1) * self.cols])
    }

    /// Column `j`, copied; `None` outside the matrix.
    pub fn column(&self, j: usize) -> Option<Vec<Q>> {
        (j < self.cols).then(|| {
            (0..self.rows)
                .map(|i| self.data[i * self.cols + j])
                .collect()
        })
    }

    /// The entries row by row.
    pub fn as_slice(&self) -> &[Q] {
        &self.data
    }

    /// The entry at (i, j), mutable. Panics outside the matrix; for this module's loops.
    pub(super) fn at_mut(&mut self, i: usize, j: usize) -> &mut Q {
        &mut self.data[i * self.cols + j]
    }

    /// The entry at (i, j). Panics outside the matrix; for this module's loops.
    pub(super) fn at(&self, i: usize, j: usize) -> &Q {
        &self.data[i * self.cols + j]
    }

    /// Exchanges rows `a` and `b`. Panics outside the matrix; for this module's loops.
    pub(super) fn swap_rows(&mut self, a: usize, b: usize) {
        for j in 0..self.cols {
            self.data.swap(a * self.cols + j, b * self.cols + j);
        }
    }

    /// Whether some entry outgrew 128 bits ([`Q::TOO_BIG`]).
    pub fn is_too_big(&self) -> bool {
        self.data.iter().any(Q::is_too_big)
    }

    /// Itself, or [`ExactError::TooBig`] when some entry outgrew 128 bits.
    pub(super) fn checked(self) -> Result<Self, ExactError> {
        if self.is_too_big() {
            Err(ExactError::TooBig)
        } else {
            Ok(self)
        }
    }

    /// The transpose.
    pub fn transpose(&self) -> Self {
        Self::from_fn(self.cols, self.rows, |i, j| *self.at(j, i))
    }

    /// The product `self · other`, or why not: the sizes do not fit, or an entry outgrew
    /// 128 bits.
    pub fn matmul(&self, other: &Self) -> Result<Self, ExactError> {
        if self.cols != other.rows {
            return Err(ExactError::ShapeMismatch {
                expected: self.cols,
                found: other.rows,
            });
        }
        Self::from_fn(self.rows, other.cols, |i, j| {
            (0..self.cols).fold(Q::zero(), |s, k| s + self.at(i, k) * other.at(k, j))
        })
        .checked()
    }

    /// The product `self · x` with a column vector, or why not (as for [`QMatrix::matmul`]).
    pub fn mul_vec(&self, x: &[Q]) -> Result<Vec<Q>, ExactError> {
        if self.cols != x.len() {
            return Err(ExactError::ShapeMismatch {
                expected: self.cols,
                found: x.len(),
            });
        }
        let y: Vec<Q> = (0..self.rows)
            .map(|i| {
                let row = &self.data[i * self.cols..(i + 1) * self.cols];
                row.iter().zip(x).fold(Q::zero(), |s, (a, b)| s + a * b)
            })
            .collect();
        if y.iter().any(Q::is_too_big) {
            return Err(ExactError::TooBig);
        }
        Ok(y)
    }

    /// The nearest floating-point matrix (see [`Q::to_f64`]; NaN where an entry is too big).
    pub fn to_f64(&self) -> Matrix {
        Matrix::from_fn(self.rows, self.cols, |i, j| self.at(i, j).to_f64())
    }

    /// The largest |exact − float| over the entries, to compare an exact answer with the
    /// floating-point engine's; `None` when the shapes differ.
    pub fn max_abs_diff(&self, float: &Matrix) -> Option<f64> {
        if float.shape() != self.shape() {
            return None;
        }
        Some((0..self.rows).fold(0.0, |worst: f64, i| {
            (0..self.cols).fold(worst, |w, j| {
                w.max((self.at(i, j).to_f64() - float[(i, j)]).abs())
            })
        }))
    }

    /// The entries as page text ([`fmt_q`]), row by row, for a table.
    pub fn to_cells(&self) -> Vec<Vec<String>> {
        (0..self.rows)
            .map(|i| (0..self.cols).map(|j| fmt_q(self.at(i, j))).collect())
            .collect()
    }
}

//! The exact matrix: rows × columns of rationals, row-major.

use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};

use super::number::{fmt_q, parse_q};
use super::ExactError;
use crate::math::matrix::Matrix;

/// A matrix of [`BigRational`]s, stored row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QMatrix {
    rows: usize,
    cols: usize,
    data: Vec<BigRational>,
}

impl QMatrix {
    /// A `rows × cols` matrix from its entries row by row; `None` unless there are exactly
    /// `rows · cols` of them.
    pub fn new(rows: usize, cols: usize, data: Vec<BigRational>) -> Option<Self> {
        (rows.checked_mul(cols)? == data.len()).then_some(Self { rows, cols, data })
    }

    /// The `rows × cols` matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Self::from_fn(rows, cols, |_, _| BigRational::zero())
    }

    /// The `n × n` identity matrix.
    pub fn identity(n: usize) -> Self {
        Self::from_fn(n, n, |i, j| {
            if i == j {
                BigRational::one()
            } else {
                BigRational::zero()
            }
        })
    }

    /// The `rows × cols` matrix whose entry (i, j) is `f(i, j)`.
    pub fn from_fn(
        rows: usize,
        cols: usize,
        mut f: impl FnMut(usize, usize) -> BigRational,
    ) -> Self {
        let data = (0..rows)
            .flat_map(|i| (0..cols).map(move |j| (i, j)))
            .map(|(i, j)| f(i, j))
            .collect();
        Self { rows, cols, data }
    }

    /// A matrix from its rows; `None` when there are none, the first is empty, or they
    /// differ in length.
    pub fn from_rows(rows: &[Vec<BigRational>]) -> Option<Self> {
        let cols = rows.first()?.len();
        if cols == 0 || rows.iter().any(|r| r.len() != cols) {
            return None;
        }
        Self::new(rows.len(), cols, rows.concat())
    }

    /// A matrix of integers, from rows written as a grid (handy in tests and examples);
    /// `None` as for [`QMatrix::from_rows`].
    pub fn from_ints(rows: &[&[i64]]) -> Option<Self> {
        let rows: Vec<Vec<BigRational>> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|&x| BigRational::from_integer(x.into()))
                    .collect()
            })
            .collect();
        Self::from_rows(&rows)
    }

    /// The exact matrix of a grid of cell texts, or `None` when it is not exact: some cell is
    /// not an integer, a fraction of integers or a short decimal (see [`parse_q`]), the grid
    /// is empty, or its rows differ in length.
    pub fn from_cells<S: AsRef<str>>(cells: &[Vec<S>]) -> Option<Self> {
        let rows = cells
            .iter()
            .map(|r| r.iter().map(|s| parse_q(s.as_ref())).collect())
            .collect::<Option<Vec<Vec<BigRational>>>>()?;
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
    pub fn get(&self, i: usize, j: usize) -> Option<&BigRational> {
        (i < self.rows && j < self.cols).then(|| &self.data[i * self.cols + j])
    }

    /// Row `i` as a slice; `None` outside the matrix.
    pub fn row(&self, i: usize) -> Option<&[BigRational]> {
        (i < self.rows).then(|| &self.data[i * self.cols..(i + 1) * self.cols])
    }

    /// Column `j`, copied; `None` outside the matrix.
    pub fn column(&self, j: usize) -> Option<Vec<BigRational>> {
        (j < self.cols).then(|| {
            self.data
                .iter()
                .skip(j)
                .step_by(self.cols)
                .cloned()
                .collect()
        })
    }

    /// The entries row by row.
    pub fn as_slice(&self) -> &[BigRational] {
        &self.data
    }

    /// The entry at (i, j), mutable. Panics outside the matrix; for this module's loops.
    pub(super) fn at_mut(&mut self, i: usize, j: usize) -> &mut BigRational {
        &mut self.data[i * self.cols + j]
    }

    /// The entry at (i, j). Panics outside the matrix; for this module's loops.
    pub(super) fn at(&self, i: usize, j: usize) -> &BigRational {
        &self.data[i * self.cols + j]
    }

    /// Exchanges rows `a` and `b`. Panics outside the matrix; for this module's loops.
    pub(super) fn swap_rows(&mut self, a: usize, b: usize) {
        for j in 0..self.cols {
            self.data.swap(a * self.cols + j, b * self.cols + j);
        }
    }

    /// The transpose.
    pub fn transpose(&self) -> Self {
        Self::from_fn(self.cols, self.rows, |i, j| self.at(j, i).clone())
    }

    /// The product `self · other`, or why the sizes do not fit.
    pub fn matmul(&self, other: &Self) -> Result<Self, ExactError> {
        if self.cols != other.rows {
            return Err(ExactError::ShapeMismatch {
                expected: self.cols,
                found: other.rows,
            });
        }
        Ok(Self::from_fn(self.rows, other.cols, |i, j| {
            (0..self.cols).fold(BigRational::zero(), |s, k| {
                s + self.at(i, k) * other.at(k, j)
            })
        }))
    }

    /// The product `self · x` with a column vector, or why the sizes do not fit.
    pub fn mul_vec(&self, x: &[BigRational]) -> Result<Vec<BigRational>, ExactError> {
        if self.cols != x.len() {
            return Err(ExactError::ShapeMismatch {
                expected: self.cols,
                found: x.len(),
            });
        }
        Ok((0..self.rows)
            .map(|i| {
                let row = &self.data[i * self.cols..(i + 1) * self.cols];
                row.iter()
                    .zip(x)
                    .fold(BigRational::zero(), |s, (a, b)| s + a * b)
            })
            .collect())
    }

    /// The nearest floating-point matrix (each entry rounded once; a huge one becomes ±∞).
    pub fn to_f64(&self) -> Matrix {
        Matrix::from_fn(self.rows, self.cols, |i, j| q_to_f64(self.at(i, j)))
    }

    /// The largest |exact − float| over the entries, to compare an exact answer with the
    /// floating-point engine's; `None` when the shapes differ.
    pub fn max_abs_diff(&self, float: &Matrix) -> Option<f64> {
        if float.shape() != self.shape() {
            return None;
        }
        Some((0..self.rows).fold(0.0, |worst: f64, i| {
            (0..self.cols).fold(worst, |w, j| {
                w.max((q_to_f64(self.at(i, j)) - float[(i, j)]).abs())
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

/// The nearest `f64` to a rational (±∞ beyond its range).
pub(super) fn q_to_f64(q: &BigRational) -> f64 {
    q.to_f64().unwrap_or(f64::NAN)
}

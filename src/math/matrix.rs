//! The matrix value, its validation, and access to its entries, rows and columns.
//!
//! The engine works on plain `nalgebra::DMatrix<f64>`; this module adds the checks that turn
//! a person's input into a value every operation can trust (finite, non-empty, within limits).

use nalgebra::{DMatrix, DVector};

use super::error::{MathError, Shape};

/// The matrix type of the engine.
pub type Matrix = DMatrix<f64>;

/// The column-vector type of the engine.
pub type Vector = DVector<f64>;

/// The shape of a matrix as (rows, columns).
pub fn shape(m: &Matrix) -> Shape {
    (m.nrows(), m.ncols())
}

/// Whether a matrix is a vector: one row or one column.
pub fn is_vector(m: &Matrix) -> bool {
    m.nrows() == 1 || m.ncols() == 1
}

/// Refuses an empty matrix, a NaN or infinite cell (naming it), and sizes over `limit`.
pub fn try_validate(name: &str, m: &Matrix, limit: usize) -> Result<(), MathError> {
    if m.is_empty() {
        return Err(MathError::Empty {
            name: name.to_string(),
        });
    }
    if m.nrows() > limit || m.ncols() > limit {
        return Err(MathError::TooLarge {
            name: name.to_string(),
            shape: shape(m),
            limit,
        });
    }
    // Row-major scan so the first bad cell named is the one a reader meets first.
    for row in 0..m.nrows() {
        for col in 0..m.ncols() {
            if !m[(row, col)].is_finite() {
                return Err(MathError::NotFinite {
                    name: name.to_string(),
                    row,
                    col,
                });
            }
        }
    }
    Ok(())
}

/// Refuses a matrix that is not square, naming the operation.
pub fn try_square(name: &str, m: &Matrix, what: &str) -> Result<usize, MathError> {
    if m.nrows() == m.ncols() {
        Ok(m.nrows())
    } else {
        Err(MathError::NotSquare {
            name: name.to_string(),
            shape: shape(m),
            what: what.to_string(),
        })
    }
}

/// The entries of a vector-shaped matrix (one row or one column) as a column vector.
pub fn try_as_vector(name: &str, m: &Matrix) -> Result<Vector, MathError> {
    if is_vector(m) {
        Ok(Vector::from_iterator(m.len(), m.iter().copied()))
    } else {
        Err(MathError::NotAVector {
            name: name.to_string(),
            shape: shape(m),
        })
    }
}

/// A column vector as an n×1 matrix.
pub fn column_matrix(v: &Vector) -> Matrix {
    Matrix::from_column_slice(v.len(), 1, v.as_slice())
}

/// Builds a matrix from rows given as slices; `None` when the rows differ in length or are empty.
pub fn try_from_rows(rows: &[Vec<f64>]) -> Option<Matrix> {
    let ncols = rows.first()?.len();
    if ncols == 0 || rows.iter().any(|r| r.len() != ncols) {
        return None;
    }
    Some(Matrix::from_fn(rows.len(), ncols, |i, j| rows[i][j]))
}

/// The entry at 1-based (row, col), as the page numbers cells.
pub fn try_entry(name: &str, m: &Matrix, row: usize, col: usize) -> Result<f64, MathError> {
    check_index(name, "row", row, m.nrows())?;
    check_index(name, "column", col, m.ncols())?;
    Ok(m[(row - 1, col - 1)])
}

/// The 1-based row `row` as a 1×n matrix (NumPy's `A[row-1, :]`).
pub fn try_row(name: &str, m: &Matrix, row: usize) -> Result<Matrix, MathError> {
    check_index(name, "row", row, m.nrows())?;
    Ok(m.rows(row - 1, 1).into_owned())
}

/// The 1-based column `col` as an m×1 matrix (NumPy's `A[:, col-1]`).
pub fn try_column(name: &str, m: &Matrix, col: usize) -> Result<Matrix, MathError> {
    check_index(name, "column", col, m.ncols())?;
    Ok(m.columns(col - 1, 1).into_owned())
}

fn check_index(
    name: &str,
    axis: &'static str,
    index: usize,
    count: usize,
) -> Result<(), MathError> {
    if index == 0 || index > count {
        Err(MathError::OutOfRange {
            name: name.to_string(),
            axis,
            index,
            count,
        })
    } else {
        Ok(())
    }
}

/// Which norm to take. A is always 2-D, so these are matrix norms as NumPy takes them for a
/// 2-D array, even for one row or one column (for a 1×n row, `L1` is its largest absolute
/// entry and `Max` the sum of them, the other way round from the vector norms).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NormKind {
    /// Largest sum of absolute values in a column, NumPy `ord=1`.
    L1,
    /// Largest singular value, NumPy `ord=2`.
    L2,
    /// Square root of the sum of squares of every entry, NumPy's default for matrices.
    #[default]
    Frobenius,
    /// Largest sum of absolute values in a row, NumPy `ord=inf`.
    Max,
}

impl NormKind {
    /// Every norm, in menu order.
    pub const ALL: [NormKind; 4] = [
        NormKind::Frobenius,
        NormKind::L1,
        NormKind::L2,
        NormKind::Max,
    ];

    /// The short name used in links: `fro`, `1`, `2`, `inf` (NumPy's `ord`).
    pub fn name(self) -> &'static str {
        match self {
            NormKind::L1 => "1",
            NormKind::L2 => "2",
            NormKind::Frobenius => "fro",
            NormKind::Max => "inf",
        }
    }

    /// Reads a link name back; `None` when unknown.
    pub fn from_name(s: &str) -> Option<NormKind> {
        crate::math::named(&NormKind::ALL, NormKind::name, s)
    }

    /// A label for menus.
    pub fn label(self) -> &'static str {
        match self {
            NormKind::L1 => "L1",
            NormKind::L2 => "L2",
            NormKind::Frobenius => "Frobenius",
            NormKind::Max => "Max",
        }
    }
}

/// The matrix norm of A (NumPy's `norm(A, ord)` on a 2-D array), whatever its shape.
pub fn norm(m: &Matrix, kind: NormKind) -> f64 {
    if m.is_empty() {
        return 0.0;
    }
    match kind {
        NormKind::Frobenius => m.norm(),
        NormKind::L1 => m
            .column_iter()
            .map(|c| c.iter().map(|x| x.abs()).sum::<f64>())
            .fold(0.0, f64::max),
        // One row or column has one singular value, its length; no SVD needed.
        NormKind::L2 if is_vector(m) => m.norm(),
        // Through the engine's own SVD; over 256×256 or non-finite input gives NaN, not a panic.
        NormKind::L2 => super::linalg::try_singular_values(m).map_or(f64::NAN, |s| s.max()),
        NormKind::Max => m
            .row_iter()
            .map(|r| r.iter().map(|x| x.abs()).sum::<f64>())
            .fold(0.0, f64::max),
    }
}

/// The vector norm of the entries of A taken as one list (NumPy's `norm(A.ravel(), ord)`),
/// which differs from `norm` only for `L1` and `Max` of a matrix with more than one column.
pub fn entries_norm(m: &Matrix, kind: NormKind) -> f64 {
    match kind {
        NormKind::Frobenius | NormKind::L2 => m.norm(),
        NormKind::L1 => m.iter().map(|x| x.abs()).sum(),
        NormKind::Max => m.amax(),
    }
}

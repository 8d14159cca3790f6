//! Errors as values: every failure the engine can meet, worded for the person who caused it.

use std::fmt;

/// The largest matrix, in rows and in columns, that decompositions and solvers accept.
///
/// Decompositions cost O(n³) with large constants; 256 keeps every one under a second in wasm.
pub const GENERAL_LIMIT: usize = 256;

/// The largest matrix, in rows and in columns, that products and element-wise operations accept.
pub const PRODUCT_LIMIT: usize = 2048;

/// A shape as (rows, columns), written `2×3` in messages.
pub type Shape = (usize, usize);

/// Writes a shape as `2×3`.
pub fn shape_text(shape: Shape) -> String {
    format!("{}×{}", shape.0, shape.1)
}

/// Everything that can go wrong in the engine. `Display` gives one or two plain sentences.
#[derive(Clone, Debug, PartialEq)]
pub enum MathError {
    /// Two operands whose shapes do not fit the operation.
    ShapeMismatch {
        /// Name of the left operand, e.g. `A`.
        left: String,
        /// Shape of the left operand.
        left_shape: Shape,
        /// Name of the right operand, e.g. `B`.
        right: String,
        /// Shape of the right operand.
        right_shape: Shape,
        /// The rule that was broken, in words.
        rule: String,
    },
    /// The operation needs a square matrix.
    NotSquare {
        /// Name of the matrix.
        name: String,
        /// Its shape.
        shape: Shape,
        /// The operation, in words (e.g. "the determinant").
        what: String,
    },
    /// The operation needs a vector (one row or one column).
    NotAVector {
        /// Name of the matrix.
        name: String,
        /// Its shape.
        shape: Shape,
    },
    /// The matrix has no inverse.
    Singular {
        /// Name of the matrix.
        name: String,
        /// Its rank (NumPy's default tolerance).
        rank: usize,
        /// Its size n (it is n×n).
        n: usize,
        /// Its 2-norm condition number (infinite when a singular value is exactly zero).
        cond: f64,
    },
    /// A cell holds NaN or an infinity.
    NotFinite {
        /// Name of the matrix.
        name: String,
        /// 0-based row.
        row: usize,
        /// 0-based column.
        col: usize,
    },
    /// A matrix is larger than the engine accepts for this operation.
    TooLarge {
        /// Name of the matrix.
        name: String,
        /// Its shape.
        shape: Shape,
        /// The largest number of rows and columns allowed.
        limit: usize,
    },
    /// A matrix with no rows or no columns.
    Empty {
        /// Name of the matrix.
        name: String,
    },
    /// A piece of text that is not a number, at a cell.
    BadNumber {
        /// Name of the matrix.
        name: String,
        /// 0-based row.
        row: usize,
        /// 0-based column.
        col: usize,
        /// The text as typed.
        text: String,
    },
    /// Rows of different lengths.
    Ragged {
        /// Name of the matrix.
        name: String,
        /// 0-based row that differs.
        row: usize,
        /// Entries in the first row.
        expected: usize,
        /// Entries in this row.
        found: usize,
    },
    /// Text that is not a matrix at all (unbalanced brackets, deeper than 2-D, ...).
    Syntax {
        /// Name of the matrix.
        name: String,
        /// What is wrong, in words.
        reason: String,
    },
    /// The operation needs an input that was not given.
    MissingInput {
        /// The input, in words (e.g. "a matrix B").
        what: String,
    },
    /// An index outside the matrix.
    OutOfRange {
        /// Name of the matrix.
        name: String,
        /// "row" or "column".
        axis: &'static str,
        /// The 1-based index asked for.
        index: usize,
        /// How many there are.
        count: usize,
    },
    /// A parameter outside its allowed range.
    BadParameter {
        /// The reason, in words.
        reason: String,
    },
    /// An iterative algorithm did not settle.
    NoConvergence {
        /// What did not converge.
        what: String,
    },
}

/// Writes a 0-based cell as the 1-based name the page uses, `A[2,1]`.
pub fn cell_name(name: &str, row: usize, col: usize) -> String {
    format!("{name}[{},{}]", row + 1, col + 1)
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MathError::ShapeMismatch { left, left_shape, right, right_shape, rule } => write!(
                f,
                "{left} is {} and {right} is {}: {rule}",
                shape_text(*left_shape),
                shape_text(*right_shape)
            ),
            MathError::NotSquare { name, shape, what } => write!(
                f,
                "{what} needs a square matrix, but {name} is {}.",
                shape_text(*shape)
            ),
            MathError::NotAVector { name, shape } => write!(
                f,
                "{name} must be a vector (one row or one column), but it is {}.",
                shape_text(*shape)
            ),
            MathError::Singular { name, rank, n, cond } => {
                let cond = if cond.is_finite() {
                    format!("{cond:.3e}")
                } else {
                    "infinite".to_string()
                };
                write!(
                    f,
                    "{name} is singular: its rank is {rank} but it is {n}×{n}, so it has no inverse \
                     (condition number {cond})."
                )
            }
            MathError::NotFinite { name, row, col } => write!(
                f,
                "{} is not a finite number; only ordinary numbers are allowed.",
                cell_name(name, *row, *col)
            ),
            MathError::TooLarge { name, shape, limit } => write!(
                f,
                "{name} is {}, which is larger than this operation allows ({limit}×{limit} at most).",
                shape_text(*shape)
            ),
            MathError::Empty { name } => write!(f, "{name} is empty: it needs at least one row and one column."),
            MathError::BadNumber { name, row, col, text } if text.is_empty() => {
                write!(f, "{} is empty; type a number.", cell_name(name, *row, *col))
            }
            MathError::BadNumber { name, row, col, text } => write!(
                f,
                "{} is \"{text}\", which is not a number.",
                cell_name(name, *row, *col)
            ),
            MathError::Ragged { name, row, expected, found } => write!(
                f,
                "Row {} of {name} has {found} entries but row 1 has {expected}; every row needs the same number.",
                row + 1
            ),
            MathError::Syntax { name, reason } => write!(f, "{name} could not be read: {reason}."),
            MathError::MissingInput { what } => write!(f, "This operation needs {what}."),
            MathError::OutOfRange { name, axis, index, count } => write!(
                f,
                "{name} has no {axis} {index}: it has {count} {axis}s, numbered from 1."
            ),
            MathError::BadParameter { reason } => write!(f, "{reason}"),
            MathError::NoConvergence { what } => {
                write!(f, "{what} did not converge; try a smaller or better-scaled matrix.")
            }
        }
    }
}

impl std::error::Error for MathError {}

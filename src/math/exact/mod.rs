//! Exact mode: linear algebra over the rationals, with no rounding anywhere.
//!
//! Numbers are [`Q`]s: `num-rational` ratios of 128-bit integers, always in lowest terms with
//! a positive denominator, every operation checked. Integers far past `i64` are exact (the
//! 8×8 Hilbert matrix's determinant is 1/365356847125734485878112256000000); a result that
//! would need more than 128 bits is never wrong but [`ExactError::TooBig`], and the page then
//! says that the decimals are the answer.
//!
//! What is exact, and where exactness stops:
//!
//! - **Inputs.** A matrix is exact only when every cell is an integer, a fraction of integers
//!   or a decimal with at most [`MAX_DECIMALS`] digits after the point
//!   ([`QMatrix::from_cells`]). A cell in scientific notation (`1e-3`), `nan`, `inf`, or a
//!   longer decimal (the typed form of a non-terminating one, such as `0.3333333`) makes the
//!   whole matrix inexact, and the caller keeps the floating-point engine.
//! - **Operations.** Everything reached by the four field operations is exact: the
//!   determinant, the inverse, the RREF with its row operations, rank, null space, column
//!   space, solving `A·x = b`, cofactor expansion, and the characteristic polynomial's
//!   coefficients. Results that are irrational in general are not offered: the eigenvalues
//!   (the roots of a cubic or more), the SVD, norms, QR and Cholesky.
//! - **Size.** Exact arithmetic has no rounding but pays in digits: entries of intermediate
//!   results can grow with the size of the matrix. Callers should not use exact mode beyond
//!   [`EXACT_LIMIT`]; the functions themselves accept any size.
//! - **Digits.** Numerators and denominators up to 2¹²⁷ − 1 (38 decimal digits). Past that,
//!   at any step, the result is [`ExactError::TooBig`] (a [`Q`] marks it as NaN would), so
//!   exactness stops where it can no longer be kept, and says so.
//!
//! This module is pure maths: no browser, no signals. Rows and columns are 0-based.

mod answer;
mod det;
mod number;
mod q;
mod qmatrix;
mod rref;
mod solve;
mod systems;

use std::fmt;

pub use q::Q;

pub use answer::{answer, ExactAnswer, ExactInputs, ExactStep, ExactValue, AGREEMENT_RTOL};
pub use det::{char_poly, cofactor, det, CofactorTerm};
pub use number::{fmt_q, parse_q, MAX_DECIMALS};
pub use qmatrix::QMatrix;
pub use rref::{inverse, rank, rref, RowOp, RowStep, Rref};
pub use solve::{column_space, null_space, solve, ExactSolution};

/// The largest number of rows and of columns for which callers should offer exact mode.
///
/// Elimination over the rationals is O(n³) operations like floating point, but each operation
/// costs with the number of digits, and digits grow with n (an n×n Hilbert matrix's inverse
/// has entries of about 1.5·n decimal digits; a random integer matrix's determinant has about
/// n times the digits of its entries). At 12 every operation here, the RREF's recorded steps
/// included, stays well under a second in wasm; past it, the size of the numbers on the page
/// helps nobody either.
pub const EXACT_LIMIT: usize = 12;

/// Why an exact operation could not be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExactError {
    /// The operation needs a square matrix.
    NotSquare {
        /// Rows of the matrix given.
        rows: usize,
        /// Columns of the matrix given.
        cols: usize,
    },
    /// Two operands whose sizes do not fit (a product, or `b` beside `A`).
    ShapeMismatch {
        /// The size the operation needed (columns of the left factor, rows of `A`).
        expected: usize,
        /// The size given.
        found: usize,
    },
    /// Some number on the way outgrew 128 bits (see [`Q`]).
    TooBig,
}

impl fmt::Display for ExactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotSquare { rows, cols } => {
                write!(f, "The matrix is {rows}×{cols}; this needs a square one.")
            }
            Self::ShapeMismatch { expected, found } => {
                write!(f, "The sizes do not fit: {expected} needed, {found} given.")
            }
            Self::TooBig => write!(
                f,
                "The exact fractions here outgrow 128-bit integers, so exact mode stops; the decimals are the answer."
            ),
        }
    }
}

impl std::error::Error for ExactError {}

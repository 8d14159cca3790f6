//! The element-wise and product operations, each refusing shapes that do not fit with
//! the rule in words, and the entry-by-entry sums that explain a product.

use super::error::{MathError, PRODUCT_LIMIT};
use super::explain::ProductEntry;
use super::matrix::{shape, try_as_vector, try_square, try_validate, Matrix};

fn mismatch(a: &Matrix, b: &Matrix, rule: String) -> MathError {
    MathError::ShapeMismatch {
        left: "A".to_string(),
        left_shape: shape(a),
        right: "B".to_string(),
        right_shape: shape(b),
        rule,
    }
}

fn validate_pair(a: &Matrix, b: &Matrix) -> Result<(), MathError> {
    try_validate("A", a, PRODUCT_LIMIT)?;
    try_validate("B", b, PRODUCT_LIMIT)
}

fn same_shape(a: &Matrix, b: &Matrix, verb: &str) -> Result<(), MathError> {
    validate_pair(a, b)?;
    if shape(a) != shape(b) {
        return Err(mismatch(
            a,
            b,
            format!("to be {verb}, A and B must have the same shape."),
        ));
    }
    Ok(())
}

/// A + B, entry by entry.
pub fn try_add(a: &Matrix, b: &Matrix) -> Result<Matrix, MathError> {
    same_shape(a, b, "added")?;
    Ok(a + b)
}

/// A − B, entry by entry.
pub fn try_sub(a: &Matrix, b: &Matrix) -> Result<Matrix, MathError> {
    same_shape(a, b, "subtracted")?;
    Ok(a - b)
}

/// k·A.
pub fn try_scale(a: &Matrix, k: f64) -> Result<Matrix, MathError> {
    try_validate("A", a, PRODUCT_LIMIT)?;
    if !k.is_finite() {
        return Err(MathError::BadParameter {
            reason: "The scalar k must be a finite number.".to_string(),
        });
    }
    Ok(a * k)
}

/// The element-wise (Hadamard) product A ∘ B (NumPy's `A * B`).
pub fn try_hadamard(a: &Matrix, b: &Matrix) -> Result<Matrix, MathError> {
    same_shape(a, b, "multiplied entry by entry")?;
    Ok(a.component_mul(b))
}

/// The matrix product A·B (NumPy's `A @ B`); B may be a column vector (matrix·vector).
pub fn try_matmul(a: &Matrix, b: &Matrix) -> Result<Matrix, MathError> {
    validate_pair(a, b)?;
    if a.ncols() != b.nrows() {
        return Err(mismatch(
            a,
            b,
            format!(
                "the columns of A ({}) must equal the rows of B ({}).",
                a.ncols(),
                b.nrows()
            ),
        ));
    }
    Ok(a * b)
}

/// Aᵀ.
pub fn try_transpose(a: &Matrix) -> Result<Matrix, MathError> {
    try_validate("A", a, PRODUCT_LIMIT)?;
    Ok(a.transpose())
}

/// The dot product of two vectors of the same length, each one row or one column.
pub fn try_dot(a: &Matrix, b: &Matrix) -> Result<f64, MathError> {
    validate_pair(a, b)?;
    let (x, y) = (try_as_vector("A", a)?, try_as_vector("B", b)?);
    if x.len() != y.len() {
        return Err(mismatch(
            a,
            b,
            format!(
                "a dot product needs two vectors of the same length, not {} and {}.",
                x.len(),
                y.len()
            ),
        ));
    }
    Ok(x.dot(&y))
}

/// The outer product x·yᵀ of two vectors (any lengths): an m×n matrix.
pub fn try_outer(a: &Matrix, b: &Matrix) -> Result<Matrix, MathError> {
    validate_pair(a, b)?;
    let (x, y) = (try_as_vector("A", a)?, try_as_vector("B", b)?);
    Ok(&x * y.transpose())
}

/// The trace: the sum of the diagonal of a square matrix.
pub fn try_trace(a: &Matrix) -> Result<f64, MathError> {
    try_validate("A", a, PRODUCT_LIMIT)?;
    try_square("A", a, "The trace")?;
    Ok(a.trace())
}

/// Entry (row, col) (0-based) of A·B as its sum of products; shapes must fit.
pub fn product_entry(a: &Matrix, b: &Matrix, row: usize, col: usize) -> ProductEntry {
    let terms: Vec<(f64, f64)> = (0..a.ncols()).map(|k| (a[(row, k)], b[(k, col)])).collect();
    // Summed in order, as the text reads, so the shown value matches the shown terms.
    let value = terms.iter().map(|(x, y)| x * y).sum();
    ProductEntry {
        row,
        col,
        terms,
        value,
    }
}

/// Up to `limit` entries of A·B as sums, row by row.
pub fn product_entries(a: &Matrix, b: &Matrix, limit: usize) -> Vec<ProductEntry> {
    crate::math::cells(a.nrows(), b.ncols())
        .take(limit)
        .map(|(i, j)| product_entry(a, b, i, j))
        .collect()
}

/// Up to `limit` entries of A ∘ B, each a single product.
pub fn hadamard_entries(a: &Matrix, b: &Matrix, limit: usize) -> Vec<ProductEntry> {
    crate::math::cells(a.nrows(), a.ncols())
        .take(limit)
        .map(|(i, j)| ProductEntry {
            row: i,
            col: j,
            terms: vec![(a[(i, j)], b[(i, j)])],
            value: a[(i, j)] * b[(i, j)],
        })
        .collect()
}

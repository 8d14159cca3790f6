//! Determinants: by fraction-free elimination for any size, by cofactors for 2×2 and 3×3,
//! and the characteristic polynomial of small matrices.

use super::qmatrix::QMatrix;
use super::{ExactError, Q};

/// The exact determinant of a square matrix, or why not (it is not square, or a number on
/// the way outgrew 128 bits). The 0×0 matrix's is 1.
///
/// Gaussian elimination over the rationals: the determinant is the product of the pivots,
/// negated once per row exchange. Each pivot is a ratio of leading minors, kept in lowest
/// terms, so the numbers stay as small as the answer allows.
pub fn det(a: &QMatrix) -> Result<Q, ExactError> {
    if !a.is_square() {
        return Err(ExactError::NotSquare {
            rows: a.nrows(),
            cols: a.ncols(),
        });
    }
    let n = a.nrows();
    let mut m = a.clone();
    let mut d = Q::one();
    for k in 0..n {
        let Some(p) = (k..n).find(|&i| !m.at(i, k).is_zero()) else {
            return Ok(Q::zero());
        };
        if p != k {
            m.swap_rows(k, p);
            d = -d;
        }
        let pivot = *m.at(k, k);
        d *= &pivot;
        for i in k + 1..n {
            let factor = m.at(i, k) / pivot;
            for j in k + 1..n {
                let v = m.at(i, j) - factor * m.at(k, j);
                *m.at_mut(i, j) = v;
            }
        }
    }
    if d.is_too_big() {
        Err(ExactError::TooBig)
    } else {
        Ok(d)
    }
}

/// The coefficients of det(λI − A), highest degree first (the first is 1), for a 1×1, 2×2
/// or 3×3 matrix; `None` for any other shape.
///
/// They are `1, −tr A, E₂, −det A` for 3×3, where E₂ is the sum of the principal 2×2 minors.
/// The eigenvalues, its roots, are not exact in general and are not computed here. `None`
/// too when a coefficient outgrows 128 bits.
pub fn char_poly(a: &QMatrix) -> Option<Vec<Q>> {
    if !a.is_square() || !(1..=3).contains(&a.nrows()) {
        return None;
    }
    let n = a.nrows();
    let e = |i: usize, j: usize| a.at(i, j);
    let trace: Q = (0..n).map(|i| e(i, i)).sum();
    let minor2 = |i: usize, j: usize| e(i, i) * e(j, j) - e(i, j) * e(j, i);
    let det = det(a).ok()?;
    let coefficients = match n {
        1 => vec![Q::one(), -trace],
        2 => vec![Q::one(), -trace, det],
        _ => {
            let e2 = minor2(0, 1) + minor2(0, 2) + minor2(1, 2);
            vec![Q::one(), -trace, e2, -det]
        }
    };
    (!coefficients.iter().any(Q::is_too_big)).then_some(coefficients)
}

/// One term of the cofactor expansion along the first row: `sign · entry · det(minor)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CofactorTerm {
    /// The 0-based column of the entry.
    pub column: usize,
    /// `(−1)^column`: +1 or −1.
    pub sign: i8,
    /// The entry a₀,column.
    pub entry: Q,
    /// A without row 0 and this column.
    pub minor: QMatrix,
    /// The minor's determinant.
    pub minor_det: Q,
}

impl CofactorTerm {
    /// The term's value, `sign · entry · minor_det`.
    pub fn value(&self) -> Q {
        let v = self.entry * self.minor_det;
        if self.sign < 0 {
            -v
        } else {
            v
        }
    }
}

/// The cofactor expansion of det A along the first row, one term per column, for a 2×2 or
/// 3×3 matrix; `None` for any other shape, or when a minor's determinant outgrows 128 bits.
/// The terms' values sum to [`det`] (a term's value itself may be [`Q::TOO_BIG`]).
pub fn cofactor(a: &QMatrix) -> Option<Vec<CofactorTerm>> {
    if !a.is_square() || !(2..=3).contains(&a.nrows()) {
        return None;
    }
    let n = a.nrows();
    let mut terms = Vec::with_capacity(n);
    for column in 0..n {
        let minor = QMatrix::from_fn(n - 1, n - 1, |i, j| {
            *a.at(i + 1, if j < column { j } else { j + 1 })
        });
        let minor_det = det(&minor).ok()?;
        terms.push(CofactorTerm {
            column,
            sign: if column % 2 == 0 { 1 } else { -1 },
            entry: *a.at(0, column),
            minor,
            minor_det,
        });
    }
    Some(terms)
}

//! Determinants: by fraction-free elimination for any size, by cofactors for 2×2 and 3×3,
//! and the characteristic polynomial of small matrices.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::qmatrix::QMatrix;
use super::ExactError;

/// The exact determinant of a square matrix, or why not (it is not square). The 0×0
/// matrix's is 1.
///
/// Each row is first multiplied by the least common multiple of its denominators, which
/// makes it integer; Bareiss's fraction-free elimination then keeps every intermediate
/// entry an integer (a minor of the integer matrix, so no bigger than it must be), and the
/// row multipliers are divided out at the end.
pub fn det(a: &QMatrix) -> Result<BigRational, ExactError> {
    if !a.is_square() {
        return Err(ExactError::NotSquare {
            rows: a.nrows(),
            cols: a.ncols(),
        });
    }
    let n = a.nrows();
    let mut scale = BigInt::one();
    let mut m: Vec<Vec<BigInt>> = (0..n)
        .map(|i| {
            let row = &a.as_slice()[i * n..(i + 1) * n];
            let l = row.iter().fold(BigInt::one(), |l, q| l.lcm(q.denom()));
            scale *= &l;
            row.iter().map(|q| q.numer() * (&l / q.denom())).collect()
        })
        .collect();
    let mut negate = false;
    let mut previous = BigInt::one();
    for k in 0..n {
        if m[k][k].is_zero() {
            let Some(p) = (k + 1..n).find(|&i| !m[i][k].is_zero()) else {
                return Ok(BigRational::zero());
            };
            m.swap(k, p);
            negate = !negate;
        }
        for i in k + 1..n {
            for j in k + 1..n {
                // Exact: Sylvester's identity makes the numerator a multiple of `previous`.
                let v = (&m[i][j] * &m[k][k] - &m[i][k] * &m[k][j]) / &previous;
                m[i][j] = v;
            }
        }
        previous = m[k][k].clone();
    }
    let d = if n == 0 {
        BigInt::one()
    } else {
        m[n - 1][n - 1].clone()
    };
    let d = BigRational::new(d, scale);
    Ok(if negate { -d } else { d })
}

/// The coefficients of det(λI − A), highest degree first (the first is 1), for a 1×1, 2×2
/// or 3×3 matrix; `None` for any other shape.
///
/// They are `1, −tr A, E₂, −det A` for 3×3, where E₂ is the sum of the principal 2×2 minors.
/// The eigenvalues, its roots, are not exact in general and are not computed here.
pub fn char_poly(a: &QMatrix) -> Option<Vec<BigRational>> {
    if !a.is_square() || !(1..=3).contains(&a.nrows()) {
        return None;
    }
    let n = a.nrows();
    let e = |i: usize, j: usize| a.at(i, j);
    let trace: BigRational = (0..n).map(|i| e(i, i)).sum();
    let minor2 = |i: usize, j: usize| e(i, i) * e(j, j) - e(i, j) * e(j, i);
    let det = det(a).ok()?;
    Some(match n {
        1 => vec![BigRational::one(), -trace],
        2 => vec![BigRational::one(), -trace, det],
        _ => {
            let e2 = minor2(0, 1) + minor2(0, 2) + minor2(1, 2);
            vec![BigRational::one(), -trace, e2, -det]
        }
    })
}

/// One term of the cofactor expansion along the first row: `sign · entry · det(minor)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CofactorTerm {
    /// The 0-based column of the entry.
    pub column: usize,
    /// `(−1)^column`: +1 or −1.
    pub sign: i8,
    /// The entry a₀,column.
    pub entry: BigRational,
    /// A without row 0 and this column.
    pub minor: QMatrix,
    /// The minor's determinant.
    pub minor_det: BigRational,
}

impl CofactorTerm {
    /// The term's value, `sign · entry · minor_det`.
    pub fn value(&self) -> BigRational {
        let v = &self.entry * &self.minor_det;
        if self.sign < 0 {
            -v
        } else {
            v
        }
    }
}

/// The cofactor expansion of det A along the first row, one term per column, for a 2×2 or
/// 3×3 matrix; `None` for any other shape. The terms' values sum to [`det`].
pub fn cofactor(a: &QMatrix) -> Option<Vec<CofactorTerm>> {
    if !a.is_square() || !(2..=3).contains(&a.nrows()) {
        return None;
    }
    let n = a.nrows();
    (0..n)
        .map(|column| {
            let minor = QMatrix::from_fn(n - 1, n - 1, |i, j| {
                a.at(i + 1, if j < column { j } else { j + 1 }).clone()
            });
            let minor_det = det(&minor).ok()?;
            Some(CofactorTerm {
                column,
                sign: if column % 2 == 0 { 1 } else { -1 },
                entry: a.at(0, column).clone(),
                minor,
                minor_det,
            })
        })
        .collect()
}

//! Eigenvalues and unit eigenvectors of any real square matrix, complex ones included
//! (general matrices through the real Schur form, in `schur.rs`).
//!
//! **Order:** by decreasing |λ|, then decreasing real part, then decreasing imaginary part
//! (so of a conjugate pair, a + bi comes before a − bi).
//!
//! **Sign convention:** every eigenvector has unit 2-norm and is multiplied by the unit
//! complex number that makes its largest entry (by absolute value; the first on ties) real and
//! positive. For a real eigenvector that means its largest entry is positive. NumPy and PyTorch
//! may return the same vectors multiplied by -1 (or by a complex phase).

use nalgebra::{Complex, DMatrix, DVector, SymmetricEigen};

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_square, try_validate, Matrix, Vector};

/// A complex number in `f64`.
pub type C64 = Complex<f64>;

/// Eigenvalues and eigenvectors of a real square matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Eigen {
    /// Eigenvalues in the documented order.
    pub values: Vec<C64>,
    /// Unit eigenvectors as columns, in the same order (n×n).
    pub vectors: DMatrix<C64>,
}

impl Eigen {
    /// Whether every eigenvalue is real.
    pub fn is_real(&self) -> bool {
        self.values.iter().all(|z| z.im == 0.0)
    }

    /// The largest residual ‖A·v − λ·v‖ over the pairs.
    pub fn residual(&self, a: &Matrix) -> f64 {
        let ac = a.map(|x| C64::new(x, 0.0));
        (0..self.values.len())
            .map(|k| {
                let v = self.vectors.column(k);
                (&ac * v - v * self.values[k]).norm()
            })
            .fold(0.0, f64::max)
    }
}

/// Eigenvalues and unit eigenvectors of a real square matrix (NumPy's `eig`).
/// An exactly symmetric matrix goes through the symmetric solver, so its eigenvectors are
/// orthonormal even for repeated eigenvalues.
pub fn try_eig(a: &Matrix) -> Result<Eigen, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let n = try_square("A", a, "Eigenvalues")?;
    let pairs: Vec<(C64, DVector<C64>)> = if a == &a.transpose() {
        let (values, vectors) = symmetric(a)?;
        (0..n)
            .map(|k| {
                (
                    C64::new(values[k], 0.0),
                    vectors.column(k).map(|x| C64::new(x, 0.0)),
                )
            })
            .collect()
    } else {
        super::schur::eigenpairs(a).ok_or_else(|| MathError::NoConvergence {
            what: "The eigenvalue iteration".to_string(),
        })?
    };
    // Largest |λ| first; ties keep the order they were found in, so a conjugate pair stays as it came.
    let order = crate::math::sorted_indices(pairs.len(), &|i, j| {
        let (x, y) = (pairs[i].0, pairs[j].0);
        (y.norm(), y.re, y.im)
            .partial_cmp(&(x.norm(), x.re, x.im))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let values = order.iter().map(|&k| pairs[k].0).collect();
    let columns: Vec<DVector<C64>> = order
        .iter()
        .map(|&k| normalise(pairs[k].1.clone()))
        .collect();
    Ok(Eigen {
        values,
        vectors: DMatrix::from_columns(&columns),
    })
}

/// The symmetric eigendecomposition (NumPy's `eigh`): real eigenvalues in increasing order and
/// orthonormal eigenvectors as columns, each with its largest entry positive.
pub fn try_eigh(a: &Matrix) -> Result<(Vector, Matrix), MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let n = try_square("A", a, "The symmetric eigendecomposition")?;
    let scale = a.amax();
    for i in 0..n {
        for j in 0..i {
            // Typed input is symmetric exactly; computed input (AᵀA) within rounding.
            if (a[(i, j)] - a[(j, i)]).abs() > 1e-10 * scale {
                return Err(MathError::BadParameter {
                    reason: format!(
                        "The symmetric eigendecomposition needs a symmetric matrix, but A[{},{}] differs from A[{},{}].",
                        i + 1,
                        j + 1,
                        j + 1,
                        i + 1
                    ),
                });
            }
        }
    }
    let sym = (a + a.transpose()) * 0.5;
    let (values, vectors) = symmetric(&sym)?;
    let order = crate::math::sorted_indices(n, &|i, j| values[i].total_cmp(&values[j]));
    let values = Vector::from_iterator(n, order.iter().map(|&k| values[k]));
    let columns: Vec<Vector> = order
        .iter()
        .map(|&k| sign_fix(vectors.column(k).into_owned()))
        .collect();
    Ok((values, Matrix::from_columns(&columns)))
}

fn symmetric(a: &Matrix) -> Result<(Vector, Matrix), MathError> {
    symmetric_eigen(a).ok_or_else(|| MathError::NoConvergence {
        what: "The symmetric eigendecomposition".to_string(),
    })
}

/// Eigenvalues (in no particular order) and orthonormal eigenvectors (columns) of a symmetric
/// matrix: nalgebra's tridiagonal QR (`SymmetricEigen`), which agrees with NumPy's `eigh` on
/// every fixture to 1e-12·‖A‖. `None` if the iteration does not settle, which LAPACK's 30
/// sweeps per eigenvalue make an error rather than a frozen tab.
pub(crate) fn symmetric_eigen(a: &Matrix) -> Option<(Vector, Matrix)> {
    let n = a.nrows();
    SymmetricEigen::try_new(a.clone(), f64::EPSILON, 30 * n.max(1))
        .map(|e| (e.eigenvalues, e.eigenvectors))
}

fn sign_fix(v: Vector) -> Vector {
    let lead = v.iter().fold(
        0.0f64,
        |best, &x| if x.abs() > best.abs() { x } else { best },
    );
    if lead < 0.0 {
        -v
    } else {
        v
    }
}

/// Unit length, then the phase that makes the largest entry real and positive.
fn normalise(v: DVector<C64>) -> DVector<C64> {
    let norm = v.norm();
    let v = if norm > 0.0 { v.unscale(norm) } else { v };
    let max = v.iter().map(|z| z.norm()).fold(0.0, f64::max);
    // The first entry within rounding of the largest, so ties (|1| vs |−i|) break the same way always.
    let lead = v
        .iter()
        .find(|z| z.norm() >= max * (1.0 - 1e-9))
        .copied()
        .unwrap_or(C64::new(1.0, 0.0));
    if lead.norm() == 0.0 {
        return v;
    }
    let phase = lead.conj() / lead.norm();
    let mut v = v * phase;
    // The rotation leaves rounding-level imaginary noise on real vectors; the lead entry is exact.
    if let Some(k) = v.iter().position(|z| z.norm() >= max * (1.0 - 1e-9)) {
        v[k] = C64::new(v[k].norm(), 0.0);
    }
    v
}

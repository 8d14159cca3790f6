//! Covariance and principal component analysis, with samples in rows (as a data table is).

use crate::math::error::{MathError, GENERAL_LIMIT};
use crate::math::matrix::{try_validate, Matrix, Vector};

use super::eig::try_eigh;

/// The sample covariance of the columns (features) of A, rows being samples:
/// `np.cov(A, rowvar=False)`, dividing by m − 1.
pub fn try_cov(a: &Matrix) -> Result<Matrix, MathError> {
    try_validate("A", a, GENERAL_LIMIT)?;
    let m = a.nrows();
    if m < 2 {
        return Err(MathError::BadParameter {
            reason: "A covariance needs at least 2 samples (rows of A).".to_string(),
        });
    }
    let centered = center(a).1;
    Ok(centered.transpose() * &centered / (m as f64 - 1.0))
}

fn center(a: &Matrix) -> (Vector, Matrix) {
    let mean = Vector::from_iterator(a.ncols(), a.column_iter().map(|c| c.mean()));
    let mut centered = a.clone();
    for (j, mut col) in centered.column_iter_mut().enumerate() {
        col.add_scalar_mut(-mean[j]);
    }
    (mean, centered)
}

/// Principal components of a data matrix (rows are samples).
#[derive(Clone, Debug, PartialEq)]
pub struct Pca {
    /// The mean of each feature (column).
    pub mean: Vector,
    /// The principal directions as columns, by decreasing variance (n×n, orthonormal).
    pub components: Matrix,
    /// The variance along each direction: the eigenvalues of the covariance, decreasing.
    pub variances: Vector,
    /// Each variance as a fraction of the total (sums to 1 unless all are 0).
    pub explained_ratio: Vector,
    /// The centered samples in the new coordinates (m×n): (A − mean)·components.
    pub scores: Matrix,
}

/// PCA through the symmetric eigendecomposition of the covariance matrix. Directions follow
/// `try_eigh`'s sign convention (largest entry positive).
pub fn try_pca(a: &Matrix) -> Result<Pca, MathError> {
    let cov = try_cov(a)?;
    let (values, vectors) = try_eigh(&cov)?;
    let n = values.len();
    // eigh sorts increasing; PCA reads best from the largest variance down.
    // Rounding can give -1e-17 for a zero variance, which is clamped to 0.
    let variances = Vector::from_iterator(n, (0..n).rev().map(|k| values[k].max(0.0)));
    let components = Matrix::from_columns(
        &(0..n)
            .rev()
            .map(|k| vectors.column(k).into_owned())
            .collect::<Vec<_>>(),
    );
    let total = variances.sum();
    let explained_ratio = if total > 0.0 {
        &variances / total
    } else {
        Vector::zeros(n)
    };
    let (mean, centered) = center(a);
    let scores = centered * &components;
    Ok(Pca {
        mean,
        components,
        variances,
        explained_ratio,
        scores,
    })
}

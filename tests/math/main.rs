//! Integration tests of the linear algebra engine (`src/math/`), mirroring its files.

#[path = "../common/repo.rs"]
mod repo;

mod errors;
mod exact;
mod explain;
mod fixtures;
mod format;
mod golden;
mod nalgebra;
mod numpy;
mod parse;
mod props;
mod regressions;
mod run;
mod spaces;
mod tensor;

use eigenplay::math::matrix::Matrix;

/// A matrix from rows written as a grid.
pub fn m(rows: &[&[f64]]) -> Matrix {
    Matrix::from_fn(rows.len(), rows[0].len(), |i, j| rows[i][j])
}

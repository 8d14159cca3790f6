//! Integration tests of the linear algebra engine (`src/math/`), mirroring its files.

#[path = "../common/repo.rs"]
mod repo;

mod decimal;
mod errors;
mod explain;
mod fixtures;
mod format;
mod golden;
mod nalgebra;
mod numpy;
mod order;
mod parse;
mod props;
mod regressions;
mod run;
mod tensor;
mod trig;

use eigenplay::math::matrix::Matrix;

/// A matrix from rows written as a grid.
pub fn m(rows: &[&[f64]]) -> Matrix {
    Matrix::from_fn(rows.len(), rows[0].len(), |i, j| rows[i][j])
}

/// How far apart two finite f64s are, in units in the last place.
pub fn ulps(a: f64, b: f64) -> u64 {
    if a == b {
        return 0;
    }
    let key = |x: f64| {
        let bits = x.to_bits() as i64;
        if bits < 0 {
            i64::MIN - bits
        } else {
            bits
        }
    };
    key(a).abs_diff(key(b))
}

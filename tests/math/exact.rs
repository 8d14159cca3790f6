//! Exact mode (`src/math/exact/`): SymPy's answers, the identities the answers must keep, and
//! reading and writing exact numbers.

mod answer;
mod fixtures;
mod identities;
mod parse;

use eigenplay::math::exact::{QMatrix, Q};

/// A rational from integers `p/q`.
pub fn r(p: i64, q: i64) -> Q {
    Q::new(p.into(), q.into()).expect("a nonzero denominator")
}

/// An integer matrix written as a grid.
pub fn qm(rows: &[&[i64]]) -> QMatrix {
    QMatrix::from_ints(rows).expect("a rectangular grid")
}

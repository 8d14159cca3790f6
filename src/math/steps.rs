//! Builds the explanations of determinants, eigenvalues, solve, inverse and rank from
//! the person's matrix: the by-hand route, next to the numbers the solvers give.

use nalgebra::Complex;

use super::explain::{paren, CharPoly, Cofactor, CofactorTerm, Elimination};
use super::format::fmt_number;
use super::linalg::elim::{eliminate, final_matrix};
use super::matrix::{Matrix, Vector};

/// Cofactor expansion along the first row of a 1×1, 2×2 or 3×3 matrix.
pub fn cofactor(a: &Matrix) -> Cofactor {
    let n = a.nrows();
    if n == 1 {
        let minor = Matrix::from_element(1, 1, 1.0);
        let term = CofactorTerm {
            col: 0,
            sign: 1.0,
            entry: a[(0, 0)],
            minor,
            minor_det: 1.0,
        };
        return Cofactor {
            terms: vec![term],
            value: a[(0, 0)],
        };
    }
    let terms: Vec<CofactorTerm> = (0..n)
        .map(|col| {
            let minor = a.clone().remove_row(0).remove_column(col);
            let minor_det = if minor.nrows() == 1 {
                minor[(0, 0)]
            } else {
                det2(&minor)
            };
            let sign = if col % 2 == 0 { 1.0 } else { -1.0 };
            CofactorTerm {
                col,
                sign,
                entry: a[(0, col)],
                minor,
                minor_det,
            }
        })
        .collect();
    let value = terms.iter().map(|t| t.sign * t.entry * t.minor_det).sum();
    Cofactor { terms, value }
}

fn det2(m: &Matrix) -> f64 {
    m[(0, 0)] * m[(1, 1)] - m[(0, 1)] * m[(1, 0)]
}

/// The characteristic polynomial λ² − tr·λ + det of a 2×2 matrix and its two roots.
pub fn char_poly(a: &Matrix) -> CharPoly {
    let trace = a[(0, 0)] + a[(1, 1)];
    let det = det2(a);
    let discriminant = trace * trace - 4.0 * det;
    let roots = if discriminant >= 0.0 {
        let r = discriminant.sqrt();
        [
            Complex::new((trace + r) / 2.0, 0.0),
            Complex::new((trace - r) / 2.0, 0.0),
        ]
    } else {
        let r = (-discriminant).sqrt();
        [
            Complex::new(trace / 2.0, r / 2.0),
            Complex::new(trace / 2.0, -r / 2.0),
        ]
    };
    CharPoly {
        trace,
        det,
        discriminant,
        roots,
    }
}

/// Forward elimination of [A | b], then back substitution written out line by line.
pub fn solve_elimination(a: &Matrix, b: &Vector) -> Elimination {
    let n = a.ncols();
    let mut aug = a.clone().insert_column(n, 0.0);
    aug.column_mut(n).copy_from(b);
    let mut e = eliminate(&aug, n, false);
    let u = final_matrix(&e).clone();
    let mut x = vec![0.0; n];
    let mut lines = vec!["Back substitution, from the last row up:".to_string()];
    for i in (0..n.min(u.nrows())).rev() {
        let others: String = (i + 1..n)
            .map(|j| format!(" - {}·x{}", paren(u[(i, j)]), j + 1))
            .collect();
        let sum: f64 = (i + 1..n).map(|j| u[(i, j)] * x[j]).sum();
        x[i] = (u[(i, n)] - sum) / u[(i, i)];
        let rhs = if others.is_empty() {
            fmt_number(u[(i, n)])
        } else {
            format!("({}{others})", fmt_number(u[(i, n)]))
        };
        lines.push(format!(
            "x{} = {rhs} / {} = {}",
            i + 1,
            paren(u[(i, i)]),
            fmt_number(x[i])
        ));
    }
    e.conclusion = lines;
    e
}

/// Gauss–Jordan on [A | I]: when the left half becomes I, the right half is A⁻¹.
pub fn inverse_elimination(a: &Matrix) -> Elimination {
    let n = a.nrows();
    let mut aug = Matrix::zeros(n, 2 * n);
    aug.view_mut((0, 0), (n, n)).copy_from(a);
    aug.view_mut((0, n), (n, n)).fill_with_identity();
    let mut e = eliminate(&aug, n, true);
    e.conclusion = vec![if e.pivots.len() == n {
        "The left half is now I, so the right half is A⁻¹.".to_string()
    } else {
        format!(
            "Only {} pivots were found for {} columns, so A has no inverse.",
            e.pivots.len(),
            n
        )
    }];
    e
}

/// Row echelon form of A: the number of pivots is the rank.
pub fn rank_elimination(a: &Matrix, rank: usize) -> Elimination {
    let mut e = eliminate(a, a.ncols(), false);
    let pivots = e.pivots.len();
    e.conclusion = vec![format!("{pivots} pivot(s), so the rank is {pivots}.")];
    if pivots != rank {
        e.conclusion.push(format!(
            "The singular values give rank {rank}; rounding in elimination blurs nearly dependent rows, \
             so the singular values are the reliable count."
        ));
    }
    e
}

/// Forward elimination for a determinant: the product of the pivots, sign flipped per swap.
pub fn det_elimination(a: &Matrix) -> Elimination {
    let mut e = eliminate(a, a.ncols(), false);
    let swaps = e
        .steps
        .iter()
        .filter(|s| matches!(s.op, super::explain::RowOp::Swap { .. }))
        .count();
    let u = final_matrix(&e);
    let n = a.nrows();
    let pivots: Vec<String> = (0..n).map(|i| paren(u[(i, i)])).collect();
    let det: f64 =
        (0..n).map(|i| u[(i, i)]).product::<f64>() * if swaps % 2 == 0 { 1.0 } else { -1.0 };
    let sign = if swaps % 2 == 0 { "" } else { "-" };
    e.conclusion = vec![format!(
        "det A = {sign}{} = {} ({swaps} row swap(s), each flips the sign)",
        pivots.join("·"),
        fmt_number(det)
    )];
    e
}

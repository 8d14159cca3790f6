//! Gaussian elimination with every row operation recorded, for the explanations of
//! solve, inverse, rank and determinant. The numbers themselves come from LU and SVD;
//! this is the version a person can follow by hand.

use crate::math::explain::{ElimStep, Elimination, RowOp};
use crate::math::matrix::Matrix;

/// The largest matrix (rows and columns left of the bar) whose elimination is recorded.
pub const EXPLAIN_LIMIT: usize = 8;

/// Eliminates `start` (columns `..split` are the matrix, the rest its augmented part) with
/// partial pivoting. `reduced` goes on to Gauss–Jordan form: pivots scaled to 1 and cleared
/// above as well as below.
pub fn eliminate(start: &Matrix, split: usize, reduced: bool) -> Elimination {
    let (nrows, ncols) = start.shape();
    let split = split.min(ncols);
    let scale = start.columns(0, split).amax();
    // Entries this small relative to the matrix are rounding noise, not pivots (NumPy's rank rule).
    let tol = nrows.max(split) as f64 * f64::EPSILON * scale;
    let mut m = start.clone();
    let mut steps = Vec::new();
    let mut pivots = Vec::new();
    let mut row = 0;
    for col in 0..split {
        if row == nrows {
            break;
        }
        let (offset, best) = m
            .column(col)
            .rows(row, nrows - row)
            .iter()
            .enumerate()
            .fold((0, 0.0f64), |acc, (i, x)| {
                if x.abs() > acc.1 {
                    (i, x.abs())
                } else {
                    acc
                }
            });
        if best <= tol {
            // No pivot in this column: the leftover noise is cleared so the echelon form reads cleanly.
            for i in row..nrows {
                m[(i, col)] = 0.0;
            }
            continue;
        }
        let p = row + offset;
        if p != row {
            m.swap_rows(p, row);
            steps.push(ElimStep {
                op: RowOp::Swap { a: row, b: p },
                pivot: (row, col),
                matrix: m.clone(),
            });
        }
        if reduced && m[(row, col)] != 1.0 {
            let factor = 1.0 / m[(row, col)];
            m.row_mut(row).scale_mut(factor);
            m[(row, col)] = 1.0;
            steps.push(ElimStep {
                op: RowOp::Scale { row, factor },
                pivot: (row, col),
                matrix: m.clone(),
            });
        }
        let targets: Vec<usize> = if reduced {
            (0..nrows).filter(|&i| i != row).collect()
        } else {
            (row + 1..nrows).collect()
        };
        for i in targets {
            if m[(i, col)] == 0.0 {
                continue;
            }
            let factor = -m[(i, col)] / m[(row, col)];
            for j in 0..ncols {
                let delta = factor * m[(row, j)];
                m[(i, j)] += delta;
            }
            m[(i, col)] = 0.0;
            steps.push(ElimStep {
                op: RowOp::AddMultiple {
                    target: i,
                    source: row,
                    factor,
                },
                pivot: (row, col),
                matrix: m.clone(),
            });
        }
        pivots.push((row, col));
        row += 1;
    }
    Elimination {
        start: start.clone(),
        split,
        steps,
        pivots,
        conclusion: Vec::new(),
    }
}

/// The matrix after the last step (the start when no step was needed).
pub fn final_matrix(e: &Elimination) -> &Matrix {
    e.steps.last().map_or(&e.start, |s| &s.matrix)
}

/// Whether a matrix is small enough to explain step by step.
pub fn explainable(m: &Matrix) -> bool {
    m.nrows() <= EXPLAIN_LIMIT && m.ncols() <= EXPLAIN_LIMIT
}

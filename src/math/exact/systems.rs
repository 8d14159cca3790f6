//! The exact answers of the fundamental subspaces and of `A·x = b`: a null-space basis with the
//! rank–nullity count, and one solution, a family, or the row that contradicts.

use super::answer::{
    augmented, cells_of_vector, column, exact, matrix_answer, steps_of, too_big, ExactAnswer,
    ExactValue,
};
use super::{fmt_q, null_space, solve, ExactError, ExactSolution, QMatrix, Q};
use crate::math::outcome::Value;

pub(super) fn null_answer(a: &QMatrix, float: &Value) -> Result<ExactAnswer, ExactError> {
    let basis = null_space(a)?;
    let steps = steps_of(a)?;
    let n = a.ncols();
    let all_zero = basis.iter().all(|v| {
        a.mul_vec(v)
            .map(|av| av.iter().all(Q::is_zero))
            .unwrap_or(false)
    });
    let count = format!(
        "rank {} + nullity {} = {n} columns",
        n - basis.len(),
        basis.len()
    );
    if basis.is_empty() {
        return Ok(ExactAnswer {
            value: ExactValue::Cells(cells_of_vector(&vec![Q::zero(); n])),
            steps,
            lines: vec![count],
            verified: "every column has a pivot, so only x = 0".into(),
            float_gap: None,
        });
    }
    let m = QMatrix::from_fn(n, basis.len(), |i, j| basis[j][i]);
    // The float basis is orthonormal, the exact one has a 1 in each free column: compare
    // the spaces, by how far each exact vector lies outside the float basis's span.
    let float_gap = match float {
        Value::Matrix(q) if q.ncols() == basis.len() && q.nrows() == n => {
            let mut worst = 0f64;
            for v in &basis {
                let v = column(v).to_f64();
                let outside = &v - q * (q.transpose() * &v);
                worst = worst.max(outside.norm() / v.norm());
            }
            Some(worst)
        }
        _ => None,
    };
    Ok(ExactAnswer {
        value: ExactValue::Cells(m.to_cells()),
        steps,
        lines: vec![
            "One vector per free column: set that unknown to 1 and the other free ones to 0."
                .into(),
            count,
        ],
        verified: if all_zero {
            "A·x = 0 exactly for each column".into()
        } else {
            "A·x is not 0: a fault in exact mode".into()
        },
        float_gap,
    })
}

pub(super) fn solve_answer(a: &QMatrix, rhs: &[Q], float: &Value) -> Option<ExactAnswer> {
    let steps = exact!(steps_of(&augmented(a, &column(rhs))));
    Some(match exact!(solve(a, rhs)) {
        ExactSolution::Unique(x) => {
            let exact = exact!(a.mul_vec(&x)) == rhs;
            let mut answer = matrix_answer(
                column(&x),
                float,
                if exact {
                    "A·x = b exactly".into()
                } else {
                    "A·x is not b: a fault in exact mode".into()
                },
            );
            answer.steps = steps;
            answer
        }
        ExactSolution::Infinite { particular, null } => {
            let free: Vec<String> = null
                .iter()
                .enumerate()
                .map(|(k, v)| {
                    let entries: Vec<String> = v.iter().map(fmt_q).collect();
                    format!("t{}·({})", k + 1, entries.join(", "))
                })
                .collect();
            let p: Vec<String> = particular.iter().map(fmt_q).collect();
            ExactAnswer {
                value: ExactValue::Cells(cells_of_vector(&particular)),
                steps,
                lines: vec![format!(
                    "Every solution: x = ({}) + {}, for any numbers t.",
                    p.join(", "),
                    free.join(" + ")
                )],
                verified: "A·x = b exactly, for every choice of t".into(),
                float_gap: None,
            }
        }
        ExactSolution::Inconsistent { row } => ExactAnswer {
            value: ExactValue::Words(
                "No x solves A·x = b exactly: the equations contradict each other.".into(),
            ),
            steps,
            lines: vec![format!(
                "Row {} of the reduced [A | b] reads 0 = 1; the decimals show the least-squares answer.",
                row + 1
            )],
            verified: "the contradiction is exact".into(),
            float_gap: None,
        },
    })
}

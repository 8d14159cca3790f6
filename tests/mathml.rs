//! "Show the maths": the MathML of every operation, built natively from the person's numbers.

use eigenplay::math::mathml::{escape, maths};
use eigenplay::math::matrix::{Matrix, NormKind, Vector};
use eigenplay::math::op::Op;
use eigenplay::math::run::{run, Inputs};

fn lesson_inputs() -> Inputs {
    let mut inputs = Inputs::new(Matrix::from_row_slice(2, 2, &[2.0, 1.0, 1.0, 3.0]))
        .with_vector(Vector::from_row_slice(&[8.0, 13.0]));
    inputs.b = Some(Matrix::from_row_slice(2, 2, &[5.0, 6.0, 7.0, 8.0]));
    inputs.c = Some(Matrix::from_row_slice(2, 2, &[2.0, 0.0, 1.0, 2.0]));
    inputs
}

#[test]
fn every_operation_has_its_maths() {
    for op in Op::ALL {
        let mut inputs = lesson_inputs();
        if matches!(op, Op::Dot | Op::Outer) {
            inputs.a = Matrix::from_row_slice(1, 2, &[1.0, 2.0]);
            inputs.b = Some(Matrix::from_row_slice(1, 2, &[3.0, 4.0]));
        }
        let outcome = run(op, &inputs).unwrap_or_else(|e| panic!("{}: {e}", op.name()));
        let html = maths(op, &inputs, &outcome);
        assert!(html.starts_with("<math"), "{}: {html}", op.name());
        // The identities are symbols; every other operation shows the person's numbers.
        let numbers = op == Op::Props || html.contains("<mn>");
        assert!(numbers, "{} shows no number: {html}", op.name());
    }
}

#[test]
fn solve_writes_the_lesson_s_numbers() {
    let inputs = lesson_inputs();
    let html = maths(Op::Solve, &inputs, &run(Op::Solve, &inputs).unwrap());
    for number in ["<mn>8</mn>", "<mn>13</mn>", "<mn>2.2</mn>", "<mn>3.6</mn>"] {
        assert!(html.contains(number), "{number} missing from {html}");
    }
}

/// NumPy's norm(A, 1) of a 1×n array is its largest column sum, so a row's maths is the
/// matrix formula (a maximum), and a column's is the vector's sum of |xᵢ|.
#[test]
fn a_row_s_one_norm_is_written_as_a_matrix_norm() {
    for (rows, cols, formula) in [(1, 3, "<mo>max</mo>"), (3, 1, "<mo>∑</mo>")] {
        let mut inputs = Inputs::new(Matrix::from_row_slice(rows, cols, &[3.0, -4.0, 1.0]));
        inputs.norm = NormKind::L1;
        let outcome = run(Op::Norm, &inputs).unwrap();
        let html = maths(Op::Norm, &inputs, &outcome);
        assert!(html.contains(formula), "{rows}×{cols}: {html}");
    }
}

#[test]
fn text_is_escaped_for_inner_html() {
    assert_eq!(escape("<script>&\"'"), "&lt;script&gt;&amp;&quot;&#39;");
}

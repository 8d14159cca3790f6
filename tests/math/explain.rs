//! Explanations as data: product entries, elimination, cofactors, characteristic polynomial.

use eigenplay::math::explain::{Explanation, RowOp};
use eigenplay::math::matrix::Vector;
use eigenplay::math::op::Op;
use eigenplay::math::run::{run, Inputs};

use crate::m;

#[test]
fn product_entries_as_sums() {
    let out = run(
        Op::Matmul,
        &Inputs::new(m(&[&[1.0, 2.0], &[3.0, 4.0]])).with_b(m(&[&[5.0, 6.0], &[7.0, 8.0]])),
    )
    .unwrap();
    let Explanation::Products { entries, total, .. } = &out.explanation else {
        panic!("{:?}", out.explanation)
    };
    assert_eq!(*total, 4);
    let e = &entries[1];
    assert_eq!((e.row, e.col), (0, 1));
    assert_eq!(e.terms, vec![(1.0, 6.0), (2.0, 8.0)]);
    assert_eq!(e.value, 22.0);
    assert_eq!(out.explanation.lines()[1], "C[1,2] = 1·6 + 2·8 = 22");
}

#[test]
fn dot_as_one_sum() {
    let out = run(
        Op::Dot,
        &Inputs::new(m(&[&[1.0, 2.0]])).with_b(m(&[&[3.0], &[-4.0]])),
    )
    .unwrap();
    assert_eq!(out.explanation.lines(), vec!["x·y = 1·3 + 2·(-4) = -5"]);
}

#[test]
fn solve_by_elimination_with_pivoting() {
    // The first column's largest entry is in row 2, so partial pivoting swaps first.
    #[rustfmt::skip]
    let a = m(&[&[1.0, 3.0],
                &[2.0, 1.0]]);
    let out = run(
        Op::Solve,
        &Inputs::new(a).with_vector(Vector::from_vec(vec![13.0, 8.0])),
    )
    .unwrap();
    let Explanation::Elimination(e) = &out.explanation else {
        panic!("{:?}", out.explanation)
    };
    assert_eq!(e.steps[0].op, RowOp::Swap { a: 0, b: 1 });
    assert_eq!(
        e.steps[1].op,
        RowOp::AddMultiple {
            target: 1,
            source: 0,
            factor: -0.5
        }
    );
    assert_eq!(e.steps[1].pivot, (0, 0));
    #[rustfmt::skip]
    let after = m(&[&[2.0, 1.0, 8.0],
                    &[0.0, 2.5, 9.0]]);
    assert_eq!(e.steps[1].matrix, after);
    assert_eq!(e.pivots, vec![(0, 0), (1, 1)]);
    let lines = out.explanation.lines();
    assert_eq!(lines[1], "R2 ← R2 - 0.5·R1 (pivot at row 1, column 1)");
    assert!(
        lines.contains(&"x2 = 9 / 2.5 = 3.6".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"x1 = (8 - 1·x2) / 2 = 2.2".to_string()),
        "{lines:?}"
    );
}

#[test]
fn inverse_by_gauss_jordan_ends_with_the_inverse() {
    let a = m(&[&[4.0, 7.0], &[2.0, 6.0]]);
    let out = run(Op::Inv, &Inputs::new(a)).unwrap();
    let Explanation::Elimination(e) = &out.explanation else {
        panic!()
    };
    let last = &e.steps.last().unwrap().matrix;
    let eigenplay::math::outcome::Value::Matrix(inv) = &out.value else {
        panic!()
    };
    approx::assert_relative_eq!(
        last.columns(2, 2).into_owned(),
        inv.clone(),
        epsilon = 1e-14
    );
    approx::assert_relative_eq!(
        last.columns(0, 2).into_owned(),
        eigenplay::math::matrix::Matrix::identity(2, 2),
        epsilon = 1e-14
    );
}

#[test]
fn rank_by_echelon_form() {
    let x = m(&[&[1.0, 2.0], &[2.0, 3.0], &[3.0, 4.0], &[4.0, 5.0]]);
    let out = run(Op::Rank, &Inputs::new(x)).unwrap();
    let Explanation::Elimination(e) = &out.explanation else {
        panic!()
    };
    assert_eq!(e.pivots.len(), 2);
    assert_eq!(e.conclusion[0], "2 pivot(s), so the rank is 2.");
    let singular = m(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 9.0]]);
    let out = run(Op::Rank, &Inputs::new(singular)).unwrap();
    assert_eq!(out.value, eigenplay::math::outcome::Value::Count(2));
}

#[test]
fn cofactor_expansion_of_three_by_three() {
    let a = m(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 10.0]]);
    let out = run(Op::Det, &Inputs::new(a)).unwrap();
    let Explanation::Cofactor(c) = &out.explanation else {
        panic!()
    };
    let minor_dets: Vec<f64> = c.terms.iter().map(|t| t.minor_det).collect();
    assert_eq!(minor_dets, vec![2.0, -2.0, -3.0]);
    assert_eq!(c.value, -3.0);
    assert_eq!(
        out.explanation.lines()[0],
        "det A = 1·det[5 6; 8 10] - 2·det[4 6; 7 10] + 3·det[4 5; 7 8] = 1·2 - 2·(-2) + 3·(-3) = -3"
    );
    let eigenplay::math::outcome::Value::Scalar(d) = out.value else {
        panic!()
    };
    approx::assert_relative_eq!(d, -3.0, epsilon = 1e-12);
}

#[test]
fn characteristic_polynomial_of_two_by_two() {
    // A rotation by 90°: λ² + 1 = 0, so λ = ±i.
    let out = run(Op::Eig, &Inputs::new(m(&[&[0.0, -1.0], &[1.0, 0.0]]))).unwrap();
    let Explanation::CharPoly(p) = &out.explanation else {
        panic!()
    };
    assert_eq!((p.trace, p.det, p.discriminant), (0.0, 1.0, -4.0));
    assert_eq!(
        out.explanation.lines()[0],
        "λ² + 1 = 0, from the trace 0 and the determinant 1"
    );
    assert_eq!(
        out.explanation.lines()[2],
        "λ = (tr ± √disc) / 2 = i and -i"
    );
    assert!(out.note.unwrap().contains("complex"));
}

#[test]
fn characteristic_polynomial_folds_signs() {
    let first_line = |rows: &[&[f64]]| {
        run(Op::Eig, &Inputs::new(m(rows)))
            .unwrap()
            .explanation
            .lines()[0]
            .clone()
    };
    assert_eq!(
        first_line(&[&[2.0, 1.0], &[1.0, 2.0]]),
        "λ² - 4λ + 3 = 0, from the trace 4 and the determinant 3"
    );
    assert_eq!(
        first_line(&[&[-1.0, 2.0], &[3.0, -4.0]]),
        "λ² + 5λ - 2 = 0, from the trace -5 and the determinant -2"
    );
    assert_eq!(
        first_line(&[&[1.0, 2.0], &[2.0, 4.0]]),
        "λ² - 5λ = 0, from the trace 5 and the determinant 0"
    );
}

//! Row reduction, null and column spaces, QR by Gram–Schmidt, projection and powers, in
//! floating point, on the lessons' matrices and on awkward ones.

use eigenplay::math::matrix::{Matrix, Vector};
use eigenplay::math::op::Op;
use eigenplay::math::outcome::Value;
use eigenplay::math::run::{run, Inputs};

use super::m;

fn lesson_3x3() -> Matrix {
    m(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0], &[7.0, 8.0, 9.0]])
}

fn matrix_of(op: Op, inputs: &Inputs) -> Matrix {
    let out = run(op, inputs).unwrap_or_else(|e| panic!("{}: {e}", op.name()));
    assert!(
        out.check.as_ref().is_none_or(|c| c.passed),
        "{:?}",
        out.check
    );
    match out.value {
        Value::Matrix(x) => x,
        other => panic!("{}: a matrix, got {other:?}", op.name()),
    }
}

fn close(x: &Matrix, y: &Matrix, tol: f64) -> bool {
    x.shape() == y.shape() && (x - y).amax() <= tol
}

#[test]
fn the_lessons_3x3_reduces_to_two_pivots() {
    let r = matrix_of(Op::Rref, &Inputs::new(lesson_3x3()));
    let expected = m(&[&[1.0, 0.0, -1.0], &[0.0, 1.0, 2.0], &[0.0, 0.0, 0.0]]);
    assert!(close(&r, &expected, 1e-12), "{r}");
    let out = run(Op::Rref, &Inputs::new(lesson_3x3())).unwrap();
    assert!(out
        .explanation
        .lines()
        .iter()
        .any(|l| l.contains("so the rank is 2")));
}

#[test]
fn the_lessons_3x3_sends_one_direction_to_zero() {
    let a = lesson_3x3();
    let n = matrix_of(Op::Null, &Inputs::new(a.clone()));
    assert_eq!(n.shape(), (3, 1));
    // A multiple of (1, −2, 1).
    let v = n.column(0) / n[(0, 0)];
    assert!(
        (v[1] + 2.0).abs() < 1e-12 && (v[2] - 1.0).abs() < 1e-12,
        "{v}"
    );
    assert!((&a * &n).amax() < 1e-12);
    let note = run(Op::Null, &Inputs::new(a)).unwrap().note.unwrap();
    assert!(note.contains("rank 2 + nullity 1 = 3 columns"), "{note}");
}

#[test]
fn a_wide_matrix_has_a_null_space_of_dimension_columns_minus_rank() {
    let a = m(&[&[1.0, 2.0, 0.0, 1.0], &[2.0, 4.0, 1.0, 0.0]]);
    let n = matrix_of(Op::Null, &Inputs::new(a.clone()));
    assert_eq!(n.shape(), (4, 2));
    assert!((&a * &n).amax() < 1e-12);
    assert!(close(&(n.transpose() * &n), &Matrix::identity(2, 2), 1e-12));
}

#[test]
fn independent_columns_leave_only_zero_in_the_null_space() {
    let out = run(Op::Null, &Inputs::new(m(&[&[2.0, 1.0], &[1.0, 3.0]]))).unwrap();
    assert_eq!(out.value, Value::Vector(Vector::zeros(2)));
    assert!(out.note.unwrap().starts_with("Only x = 0 solves A·x = 0"));
}

#[test]
fn the_column_space_is_spanned_by_the_pivot_columns_of_a() {
    let b = matrix_of(Op::Colspace, &Inputs::new(lesson_3x3()));
    let expected = m(&[&[1.0, 2.0], &[4.0, 5.0], &[7.0, 8.0]]);
    assert_eq!(b, expected);
    let note = run(Op::Colspace, &Inputs::new(lesson_3x3()))
        .unwrap()
        .note
        .unwrap();
    assert!(note.contains("Column(s) 1 and 2 of A"), "{note}");
}

#[test]
fn gram_schmidt_gives_orthonormal_q_and_triangular_r() {
    let a = m(&[&[1.0, 1.0], &[1.0, 0.0], &[0.0, 1.0]]);
    let out = run(Op::Qr, &Inputs::new(a.clone())).unwrap();
    assert!(out.check.unwrap().passed);
    let Value::Factors(f) = out.value else {
        panic!()
    };
    let (q, r) = (&f[0].matrix, &f[1].matrix);
    assert!(close(&(q * r), &a, 1e-12));
    assert!(close(&(q.transpose() * q), &Matrix::identity(2, 2), 1e-12));
    assert_eq!(r[(1, 0)], 0.0);
    assert!(r[(0, 0)] > 0.0 && r[(1, 1)] > 0.0);
    // r₁₁ = ‖a₁‖ = √2, r₁₂ = q₁·a₂ = 1/√2.
    assert!((r[(0, 0)] - 2f64.sqrt()).abs() < 1e-12);
    assert!((r[(0, 1)] - 0.5f64.sqrt()).abs() < 1e-12);
}

#[test]
fn gram_schmidt_names_the_dependent_column() {
    let err = run(Op::Qr, &Inputs::new(lesson_3x3())).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Column 3 of A lies in the span"),
        "{err}"
    );
}

#[test]
fn the_four_samples_project_onto_their_best_line() {
    // Features (1, x) for x = 1..4 and targets 10, 20, 30, 40 lie on one line.
    let a = m(&[&[1.0, 1.0], &[1.0, 2.0], &[1.0, 3.0], &[1.0, 4.0]]);
    let on_line = Vector::from_vec(vec![10.0, 20.0, 30.0, 40.0]);
    let out = run(
        Op::Proj,
        &Inputs::new(a.clone()).with_vector(on_line.clone()),
    )
    .unwrap();
    assert!(out.check.unwrap().passed);
    let Value::Vector(p) = out.value else {
        panic!()
    };
    assert!(
        (&p - &on_line).amax() < 1e-9,
        "b already lies in the column space"
    );
    // Off the line: the residual is perpendicular to both columns.
    let b = Vector::from_vec(vec![1.0, 3.0, 2.0, 5.0]);
    let out = run(Op::Proj, &Inputs::new(a.clone()).with_vector(b.clone())).unwrap();
    let Value::Vector(p) = out.value else {
        panic!()
    };
    assert!((a.transpose() * (&b - &p)).amax() < 1e-12);
    // By hand: slope 5.5 / 5 = 1.1 through the means (2.5, 2.75), intercept 0.
    let numpy = Vector::from_vec(vec![1.1, 2.2, 3.3, 4.4]);
    assert!((&p - numpy).amax() < 1e-12, "{p}");
}

#[test]
fn powers_square_their_way_up() {
    let a = m(&[&[1.0, 1.0], &[1.0, 0.0]]);
    let mut inputs = Inputs::new(a);
    inputs.k = 10;
    // Fibonacci: [[F11, F10], [F10, F9]].
    let p = matrix_of(Op::Power, &inputs);
    assert_eq!(p, m(&[&[89.0, 55.0], &[55.0, 34.0]]));
    inputs.k = 101;
    let err = run(Op::Power, &inputs).unwrap_err();
    assert!(err.to_string().contains("larger than 100"), "{err}");
    let mut big = Inputs::new(m(&[&[1e200, 0.0], &[0.0, 1.0]]));
    big.k = 3;
    let err = run(Op::Power, &big).unwrap_err();
    assert!(
        err.to_string().contains("grow past the largest number"),
        "{err}"
    );
}

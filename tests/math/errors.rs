//! Errors are values with plain words: shapes, singularity, bad cells, sizes, missing inputs.

use eigenplay::math::error::MathError;
use eigenplay::math::matrix::{Matrix, Vector};
use eigenplay::math::op::Op;
use eigenplay::math::run::{run, Inputs};

use crate::m;

#[test]
fn shape_mismatch_names_both_shapes_and_the_rule() {
    let a = Matrix::zeros(2, 3);
    let b = Matrix::zeros(2, 2);
    let err = run(Op::Matmul, &Inputs::new(a.clone()).with_b(b.clone())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "A is 2×3 and B is 2×2: the columns of A (3) must equal the rows of B (2)."
    );
    let err = run(Op::Add, &Inputs::new(a).with_b(b)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "A is 2×3 and B is 2×2: to be added, A and B must have the same shape."
    );
    let err = run(
        Op::Solve,
        &Inputs::new(Matrix::identity(2, 2)).with_vector(Vector::zeros(3)),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "A is 2×2 and b is 3×1: b needs one entry for each row of A (2)."
    );
}

#[test]
fn singular_matrix_reports_rank_and_condition() {
    #[rustfmt::skip]
    let a = m(&[&[1.0, 2.0],
                &[2.0, 4.0]]);
    let err = run(Op::Inv, &Inputs::new(a)).unwrap_err();
    match &err {
        MathError::Singular { rank, n, cond, .. } => {
            assert_eq!((*rank, *n), (1, 2));
            assert!(*cond > 1e15, "{cond}");
        }
        other => panic!("expected Singular, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("A is singular: its rank is 1 but it is 2×2"),
        "{err}"
    );
    assert_eq!(
        run(Op::Inv, &Inputs::new(Matrix::zeros(3, 3))).unwrap_err().to_string(),
        "A is singular: its rank is 0 but it is 3×3, so it has no inverse (condition number infinite)."
    );
}

#[test]
fn non_finite_cells_are_named() {
    let mut a = Matrix::zeros(3, 2);
    a[(1, 0)] = f64::NAN;
    let err = run(Op::Transpose, &Inputs::new(a)).unwrap_err();
    assert_eq!(
        err,
        MathError::NotFinite {
            name: "A".into(),
            row: 1,
            col: 0
        }
    );
    assert!(err.to_string().starts_with("A[2,1] is not a finite number"));
    let mut b = Matrix::zeros(2, 2);
    b[(0, 1)] = f64::INFINITY;
    let err = run(Op::Matmul, &Inputs::new(Matrix::zeros(2, 2)).with_b(b)).unwrap_err();
    assert!(err.to_string().starts_with("B[1,2]"), "{err}");
}

#[test]
fn size_limits() {
    let big = Matrix::zeros(257, 257);
    let err = run(Op::Det, &Inputs::new(big.clone())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "A is 257×257, which is larger than this operation allows (256×256 at most)."
    );
    // Products allow up to 2048.
    assert!(run(Op::Transpose, &Inputs::new(big)).is_ok());
    let err = run(Op::Transpose, &Inputs::new(Matrix::zeros(1, 2049))).unwrap_err();
    assert!(
        matches!(err, MathError::TooLarge { limit: 2048, .. }),
        "{err:?}"
    );
}

#[test]
fn missing_and_wrong_inputs() {
    let a = Matrix::identity(2, 2);
    assert_eq!(
        run(Op::Matmul, &Inputs::new(a.clone()))
            .unwrap_err()
            .to_string(),
        "This operation needs a second matrix B."
    );
    assert_eq!(
        run(Op::Solve, &Inputs::new(a.clone()))
            .unwrap_err()
            .to_string(),
        "This operation needs the right-hand side b."
    );
    let err = run(Op::Det, &Inputs::new(Matrix::zeros(2, 3))).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The determinant needs a square matrix, but A is 2×3."
    );
    let err = run(Op::Dot, &Inputs::new(a.clone()).with_b(a.clone())).unwrap_err();
    assert_eq!(
        err.to_string(),
        "A must be a vector (one row or one column), but it is 2×2."
    );
    let mut inputs = Inputs::new(a.clone());
    inputs.k = 3;
    assert_eq!(
        run(Op::Row, &inputs).unwrap_err().to_string(),
        "A has no row 3: it has 2 rows, numbered from 1."
    );
    inputs.k = 0;
    assert!(run(Op::LowRank, &inputs).is_err());
    let err = run(Op::Cov, &Inputs::new(m(&[&[1.0, 2.0]]))).unwrap_err();
    assert!(err.to_string().contains("at least 2 samples"));
    let err = run(Op::Eigh, &Inputs::new(m(&[&[1.0, 2.0], &[3.0, 4.0]]))).unwrap_err();
    assert!(err.to_string().contains("symmetric"), "{err}");
    assert_eq!(
        run(Op::Trace, &Inputs::new(Matrix::zeros(0, 0))).unwrap_err(),
        MathError::Empty { name: "A".into() }
    );
}

#[test]
fn no_operation_panics_on_awkward_matrices() {
    let awkward = [
        Matrix::zeros(1, 1),
        Matrix::zeros(3, 3),
        m(&[&[1e300, -1e300], &[1e-300, 1.0]]),
        m(&[&[1.0, 1.0], &[0.0, 1.0]]),
        Matrix::from_fn(1, 5, |_, j| j as f64),
        Matrix::from_fn(5, 1, |i, _| i as f64),
    ];
    for a in awkward {
        for op in Op::ALL {
            let inputs = Inputs::new(a.clone())
                .with_b(a.clone())
                .with_c(a.clone())
                .with_vector(Vector::from_element(a.nrows(), 1.0));
            // Either answer is fine; a panic fails the test.
            let _ = run(op, &inputs);
        }
    }
}

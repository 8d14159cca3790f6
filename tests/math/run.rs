//! The front door: op names and metadata, outcomes with checks, notes and code.

use std::collections::HashSet;

use eigenplay::math::matrix::{Matrix, NormKind, Vector};
use eigenplay::math::op::{Group, Op};
use eigenplay::math::outcome::Value;
use eigenplay::math::run::{run, Inputs};

use crate::m;

#[test]
fn op_names_round_trip_and_are_unique() {
    let names: HashSet<&str> = Op::ALL.iter().map(|op| op.name()).collect();
    assert_eq!(names.len(), Op::ALL.len());
    for op in Op::ALL {
        assert_eq!(Op::from_name(op.name()), Some(op));
        assert!(!op.label().is_empty() && op.description().ends_with('.'));
        assert!(Group::ALL.contains(&op.group()));
    }
    // The names DESIGN.md fixes for links.
    for name in "add sub scale matmul hadamard transpose dot outer norm trace det inv pinv rank solve eig svd cond props".split(' ') {
        assert!(Op::from_name(name).is_some(), "{name}");
    }
    assert_eq!(Op::from_name("nope"), None);
    assert!(Op::Matmul.needs_b() && !Op::Det.needs_b());
    assert!(Op::Solve.needs_vector() && Op::Scale.needs_scalar() && Op::LowRank.needs_index());
}

#[test]
fn code_carries_the_persons_numbers() {
    let out = run(
        Op::Matmul,
        &Inputs::new(m(&[&[1.0, 2.5]])).with_b(m(&[&[3.0], &[4.0]])),
    )
    .unwrap();
    assert!(
        out.numpy.contains("A = np.array([[1, 2.5]])"),
        "{}",
        out.numpy
    );
    assert!(out.numpy.contains("C = A @ B"));
    assert!(
        out.torch
            .contains("A = torch.tensor([[1., 2.5]], dtype=torch.float64)"),
        "{}",
        out.torch
    );
    let out = run(
        Op::Solve,
        &Inputs::new(m(&[&[2.0, 1.0], &[1.0, 3.0]])).with_vector(Vector::from_vec(vec![8.0, 13.0])),
    )
    .unwrap();
    assert!(
        out.numpy.contains("b = np.array([8, 13])") && out.numpy.contains("np.linalg.solve(A, b)"),
        "{}",
        out.numpy
    );
    let mut inputs = Inputs::new(m(&[&[3.0, 4.0]]));
    inputs.norm = NormKind::Max;
    let out = run(Op::Norm, &inputs).unwrap();
    // A 1×2 matrix: the largest row sum, as NumPy's norm(A, inf) of a 2-D array.
    assert_eq!(out.value, Value::Scalar(7.0));
    assert!(
        out.numpy.contains("np.linalg.norm(A, ord=np.inf)"),
        "{}",
        out.numpy
    );
    assert!(
        out.torch
            .contains("torch.linalg.matrix_norm(A, ord=float('inf'))"),
        "{}",
        out.torch
    );
}

#[test]
fn norms_of_a_matrix_and_a_vector() {
    #[rustfmt::skip]
    let a = m(&[&[1.0, -2.0],
                &[3.0,  4.0]]);
    let cases = [
        (NormKind::L1, 6.0),
        (NormKind::Max, 7.0),
        (NormKind::Frobenius, 30f64.sqrt()),
    ];
    for (kind, expected) in cases {
        let mut inputs = Inputs::new(a.clone());
        inputs.norm = kind;
        let Value::Scalar(n) = run(Op::Norm, &inputs).unwrap().value else {
            panic!()
        };
        approx::assert_relative_eq!(n, expected, epsilon = 1e-12);
    }
    let mut inputs = Inputs::new(m(&[&[3.0], &[-4.0]]));
    for (kind, expected) in [
        (NormKind::L1, 7.0),
        (NormKind::L2, 5.0),
        (NormKind::Max, 4.0),
    ] {
        inputs.norm = kind;
        assert_eq!(
            run(Op::Norm, &inputs).unwrap().value,
            Value::Scalar(expected)
        );
    }
}

#[test]
fn element_row_and_column_access() {
    let a = m(&[&[1.0, 2.0], &[3.0, 4.0]]);
    let mut inputs = Inputs::new(a.clone());
    inputs.k = 1;
    assert_eq!(
        run(Op::Row, &inputs).unwrap().value,
        Value::Matrix(m(&[&[1.0, 2.0]]))
    );
    inputs.k = 2;
    assert_eq!(
        run(Op::Col, &inputs).unwrap().value,
        Value::Matrix(m(&[&[2.0], &[4.0]]))
    );
    assert_eq!(eigenplay::math::matrix::try_entry("A", &a, 2, 1), Ok(3.0));
}

#[test]
fn singular_square_solve_is_least_squares_and_says_so() {
    let a = m(&[&[1.0, 2.0], &[2.0, 4.0]]);
    let out = run(
        Op::Solve,
        &Inputs::new(a).with_vector(Vector::from_vec(vec![1.0, 2.0])),
    )
    .unwrap();
    let Value::Vector(x) = out.value else {
        panic!()
    };
    // The shortest x on the line x1 + 2·x2 = 1 is (1, 2)/5.
    approx::assert_relative_eq!(x, Vector::from_vec(vec![0.2, 0.4]), epsilon = 1e-12);
    assert!(out
        .note
        .unwrap()
        .starts_with("A is singular (rank 1 of 2), so this is the least-squares answer"));
    assert!(out.check.unwrap().passed);
}

#[test]
fn every_op_on_a_generic_matrix_passes_its_check() {
    #[rustfmt::skip]
    let a = m(&[&[4.0, -2.0, 1.0],
                &[3.0,  6.0, -4.0],
                &[2.0,  1.0, 8.0]]);
    for op in Op::ALL {
        let inputs = Inputs::new(a.clone())
            .with_b(a.transpose())
            .with_vector(Vector::from_vec(vec![1.0, 2.0, 3.0]));
        let inputs = if matches!(op, Op::Dot | Op::Outer) {
            Inputs {
                b: Some(m(&[&[1.0, 2.0, 3.0]])),
                a: m(&[&[4.0, 5.0, 6.0]]),
                ..inputs
            }
        } else {
            inputs
        };
        let inputs = if op == Op::Eigh {
            Inputs {
                a: &a + a.transpose(),
                ..inputs
            }
        } else {
            inputs
        };
        let out = run(op, &inputs).unwrap_or_else(|e| panic!("{}: {e}", op.name()));
        if let Some(check) = &out.check {
            assert!(check.passed, "{}: {check:?}", op.name());
        }
        assert!(out.numpy.starts_with("import numpy as np"), "{}", op.name());
        assert!(out.torch.starts_with("import torch"), "{}", op.name());
    }
}

#[test]
fn svd_and_lu_give_named_factors() {
    let a = Matrix::from_fn(3, 2, |i, j| (i * 2 + j) as f64 + 1.0);
    let Value::Factors(f) = run(Op::Svd, &Inputs::new(a.clone())).unwrap().value else {
        panic!()
    };
    let names: Vec<&str> = f.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["U", "Σ", "Vᵀ"]);
    let Value::Factors(f) = run(Op::Lu, &Inputs::new(a)).unwrap().value else {
        panic!()
    };
    let names: Vec<&str> = f.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["P", "L", "U"]);
}

/// The largest inputs the decompositions take pass their own checks; the times are printed
/// for `cargo test --release --test math -- --nocapture`, and asserted on by nothing.
#[test]
fn the_largest_decompositions_pass_their_checks() {
    let mut seed = 12345u64;
    let a = Matrix::from_fn(256, 256, |_, _| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    });
    // A + Aᵀ is symmetric: eig and eigh take the symmetric eigensolver there.
    let symmetric = &a + a.transpose();
    let cases = [Op::Svd, Op::Eig, Op::Inv, Op::Solve, Op::Pinv]
        .map(|op| (op, &a))
        .into_iter()
        .chain([(Op::Eig, &symmetric), (Op::Eigh, &symmetric)]);
    for (op, a) in cases {
        let inputs = Inputs::new(a.clone()).with_vector(Vector::from_element(256, 1.0));
        let start = std::time::Instant::now();
        let out = run(op, &inputs).unwrap();
        println!("{:>6} 256×256: {:?}", op.name(), start.elapsed());
        let check = out.check.expect("every decomposition shows its check");
        assert!(check.passed, "{} 256×256: {check:?}", op.name());
    }
}

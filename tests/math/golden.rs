//! Every number the two lessons print, reproduced through the front door the page uses.

use approx::assert_relative_eq;
use eigenplay::math::linalg::C64;
use eigenplay::math::matrix::Vector;
use eigenplay::math::op::Op;
use eigenplay::math::outcome::Value;
use eigenplay::math::run::{run, Inputs};

use crate::m;

fn matrix(v: Value) -> eigenplay::math::matrix::Matrix {
    match v {
        Value::Matrix(m) => m,
        other => panic!("expected a matrix, got {other:?}"),
    }
}

fn scalar(v: Value) -> f64 {
    match v {
        Value::Scalar(x) => x,
        other => panic!("expected a number, got {other:?}"),
    }
}

#[rustfmt::skip]
fn lesson_a() -> eigenplay::math::matrix::Matrix {
    m(&[&[1.0, 2.0],
        &[3.0, 4.0]])
}

#[rustfmt::skip]
fn lesson_b() -> eigenplay::math::matrix::Matrix {
    m(&[&[5.0, 6.0],
        &[7.0, 8.0]])
}

#[test]
fn matmul_of_dl_demystified() {
    #[rustfmt::skip]
    let b = m(&[&[2.0, 0.0],
                &[1.0, 2.0]]);
    let out = run(Op::Matmul, &Inputs::new(lesson_a()).with_b(b)).unwrap();
    #[rustfmt::skip]
    let expected = m(&[&[ 4.0, 4.0],
                       &[10.0, 8.0]]);
    assert_eq!(matrix(out.value), expected);
}

#[test]
fn matmul_hadamard_dot_of_chapter_2() {
    let out = run(Op::Matmul, &Inputs::new(lesson_a()).with_b(lesson_b())).unwrap();
    #[rustfmt::skip]
    let expected = m(&[&[19.0, 22.0],
                       &[43.0, 50.0]]);
    assert_eq!(matrix(out.value), expected);

    let out = run(Op::Hadamard, &Inputs::new(lesson_a()).with_b(lesson_b())).unwrap();
    #[rustfmt::skip]
    let expected = m(&[&[ 5.0, 12.0],
                       &[21.0, 32.0]]);
    assert_eq!(matrix(out.value), expected);

    let x = m(&[&[1.0, 2.0]]);
    let y = m(&[&[3.0, 4.0]]);
    let out = run(Op::Dot, &Inputs::new(x).with_b(y)).unwrap();
    assert_eq!(scalar(out.value), 11.0);
}

#[test]
fn three_by_three_product_of_the_illustrative_example() {
    #[rustfmt::skip]
    let mm = m(&[&[1.0, 2.0, 3.0],
                 &[4.0, 5.0, 6.0],
                 &[7.0, 8.0, 9.0]]);
    #[rustfmt::skip]
    let n = m(&[&[9.0, 8.0, 7.0],
                &[6.0, 5.0, 4.0],
                &[3.0, 2.0, 1.0]]);
    let out = run(Op::Matmul, &Inputs::new(mm).with_b(n)).unwrap();
    #[rustfmt::skip]
    let expected = m(&[&[ 30.0,  24.0, 18.0],
                       &[ 84.0,  69.0, 54.0],
                       &[138.0, 114.0, 90.0]]);
    assert_eq!(matrix(out.value), expected);
}

#[test]
fn eigen_of_the_illustrative_example() {
    #[rustfmt::skip]
    let mm = m(&[&[1.0, 2.0, 3.0],
                 &[4.0, 5.0, 6.0],
                 &[7.0, 8.0, 9.0]]);
    let out = run(Op::Eig, &Inputs::new(mm.clone())).unwrap();
    let Value::Eigen(e) = out.value else {
        panic!("expected eigenpairs")
    };
    assert!(e.is_real());
    assert_relative_eq!(e.values[0].re, 16.116843969807043, epsilon = 1e-10);
    assert_relative_eq!(e.values[1].re, -1.1168439698070427, epsilon = 1e-10);
    assert!(e.values[2].norm() < 1e-12);
    // The lesson prints the first eigenvector as (-0.2320, -0.5253, -0.8187); the sign
    // convention (largest entry positive) gives its opposite.
    let v0: Vec<f64> = e.vectors.column(0).iter().map(|z| z.re).collect();
    assert_relative_eq!(
        v0.as_slice(),
        [0.2320, 0.5253, 0.8187].as_slice(),
        epsilon = 1e-4
    );
    // M·v = λ·v, which the lesson prints as (-3.7386, -8.4665, -13.1944) for the other sign.
    let mv = mm.map(|x| C64::new(x, 0.0)) * e.vectors.column(0);
    let expected = [3.7386, 8.4665, 13.1944];
    for k in 0..3 {
        assert_relative_eq!(mv[k].re, expected[k], epsilon = 1e-4);
    }
    let check = out.check.unwrap();
    assert!(check.passed && check.residual < 1e-12, "{check:?}");
}

#[test]
fn solve_of_chapter_2() {
    #[rustfmt::skip]
    let a = m(&[&[2.0, 1.0],
                &[1.0, 3.0]]);
    let out = run(
        Op::Solve,
        &Inputs::new(a).with_vector(Vector::from_vec(vec![8.0, 13.0])),
    )
    .unwrap();
    let Value::Vector(x) = out.value else {
        panic!("expected a vector")
    };
    assert_relative_eq!(x, Vector::from_vec(vec![2.2, 3.6]), epsilon = 1e-14);
    assert!(
        out.note.is_none(),
        "an exact solve needs no least-squares note"
    );
    assert!(out.check.unwrap().passed);
}

#[rustfmt::skip]
fn chapter_2_x() -> eigenplay::math::matrix::Matrix {
    m(&[&[1.0, 2.0],
        &[2.0, 3.0],
        &[3.0, 4.0],
        &[4.0, 5.0]])
}

#[test]
fn rank_and_pseudo_inverse_solution_of_chapter_2() {
    let out = run(Op::Rank, &Inputs::new(chapter_2_x())).unwrap();
    assert_eq!(out.value, Value::Count(2));

    // The inverse does not exist: X is 4×2.
    let err = run(Op::Inv, &Inputs::new(chapter_2_x())).unwrap_err();
    assert!(err.to_string().contains("square"), "{err}");

    let y = Vector::from_vec(vec![3.0, 5.0, 7.0, 9.0]);
    let out = run(Op::Solve, &Inputs::new(chapter_2_x()).with_vector(y)).unwrap();
    let Value::Vector(x) = out.value else {
        panic!("expected a vector")
    };
    assert_relative_eq!(x, Vector::from_vec(vec![1.0, 1.0]), epsilon = 1e-12);
    assert!(out.note.unwrap().contains("least-squares"));
    assert!(out.numpy.contains("lstsq"));
}

#[test]
fn manual_gradient_step_of_chapter_2() {
    // predictions = X·w with w = (5, 5): (15, 25, 35, 45).
    let w = m(&[&[5.0], &[5.0]]);
    let out = run(Op::Matmul, &Inputs::new(chapter_2_x()).with_b(w)).unwrap();
    assert_eq!(matrix(out.value), m(&[&[15.0], &[25.0], &[35.0], &[45.0]]));
}

#[test]
fn matmul_identities_of_chapter_2_all_hold() {
    #[rustfmt::skip]
    let d = m(&[&[2.0, 3.0],
                &[4.0, 5.0]]);
    let out = run(
        Op::Props,
        &Inputs::new(lesson_a()).with_b(lesson_b()).with_c(d),
    )
    .unwrap();
    let Value::Props(list) = out.value else {
        panic!("expected properties")
    };
    assert_eq!(list.len(), 3);
    assert!(
        list.iter().all(|p| p.holds && p.max_diff == Some(0.0)),
        "{list:?}"
    );
    // The lesson's own form, A(B + B) = AB + AB, with C left out.
    let out = run(Op::Props, &Inputs::new(lesson_a()).with_b(lesson_b())).unwrap();
    let Value::Props(list) = out.value else {
        panic!("expected properties")
    };
    assert!(list.iter().all(|p| p.holds));
}

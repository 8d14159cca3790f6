//! What exact answers must satisfy, exactly: A·A⁻¹ = I, A·x = b, A·n = 0, rank + nullity,
//! the cofactor sum, the RREF's steps, and a few answers known by heart. Also the sizes that
//! pass i64, and the refusals.

use super::fixtures::{all_cases, case_named, vector};
use super::{qm, r};
use eigenplay::math::exact::{self, ExactError, ExactSolution, QMatrix, RowOp, Q};
use eigenplay::math::linalg;

#[test]
fn inverses_multiply_to_the_identity() {
    let mut inverted = 0;
    for c in all_cases() {
        // Too big is held against SymPy in fixtures.rs; here only exact answers are checked.
        let Ok(inverse) = exact::inverse(&c.a) else {
            continue;
        };
        if let Some(inv) = inverse {
            inverted += 1;
            let id = QMatrix::identity(c.a.nrows());
            assert_eq!(c.a.matmul(&inv).unwrap(), id, "{}: A·A⁻¹", c.name);
            assert_eq!(inv.matmul(&c.a).unwrap(), id, "{}: A⁻¹·A", c.name);
        } else if c.a.is_square() {
            assert!(
                exact::det(&c.a).unwrap().is_zero(),
                "{}: no inverse",
                c.name
            );
        }
    }
    assert!(inverted >= 35, "only {inverted} inverses");
}

#[test]
fn solutions_satisfy_the_system_and_null_vectors_vanish() {
    for c in all_cases() {
        let zero = vec![Q::zero(); c.a.nrows()];
        let Ok(null) = exact::null_space(&c.a) else {
            continue;
        };
        for n in &null {
            assert_eq!(c.a.mul_vec(n).unwrap(), zero, "{}: A·n", c.name);
        }
        assert_eq!(
            exact::rank(&c.a).unwrap() + null.len(),
            c.a.ncols(),
            "{}: rank + nullity",
            c.name
        );
        for s in c.json["systems"].as_array().unwrap() {
            let b = vector(&s["b"]);
            let Ok(solution) = exact::solve(&c.a, &b) else {
                continue;
            };
            match solution {
                ExactSolution::Unique(x) => assert_eq!(c.a.mul_vec(&x).unwrap(), b, "{}", c.name),
                ExactSolution::Infinite { particular, null } => {
                    assert_eq!(c.a.mul_vec(&particular).unwrap(), b, "{}", c.name);
                    // Any member of the family: the particular solution plus every null vector.
                    let x: Vec<Q> = (0..particular.len())
                        .map(|i| null.iter().fold(particular[i], |s, n| s + n[i]))
                        .collect();
                    assert_eq!(c.a.mul_vec(&x).unwrap(), b, "{}", c.name);
                }
                ExactSolution::Inconsistent { row } => {
                    assert!(row < c.a.nrows(), "{}: row {row}", c.name);
                    let rank = exact::rank(&c.a).unwrap();
                    assert!(rank <= row, "{}: a pivot row of A", c.name);
                }
            }
        }
    }
}

#[test]
fn replaying_the_rref_steps_reaches_the_rref() {
    for c in all_cases() {
        let Ok(rref) = exact::rref(&c.a) else {
            continue;
        };
        let mut m = c.a.clone();
        for (k, step) in rref.steps.iter().enumerate() {
            if let RowOp::Scale { factor, .. } = &step.op {
                assert!(!factor.is_zero(), "{}: step {k} scales by 0", c.name);
            }
            step.op.apply(&mut m);
            assert_eq!(m, step.matrix, "{}: step {k} ({})", c.name, step.op);
        }
        assert_eq!(m, rref.matrix, "{}: the last step", c.name);
        assert_eq!(rref.steps.is_empty(), c.a == rref.matrix, "{}", c.name);
    }
}

#[test]
fn cofactor_terms_sum_to_the_determinant() {
    let mut seen = 0;
    for c in all_cases() {
        let Some(terms) = exact::cofactor(&c.a) else {
            assert!(
                !(2..=3).contains(&c.a.nrows()) || !c.a.is_square(),
                "{}",
                c.name
            );
            continue;
        };
        seen += 1;
        let sum: Q = terms.iter().map(|t| t.value()).sum();
        assert_eq!(sum, exact::det(&c.a).unwrap(), "{}: cofactor sum", c.name);
        for t in &terms {
            assert_eq!(&t.entry, c.a.get(0, t.column).unwrap());
            assert_eq!(t.minor_det, exact::det(&t.minor).unwrap());
            assert_eq!(t.sign, if t.column % 2 == 0 { 1 } else { -1 });
        }
    }
    assert!(seen >= 10);
}

#[test]
fn characteristic_polynomial_is_det_of_lambda_i_minus_a() {
    for c in all_cases() {
        let Some(p) = exact::char_poly(&c.a) else {
            continue;
        };
        let n = c.a.nrows();
        for l in -2..=3 {
            let lambda = r(l, 1);
            let shifted = QMatrix::from_fn(n, n, |i, j| {
                let d = if i == j { lambda } else { Q::zero() };
                d - c.a.get(i, j).unwrap()
            });
            let value = p.iter().fold(Q::zero(), |s, k| s * lambda + k);
            assert_eq!(value, exact::det(&shifted).unwrap(), "{}: p({l})", c.name);
        }
    }
}

#[test]
fn answers_known_by_heart() {
    let a = qm(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]]);
    assert_eq!(
        exact::null_space(&a),
        Ok(vec![vec![r(1, 1), r(-2, 1), r(1, 1)]])
    );
    assert_eq!(exact::det(&a).unwrap(), r(0, 1));
    assert_eq!(exact::rank(&a), Ok(2));
    let a = qm(&[&[2, 1], &[1, 3]]);
    let x = exact::solve(&a, &[r(8, 1), r(13, 1)]).unwrap();
    assert_eq!(x, ExactSolution::Unique(vec![r(11, 5), r(18, 5)]));
    assert_eq!(
        exact::char_poly(&a).unwrap(),
        vec![r(1, 1), r(-5, 1), r(5, 1)]
    );
    let steps: Vec<String> = exact::rref(&a)
        .unwrap()
        .steps
        .iter()
        .map(|s| s.op.to_string())
        .collect();
    assert_eq!(
        steps,
        [
            "R1 ← 1/2·R1",
            "R2 ← R2 − R1",
            "R2 ← 2/5·R2",
            "R1 ← R1 − 1/2·R2"
        ]
    );
    let p = qm(&[&[0, 1], &[1, 0]]);
    assert_eq!(
        exact::rref(&p).unwrap().steps[0].op,
        RowOp::Swap { a: 0, b: 1 }
    );
    assert_eq!(exact::det(&p).unwrap(), r(-1, 1));
}

#[test]
fn big_integers_pass_i64() {
    // det of the 8×8 Hilbert matrix is 1/q with q about 3.7·10³²: past i64, inside i128.
    let h = case_named("hilbert-8");
    let d = exact::det(&h.a).unwrap();
    assert_eq!(d.numer(), Some(1));
    assert_eq!(d.denom(), Some(365_356_847_125_734_485_878_112_256_000_000));
    assert!(
        d.to_f64() > 0.0,
        "a positive determinant rounds to a positive f64"
    );
    // An entry of 10¹⁸ (near i64::MAX): its 2×2 determinant 10³⁶ − 1 passes i64 by far.
    let e18 = 1_000_000_000_000_000_000;
    let a = QMatrix::from_ints(&[&[e18, 1], &[1, e18]]).unwrap();
    assert_eq!(
        exact::det(&a),
        Ok(Q::from_integer(i128::from(e18).pow(2) - 1))
    );
    // The exact inverse agrees with LU in floating point where it is well conditioned.
    let inv = exact::inverse(&h.a).unwrap().unwrap();
    let float = linalg::try_inv(&h.a.to_f64()).unwrap();
    let diff = inv.max_abs_diff(&float).unwrap();
    let biggest = inv.to_f64().amax();
    assert!(
        biggest > 1e9 && diff < 1e-3 * biggest,
        "diff {diff} of {biggest}"
    );
}

#[test]
fn past_128_bits_is_too_big_never_wrong() {
    // 12×12 Hilbert: its determinant, 1/q with q about 3.8·10⁷⁷, needs 258 bits.
    let h = case_named("hilbert-12");
    assert_eq!(exact::det(&h.a), Err(ExactError::TooBig));
    // Entries about 10¹²: a 4×4 determinant of about 48 digits.
    assert_eq!(
        exact::det(&case_named("huge-entries-4").a),
        Err(ExactError::TooBig)
    );
    // A sum whose common denominator outgrows 128 bits: 1/p² + 1/q² for coprime p, q near
    // 2⁶², each term fits, their common denominator p²q² needs about 248 bits.
    let (p, q) = ((1i128 << 62) + 1, (1i128 << 62) + 3);
    let x = Q::new(1, p).unwrap() * Q::new(1, p).unwrap();
    let y = Q::new(1, q).unwrap() * Q::new(1, q).unwrap();
    assert!(!x.is_too_big() && !y.is_too_big());
    let sum = x + y;
    assert!(sum.is_too_big(), "{sum:?}");
    // Too big stays too big, as NaN does, and is neither zero nor equal to a number.
    for z in [
        sum + Q::one(),
        sum * Q::zero(),
        -sum,
        sum.recip(),
        sum.abs(),
    ] {
        assert!(z.is_too_big());
        assert!(!z.is_zero() && z != Q::zero());
    }
    assert_eq!(sum.partial_cmp(&Q::zero()), None);
    assert!(sum.to_f64().is_nan());
    // i128::MIN itself is too big, so no negation can overflow.
    assert!(Q::from_integer(i128::MIN).is_too_big());
    let big = Q::from_integer(-(1 << 126));
    assert!((big + big).is_too_big(), "−2¹²⁷ is kept out");
    assert!((big * Q::from_integer(2)).is_too_big());
    assert_eq!(big * Q::from_integer(-1), Q::from_integer(1 << 126));
    // Dividing by 0 is too big too (exact mode never does it; it must not panic).
    assert!((Q::one() / Q::zero()).is_too_big() && Q::zero().recip().is_too_big());
    // A matrix with a too-big entry: every exact answer says so.
    let m = QMatrix::new(2, 2, vec![Q::one(), Q::TOO_BIG, Q::zero(), Q::one()]).unwrap();
    assert_eq!(exact::det(&m), Err(ExactError::TooBig));
    assert_eq!(exact::inverse(&m), Err(ExactError::TooBig));
    assert_eq!(exact::rank(&m), Err(ExactError::TooBig));
    assert_eq!(exact::rref(&m).map(|r| r.pivots), Err(ExactError::TooBig));
    assert_eq!(exact::null_space(&m), Err(ExactError::TooBig));
    assert_eq!(
        exact::solve(&m, &[Q::one(), Q::one()]),
        Err(ExactError::TooBig)
    );
    assert_eq!(m.matmul(&m), Err(ExactError::TooBig));
    assert!(ExactError::TooBig.to_string().contains("128-bit"));
}

#[test]
fn exact_and_float_answers_agree_on_small_cases() {
    for c in all_cases()
        .iter()
        .filter(|c| c.a.is_square() && c.a.nrows() <= 6)
    {
        let Ok(exact_det) = exact::det(&c.a).map(|d| d.to_f64()) else {
            continue;
        };
        let float_det = linalg::try_det(&c.a.to_f64()).unwrap();
        let scale = exact_det.abs().max(1.0);
        assert!(
            (exact_det - float_det).abs() <= 1e-8 * scale,
            "{}: det",
            c.name
        );
    }
}

#[test]
fn refusals_are_values_not_panics() {
    let wide = qm(&[&[1, 2, 3], &[4, 5, 6]]);
    assert_eq!(
        exact::det(&wide),
        Err(ExactError::NotSquare { rows: 2, cols: 3 })
    );
    assert_eq!(exact::inverse(&wide), Ok(None));
    assert_eq!(exact::inverse(&qm(&[&[1, 2], &[2, 4]])), Ok(None));
    assert_eq!(exact::char_poly(&wide), None);
    assert_eq!(exact::char_poly(&QMatrix::identity(4)), None);
    assert_eq!(exact::cofactor(&QMatrix::identity(1)), None);
    assert_eq!(exact::cofactor(&QMatrix::identity(4)), None);
    let err = exact::solve(&wide, &[r(1, 1)]).unwrap_err();
    assert_eq!(
        err,
        ExactError::ShapeMismatch {
            expected: 2,
            found: 1
        }
    );
    assert!(!err.to_string().is_empty());
    assert!(wide.matmul(&wide).is_err());
    assert!(wide.mul_vec(&[r(1, 1)]).is_err());
    assert_eq!(wide.max_abs_diff(&QMatrix::identity(2).to_f64()), None);
    assert_eq!(QMatrix::new(2, 2, vec![r(1, 1)]), None);
    assert_eq!(exact::det(&QMatrix::zeros(0, 0)).unwrap(), r(1, 1));
    assert_eq!(wide.get(2, 0), None);
    assert_eq!(wide.transpose().shape(), (3, 2));
}

#[test]
fn determinant_of_a_64_by_64_product_of_triangles() {
    // L is unit lower triangular, U upper triangular with diagonal 1, 2, −1, ...: det(L·U) is
    // the product of U's diagonal, and exchanging two rows of L·U negates it.
    let n = 64;
    let l = QMatrix::from_fn(n, n, |i, j| match i.cmp(&j) {
        std::cmp::Ordering::Greater => r(((i * 7 + j * 3) % 5) as i64 - 2, 1),
        std::cmp::Ordering::Equal => r(1, 1),
        std::cmp::Ordering::Less => r(0, 1),
    });
    let diagonal = [1, 2, -1];
    let u = QMatrix::from_fn(n, n, |i, j| match i.cmp(&j) {
        std::cmp::Ordering::Less => r(((i + 2 * j) % 7) as i64 - 3, 1),
        std::cmp::Ordering::Equal => r(diagonal[i % 3], 1),
        std::cmp::Ordering::Greater => r(0, 1),
    });
    let a = l.matmul(&u).unwrap();
    let want: Q = (0..n).map(|i| r(diagonal[i % 3], 1)).product();
    assert_eq!(exact::det(&a).unwrap(), want);
    let swapped = QMatrix::from_fn(n, n, |i, j| {
        let row = [1, 0].get(i).copied().unwrap_or(i);
        *a.get(row, j).unwrap()
    });
    assert_eq!(exact::det(&swapped).unwrap(), -want);
    assert_eq!(exact::rank(&a), Ok(n));
}

//! `exact::answer`: what the Lab shows in exact mode, beside the decimal answer it is
//! compared with.

use eigenplay::math::exact::{answer, ExactInputs, ExactValue, QMatrix};
use eigenplay::math::op::Op;
use eigenplay::math::run::{run, Inputs};

use super::{qm, r};

fn exact_and_float(
    op: Op,
    a: QMatrix,
    rhs: Option<Vec<i64>>,
) -> eigenplay::math::exact::ExactAnswer {
    let mut inputs = Inputs::new(a.to_f64());
    if let Some(b) = &rhs {
        inputs = inputs.with_vector(nalgebra::DVector::from_iterator(
            b.len(),
            b.iter().map(|&x| x as f64),
        ));
    }
    let float = run(op, &inputs).unwrap_or_else(|e| panic!("{}: {e}", op.name()));
    let exact = ExactInputs {
        a,
        b: None,
        rhs: rhs.map(|b| b.into_iter().map(|x| r(x, 1)).collect()),
        scalar: None,
        k: 1,
    };
    answer(op, &exact, &float.value).unwrap_or_else(|| panic!("{} has an exact answer", op.name()))
}

fn cells(rows: &[&[&str]]) -> ExactValue {
    ExactValue::Cells(
        rows.iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
    )
}

#[test]
fn the_lessons_inverse_is_in_halves_and_agrees_with_the_decimals() {
    let out = exact_and_float(Op::Inv, qm(&[&[1, 2], &[3, 4]]), None);
    assert_eq!(out.value, cells(&[&["-2", "1"], &["3/2", "-1/2"]]));
    assert_eq!(out.verified, "A·A⁻¹ = I exactly");
    assert!(out.float_gap.unwrap() < 1e-14, "{:?}", out.float_gap);
    // Gauss–Jordan on [A | I], ending at [I | A⁻¹].
    let last = out.steps.last().unwrap();
    assert_eq!(last.cells[1], ["0", "1", "3/2", "-1/2"]);
}

#[test]
fn the_lessons_system_solves_in_fifths() {
    let out = exact_and_float(Op::Solve, qm(&[&[2, 1], &[1, 3]]), Some(vec![8, 13]));
    assert_eq!(out.value, cells(&[&["11/5"], &["18/5"]]));
    assert_eq!(out.verified, "A·x = b exactly");
    assert!(out.float_gap.unwrap() < 1e-14);
}

#[test]
fn a_contradiction_and_a_family_of_solutions_are_said_in_words() {
    let a = qm(&[&[1, 2], &[2, 4]]);
    let none = exact_and_float(Op::Solve, a.clone(), Some(vec![1, 3]));
    assert!(matches!(none.value, ExactValue::Words(ref w) if w.starts_with("No x solves")));
    assert!(none.lines[0].contains("reads 0 = 1"), "{:?}", none.lines);
    let many = exact_and_float(Op::Solve, a, Some(vec![1, 2]));
    assert_eq!(many.value, cells(&[&["1"], &["0"]]));
    assert_eq!(
        many.lines[0],
        "Every solution: x = (1, 0) + t1·(-2, 1), for any numbers t."
    );
}

#[test]
fn the_null_space_of_the_lessons_3x3_is_one_exact_vector_in_the_decimal_span() {
    let out = exact_and_float(Op::Null, qm(&[&[1, 2, 3], &[4, 5, 6], &[7, 8, 9]]), None);
    assert_eq!(out.value, cells(&[&["1"], &["-2"], &["1"]]));
    assert!(out.float_gap.unwrap() < 1e-12, "{:?}", out.float_gap);
    assert!(out
        .lines
        .contains(&"rank 2 + nullity 1 = 3 columns".to_string()));
}

/// A negative entry or minor is written in brackets with a minus sign, as on paper.
#[test]
fn a_cofactor_expansion_brackets_its_negative_factors() {
    let out = exact_and_float(Op::Det, qm(&[&[1, 2, 0], &[0, 1, 1], &[1, 0, 2]]), None);
    assert_eq!(
        out.lines[0],
        "Along the first row: 1·2 − 2·(−1) + 0·(−1) = 4"
    );
    let out = exact_and_float(Op::Det, qm(&[&[1, 2], &[3, 4]]), None);
    assert_eq!(out.lines[0], "Along the first row: 1·4 − 2·3 = −2");
}

#[test]
fn a_determinant_past_64_bits_is_exact_and_its_decimal_close() {
    let big = 1_000_000_000_000_000_000i64; // 10¹⁸
    let out = exact_and_float(Op::Det, qm(&[&[big, 1], &[1, big]]), None);
    assert_eq!(out.value, ExactValue::Number("9".repeat(36)));
    // The decimal answer is 1e36, off by 1 in 36 digits: well within the agreement.
    assert!(out.float_gap.unwrap() < 1e-15);
    assert_eq!(
        out.lines[0],
        format!(
            "Along the first row: {big}·{big} − 1·1 = {}",
            "9".repeat(36)
        )
    );
}

#[test]
fn irrational_answers_and_large_matrices_have_no_exact_answer() {
    let a = qm(&[&[1, 2], &[3, 4]]);
    let float = run(Op::Svd, &Inputs::new(a.to_f64())).unwrap().value;
    let exact = ExactInputs {
        a,
        b: None,
        rhs: None,
        scalar: None,
        k: 1,
    };
    assert!(answer(Op::Svd, &exact, &float).is_none());
    let big = QMatrix::identity(13);
    let float = run(Op::Det, &Inputs::new(big.to_f64())).unwrap().value;
    assert!(answer(Op::Det, &ExactInputs { a: big, ..exact }, &float).is_none());
}

#[test]
fn past_128_bits_the_answer_says_so_in_words() {
    let e30 = "1000000000000000000000000000000"; // 10³⁰: fits, its square does not
    let cells = |rows: &[&[&str]]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect()
    };
    let a = QMatrix::from_cells(&cells(&[&[e30, "1"], &["1", e30]])).unwrap();
    assert!(!a.is_too_big());
    let typed = QMatrix::from_cells(&cells(&[&["1", &format!("{e30}{e30}")], &["1", "1"]]));
    let typed = typed.unwrap();
    assert!(typed.is_too_big());
    for (op, exact_a) in [
        (Op::Det, a.clone()),
        (Op::Inv, a.clone()),
        (Op::Rank, typed),
    ] {
        let float = run(op, &Inputs::new(a.to_f64())).unwrap().value;
        let exact = ExactInputs {
            a: exact_a,
            b: None,
            rhs: None,
            scalar: None,
            k: 1,
        };
        let out = answer(op, &exact, &float).expect("an answer in words");
        match &out.value {
            ExactValue::Words(w) => assert!(w.contains("outgrow 128-bit"), "{}: {w}", op.name()),
            other => panic!("{}: {other:?}", op.name()),
        }
        assert!(out.steps.is_empty() && out.float_gap.is_none());
    }
}

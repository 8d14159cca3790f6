//! Reading matrices from cells, literals, spreadsheet pastes and links.

use eigenplay::math::error::MathError;
use eigenplay::math::parse::{parse_cells, parse_number, parse_share, parse_text, parse_vector};

use crate::m;

#[rustfmt::skip]
fn two_by_two() -> eigenplay::math::matrix::Matrix {
    m(&[&[1.0, 2.0],
        &[3.0, 4.0]])
}

#[test]
fn numbers_in_every_spelling() {
    assert_eq!(parse_number("2.5"), Some(2.5));
    assert_eq!(parse_number(" -3 "), Some(-3.0));
    assert_eq!(parse_number("+4"), Some(4.0));
    assert_eq!(parse_number("−2"), Some(-2.0));
    assert_eq!(parse_number("1e-3"), Some(1e-3));
    assert_eq!(parse_number("1/4"), Some(0.25));
    assert_eq!(parse_number("abc"), None);
    assert_eq!(parse_number(""), None);
}

/// The hand-written reader this replaced read `5e39` one unit in the last place off, and spent
/// tens of thousands of 128-bit divisions on each `1e-1048576` (a 64×64 link of them froze
/// the page for minutes). std's reader is correctly rounded and quick for both.
#[test]
fn huge_exponents_read_exactly() {
    assert_eq!(
        parse_number("5e39").map(f64::to_bits),
        Some(5e39_f64.to_bits())
    );
    assert_eq!(parse_number("1e-1048576"), Some(0.0));
    assert_eq!(parse_number("-1e1048576"), Some(f64::NEG_INFINITY));
    for x in [
        0.1,
        1.0 / 3.0,
        2.2e-308,
        4.9e-324,
        1.7976931348623157e308,
        123456.789e40,
    ] {
        let written = eigenplay::math::format::fmt_exact(x);
        assert_eq!(
            parse_number(&written).map(f64::to_bits),
            Some(x.to_bits()),
            "{written}"
        );
    }
}

#[test]
fn literals_of_numpy_and_pytorch() {
    for text in [
        "[[1, 2], [3, 4]]",
        "np.array([[1, 2], [3, 4]])",
        "A = np.array([[1., 2.],\n               [3., 4.]])",
        "torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float32)",
        "[[1, 2,], [3, 4,],]",
    ] {
        assert_eq!(parse_text("A", text).unwrap(), two_by_two(), "{text}");
    }
}

#[test]
fn a_flat_list_is_a_column_vector() {
    assert_eq!(
        parse_text("x", "np.array([1, 2, 3])").unwrap(),
        m(&[&[1.0], &[2.0], &[3.0]])
    );
    assert_eq!(
        parse_vector("x", "[8, 13]").unwrap().as_slice(),
        &[8.0, 13.0]
    );
    assert_eq!(parse_vector("x", "8,13").unwrap().as_slice(), &[8.0, 13.0]);
    assert_eq!(parse_vector("x", "8;13").unwrap().as_slice(), &[8.0, 13.0]);
}

#[test]
fn spreadsheet_rows_with_tabs_commas_or_spaces() {
    assert_eq!(parse_text("A", "1\t2\n3\t4\n").unwrap(), two_by_two());
    assert_eq!(parse_text("A", "1,2\r\n3,4").unwrap(), two_by_two());
    assert_eq!(parse_text("A", "1 2\n\n3   4").unwrap(), two_by_two());
}

#[test]
fn link_form() {
    assert_eq!(parse_share("A", "1,2;3,4").unwrap(), two_by_two());
    assert_eq!(parse_text("A", "1,2;3,4").unwrap(), two_by_two());
    assert_eq!(
        parse_share("A", "1.5e3,-0.25").unwrap(),
        m(&[&[1500.0, -0.25]])
    );
}

#[test]
fn cells_from_the_grid() {
    let cells = vec![vec!["1", "2"], vec!["3", "4"]];
    assert_eq!(parse_cells("A", &cells).unwrap(), two_by_two());
}

#[test]
fn bad_input_is_named_by_cell() {
    let err = parse_text("A", "1,2;3,x").unwrap_err();
    assert_eq!(
        err,
        MathError::BadNumber {
            name: "A".into(),
            row: 1,
            col: 1,
            text: "x".into()
        }
    );
    assert_eq!(err.to_string(), "A[2,2] is \"x\", which is not a number.");

    let err = parse_text("A", "1,2;nan,4").unwrap_err();
    assert_eq!(
        err.to_string(),
        "A[2,1] is not a finite number; only ordinary numbers are allowed."
    );

    let err = parse_cells("B", &[vec!["1", ""]]).unwrap_err();
    assert_eq!(err.to_string(), "B[1,2] is empty; type a number.");

    let err = parse_text("A", "1,2;3").unwrap_err();
    assert!(
        matches!(
            err,
            MathError::Ragged {
                row: 1,
                expected: 2,
                found: 1,
                ..
            }
        ),
        "{err:?}"
    );

    for bad in [
        "[[1, 2], [3, 4]",
        "[[[1]]]",
        "print([[1]])x",
        "[[1, 2], 3]",
        "[]",
    ] {
        assert!(parse_text("A", bad).is_err(), "{bad} should be refused");
    }
}

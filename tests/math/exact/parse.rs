//! Reading cells exactly (`parse_q`, `QMatrix::from_cells`) and writing rationals (`fmt_q`).

use super::fixtures::all_cases;
use super::r;
use eigenplay::math::exact::{fmt_q, parse_q, QMatrix, Q};
use eigenplay::math::format::fmt_number;

#[test]
fn accepts_integers_fractions_and_short_decimals() {
    for (text, p, q) in [
        ("-3", -3, 1),
        ("+4", 4, 1),
        ("−5", -5, 1),
        ("  7 ", 7, 1),
        ("0", 0, 1),
        ("-0", 0, 1),
        ("1/3", 1, 3),
        ("-2/4", -1, 2),
        ("−7/2", -7, 2),
        ("6/-4", -3, 2),
        (" 3 / 9 ", 1, 3),
        ("0.5", 1, 2),
        ("-1.25", -5, 4),
        ("−0.125", -1, 8),
        (".5", 1, 2),
        ("5.", 5, 1),
        ("+2.000001", 2_000_001, 1_000_000),
        ("1_000", 1000, 1),
        ("\"2\"", 2, 1),
    ] {
        assert_eq!(parse_q(text), Some(r(p, q)), "{text:?}");
    }
    // 30 digits: past i64, inside i128.
    let huge = "123456789012345678901234567890";
    assert_eq!(
        parse_q(huge).and_then(|x| x.numer()).map(|n| n.to_string()),
        Some(huge.to_string())
    );
    assert_eq!(
        parse_q("-170141183460469231731687303715884105727"),
        Some(Q::from_integer(-i128::MAX))
    );
}

#[test]
fn digits_past_128_bits_read_as_too_big() {
    let forty = "1234567890123456789012345678901234567890";
    for text in [
        forty.to_string(),
        format!("-{forty}"),
        format!("1/{forty}"),
        format!("{forty}/7"),
        format!("{forty}.5"),
        // 2¹²⁷, one past i128::MAX, and −2¹²⁷, which `Q` keeps out.
        "170141183460469231731687303715884105728".to_string(),
        "-170141183460469231731687303715884105728".to_string(),
    ] {
        assert_eq!(parse_q(&text), Some(Q::TOO_BIG), "{text}");
    }
    assert_eq!(parse_q(&format!("{forty}/0")), None, "a zero denominator");
    assert_eq!(parse_q(&format!("{forty}x")), None, "not a number");
    assert_eq!(fmt_q(&Q::TOO_BIG), "too big");
}

#[test]
fn refuses_everything_else() {
    for text in [
        "",
        " ",
        "1e3",
        "1E-2",
        "2.5e1",
        "nan",
        "NaN",
        "inf",
        "-inf",
        "∞",
        "1/0",
        "-3/0",
        "0/0",
        "0.1234567",
        "1/2/3",
        "1.5/2",
        "1/",
        "/2",
        ".",
        "-",
        "+",
        "--1",
        "+-1",
        "1-",
        "x",
        "0x10",
        "1 2",
        "1,5",
        "½",
        "1/3.",
        "١",
    ] {
        assert_eq!(parse_q(text), None, "{text:?}");
    }
}

#[test]
fn a_grid_is_exact_only_when_every_cell_is() {
    let cells = |rows: &[&[&str]]| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect()
    };
    let a = QMatrix::from_cells(&cells(&[&["1", "1/2"], &["-0.25", "−3"]])).unwrap();
    assert_eq!(a.as_slice(), [r(1, 1), r(1, 2), r(-1, 4), r(-3, 1)]);
    assert_eq!(a.shape(), (2, 2));
    assert_eq!(
        QMatrix::from_cells(&cells(&[&["1", "2"], &["3", "1e2"]])),
        None
    );
    assert_eq!(
        QMatrix::from_cells(&cells(&[&["1", "2"], &["3"]])),
        None,
        "ragged"
    );
    assert_eq!(
        QMatrix::from_cells(&cells(&[&["1", ""]])),
        None,
        "empty cell"
    );
    assert_eq!(QMatrix::from_cells(&cells(&[&["1/0"]])), None);
    assert_eq!(QMatrix::from_cells::<String>(&[]), None, "no rows");
    assert_eq!(QMatrix::from_cells(&cells(&[&[]])), None, "no columns");
}

#[test]
fn fmt_q_writes_lowest_terms_like_fmt_number() {
    assert_eq!(fmt_q(&r(3, 2)), "3/2");
    assert_eq!(fmt_q(&r(-1, 2)), "-1/2");
    assert_eq!(fmt_q(&r(2, -4)), "-1/2");
    assert_eq!(fmt_q(&r(-4, 2)), "-2");
    assert_eq!(fmt_q(&r(0, -5)), "0");
    for n in [-1000, -2, -1, 0, 1, 7, 123456] {
        assert_eq!(fmt_q(&r(n, 1)), fmt_number(n as f64), "{n}");
    }
    let cells = QMatrix::from_ints(&[&[1, -2]]).unwrap().to_cells();
    assert_eq!(cells, [["1", "-2"]]);
}

#[test]
fn every_fixture_number_reads_back_from_its_text() {
    for c in all_cases() {
        for (text, q) in c.a.to_cells().iter().flatten().zip(c.a.as_slice()) {
            if q.is_too_big() {
                continue;
            }
            assert_eq!(parse_q(text).as_ref(), Some(q), "{}: {text}", c.name);
        }
    }
}

//! The engine's own decimal reader against the standard library's exact one.

use crate::ulps;
use eigenplay::math::decimal::parse_decimal;
use proptest::prelude::*;

#[test]
fn reads_what_the_standard_library_reads() {
    for text in [
        "0",
        "-0",
        "1",
        "+1",
        "-12.5",
        "3e-4",
        "3E+4",
        ".5",
        "5.",
        "1.e3",
        "0.1",
        "0.3",
        "1234567.890",
        "2.2",
        "3.6",
        "221.6144",
        "1e22",
        "9007199254740992",
        "0000.000100",
        "1e999",
        "-1e999",
        "1e-999",
        "inf",
        "-Infinity",
        "NaN",
    ] {
        let ours = parse_decimal(text).unwrap_or_else(|| panic!("{text} was refused"));
        let std: f64 = text.parse().unwrap();
        assert!(
            ours.to_bits() == std.to_bits() || (ours.is_nan() && std.is_nan()),
            "{text}: {ours:e} against {std:e}"
        );
    }
}

#[test]
fn refuses_what_the_standard_library_refuses() {
    for text in [
        "", "-", ".", "e5", "1e", "1e+", "1..2", "1.2.3", "12a", "0x10", "1 2", "--1", "in",
    ] {
        assert_eq!(parse_decimal(text), None, "{text:?}");
        assert!(text.parse::<f64>().is_err(), "{text:?} is a number to std");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Decimals of up to 18 digits, any point, exponents a person would type: exact below 10³⁸.
    #[test]
    fn typed_numbers_are_exact(digits in 0u64..1_000_000_000_000_000_000, point in 0usize..19, exp in -40i32..21) {
        let text = format!("{}e{exp}", insert_point(digits, point));
        let std: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_decimal(&text).unwrap().to_bits(), std.to_bits(), "{}", text);
    }

    /// Every normal f64 below 10³⁸ (±m·2ᵉ, m in [1, 2)), as Eigenplay writes it into links and
    /// cells (shortest digits, plain or scientific), reads back to the very same bits.
    #[test]
    fn what_eigenplay_writes_reads_back_exactly(negative: bool, m in 1.0f64..2.0, e in -1022i32..126) {
        let x = if negative { -m } else { m } * 2f64.powi(e);
        for text in [format!("{x}"), format!("{x:e}"), eigenplay::math::format::fmt_exact(x)] {
            prop_assert_eq!(parse_decimal(&text).unwrap().to_bits(), x.to_bits(), "{}", text);
        }
    }

    /// Thirty digits, more than the 19 kept: exact wherever the first 19 digits and the next
    /// number up in the 19th digit round alike (all but about one case in 200 here), and
    /// within one ulp where a rounding boundary falls between them.
    #[test]
    fn long_digit_strings_round_as_std_does(head in 1u8..10, tail in proptest::collection::vec(0u8..10, 29), exp in -60i32..20) {
        let digits: String = std::iter::once(head).chain(tail).map(|d| char::from(b'0' + d)).collect();
        let sci = |d: &str| format!("{}.{}e{exp}", &d[..1], &d[1..]);
        let text = sci(&digits);
        let std: f64 = text.parse().unwrap();
        let ours = parse_decimal(&text).unwrap();
        let kept: u64 = digits[..19].parse().unwrap();
        let (low, high): (f64, f64) = (sci(&digits[..19]).parse().unwrap(), sci(&(kept + 1).to_string()).parse().unwrap());
        if low == high {
            prop_assert_eq!(ours.to_bits(), std.to_bits(), "{}", text);
        } else {
            prop_assert!(ulps(ours, std) <= 1, "{} read as {:e}", text, ours);
        }
    }

    /// Past 10³⁸ and below the normal range: within a few units in the last place.
    #[test]
    fn huge_and_subnormal_numbers_are_close(x in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL) {
        for text in [format!("{x}"), format!("{x:e}")] {
            let ours = parse_decimal(&text).unwrap();
            let tolerance = if x.abs() < f64::MIN_POSITIVE { 4 } else { 16 };
            prop_assert!(ulps(ours, x) <= tolerance, "{} read as {:e}", text, ours);
        }
    }
}

/// `digits` with a decimal point `point` places from the right.
fn insert_point(digits: u64, point: usize) -> String {
    let s = format!("{digits:0>width$}", width = point + 1);
    let (whole, frac) = s.split_at(s.len() - point);
    format!("{whole}.{frac}")
}

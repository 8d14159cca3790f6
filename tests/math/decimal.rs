//! The engine's own decimal reader against the standard library's exact one.

use eigenplay::math::decimal::parse_decimal;
use proptest::prelude::*;

/// How far apart two finite f64s are, in units in the last place.
fn ulps(a: f64, b: f64) -> u64 {
    if a == b {
        return 0;
    }
    let key = |x: f64| {
        let bits = x.to_bits() as i64;
        if bits < 0 {
            i64::MIN - bits
        } else {
            bits
        }
    };
    key(a).abs_diff(key(b))
}

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
    /// Up to 15 significant digits and an exponent within ±22: exact, bit for bit.
    #[test]
    fn short_numbers_are_exact(digits in 0u64..1_000_000_000_000_000, point in 0usize..16, exp in -7i32..8) {
        let text = format!("{}e{exp}", insert_point(digits, point));
        let std: f64 = text.parse().unwrap();
        prop_assert_eq!(parse_decimal(&text).unwrap().to_bits(), std.to_bits(), "{}", text);
    }

    /// Any f64, written shortest (17 digits at most) and in scientific notation: within a few
    /// units in the last place.
    #[test]
    fn every_f64_is_read_within_a_few_ulps(x in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL) {
        for text in [format!("{x}"), format!("{x:e}")] {
            let ours = parse_decimal(&text).unwrap();
            let tolerance = if x.abs() < f64::MIN_POSITIVE * 1e16 { 1 << 20 } else { 16 };
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

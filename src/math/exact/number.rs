//! One exact number as text: reading a cell, and writing a rational for the page.

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Pow, Zero};

/// The most digits after the decimal point that a decimal cell may have and still be exact.
///
/// Six is what the page shows (`DISPLAY_DIGITS`); a longer decimal is most often a rounded
/// non-terminating one (`0.3333333`), which exact mode would take literally.
pub const MAX_DECIMALS: usize = 6;

/// Reads one cell exactly: an integer (`-3`, `+4`, `−5` with the Unicode minus), a fraction
/// of integers (`1/3`, `-2/4`, `−7/2`; either side may carry a sign) or a plain decimal with
/// at most [`MAX_DECIMALS`] digits after the point (`0.5`, `-1.25`, `.5`, `5.`).
///
/// Surrounding spaces are ignored, and, as the floating-point reader does, underscores
/// (`1_000`) and one pair of quotes. `None` for anything else: empty text, scientific
/// notation, `nan`, `inf`, a zero denominator (`1/0`), or a longer decimal.
pub fn parse_q(text: &str) -> Option<BigRational> {
    let t = text.trim().replace('−', "-").replace('_', "");
    let t = t.trim_matches(|c| c == '"' || c == '\'').trim();
    if let Some((num, den)) = t.split_once('/') {
        let num = parse_integer(num.trim())?;
        let den = parse_integer(den.trim())?;
        if den.is_zero() {
            return None;
        }
        return Some(BigRational::new(num, den));
    }
    parse_decimal(t)
}

/// Splits a leading `+` or `-` off: (is it negative, the rest).
fn split_sign(t: &str) -> (bool, &str) {
    if let Some(rest) = t.strip_prefix('-') {
        (true, rest)
    } else {
        (false, t.strip_prefix('+').unwrap_or(t))
    }
}

fn is_digits(t: &str) -> bool {
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// An optionally signed run of ASCII digits.
fn parse_integer(t: &str) -> Option<BigInt> {
    let (negative, digits) = split_sign(t);
    if !is_digits(digits) {
        return None;
    }
    let n: BigInt = digits.parse().ok()?;
    Some(if negative { -n } else { n })
}

/// An optionally signed decimal `123`, `1.25`, `.5` or `5.` with at most [`MAX_DECIMALS`]
/// digits after the point.
fn parse_decimal(t: &str) -> Option<BigRational> {
    let (negative, body) = split_sign(t);
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = |s: &str| s.is_empty() || is_digits(s);
    if !ok(whole) || !ok(frac) || (whole.is_empty() && frac.is_empty()) {
        return None;
    }
    if frac.len() > MAX_DECIMALS {
        return None;
    }
    let digits = format!("{whole}{frac}");
    let numer: BigInt = digits.parse().ok()?;
    let denom: BigInt = BigInt::from(10u32).pow(frac.len() as u32);
    let q = BigRational::new(numer, denom);
    Some(if negative { -q } else { q })
}

/// A rational for the page, in lowest terms: `3/2`, `-1/2`, `-2`, `0`.
///
/// The sign is an ASCII hyphen-minus in front of the numerator, as `fmt_number` writes
/// negatives, and zero is never `-0`. An integer has no `/1`.
pub fn fmt_q(q: &BigRational) -> String {
    if q.is_zero() {
        return "0".to_string();
    }
    // `BigRational` keeps lowest terms with a positive denominator, so the sign is the
    // numerator's.
    if q.denom().is_one() {
        q.numer().to_string()
    } else {
        format!("{}/{}", q.numer(), q.denom())
    }
}

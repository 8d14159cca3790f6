//! One exact number as text: reading a cell, and writing a rational for the page.

use super::Q;

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
/// notation, `nan`, `inf`, a zero denominator (`1/0`), or a longer decimal. A number whose
/// digits do not fit 128 bits reads as [`Q::TOO_BIG`], so that the page can say so.
pub fn parse_q(text: &str) -> Option<Q> {
    let t = text.trim().replace('−', "-").replace('_', "");
    let t = t.trim_matches(|c| c == '"' || c == '\'').trim();
    if let Some((num, den)) = t.split_once('/') {
        let num = parse_integer(num.trim())?;
        let den = parse_integer(den.trim())?;
        return match (num, den) {
            (_, Digits::Fit(0)) => None,
            (Digits::Fit(n), Digits::Fit(d)) => Q::new(n, d),
            _ => Some(Q::TOO_BIG),
        };
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

/// A run of digits read as an integer: its value, or too many digits for 128 bits.
enum Digits {
    Fit(i128),
    TooBig,
}

/// An optionally signed run of ASCII digits.
fn parse_integer(t: &str) -> Option<Digits> {
    let (negative, digits) = split_sign(t);
    if !is_digits(digits) {
        return None;
    }
    // The digits are checked, so the only way `parse` can fail is overflow.
    Some(match digits.parse::<i128>() {
        Ok(n) if negative => Digits::Fit(-n),
        Ok(n) => Digits::Fit(n),
        Err(_) => Digits::TooBig,
    })
}

/// An optionally signed decimal `123`, `1.25`, `.5` or `5.` with at most [`MAX_DECIMALS`]
/// digits after the point.
fn parse_decimal(t: &str) -> Option<Q> {
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
    let Ok(numer) = digits.parse::<i128>() else {
        return Some(Q::TOO_BIG);
    };
    // At most MAX_DECIMALS (6) digits after the point: the power of ten fits.
    let q = Q::new(numer, 10i128.pow(frac.len() as u32))?;
    Some(if negative { -q } else { q })
}

/// A rational for the page, in lowest terms: `3/2`, `-1/2`, `-2`, `0`.
///
/// The sign is an ASCII hyphen-minus in front of the numerator, as `fmt_number` writes
/// negatives, and zero is never `-0`. An integer has no `/1`. A number that outgrew 128
/// bits is written `too big`; the page shows none, but says so in words.
pub fn fmt_q(q: &Q) -> String {
    // `Q` keeps lowest terms with a positive denominator, so the sign is the numerator's.
    match (q.numer(), q.denom()) {
        (Some(n), Some(1)) => n.to_string(),
        (Some(n), Some(d)) => format!("{n}/{d}"),
        _ => "too big".to_string(),
    }
}

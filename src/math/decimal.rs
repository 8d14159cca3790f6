//! Reading a decimal number (`-12.5`, `3e-4`, `.5`, `inf`, `nan`) into an `f64`.
//!
//! The standard library's parser is exact in every case, and for that carries a 10 KB table of
//! 128-bit powers of five: 3% of the page, incompressible. The numbers people type have at
//! most 19 significant digits and modest exponents. Those with at most 15 digits and an
//! exponent within ±22 (every matrix entry of the lessons) are read exactly, as the standard
//! library reads them: one correctly rounded product or quotient of two exact numbers. The
//! rest are read to within a few units in the last place, far below any tolerance the engine
//! checks against.

/// 10⁰ … 10²², each exactly representable in an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// The largest integer below which every integer is exact in an `f64`.
const EXACT_INTEGERS: u64 = 1 << 53;
/// Significant digits kept; later ones only move the exponent (they are below an f64's reach).
const KEPT_DIGITS: usize = 19;

/// Reads `text` as Rust's `str::parse::<f64>` does: an optional sign, digits with at most one
/// point, an optional exponent, or `inf`, `infinity`, `nan` in any case. `None` otherwise.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_magnitude(body.as_bytes())?,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// Digits, an optional point, an optional exponent; at least one digit before the exponent.
fn parse_magnitude(bytes: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let (mut kept, mut seen_digit, mut seen_point) = (0usize, false, false);
    // The power of ten the mantissa is to be multiplied by.
    let mut exponent: i64 = 0;
    let mut rest = bytes;
    while let Some((&b, tail)) = rest.split_first() {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if mantissa == 0 && b == b'0' {
                    // Leading zeros add nothing but, after the point, a place.
                } else if kept < KEPT_DIGITS {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    kept += 1;
                } else {
                    exponent += 1;
                }
                if seen_point {
                    exponent -= 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        rest = tail;
    }
    if !seen_digit {
        return None;
    }
    if let Some((_, digits)) = rest.split_first() {
        exponent += parse_exponent(digits)?;
    }
    Some(scale_by_ten(mantissa, exponent))
}

/// The exponent after `e`: an optional sign and at least one digit, saturating far beyond any
/// f64's range so `1e99999999999` still reads as infinity.
fn parse_exponent(bytes: &[u8]) -> Option<i64> {
    let (negative, digits) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = digits
        .iter()
        .fold(0i64, |n, &d| (n * 10 + i64::from(d - b'0')).min(1 << 20));
    Some(if negative { -value } else { value })
}

/// mantissa · 10^exponent, exact when both factors are exact in an f64.
fn scale_by_ten(mantissa: u64, exponent: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let mut value = mantissa as f64;
    let mut exponent = exponent;
    if mantissa <= EXACT_INTEGERS && exponent.abs() <= 22 {
        let power = POWERS_OF_TEN[exponent.unsigned_abs() as usize];
        return if exponent < 0 {
            value / power
        } else {
            value * power
        };
    }
    // Steps of at most 10²² each round once; a number 10³⁰⁰ away takes 14 steps.
    while exponent > 22 && value.is_finite() {
        value *= 1e22;
        exponent -= 22;
    }
    while exponent < -22 && value != 0.0 {
        value /= 1e22;
        exponent += 22;
    }
    let power = POWERS_OF_TEN[exponent.unsigned_abs().min(22) as usize];
    if exponent < 0 {
        value / power
    } else {
        value * power
    }
}

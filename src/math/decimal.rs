//! Reading a decimal number (`-12.5`, `3e-4`, `.5`, `inf`, `nan`) into an `f64`.
//!
//! The standard library's parser carries a 10 KB table of 128-bit powers of five, 3% of the
//! page and incompressible. This one is exact with plain integer arithmetic instead: the
//! digits (up to 19 significant ones, a flag for any non-zero digit after them) times a power
//! of ten is formed exactly in a `u128` and rounded once, or divided down 64 bits at a time
//! with the remainder kept as a sticky bit and rounded once. So every number reads as the
//! standard library reads it, and every number Eigenplay writes (`fmt_exact`) reads back to the
//! same bits. Three corners are read to within a few units in the last place instead: numbers
//! past 10³⁸ with many digits, subnormals (below 2.2·10⁻³⁰⁸), and numbers of more than 19
//! significant digits that sit within one unit of their 19th digit of a rounding boundary
//! (off by one ulp at most; no one types those, and nothing Eigenplay writes is one).

/// Significant digits kept; any later non-zero digit only marks the number as a little larger.
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
    let (mut kept, mut seen_digit, mut seen_point, mut dropped) = (0usize, false, false, false);
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
                    dropped |= b != b'0';
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
    if mantissa == 0 {
        return Some(0.0);
    }
    // `above`: the digits dropped after the 19th make the number a little more than this.
    let read = |mantissa: u64, above: bool| {
        if exponent >= 0 {
            times_power_of_ten(mantissa, exponent as u32, above)
        } else {
            over_power_of_ten(mantissa, exponent.unsigned_abs() as u32, above)
        }
    };
    if !dropped {
        return Some(read(mantissa, false));
    }
    // The number lies strictly between mantissa and mantissa + 1 (times the power of ten).
    // Where both ends round alike, so does the number; otherwise it sits within one unit of
    // its 19th digit of a rounding boundary, and the lower end is within an ulp.
    Some(read(mantissa, true).min(read(mantissa + 1, false)))
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

/// mantissa · 10^k (a little more when `above`): exact in a `u128` up to about 3.4·10³⁸, then
/// rounded once. `above` only matters when the product has more than 54 bits, and then a
/// set bit 0 is far below the rounding position.
fn times_power_of_ten(mantissa: u64, k: u32, above: bool) -> f64 {
    let exact = 10u128
        .checked_pow(k)
        .and_then(|p| u128::from(mantissa).checked_mul(p));
    match exact {
        Some(x) => (x | u128::from(above && x >> 54 != 0)) as f64,
        // Past 10³⁸: steps of 10²² (each exact as an f64), a rounding each.
        None => {
            let mut value = mantissa as f64;
            let mut k = k;
            while k > 0 && value.is_finite() {
                let step = k.min(22);
                value *= 10f64.powi(step as i32);
                k -= step;
            }
            value
        }
    }
}

/// mantissa / 10^k, correctly rounded. The exact value is kept as (q + r/d)·2^exp2 with
/// integers q and r < d: each step shifts q up to fill 128 bits, brings in as many bits of
/// r/d as the shift makes room for, and divides by at most 10¹⁹. Whatever fraction is cut
/// along the way is a sticky bit, below the last quotient's rounding position (it has at
/// least 64 bits), so the single rounding into an f64 is the correct one.
fn over_power_of_ten(mantissa: u64, k: u32, above: bool) -> f64 {
    let (mut q, mut r, mut d, mut sticky, mut k) = (u128::from(mantissa), 0u128, 1u128, false, k);
    let mut exp2: i64 = 0;
    while k > 0 {
        let step = k.min(19);
        k -= step;
        let shift = q.leading_zeros();
        // r < d ≤ 10¹⁹ < 2⁶⁴ and shift ≤ 64, so r·2^shift fits.
        let carried = r << shift;
        sticky |= carried % d != 0;
        let numerator = (q << shift) + carried / d;
        exp2 -= i64::from(shift);
        d = u128::from(10u64.pow(step));
        q = numerator / d;
        r = numerator % d;
    }
    // A number a little above mantissa/10^k is also a little above the last quotient.
    sticky |= r != 0 || above;
    let rounded = (q | u128::from(sticky)) as f64;
    scale_by_two(rounded, exp2)
}

/// x · 2^e for e far below zero, in steps whose powers of two are normal numbers (exact),
/// so only a result below the normal range rounds again.
fn scale_by_two(x: f64, e: i64) -> f64 {
    let power = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    let (mut x, mut e) = (x, e);
    while e < -1022 {
        x *= power(-1022);
        e += 1022;
    }
    x * power(e.min(1023))
}

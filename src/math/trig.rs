//! Sine and cosine for the angles the engine uses (random normals, spiral and circle data).
//!
//! `f64::sin` on wasm links a libm whose argument reduction for huge angles (Payne–Hanek,
//! with a table of 2/π's bits) costs about 3 KB of the page's gzipped budget. The engine's
//! angles are a few turns at most, so this module reduces by π/2 in three parts
//! (Cody–Waite), which is exact to the last bit below 2²⁰·π/2, and evaluates the classic
//! minimax polynomials on [−π/4, π/4]. That is the same method libm uses for such angles,
//! so the results agree with it to within one unit in the last place (the tests check).
//! Beyond 2²⁰·π/2 the reduction loses accuracy; nothing here asks for such angles.

/// 2⁻²⁶: below it sin x is x to the last bit.
const TINY: f64 = 1.0 / (1u64 << 26) as f64;

/// Whether |x| is at most π/4 as libm decides it, by the top 32 bits alone, so that the
/// same angles skip the reduction.
fn within_pi_4(x: f64) -> bool {
    ((x.to_bits() >> 32) as u32 & 0x7fff_ffff) <= 0x3fe9_21fb
}

/// sin x.
pub fn sin(x: f64) -> f64 {
    if x.abs() < TINY {
        return x; // keeps the sign of −0
    }
    if within_pi_4(x) {
        return sin_kernel(x, None);
    }
    let (quadrant, hi, lo) = reduce(x);
    match quadrant & 3 {
        0 => sin_kernel(hi, Some(lo)),
        1 => cos_kernel(hi, lo),
        2 => -sin_kernel(hi, Some(lo)),
        _ => -cos_kernel(hi, lo),
    }
}

/// cos x.
pub fn cos(x: f64) -> f64 {
    if within_pi_4(x) {
        return cos_kernel(x, 0.0);
    }
    let (quadrant, hi, lo) = reduce(x);
    match quadrant & 3 {
        0 => cos_kernel(hi, lo),
        1 => -sin_kernel(hi, Some(lo)),
        2 => -cos_kernel(hi, lo),
        _ => sin_kernel(hi, Some(lo)),
    }
}

/// π/2 in three parts: each of the first two has 33 significant bits, so a product with a
/// quadrant count below 2²⁰ is exact; their sum carries π/2 to about 150 bits. Written as
/// bit patterns so that they are exactly these doubles.
const PIO2_1: f64 = f64::from_bits(0x3FF9_21FB_5440_0000);
const PIO2_1T: f64 = f64::from_bits(0x3DD0_B461_1A62_6331);
const PIO2_2: f64 = f64::from_bits(0x3DD0_B461_1A60_0000);
const PIO2_2T: f64 = f64::from_bits(0x3BA3_198A_2E03_7073);
const PIO2_3: f64 = f64::from_bits(0x3BA3_198A_2E00_0000);
const PIO2_3T: f64 = f64::from_bits(0x397B_839A_2520_49C1);
/// 2/π.
const TWO_OVER_PI: f64 = f64::from_bits(0x3FE4_5F30_6DC9_C883);

/// x = n·π/2 + (hi + lo) with |hi + lo| ≤ π/4 (about), and n's last two bits.
fn reduce(x: f64) -> (i64, f64, f64) {
    if !x.is_finite() {
        return (0, f64::NAN, 0.0);
    }
    let n = (x * TWO_OVER_PI).round();
    // Take n·π/2 away in three steps, the later ones only when the first cancelled many bits.
    let mut r = x - n * PIO2_1;
    let mut w = n * PIO2_1T;
    let mut hi = r - w;
    let exponent = |v: f64| (v.to_bits() >> 52) & 0x7ff;
    if exponent(x).saturating_sub(exponent(hi)) > 16 {
        let t = r;
        w = n * PIO2_2;
        r = t - w;
        w = n * PIO2_2T - ((t - r) - w);
        hi = r - w;
        if exponent(x).saturating_sub(exponent(hi)) > 49 {
            let t = r;
            w = n * PIO2_3;
            r = t - w;
            w = n * PIO2_3T - ((t - r) - w);
            hi = r - w;
        }
    }
    let lo = (r - hi) - w;
    (n as i64, hi, lo)
}

/// sin(hi + lo) for |hi + lo| ≤ π/4: x + S1·x³ + … + S6·x¹³, a minimax fit on [−π/4, π/4], lo a small correction to hi; `None` when hi is the
/// angle itself, unreduced.
fn sin_kernel(hi: f64, lo: Option<f64>) -> f64 {
    const S1: f64 = f64::from_bits(0xBFC5_5555_5555_5549);
    const S2: f64 = f64::from_bits(0x3F81_1111_1110_F8A6);
    const S3: f64 = f64::from_bits(0xBF2A_01A0_19C1_61D5);
    const S4: f64 = f64::from_bits(0x3EC7_1DE3_57B1_FE7D);
    const S5: f64 = f64::from_bits(0xBE5A_E5E6_8A2B_9CEB);
    const S6: f64 = f64::from_bits(0x3DE5_D93A_5ACF_D57C);
    let z = hi * hi;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let v = z * hi;
    match lo {
        None => hi + v * (S1 + z * r),
        Some(lo) => hi - ((z * (0.5 * lo - v * r) - lo) - v * S1),
    }
}

/// cos(hi + lo) for |hi + lo| ≤ π/4, lo a small correction to hi: 1 − x²/2 + C1·x⁴ + … +
/// C6·x¹⁴, a minimax fit, summed so that 1 − x²/2 loses nothing to rounding.
fn cos_kernel(hi: f64, lo: f64) -> f64 {
    const C1: f64 = f64::from_bits(0x3FA5_5555_5555_554C);
    const C2: f64 = f64::from_bits(0xBF56_C16C_16C1_5177);
    const C3: f64 = f64::from_bits(0x3EFA_01A0_19CB_1590);
    const C4: f64 = f64::from_bits(0xBE92_7E4F_809C_52AD);
    const C5: f64 = f64::from_bits(0x3E21_EE9E_BDB4_B1C4);
    const C6: f64 = f64::from_bits(0xBDA8_FAE9_BE88_38D4);
    let z = hi * hi;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let half = 0.5 * z;
    let one_minus = 1.0 - half;
    one_minus + (((1.0 - one_minus) - half) + (z * r - hi * lo))
}

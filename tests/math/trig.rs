//! The engine's sine and cosine (`src/math/trig.rs`) against the `libm` crate (musl's libm in
//! Rust, which is what `f64::sin` is in the page) and against the platform's own.

use crate::ulps;
use eigenplay::math::trig::{cos, sin};

/// Angles from a fixed-seed generator over ±`reach`, and the awkward ones: near multiples
/// of π/2, where the reduction cancels most bits, zeros and tiny angles.
fn angles(reach: f64) -> Vec<f64> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut out: Vec<f64> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            ((state >> 11) as f64 / (1u64 << 53) as f64 * 2.0 - 1.0) * reach
        })
        .collect();
    for k in -64..=64 {
        let near = f64::from(k) * std::f64::consts::FRAC_PI_2;
        let mut x = near;
        for _ in 0..8 {
            out.push(x);
            x = f64::from_bits(x.to_bits() + 1);
        }
    }
    out.extend([
        0.0,
        -0.0,
        1e-300,
        -1e-20,
        1e-8,
        0.785,
        std::f64::consts::FRAC_PI_4,
        2.356,
        1e5,
    ]);
    out
}

#[test]
fn sine_and_cosine_are_musl_libm_to_the_last_bit() {
    // The page called f64::sin before, which on wasm32 is this libm: its numbers do not move.
    for x in angles(40.0).into_iter().chain(angles(1e6)) {
        assert_eq!(sin(x).to_bits(), libm::sin(x).to_bits(), "sin {x:e}");
        assert_eq!(cos(x).to_bits(), libm::cos(x).to_bits(), "cos {x:e}");
    }
}

#[test]
fn sine_and_cosine_are_within_one_ulp_of_the_platform() {
    for x in angles(1e4) {
        for (ours, platform) in [(sin(x), x.sin()), (cos(x), x.cos())] {
            // Near a zero of sin or cos relative ulps mean little; compare absolutely there.
            let close = ulps(ours, platform) <= 1 || (ours - platform).abs() < 1e-26;
            assert!(close, "x = {x:e}: ours {ours:e}, platform {platform:e}");
        }
    }
}

#[test]
fn identities_hold_over_many_turns() {
    for x in angles(1e4) {
        let (s, c) = (sin(x), cos(x));
        assert!((s * s + c * c - 1.0).abs() < 4e-16, "x = {x}");
        assert_eq!(sin(-x), -s, "sin is odd at {x}");
        assert_eq!(cos(-x), c, "cos is even at {x}");
    }
    assert!(sin(f64::NAN).is_nan() && cos(f64::INFINITY).is_nan());
}

//! Every chart's hues stay apart for colour-blind eyes: each palette is seen through Machado,
//! Oliveira and Fernandes's (2009) simulations of protanopia, deuteranopia and tritanopia (full
//! severity, in linear RGB), and every two of its colours must still differ by at least
//! `LEAST` in CIELAB (ΔE*ab, D65). Tailwind's blue, orange and green, the classes' hues before,
//! fell to 10 for deuteranopia (blue against purple).

use eigenplay::plot::{self, CLASS_COLOURS};
use plotters::style::RGBColor;

/// The smallest difference allowed, in ΔE*ab: two hues that far apart are told apart at a
/// glance (2.3 is the just-noticeable difference).
const LEAST: f64 = 15.0;

const SIMULATIONS: [(&str, [[f64; 3]; 3]); 4] = [
    (
        "normal vision",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

fn linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// CIELAB of a linear-RGB colour (sRGB primaries, D65 white).
fn lab([r, g, b]: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

/// How `colour` looks through `simulation`, in CIELAB.
fn seen(colour: RGBColor, simulation: &[[f64; 3]; 3]) -> [f64; 3] {
    let c = [linear(colour.0), linear(colour.1), linear(colour.2)];
    let row = |m: [f64; 3]| (m[0] * c[0] + m[1] * c[1] + m[2] * c[2]).clamp(0.0, 1.0);
    lab(simulation.map(row))
}

/// Every pair of the palette that comes closer than `LEAST` in some simulation.
fn too_close(palette: &[RGBColor]) -> Vec<String> {
    let mut close = Vec::new();
    for (name, simulation) in &SIMULATIONS {
        for i in 0..palette.len() {
            for j in i + 1..palette.len() {
                let (a, b) = (seen(palette[i], simulation), seen(palette[j], simulation));
                let distance =
                    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt();
                if distance < LEAST {
                    close.push(format!(
                        "{name}: colours {i} and {j} are {distance:.1} apart"
                    ));
                }
            }
        }
    }
    close
}

#[test]
fn the_class_hues_stay_apart_for_colour_blind_eyes() {
    let close = too_close(&CLASS_COLOURS);
    assert!(close.is_empty(), "{close:?}");
}

#[test]
fn the_pictures_hues_stay_apart_for_colour_blind_eyes() {
    let close = too_close(&[plot::FIRST, plot::SECOND, plot::THIRD, plot::EIGEN]);
    assert!(close.is_empty(), "{close:?}");
}

#[test]
fn a_heatmaps_signs_stay_apart_for_colour_blind_eyes() {
    let close = too_close(&[plot::POSITIVE, plot::NEGATIVE]);
    assert!(close.is_empty(), "{close:?}");
}

/// The check itself can fail: the hues the classes had before come too close.
#[test]
fn the_check_finds_the_old_hues_too_close() {
    let before = [
        RGBColor(59, 130, 246),
        RGBColor(234, 88, 12),
        RGBColor(22, 163, 74),
        RGBColor(147, 51, 234),
    ];
    let close = too_close(&before);
    assert!(
        close.iter().any(|c| c.starts_with("deuteranopia")),
        "{close:?}"
    );
}

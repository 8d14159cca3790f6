//! The 2-D sets' extras, as TensorFlow Playground offers them: the features a network may
//! read instead of the bare coordinates (x₁², sin x₁, ...), and a share of the points held
//! out to test on.

use super::Dataset;
use crate::math::rng::Rng;

/// One input computed from a point (x₁, x₂) of the plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Feature {
    /// x₁ itself.
    X1,
    /// x₂ itself.
    X2,
    /// x₁².
    X1Squared,
    /// x₂².
    X2Squared,
    /// x₁·x₂.
    X1X2,
    /// sin x₁.
    SinX1,
    /// sin x₂.
    SinX2,
}

impl Feature {
    /// Every feature, in the order the controls list them and a network reads them.
    pub const ALL: [Feature; 7] = [
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
        Feature::X1X2,
        Feature::SinX1,
        Feature::SinX2,
    ];

    /// The bare coordinates: what a plane network reads unless told otherwise.
    pub const PLAIN: [Feature; 2] = [Feature::X1, Feature::X2];

    /// The name in links (`feat=x1,x2,x1x2`).
    pub fn name(self) -> &'static str {
        match self {
            Feature::X1 => "x1",
            Feature::X2 => "x2",
            Feature::X1Squared => "x1sq",
            Feature::X2Squared => "x2sq",
            Feature::X1X2 => "x1x2",
            Feature::SinX1 => "sinx1",
            Feature::SinX2 => "sinx2",
        }
    }

    /// How the page writes it.
    pub fn label(self) -> &'static str {
        match self {
            Feature::X1 => "x₁",
            Feature::X2 => "x₂",
            Feature::X1Squared => "x₁²",
            Feature::X2Squared => "x₂²",
            Feature::X1X2 => "x₁x₂",
            Feature::SinX1 => "sin x₁",
            Feature::SinX2 => "sin x₂",
        }
    }

    /// Parses [`Feature::name`].
    pub fn from_name(name: &str) -> Option<Feature> {
        crate::math::named(&Feature::ALL, Feature::name, name)
    }

    /// Its value at the point (x₁, x₂).
    pub fn at(self, x1: f64, x2: f64) -> f64 {
        match self {
            Feature::X1 => x1,
            Feature::X2 => x2,
            Feature::X1Squared => x1 * x1,
            Feature::X2Squared => x2 * x2,
            Feature::X1X2 => x1 * x2,
            Feature::SinX1 => x1.sin(),
            Feature::SinX2 => x2.sin(),
        }
    }
}

/// Points of the plane (x₁, x₂ row by row) as the rows of `features` a network reads.
pub fn lift(points: &[f64], features: &[Feature]) -> Vec<f64> {
    let mut out = Vec::with_capacity(points.len() / 2 * features.len());
    for p in points.chunks_exact(2) {
        for f in features {
            out.push(f.at(p[0], p[1]));
        }
    }
    out
}

/// The same samples with each point of the plane lifted to `features`, named by their labels.
pub fn lift_dataset(d: &Dataset, features: &[Feature]) -> Dataset {
    let mut out = d.clone();
    out.x = lift(&d.x, features);
    out.features = features.len();
    out.feature_names = features.iter().map(|f| f.label().to_string()).collect();
    out
}

/// The samples at `rows`, in that order.
pub fn rows_of(d: &Dataset, rows: &[usize]) -> Dataset {
    let mut out = d.clone();
    out.x.clear();
    out.y.clear();
    for &i in rows {
        out.x.extend_from_slice(d.input(i));
        out.y.extend_from_slice(d.target(i));
    }
    out
}

/// Splits `d` into the samples trained on and the `percent` of them held out, drawn by a
/// shuffle seeded with `seed` (so a link reopens the same split). At least one sample is
/// kept on each side whenever `percent` is above 0; 0 holds nothing out.
pub fn hold_out(d: &Dataset, percent: usize, seed: u64) -> (Dataset, Option<Dataset>) {
    let n = d.rows();
    let held = (n * percent.min(100))
        .div_ceil(100)
        .min(n.saturating_sub(1));
    if held == 0 {
        return (d.clone(), None);
    }
    let mut order: Vec<usize> = (0..n).collect();
    // Another stream than the points' own, so the split does not echo how they were drawn.
    Rng::new(seed ^ 0x7e57_5eed).shuffle(&mut order);
    let mut held_out = vec![false; n];
    for &i in &order[..held] {
        held_out[i] = true;
    }
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for (i, &out) in held_out.iter().enumerate() {
        if out { &mut test } else { &mut train }.push(i);
    }
    (rows_of(d, &train), Some(rows_of(d, &test)))
}

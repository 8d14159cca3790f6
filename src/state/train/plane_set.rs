//! The generated 2-D sets' controls as the draft holds them (TensorFlow Playground's noise,
//! held-out share and features) and the check every control's sentence goes through.

use super::{DatasetParts, Draft, MAX_NOISE, MAX_TEST_PERCENT};
use crate::math::data::plane::{self, Feature};
use crate::math::data::{self, Dataset, Shape2d};
use crate::state::clip;

/// What a control holds that it must not: `The {what} “{typed}” must be {rule}.` One place
/// for every such sentence of the checks.
pub(super) fn must_be(what: &str, typed: &str, rule: &str) -> String {
    format!("The {what} “{}” must be {rule}.", clip(typed.trim()))
}

/// A generated 2-D set's noise as typed, if it is one the sets take (0 to [`MAX_NOISE`]).
pub fn noise_level(text: &str) -> Option<f64> {
    crate::math::parse::parse_number(text).filter(|n| (0.0..=MAX_NOISE).contains(n))
}

/// A share to hold out as typed (`30`, or `30%`), if it is one (0 to [`MAX_TEST_PERCENT`]).
pub fn test_percent(text: &str) -> Option<usize> {
    let t = text.trim();
    t.strip_suffix('%')
        .unwrap_or(t)
        .parse()
        .ok()
        .filter(|p| *p <= MAX_TEST_PERCENT)
}

/// A penalty's rate as typed, if it is one (a number from 0 up).
pub fn penalty_rate(text: &str) -> Option<f64> {
    crate::math::parse::parse_number(text).filter(|r| *r >= 0.0 && r.is_finite())
}

/// A set on the plane as its pictures need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Plane {
    /// What the network reads of each point.
    pub features: Vec<Feature>,
    /// The training points before lifting, (x₁, x₂) row by row.
    pub points: Vec<f64>,
}

impl Draft {
    /// A generated 2-D set as the controls ask for it: its jitter, the share held out and
    /// the features read; `Err` names the control that is wrong.
    pub(super) fn plane_set(&self, shape: Shape2d, seed: u64) -> Result<DatasetParts, String> {
        let noise = noise_level(&self.noise).ok_or_else(|| {
            must_be(
                "noise",
                &self.noise,
                "a number from 0 to 0.5 (the points span about −1 to 1)",
            )
        })?;
        let percent = test_percent(&self.test)
            .ok_or_else(|| must_be("test share", &self.test, "a whole percent from 0 to 90"))?;
        if self.features.is_empty() {
            return Err("Pick at least one feature for the network to read.".into());
        }
        let (n, k) = if shape == Shape2d::Spiral {
            (300, 3)
        } else {
            (200, 2)
        };
        let points = data::classification(shape, n, k, noise, seed);
        let (train, test) = plane::hold_out(&points, percent, seed);
        let lift = |d: &Dataset| plane::lift_dataset(d, &self.features);
        let view = Plane {
            features: self.features.clone(),
            points: train.x.clone(),
        };
        Ok((lift(&train), test.as_ref().map(lift), Some(view)))
    }
}

//! When training blows up: the loss stops being a number, and the page says why in words
//! and which learning rate to try (below 2/λmax where the Hessian is known).

use super::Trainer;
use crate::math::nn::loss::Loss;
use crate::math::nn::optim::Optimizer;
use crate::math::nn::teach;
use crate::math::nn::Activation;
use std::fmt;

/// Training stopped because the loss stopped being a number.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    /// The 1-based epoch whose loss was NaN or infinite.
    pub epoch: usize,
    /// That loss (NaN or ±∞).
    pub loss: f64,
    /// The learning rate that was in use.
    pub rate: f64,
    /// 2/λmax of the loss's Hessian, when the model is linear enough to know it.
    pub max_stable_rate: Option<f64>,
    /// A rate worth trying instead.
    pub suggested_rate: f64,
}

impl fmt::Display for Divergence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.loss.is_nan() {
            "not a number (NaN)"
        } else {
            "infinite"
        };
        write!(
            f,
            "Training diverged: the loss became {what} at epoch {} with learning rate {}. \
             Each step overshot the minimum by more than the last, so the weights grew without bound. ",
            self.epoch, self.rate
        )?;
        match self.max_stable_rate {
            Some(limit) => write!(
                f,
                "Gradient descent is stable only below 2/λmax = {limit:.4} (λmax is the largest \
                 eigenvalue of the loss's Hessian); try a rate of {}.",
                self.suggested_rate
            ),
            None => write!(f, "Try a smaller rate, such as {}.", self.suggested_rate),
        }
    }
}

/// Why an epoch could not be trained.
#[derive(Clone, Debug, PartialEq)]
pub enum TrainError {
    /// The loss became NaN or infinite; training stays stopped until reset.
    Diverged(Divergence),
}

impl fmt::Display for TrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrainError::Diverged(d) => d.fmt(f),
        }
    }
}

impl std::error::Error for TrainError {}

impl Trainer {
    pub(super) fn divergence(&self, loss: f64) -> Divergence {
        let rate = self.opt.optimizer.lr();
        let limit = self.max_stable_rate();
        let suggested = match limit {
            Some(l) => nice_below(0.9 * l),
            None => nice_below(rate / 10.0 * 1.0001),
        };
        Divergence {
            epoch: self.epoch() + 1,
            loss,
            rate,
            max_stable_rate: limit,
            suggested_rate: suggested,
        }
    }

    /// 2/λmax for a single linear layer trained on MSE with plain SGD (2(1+μ)/λmax
    /// with momentum), where the Hessian of the full-batch loss is known exactly;
    /// `None` otherwise.
    pub fn max_stable_rate(&self) -> Option<f64> {
        let layers = self.model.layers();
        let linear = layers.len() == 1
            && layers[0].activation == Activation::Linear
            && self.config.loss == Loss::Mse;
        if !linear {
            return None;
        }
        let c = teach::mse_curvature(&self.data.x_matrix(), layers[0].bias);
        match self.config.optimizer {
            Optimizer::Sgd { .. } => Some(c.max_stable_rate),
            Optimizer::Momentum { momentum, .. } => Some(c.max_stable_rate * (1.0 + momentum)),
            Optimizer::Adam { .. } => None,
        }
    }
}

/// The largest 1, 2 or 5 × 10ᵏ not above `x`: a rate a person can type and remember.
pub fn nice_below(x: f64) -> f64 {
    if !(x > 0.0 && x.is_finite()) {
        return 1e-3;
    }
    let p = 10f64.powf(x.log10().floor());
    let m = [5.0, 2.0, 1.0]
        .into_iter()
        .find(|&m| m * p <= x)
        .unwrap_or(1.0);
    m * p
}

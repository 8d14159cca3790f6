//! Loss functions and their gradients with respect to the output layer's logits.
//!
//! The cross-entropies are computed from the logits z, not from the
//! probabilities: log σ(z) and log softmax(z) have closed forms that never take
//! the logarithm of an underflowed 0, and their gradients collapse to the
//! famous `prediction − target`.

use super::activation::Activation;
use super::SpecError;
use std::fmt;

/// How far the predictions are from the targets, averaged over the batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Loss {
    /// Mean of (ŷ − y)² over every sample and output (PyTorch `MSELoss`, Keras `mse`).
    Mse,
    /// Mean of −[y ln p + (1 − y) ln(1 − p)]; needs a sigmoid output layer.
    BinaryCrossEntropy,
    /// Mean over samples of −Σₖ yₖ ln pₖ; needs a softmax output layer.
    CategoricalCrossEntropy,
}

impl Loss {
    /// Every loss, in menu order.
    pub const ALL: [Loss; 3] = [
        Loss::Mse,
        Loss::BinaryCrossEntropy,
        Loss::CategoricalCrossEntropy,
    ];

    /// The Keras name (`"mse"`, `"binary_crossentropy"`, `"categorical_crossentropy"`).
    pub fn name(self) -> &'static str {
        match self {
            Loss::Mse => "mse",
            Loss::BinaryCrossEntropy => "binary_crossentropy",
            Loss::CategoricalCrossEntropy => "categorical_crossentropy",
        }
    }

    /// Parses a Keras name; `None` for anything else.
    pub fn from_name(name: &str) -> Option<Loss> {
        crate::math::named(&Loss::ALL, Loss::name, name)
    }

    /// Whether this loss can follow an output layer with `act`.
    ///
    /// The cross-entropies read the output as probabilities, so they accept only
    /// the activation that makes it one; anything else would take ln of a
    /// negative number or of a value above 1.
    pub fn check_output(self, act: Activation) -> Result<(), SpecError> {
        let needed = match self {
            Loss::Mse => return Ok(()),
            Loss::BinaryCrossEntropy => Activation::Sigmoid,
            Loss::CategoricalCrossEntropy => Activation::Softmax,
        };
        if act == needed {
            Ok(())
        } else {
            Err(SpecError(format!(
                "{} needs a {needed} output layer, not {act}: its output must be a probability",
                self.name()
            )))
        }
    }

    /// The loss of a batch: `logits`, `out` and `target` hold `rows × width` values.
    pub fn value(self, logits: &[f64], out: &[f64], target: &[f64], width: usize) -> f64 {
        let rows = (target.len() / width.max(1)).max(1);
        match self {
            Loss::Mse => {
                let s: f64 = out.iter().zip(target).map(|(p, y)| (p - y) * (p - y)).sum();
                s / target.len().max(1) as f64
            }
            Loss::BinaryCrossEntropy => {
                let s: f64 = logits.iter().zip(target).map(|(&z, &y)| bce(z, y)).sum();
                s / target.len().max(1) as f64
            }
            Loss::CategoricalCrossEntropy => {
                let s: f64 = logits
                    .chunks_exact(width)
                    .zip(target.chunks_exact(width))
                    .map(|(z, y)| {
                        let lse = log_sum_exp(z);
                        z.iter().zip(y).map(|(z, y)| y * (lse - z)).sum::<f64>()
                    })
                    .sum();
                s / rows as f64
            }
        }
    }

    /// The loss, and dL/dz of the output layer written into `grad` (`rows × width`).
    pub fn value_and_grad(
        self,
        act: Activation,
        logits: &[f64],
        out: &[f64],
        target: &[f64],
        width: usize,
        grad: &mut [f64],
    ) -> f64 {
        let value = self.value(logits, out, target, width);
        match self {
            Loss::Mse => {
                let scale = 2.0 / target.len().max(1) as f64;
                for ((g, p), y) in grad.iter_mut().zip(out).zip(target) {
                    *g = scale * (p - y);
                }
                act.backprop(grad, out, width);
            }
            Loss::BinaryCrossEntropy => {
                // d/dz of the sigmoid cross-entropy is σ(z) − y.
                let scale = 1.0 / target.len().max(1) as f64;
                for ((g, p), y) in grad.iter_mut().zip(out).zip(target) {
                    *g = scale * (p - y);
                }
            }
            Loss::CategoricalCrossEntropy => {
                // d/dz of −Σ yₖ log softmax(z)ₖ is p·Σy − y (p − y for one-hot y).
                let scale = 1.0 / (target.len() / width.max(1)).max(1) as f64;
                for ((g, p), y) in grad
                    .chunks_exact_mut(width)
                    .zip(out.chunks_exact(width))
                    .zip(target.chunks_exact(width))
                {
                    let total: f64 = y.iter().sum();
                    for ((g, p), y) in g.iter_mut().zip(p).zip(y) {
                        *g = scale * (p * total - y);
                    }
                }
            }
        }
        value
    }
}

impl fmt::Display for Loss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// −[y ln σ(z) + (1 − y) ln(1 − σ(z))] rearranged so no exponential overflows.
fn bce(z: f64, y: f64) -> f64 {
    z.max(0.0) - z * y + (-z.abs()).exp().ln_1p()
}

/// ln Σ e^zᵢ, shifted by the maximum so the exponentials stay finite.
fn log_sum_exp(z: &[f64]) -> f64 {
    let max = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    max + z.iter().map(|v| (v - max).exp()).sum::<f64>().ln()
}

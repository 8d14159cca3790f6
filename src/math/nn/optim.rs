//! Optimizers: how a gradient becomes a change of the weights.
//!
//! The update rules follow Keras exactly (including Adam's ε placement), so a
//! run here can be checked against a NumPy transcription of Keras.

use super::kernels;
use std::fmt;

/// An update rule and its hyperparameters.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Optimizer {
    /// θ ← θ − lr·g.
    Sgd {
        /// Learning rate.
        lr: f64,
    },
    /// v ← μ·v − lr·g; θ ← θ + v (Keras `SGD(momentum=μ)`).
    Momentum {
        /// Learning rate.
        lr: f64,
        /// μ, how much of the last step carries over (0.9 is usual).
        momentum: f64,
    },
    /// Adam with bias correction folded into the rate, as Keras writes it.
    Adam {
        /// Learning rate (Keras default 0.001).
        lr: f64,
        /// Decay of the mean of gradients (0.9).
        beta1: f64,
        /// Decay of the mean of squared gradients (0.999).
        beta2: f64,
        /// Guards the division (Keras uses 1e-7, PyTorch 1e-8).
        eps: f64,
    },
}

impl Optimizer {
    /// Plain gradient descent at rate `lr`.
    pub fn sgd(lr: f64) -> Self {
        Optimizer::Sgd { lr }
    }

    /// SGD with momentum μ.
    pub fn momentum(lr: f64, momentum: f64) -> Self {
        Optimizer::Momentum { lr, momentum }
    }

    /// Adam with Keras's defaults: β₁ = 0.9, β₂ = 0.999, ε = 1e-7.
    pub fn adam(lr: f64) -> Self {
        Optimizer::Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-7,
        }
    }

    /// The learning rate.
    pub fn lr(&self) -> f64 {
        match *self {
            Optimizer::Sgd { lr } | Optimizer::Momentum { lr, .. } | Optimizer::Adam { lr, .. } => {
                lr
            }
        }
    }

    /// The same rule with another learning rate.
    pub fn with_lr(mut self, new: f64) -> Self {
        match &mut self {
            Optimizer::Sgd { lr } | Optimizer::Momentum { lr, .. } | Optimizer::Adam { lr, .. } => {
                *lr = new
            }
        }
        self
    }

    /// Short name: `"sgd"`, `"momentum"`, `"adam"`.
    pub fn name(&self) -> &'static str {
        match self {
            Optimizer::Sgd { .. } => "sgd",
            Optimizer::Momentum { .. } => "momentum",
            Optimizer::Adam { .. } => "adam",
        }
    }
}

impl fmt::Display for Optimizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Optimizer::Sgd { lr } => write!(f, "SGD (rate {lr})"),
            Optimizer::Momentum { lr, momentum } => {
                write!(f, "SGD with momentum {momentum} (rate {lr})")
            }
            Optimizer::Adam { lr, .. } => write!(f, "Adam (rate {lr})"),
        }
    }
}

/// What an optimizer remembers between steps: velocities, moment estimates, step count.
#[derive(Clone, Debug, PartialEq)]
pub struct OptState {
    /// The rule being applied.
    pub optimizer: Optimizer,
    /// Momentum's velocity, or Adam's first moment m.
    m: Vec<f64>,
    /// Adam's second moment v.
    v: Vec<f64>,
    /// Steps taken so far.
    pub steps: u64,
}

impl OptState {
    /// Fresh state for a model with `n` parameters.
    pub fn new(optimizer: Optimizer, n: usize) -> Self {
        let (m, v) = match optimizer {
            Optimizer::Sgd { .. } => (Vec::new(), Vec::new()),
            Optimizer::Momentum { .. } => (vec![0.0; n], Vec::new()),
            Optimizer::Adam { .. } => (vec![0.0; n], vec![0.0; n]),
        };
        OptState {
            optimizer,
            m,
            v,
            steps: 0,
        }
    }

    /// Applies one update to `params` from `grads`, in place, in one pass.
    pub fn step(&mut self, params: &mut [f64], grads: &[f64]) {
        self.steps += 1;
        match self.optimizer {
            Optimizer::Sgd { lr } => kernels::sgd_update(lr, params, grads),
            Optimizer::Momentum { lr, momentum } => {
                kernels::momentum_update(lr, momentum, params, grads, &mut self.m)
            }
            Optimizer::Adam {
                lr,
                beta1,
                beta2,
                eps,
            } => {
                let t = self.steps as i32;
                let step = kernels::AdamStep {
                    alpha: lr * (1.0 - beta2.powi(t)).sqrt() / (1.0 - beta1.powi(t)),
                    one_minus_beta1: 1.0 - beta1,
                    one_minus_beta2: 1.0 - beta2,
                    eps,
                };
                kernels::adam_update(step, params, grads, &mut self.m, &mut self.v);
            }
        }
    }
}

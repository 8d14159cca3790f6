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

/// A penalty on the size of the weights, added to each step's gradient; biases are never
/// penalised. The rates follow Keras's `l1(λ)` and `l2(λ)`: the penalty is λ·Σ|w| or λ·Σw².
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Penalty {
    /// λ·Σ|w|: its gradient λ·sign(w) pushes small weights to exactly zero.
    L1(f64),
    /// λ·Σw²: its gradient 2λ·w shrinks every weight in proportion (weight decay).
    L2(f64),
}

impl Penalty {
    /// The penalty's gradient at the weight `w`.
    pub fn gradient(self, w: f64) -> f64 {
        match self {
            Penalty::L1(rate) if w != 0.0 => rate * w.signum(),
            Penalty::L1(_) => 0.0,
            Penalty::L2(rate) => 2.0 * rate * w,
        }
    }
}

/// How the learning rate changes over a run of `planned` epochs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// The same rate throughout.
    Constant,
    /// Halved at each quarter of the planned epochs: 1, ½, ¼, ⅛ of the rate.
    Step,
    /// Half a cosine from the rate down towards 0 at the last planned epoch.
    Cosine,
}

impl Schedule {
    /// Every schedule, in menu order.
    pub const ALL: [Schedule; 3] = [Schedule::Constant, Schedule::Step, Schedule::Cosine];

    /// The name in links and menus.
    pub fn name(self) -> &'static str {
        match self {
            Schedule::Constant => "constant",
            Schedule::Step => "step",
            Schedule::Cosine => "cosine",
        }
    }

    /// Parses [`Schedule::name`].
    pub fn from_name(name: &str) -> Option<Schedule> {
        crate::math::named(&Schedule::ALL, Schedule::name, name)
    }

    /// The rate of epoch `epoch` (0 is the first) of `planned`, starting from `rate`. Epochs
    /// past the plan keep the last planned epoch's rate.
    pub fn rate(self, rate: f64, epoch: usize, planned: usize) -> f64 {
        let planned = planned.max(1);
        let e = epoch.min(planned - 1);
        match self {
            Schedule::Constant => rate,
            Schedule::Step => rate * 0.5f64.powi((4 * e / planned) as i32),
            Schedule::Cosine => {
                rate * 0.5 * (1.0 + (std::f64::consts::PI * e as f64 / planned as f64).cos())
            }
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

    /// The moments this rule keeps: momentum's velocity or Adam's m, and Adam's v (empty where
    /// the rule keeps none).
    pub fn moments(&self) -> [&[f64]; 2] {
        [&self.m, &self.v]
    }

    /// Takes the moments (momentum's velocity or Adam's m, and Adam's v) and the step count of
    /// the same rule run elsewhere; a moment this rule does not keep stays empty.
    pub(crate) fn adopt(&mut self, [m, v]: [Vec<f64>; 2], steps: u64) {
        if !self.m.is_empty() {
            self.m = m;
        }
        if !self.v.is_empty() {
            self.v = v;
        }
        self.steps = steps;
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

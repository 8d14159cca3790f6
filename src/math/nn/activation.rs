//! Activation functions, applied in place to a batch stored row by row.

use super::kernels;
use std::fmt;

/// The nonlinearity a layer applies after its matrix product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Activation {
    /// f(z) = z: no nonlinearity; stacked linear layers collapse into one matrix.
    Linear,
    /// f(z) = max(0, z).
    Relu,
    /// f(z) = 1 / (1 + e^(−z)), in (0, 1): a probability for one class.
    Sigmoid,
    /// f(z) = tanh z, in (−1, 1).
    Tanh,
    /// Each row becomes e^(z_i) / Σ e^(z_j): a probability over the classes.
    Softmax,
}

impl Activation {
    /// Every activation, in the order a menu lists them.
    pub const ALL: [Activation; 5] = [
        Activation::Linear,
        Activation::Relu,
        Activation::Sigmoid,
        Activation::Tanh,
        Activation::Softmax,
    ];

    /// The lower-case name Keras uses (`"relu"`, `"softmax"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Activation::Linear => "linear",
            Activation::Relu => "relu",
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Softmax => "softmax",
        }
    }

    /// Parses a Keras name; `None` for anything else.
    pub fn from_name(name: &str) -> Option<Activation> {
        crate::math::named(&Activation::ALL, Activation::name, name)
    }

    /// Replaces each pre-activation z by f(z); `z` holds `rows` rows of `width`.
    pub fn apply(self, z: &mut [f64], width: usize) {
        // Plain loops: the size-optimised release build leaves closures un-inlined.
        match self {
            Activation::Linear => {}
            Activation::Relu => kernels::relu(z),
            Activation::Sigmoid => {
                for v in z.iter_mut() {
                    *v = sigmoid(*v);
                }
            }
            Activation::Tanh => {
                for v in z.iter_mut() {
                    *v = v.tanh();
                }
            }
            Activation::Softmax => z.chunks_exact_mut(width).for_each(softmax_in_place),
        }
    }

    /// Turns dL/da into dL/dz in place, given the layer's outputs a = f(z).
    ///
    /// Every derivative here is written in terms of the output, so the forward
    /// pass need not keep z.
    pub fn backprop(self, grad: &mut [f64], out: &[f64], width: usize) {
        let n = grad.len().min(out.len());
        let (grad, out) = (&mut grad[..n], &out[..n]);
        match self {
            Activation::Linear => {}
            Activation::Relu => kernels::relu_backprop(grad, out),
            Activation::Sigmoid => {
                for i in 0..n {
                    grad[i] *= out[i] * (1.0 - out[i]);
                }
            }
            Activation::Tanh => {
                for i in 0..n {
                    grad[i] *= 1.0 - out[i] * out[i];
                }
            }
            Activation::Softmax => {
                // The Jacobian is diag(a) − a aᵀ, so J·g = a ⊙ (g − a·g) per row.
                for (g, a) in grad.chunks_exact_mut(width).zip(out.chunks_exact(width)) {
                    let dot: f64 = g.iter().zip(a).map(|(g, a)| g * a).sum();
                    g.iter_mut().zip(a).for_each(|(g, &a)| *g = a * (*g - dot));
                }
            }
        }
    }
}

impl fmt::Display for Activation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The logistic function, written so that neither branch overflows.
pub fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// Softmax of one row; subtracting the maximum first keeps e^z finite.
pub fn softmax_in_place(row: &mut [f64]) {
    let max = row.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut sum = 0.0;
    for v in row.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    row.iter_mut().for_each(|v| *v /= sum);
}

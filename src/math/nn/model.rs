//! The network: a stack of dense layers whose parameters live in one flat vector.
//!
//! Keeping every weight and bias in one `Vec<f64>` (and every gradient in a
//! twin) lets an optimizer update the whole model in a single loop and lets the
//! page read any layer as a slice, without copying.

use super::activation::Activation;
use super::kernels;
use super::loss::Loss;
pub use super::workspace::Workspace;
use super::SpecError;
use crate::math::rng::Rng;
use nalgebra::DMatrix;

/// How a layer's weights are drawn before training (biases always start at 0, as in Keras).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Init {
    /// Uniform in ±√(6 / (fan_in + fan_out)); the Keras default, suits tanh and sigmoid.
    #[default]
    GlorotUniform,
    /// Normal with standard deviation √(2 / fan_in) (not truncated); suits ReLU.
    HeNormal,
    /// All zeros: fine for a single linear layer, fatal symmetry for hidden layers.
    Zeros,
}

/// One dense layer of a [`NetSpec`].
#[derive(Clone, Debug, PartialEq)]
pub struct LayerSpec {
    /// Number of outputs (neurons).
    pub units: usize,
    /// The nonlinearity after the product.
    pub activation: Activation,
    /// Whether the layer adds a bias vector (off forces the fit through the origin).
    pub bias: bool,
    /// How the weights are drawn.
    pub init: Init,
}

impl LayerSpec {
    /// A layer with bias and Glorot-uniform weights, as Keras's `Dense(units, activation)`.
    pub fn new(units: usize, activation: Activation) -> Self {
        LayerSpec {
            units,
            activation,
            bias: true,
            init: Init::GlorotUniform,
        }
    }

    /// The same layer without a bias.
    pub fn without_bias(mut self) -> Self {
        self.bias = false;
        self
    }

    /// The same layer with another initialisation.
    pub fn with_init(mut self, init: Init) -> Self {
        self.init = init;
        self
    }
}

/// The shape of a network: its input width and its layers, first to last.
#[derive(Clone, Debug, PartialEq)]
pub struct NetSpec {
    /// Number of input features.
    pub inputs: usize,
    /// The dense layers, input side first.
    pub layers: Vec<LayerSpec>,
}

impl NetSpec {
    /// A spec with `inputs` features and no layers yet.
    pub fn new(inputs: usize) -> Self {
        NetSpec {
            inputs,
            layers: Vec::new(),
        }
    }

    /// Appends a dense layer with bias and Glorot init.
    pub fn dense(self, units: usize, activation: Activation) -> Self {
        self.layer(LayerSpec::new(units, activation))
    }

    /// Appends any layer.
    pub fn layer(mut self, layer: LayerSpec) -> Self {
        self.layers.push(layer);
        self
    }

    /// Checks the widths; an error names the offending layer.
    pub fn validate(&self) -> Result<(), SpecError> {
        if self.inputs == 0 {
            return Err(SpecError("the network needs at least one input".into()));
        }
        if self.layers.is_empty() {
            return Err(SpecError("the network needs at least one layer".into()));
        }
        for (i, l) in self.layers.iter().enumerate() {
            if l.units == 0 {
                return Err(SpecError(format!("layer {} has no units", i + 1)));
            }
        }
        Ok(())
    }
}

/// Where one layer's parameters sit in the model's flat vector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dense {
    /// Input width.
    pub inputs: usize,
    /// Output width.
    pub units: usize,
    /// The nonlinearity.
    pub activation: Activation,
    /// Whether a bias follows the weights.
    pub bias: bool,
    /// Index of the first weight; the weights are `units × inputs`, row by row.
    pub offset: usize,
}

impl Dense {
    /// Number of parameters: weights plus biases.
    pub fn param_count(&self) -> usize {
        self.units * self.inputs + if self.bias { self.units } else { 0 }
    }

    fn w_range(&self) -> std::ops::Range<usize> {
        self.offset..self.offset + self.units * self.inputs
    }

    fn b_range(&self) -> Option<std::ops::Range<usize>> {
        let start = self.offset + self.units * self.inputs;
        self.bias.then(|| start..start + self.units)
    }
}

/// A multilayer perceptron: dense layers, each `a = f(W a_prev + b)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Mlp {
    spec: NetSpec,
    layers: Vec<Dense>,
    params: Vec<f64>,
    grads: Vec<f64>,
}

impl Mlp {
    /// Builds the network with weights drawn from `seed`. Panics on an invalid
    /// spec; use [`Mlp::try_new`] for specs a person typed.
    pub fn new(spec: &NetSpec, seed: u64) -> Self {
        Self::try_new(spec, seed).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Builds the network, or says which layer is malformed.
    pub fn try_new(spec: &NetSpec, seed: u64) -> Result<Self, SpecError> {
        spec.validate()?;
        let mut layers = Vec::with_capacity(spec.layers.len());
        let (mut inputs, mut offset) = (spec.inputs, 0);
        for l in &spec.layers {
            let d = Dense {
                inputs,
                units: l.units,
                activation: l.activation,
                bias: l.bias,
                offset,
            };
            offset += d.param_count();
            inputs = l.units;
            layers.push(d);
        }
        let mut params = vec![0.0; offset];
        let mut rng = Rng::new(seed);
        for (d, l) in layers.iter().zip(&spec.layers) {
            let (fan_in, fan_out) = (d.inputs as f64, d.units as f64);
            for w in &mut params[d.w_range()] {
                *w = match l.init {
                    Init::GlorotUniform => {
                        let limit = (6.0 / (fan_in + fan_out)).sqrt();
                        rng.uniform(-limit, limit)
                    }
                    Init::HeNormal => (2.0 / fan_in).sqrt() * rng.normal(),
                    Init::Zeros => 0.0,
                };
            }
        }
        Ok(Mlp {
            spec: spec.clone(),
            layers,
            grads: vec![0.0; offset],
            params,
        })
    }

    /// The spec this network was built from.
    pub fn spec(&self) -> &NetSpec {
        &self.spec
    }

    /// The layers, input side first.
    pub fn layers(&self) -> &[Dense] {
        &self.layers
    }

    /// Number of input features.
    pub fn inputs(&self) -> usize {
        self.spec.inputs
    }

    /// Width of the last layer.
    pub fn outputs(&self) -> usize {
        self.layers.last().map_or(0, |l| l.units)
    }

    /// Every parameter, layer by layer: weights `(out, in)` row by row, then biases.
    pub fn parameters(&self) -> &[f64] {
        &self.params
    }

    /// Every parameter, writable (to load weights from elsewhere, or to nudge one).
    pub fn parameters_mut(&mut self) -> &mut [f64] {
        &mut self.params
    }

    /// The accumulated gradient dL/dθ, in the same order as [`Mlp::parameters`].
    pub fn gradients(&self) -> &[f64] {
        &self.grads
    }

    /// Parameters and gradients together, for an optimizer's step.
    pub fn parameters_and_gradients(&mut self) -> (&mut [f64], &[f64]) {
        (&mut self.params, &self.grads)
    }

    /// Clears the gradients; [`Mlp::backward`] adds to them, as in PyTorch.
    pub fn zero_grad(&mut self) {
        self.grads.fill(0.0);
    }

    /// Total number of parameters (2,497 for 5→64→32→1).
    pub fn param_count(&self) -> usize {
        self.params.len()
    }

    /// Layer `l`'s weights, `(units, inputs)` row by row.
    pub fn weights(&self, l: usize) -> &[f64] {
        &self.params[self.layers[l].w_range()]
    }

    /// Layer `l`'s weights, writable.
    pub fn weights_mut(&mut self, l: usize) -> &mut [f64] {
        let r = self.layers[l].w_range();
        &mut self.params[r]
    }

    /// Layer `l`'s bias, if it has one.
    pub fn bias(&self, l: usize) -> Option<&[f64]> {
        self.layers[l].b_range().map(|r| &self.params[r])
    }

    /// Layer `l`'s bias, writable.
    pub fn bias_mut(&mut self, l: usize) -> Option<&mut [f64]> {
        self.layers[l].b_range().map(|r| &mut self.params[r])
    }

    /// Layer `l`'s weights as a matrix, `(units, inputs)`: for heatmaps, rank, SVD.
    pub fn weight_matrix(&self, l: usize) -> DMatrix<f64> {
        let d = self.layers[l];
        DMatrix::from_row_slice(d.units, d.inputs, self.weights(l))
    }

    /// Adds `penalty`'s gradient to every weight's gradient; biases are left alone.
    pub fn add_penalty(&mut self, penalty: super::Penalty) {
        for d in &self.layers {
            let r = d.w_range();
            for (g, w) in self.grads[r.clone()].iter_mut().zip(&self.params[r]) {
                *g += penalty.gradient(*w);
            }
        }
    }

    /// The gradient of layer `l`'s weights, `(units, inputs)` row by row.
    pub fn weight_gradients(&self, l: usize) -> &[f64] {
        &self.grads[self.layers[l].w_range()]
    }

    /// Runs `rows` samples (`x` row by row) through the network; returns the output rows.
    pub fn forward<'w>(&self, ws: &'w mut Workspace, x: &[f64], rows: usize) -> &'w [f64] {
        ws.input_mut(self, rows)
            .copy_from_slice(&x[..rows * self.inputs()]);
        self.forward_loaded(ws);
        ws.output()
    }

    /// The forward pass on the batch already in `ws`'s input buffer.
    pub(crate) fn forward_loaded(&self, ws: &mut Workspace) {
        let rows = ws.rows;
        let last = self.layers.len() - 1;
        for (l, d) in self.layers.iter().enumerate() {
            let (before, after) = ws.acts.split_at_mut(l + 1);
            let x = &before[l][..rows * d.inputs];
            let out = &mut after[0][..rows * d.units];
            kernels::dense_forward(x, self.weights(l), self.bias(l), d.inputs, out);
            if l == last {
                ws.logits[..out.len()].copy_from_slice(out);
            }
            d.activation.apply(out, d.units);
        }
    }

    /// Backpropagates `loss` against `target` (`rows × outputs`) from the last
    /// forward pass; adds dL/dθ to the gradients and returns the loss.
    pub fn backward(&mut self, ws: &mut Workspace, loss: Loss, target: &[f64]) -> f64 {
        let rows = ws.rows;
        let last = self.layers.len() - 1;
        let width = self.layers[last].units;
        let n = rows * width;
        let value = loss.value_and_grad(
            self.layers[last].activation,
            &ws.logits[..n],
            &ws.acts[last + 1][..n],
            &target[..n],
            width,
            &mut ws.delta[..n],
        );
        for l in (0..self.layers.len()).rev() {
            let d = self.layers[l];
            let x = &ws.acts[l][..rows * d.inputs];
            let delta = &ws.delta[..rows * d.units];
            let (gw, gb) =
                self.grads[d.offset..d.offset + d.param_count()].split_at_mut(d.units * d.inputs);
            let gb = d.bias.then_some(gb);
            kernels::dense_grad_params(delta, x, d.inputs, gw, gb);
            if l > 0 {
                let dx = &mut ws.delta_prev[..rows * d.inputs];
                kernels::dense_grad_input(delta, self.weights(l), d.inputs, dx);
                self.layers[l - 1].activation.backprop(dx, x, d.inputs);
                std::mem::swap(&mut ws.delta, &mut ws.delta_prev);
            }
        }
        value
    }

    /// The loss of the last forward pass against `target`, leaving the gradients alone.
    pub fn loss(&self, ws: &Workspace, loss: Loss, target: &[f64]) -> f64 {
        let n = ws.rows * self.outputs();
        let out = &ws.acts[self.layers.len()][..n];
        loss.value(&ws.logits[..n], out, &target[..n], self.outputs())
    }

    /// One sample through the network, layer by layer: each layer's `W·a + b` and what its
    /// activation makes of it, as the page shows a drawn digit's forward pass.
    pub fn trace(&self, x: &[f64]) -> Vec<(Vec<f64>, Vec<f64>)> {
        let mut a = x[..self.inputs()].to_vec();
        let mut out = Vec::with_capacity(self.layers.len());
        for (l, d) in self.layers.iter().enumerate() {
            let mut z = vec![0.0; d.units];
            kernels::dense_forward(&a, self.weights(l), self.bias(l), d.inputs, &mut z);
            a = z.clone();
            d.activation.apply(&mut a, d.units);
            out.push((z, a.clone()));
        }
        out
    }

    /// Predictions for `rows` samples given row by row; allocates, so not for the hot loop.
    pub fn predict(&self, x: &[f64], rows: usize) -> Vec<f64> {
        let mut ws = Workspace::new(self, rows);
        self.forward(&mut ws, x, rows).to_vec()
    }

    /// Predictions for each row of `x` (samples × features), as a matrix (samples × outputs).
    pub fn predict_matrix(&self, x: &DMatrix<f64>) -> DMatrix<f64> {
        let rows = x.nrows();
        let flat: Vec<f64> = x.transpose().as_slice().to_vec();
        DMatrix::from_row_slice(rows, self.outputs(), &self.predict(&flat, rows))
    }
}

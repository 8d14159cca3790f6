//! Scratch buffers for forward and backward passes, allocated once per batch size.

use super::model::Mlp;

/// Reusable buffers for forward and backward passes of up to `capacity` rows.
///
/// Allocated once per batch size, so a training step allocates nothing.
#[derive(Clone, Debug)]
pub struct Workspace {
    /// acts[0] is the input batch, acts[l + 1] the output of layer l.
    pub(super) acts: Vec<Vec<f64>>,
    /// The last layer's pre-activations, kept for the stable cross-entropies.
    pub(super) logits: Vec<f64>,
    pub(super) delta: Vec<f64>,
    pub(super) delta_prev: Vec<f64>,
    pub(super) rows: usize,
    capacity: usize,
    /// Input width then each layer's width: the network these buffers fit.
    widths: Vec<usize>,
}

impl Workspace {
    /// Buffers for batches of up to `capacity` rows through `mlp`.
    pub fn new(mlp: &Mlp, capacity: usize) -> Self {
        let mut acts = vec![vec![0.0; capacity * mlp.inputs()]];
        acts.extend(mlp.layers().iter().map(|d| vec![0.0; capacity * d.units]));
        let widest = mlp
            .layers()
            .iter()
            .map(|d| d.units.max(d.inputs))
            .max()
            .unwrap_or(0);
        let mut widths = vec![mlp.inputs()];
        widths.extend(mlp.layers().iter().map(|d| d.units));
        Workspace {
            widths,
            acts,
            logits: vec![0.0; capacity * mlp.outputs()],
            delta: vec![0.0; capacity * widest],
            delta_prev: vec![0.0; capacity * widest],
            rows: 0,
            capacity,
        }
    }

    /// The input buffer for a batch of `rows` samples, to fill before a forward pass.
    pub(crate) fn input_mut(&mut self, mlp: &Mlp, rows: usize) -> &mut [f64] {
        let fits = self.widths.len() == mlp.layers().len() + 1
            && self.widths[0] == mlp.inputs()
            && self.widths[1..]
                .iter()
                .zip(mlp.layers())
                .all(|(w, d)| *w == d.units);
        if rows > self.capacity || !fits {
            *self = Workspace::new(mlp, rows.max(self.capacity));
        }
        self.rows = rows;
        &mut self.acts[0][..rows * mlp.inputs()]
    }

    /// The network's output for the last forward pass, row by row.
    pub fn output(&self) -> &[f64] {
        let l = self.widths.len() - 1;
        &self.acts[l][..self.rows * self.widths[l]]
    }

    /// The output of layer `l` for the last forward pass (the hidden activations).
    pub fn activations(&self, l: usize) -> &[f64] {
        &self.acts[l + 1][..self.rows * self.widths[l + 1]]
    }
}

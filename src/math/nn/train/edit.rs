//! Weights put into a run from outside its training: a network a link carried, or one weight
//! a person set by hand.

use super::Trainer;
use crate::math::rng::Rng;

impl Trainer {
    /// Puts back a network trained elsewhere: its parameters, the `epochs` it trained and
    /// the loss its last epoch reported, which becomes the one entry of the history. The
    /// optimizer's state (momentum, Adam's moments) and the shuffle order start afresh, so
    /// training on follows a nearby path, not the original's. `Err` when the number of
    /// parameters or the epochs do not fit this run, which then stays as it was.
    pub fn resume(&mut self, params: &[f64], epochs: usize, loss: f64) -> Result<(), String> {
        let own = self.model.param_count();
        if params.len() != own || epochs == 0 || self.epoch() != 0 {
            return Err(format!(
                "{} parameters after {epochs} epochs cannot resume a fresh run of {own}",
                params.len()
            ));
        }
        self.model.parameters_mut().copy_from_slice(params);
        self.scoring = None;
        self.resumed_from = epochs - 1;
        self.history = vec![loss];
        self.test_history.clear();
        self.score_test();
        Ok(())
    }

    /// Takes over this run as another engine (`gpu::GpuTrainer`) trained it on from the
    /// start of an epoch: its parameters, the optimizer's moments and step count, the shuffle
    /// as the next epoch finds it, and the loss of each epoch it trained. Training on here
    /// continues the same run.
    pub(crate) fn adopt(
        &mut self,
        params: &[f64],
        moments: [Vec<f64>; 2],
        shuffle: (Rng, Vec<usize>),
        steps: u64,
        losses: &[f64],
    ) {
        self.model.parameters_mut().copy_from_slice(params);
        self.scoring = None;
        self.opt.adopt(moments, steps);
        (self.rng, self.order) = shuffle;
        self.done_in_epoch = 0;
        // The other engine scores no held-out data (it refuses runs that have some).
        self.history.extend_from_slice(losses);
    }

    /// Sets weight `index` (row by row) of layer `layer` to `value`, as a person editing the
    /// network by hand, and scores the edited network: its loss (and the held-out loss) replaces
    /// the last epoch's, so the readout, the curve's end and the link follow the edit. `Err`
    /// says why nothing changed.
    pub fn set_weight(&mut self, layer: usize, index: usize, value: f64) -> Result<(), String> {
        if !value.is_finite() {
            return Err(format!("{value} is not a finite number"));
        }
        let count = self.model.layers().get(layer).map(|d| d.units * d.inputs);
        if count.is_none_or(|n| index >= n) {
            return Err(format!("layer {} has no weight {}", layer + 1, index + 1));
        }
        self.model.weights_mut(layer)[index] = value;
        self.scoring = None;
        let loss = self.evaluate();
        if let Some(last) = self.history.last_mut() {
            *last = loss;
        }
        if let (Some(test), Some(last)) = (&self.test, self.test_history.len().checked_sub(1)) {
            self.test_history[last] = self.loss_on(test);
        }
        Ok(())
    }
}

//! Scoring a run without training it: its loss and accuracy on the training data and on
//! data held out, and the class it picks for each sample.

use std::ops::Range;

use super::{teach, Guesses, Trainer};
use crate::math::data::{class_labels, Dataset};
use crate::math::nn::model::Workspace;
use crate::math::nn::SpecError;

impl Trainer {
    /// Holds `test` out: after every epoch its loss joins [`Trainer::test_history`].
    pub fn with_test(mut self, test: Dataset) -> Result<Self, SpecError> {
        if (test.features, test.targets) != (self.data.features, self.data.targets)
            || test.rows() == 0
        {
            return Err(SpecError(format!(
                "the test data has {} rows of {} features and {} targets, unlike the training data",
                test.rows(),
                test.features,
                test.targets
            )));
        }
        self.test = Some(test);
        Ok(self)
    }

    /// The loss on the whole data set at the current weights, without training.
    pub fn evaluate(&self) -> f64 {
        self.loss_on(&self.data)
    }

    pub(super) fn loss_on(&self, data: &Dataset) -> f64 {
        let ws = self.forward_on(data, 0..data.rows());
        self.model.loss(&ws, self.config.loss, &data.y)
    }

    /// Samples `rows` of `data` through the network at the current weights: the workspace
    /// then holds each layer's outputs, the last one the predictions.
    fn forward_on(&self, data: &Dataset, rows: Range<usize>) -> Workspace {
        let (f, n) = (data.features, rows.len());
        let mut ws = Workspace::new(&self.model, n);
        ws.input_mut(&self.model, n)
            .copy_from_slice(&data.x[rows.start * f..rows.end * f]);
        self.model.forward_loaded(&mut ws);
        ws
    }

    pub(super) fn score_test(&mut self) {
        if let Some(test) = &self.test {
            let loss = self.loss_on(test);
            self.test_history.push(loss);
        }
    }

    /// Fraction of samples classified right; `None` for regression data.
    pub fn accuracy(&self) -> Option<f64> {
        self.accuracy_on(&self.data)
    }

    /// Fraction of the held-out samples classified right; `None` without test data or for regression.
    pub fn test_accuracy(&self) -> Option<f64> {
        self.accuracy_on(self.test.as_ref()?)
    }

    fn accuracy_on(&self, data: &Dataset) -> Option<f64> {
        let (guess, truth) = self.guesses(data)?;
        Some(teach::accuracy(&guess, &truth))
    }

    /// Scores the run at its weights now: the class picked for each sample of the training
    /// data and of the held-out data, kept for [`Trainer::scored`] until the next call, so
    /// that several panels can read one pass over the data, and the training data's loss
    /// found in the same pass ([`Trainer::scored_loss`]).
    pub fn score(&mut self) {
        self.score_part(usize::MAX);
    }

    /// Reads up to `rows` more training samples of a score taken in parts, so that a long pass
    /// can be spread over frames; the held-out data, a fifth or so of the samples, is read
    /// whole with the last part. True once every sample is read: [`Trainer::scored`] and
    /// [`Trainer::scored_loss`] then hold the new score, and the next call starts another. A
    /// change of the weights drops a score in parts, whose samples were read with the weights
    /// before.
    pub fn score_part(&mut self, rows: usize) -> bool {
        let mut s = self.scoring.take().unwrap_or_default();
        let from = s.picked.len();
        let to = self.data.rows().min(from.saturating_add(rows.max(1)));
        let (data, t) = (&self.data, self.data.targets);
        let ws = self.forward_on(data, from..to);
        let target = &data.y[from * t..to * t];
        s.loss_sum += self.model.loss(&ws, self.config.loss, target) * (to - from) as f64;
        s.picked.extend(class_labels(ws.output(), t));
        if to < self.data.rows() {
            self.scoring = Some(s);
            return false;
        }
        let test = self.test.as_ref().and_then(|d| self.guesses(d));
        self.scored = [self.data.labels().map(|truth| (s.picked, truth)), test];
        self.scored_loss = Some(s.loss_sum / to as f64);
        true
    }

    /// The loss on the training data at the last [`Trainer::score`] (`None` before it): the
    /// weights may have changed since.
    pub fn scored_loss(&self) -> Option<f64> {
        self.scored_loss
    }

    /// What the last [`Trainer::score`] found, on the training data and on the held-out data
    /// (`None` before it, for regression, or without held-out data): the weights may have
    /// changed since.
    pub fn scored(&self) -> &[Option<Guesses>; 2] {
        &self.scored
    }

    /// The class the network picks for each sample of `data`, beside the true one; `None` for regression.
    pub fn guesses(&self, data: &Dataset) -> Option<Guesses> {
        let truth = data.labels()?;
        let ws = self.forward_on(data, 0..data.rows());
        Some((class_labels(ws.output(), data.targets), truth))
    }
}

/// A score taken in parts ([`Trainer::score_part`]): the summed loss of the training samples
/// read so far, and the class picked for each.
#[derive(Clone, Debug, Default)]
pub(super) struct Scoring {
    loss_sum: f64,
    picked: Vec<usize>,
}

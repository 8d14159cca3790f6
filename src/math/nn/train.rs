//! Training in slices: one call, one epoch, so a page can train a little per
//! animation frame and redraw in between.

use super::loss::Loss;
use super::model::{Mlp, Workspace};
use super::optim::{OptState, Optimizer, Penalty, Schedule};
use super::teach;
use super::SpecError;
use crate::math::data::Dataset;
use crate::math::rng::Rng;

mod diverge;
mod edit;
mod score;

pub use diverge::{nice_below, Divergence, TrainError};

/// How to train: the loss, the update rule, the batch size, the shuffle seed, and
/// optionally a weight penalty and a schedule of the learning rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainConfig {
    /// The loss to minimise.
    pub loss: Loss,
    /// The update rule and its learning rate.
    pub optimizer: Optimizer,
    /// Samples per step; `None` (or a size ≥ the data) trains full-batch.
    pub batch_size: Option<usize>,
    /// Seeds the per-epoch shuffle of mini-batches (full batch does not shuffle).
    pub shuffle_seed: u64,
    /// A penalty on the weights' size, added to every step's gradient.
    pub penalty: Option<Penalty>,
    /// How the learning rate changes, and over how many planned epochs.
    pub schedule: (Schedule, usize),
}

impl TrainConfig {
    /// Full-batch training with `loss` and `optimizer`, shuffle seed 0.
    pub fn new(loss: Loss, optimizer: Optimizer) -> Self {
        TrainConfig {
            loss,
            optimizer,
            batch_size: None,
            shuffle_seed: 0,
            penalty: None,
            schedule: (Schedule::Constant, 1),
        }
    }

    /// The same config with mini-batches of `size`.
    pub fn with_batch_size(mut self, size: usize) -> Self {
        self.batch_size = Some(size);
        self
    }

    /// The same config with another shuffle seed.
    pub fn with_shuffle_seed(mut self, seed: u64) -> Self {
        self.shuffle_seed = seed;
        self
    }

    /// The same config with a weight penalty.
    pub fn with_penalty(mut self, penalty: Penalty) -> Self {
        self.penalty = Some(penalty);
        self
    }

    /// The same config with the learning rate following `schedule` over `planned` epochs.
    pub fn with_schedule(mut self, schedule: Schedule, planned: usize) -> Self {
        self.schedule = (schedule, planned);
        self
    }

    /// The learning rate of epoch `epoch` (0 is the first).
    pub fn rate_at(&self, epoch: usize) -> f64 {
        let (schedule, planned) = self.schedule;
        schedule.rate(self.optimizer.lr(), epoch, planned)
    }
}

/// A model, its data and its optimizer state, advanced one epoch per call.
///
/// Everything that varies between runs comes from the model's seed and
/// `shuffle_seed`, so the same inputs replay the same run bit for bit.
#[derive(Clone, Debug)]
pub struct Trainer {
    model: Mlp,
    data: Dataset,
    config: TrainConfig,
    opt: OptState,
    ws: Workspace,
    /// Sample order for mini-batches, reshuffled each epoch.
    order: Vec<usize>,
    /// The epoch under way: samples of `order` trained so far, and their summed loss.
    done_in_epoch: usize,
    epoch_total: f64,
    rng: Rng,
    y_batch: Vec<f64>,
    history: Vec<f64>,
    /// Data held out: scored after every epoch, never trained on.
    test: Option<Dataset>,
    /// The loss on `test` after each epoch of `history`.
    test_history: Vec<f64>,
    /// Epochs trained before `history` starts: a run resumed from a link has no earlier ones.
    resumed_from: usize,
    stopped: Option<TrainError>,
    /// What [`Trainer::score`] last found.
    scored: [Option<Guesses>; 2],
    /// The training data's loss at the last score.
    scored_loss: Option<f64>,
    /// A score under way in parts; dropped when the weights change.
    scoring: Option<score::Scoring>,
}

/// The class picked for each sample, beside its true one ([`Trainer::guesses`]).
pub type Guesses = (Vec<usize>, Vec<usize>);

impl Trainer {
    /// Checks that the model fits the data and the loss, and sets up the buffers.
    pub fn new(model: Mlp, data: Dataset, config: TrainConfig) -> Result<Self, SpecError> {
        if model.inputs() != data.features {
            return Err(SpecError(format!(
                "the network takes {} inputs but the data has {} features",
                model.inputs(),
                data.features
            )));
        }
        if model.outputs() != data.targets {
            return Err(SpecError(format!(
                "the network has {} outputs but the data has {} target columns",
                model.outputs(),
                data.targets
            )));
        }
        if data.rows() == 0 {
            return Err(SpecError("the data has no samples".into()));
        }
        let last = model.layers().last().expect("validated model has layers");
        config.loss.check_output(last.activation)?;
        if !(config.optimizer.lr() > 0.0 && config.optimizer.lr().is_finite()) {
            return Err(SpecError(
                "the learning rate must be a positive number".into(),
            ));
        }
        let rows = data.rows();
        let batch = config.batch_size.unwrap_or(rows).clamp(1, rows);
        Ok(Trainer {
            opt: OptState::new(config.optimizer, model.param_count()),
            ws: Workspace::new(&model, batch),
            order: (0..rows).collect(),
            done_in_epoch: 0,
            epoch_total: 0.0,
            rng: Rng::new(config.shuffle_seed),
            y_batch: vec![0.0; batch * data.targets],
            history: Vec::new(),
            test: None,
            test_history: Vec::new(),
            resumed_from: 0,
            stopped: None,
            scored: [None, None],
            scored_loss: None,
            scoring: None,
            model,
            data,
            config,
        })
    }

    /// Trains one epoch (one pass over the data) and returns its loss: the
    /// sample-weighted mean of the batch losses, each taken before its update,
    /// as Keras reports it. After a divergence, returns the same error again.
    pub fn step_epoch(&mut self) -> Result<f64, TrainError> {
        loop {
            if let Some(loss) = self.step_batch()? {
                return Ok(loss);
            }
        }
    }

    /// Trains one mini-batch of the epoch under way (the whole data when training
    /// full-batch), so that a page can stop between batches of a slow epoch. Returns the
    /// epoch's loss when this batch ended it, as [`Trainer::step_epoch`] does.
    pub fn step_batch(&mut self) -> Result<Option<f64>, TrainError> {
        if let Some(e) = &self.stopped {
            return Err(e.clone());
        }
        let rows = self.data.rows();
        let batch = self.config.batch_size.unwrap_or(rows).clamp(1, rows);
        let (f, t) = (self.data.features, self.data.targets);
        let start = self.done_in_epoch;
        if start == 0 {
            self.opt.optimizer = self.config.optimizer.with_lr(self.rate_now());
            self.epoch_total = 0.0;
            if batch < rows {
                self.rng.shuffle(&mut self.order);
            }
        }
        if batch == rows {
            // Full batch: the order of samples cannot change the step, so skip the shuffle.
            self.ws
                .input_mut(&self.model, rows)
                .copy_from_slice(&self.data.x);
            self.epoch_total = self.train_batch(None) * rows as f64;
            self.done_in_epoch = rows;
        } else {
            let idx = &self.order[start..(start + batch).min(rows)];
            let input = self.ws.input_mut(&self.model, idx.len());
            for (k, &i) in idx.iter().enumerate() {
                input[k * f..(k + 1) * f].copy_from_slice(self.data.input(i));
                self.y_batch[k * t..(k + 1) * t].copy_from_slice(self.data.target(i));
            }
            let len = idx.len();
            let loss = self.train_batch(Some(len * t));
            self.epoch_total += loss * len as f64;
            // A loss that is not finite ends the epoch here.
            self.done_in_epoch = if loss.is_finite() { start + len } else { rows };
        }
        if self.done_in_epoch < rows {
            return Ok(None);
        }
        self.done_in_epoch = 0;
        let loss = self.epoch_total / rows as f64;
        if !loss.is_finite() {
            let d = self.divergence(loss);
            self.stopped = Some(TrainError::Diverged(d));
            return Err(self.stopped.clone().expect("just set"));
        }
        self.history.push(loss);
        self.score_test();
        Ok(Some(loss))
    }

    /// One forward, backward and update on the batch in the workspace; `y_len`
    /// is how much of `y_batch` holds its targets (`None`: the whole data's).
    fn train_batch(&mut self, y_len: Option<usize>) -> f64 {
        self.scoring = None;
        self.model.forward_loaded(&mut self.ws);
        self.model.zero_grad();
        let target = match y_len {
            Some(n) => &self.y_batch[..n],
            None => &self.data.y[..],
        };
        let loss = self.model.backward(&mut self.ws, self.config.loss, target);
        if let Some(p) = self.config.penalty {
            self.model.add_penalty(p);
        }
        if loss.is_finite() {
            let (p, g) = self.model.parameters_and_gradients();
            self.opt.step(p, g);
        }
        loss
    }

    /// Trains up to `epochs` epochs; returns the last loss, or the divergence.
    pub fn run(&mut self, epochs: usize) -> Result<f64, TrainError> {
        let mut last = self.history.last().copied().unwrap_or(f64::NAN);
        for _ in 0..epochs {
            last = self.step_epoch()?;
        }
        Ok(last)
    }

    /// The learning rate the next epoch trains at, after the schedule.
    pub fn rate_now(&self) -> f64 {
        self.config.rate_at(self.epoch())
    }

    /// The next step in numbers, the way the lesson works it by hand — for a
    /// single linear neuron trained full-batch on MSE with plain SGD, where that
    /// step is exactly what [`Trainer::step_epoch`] will do; `None` otherwise.
    pub fn explain_step(&self) -> Option<teach::LinearStep> {
        let layers = self.model.layers();
        let simple = layers.len() == 1
            && layers[0].units == 1
            && layers[0].activation == super::Activation::Linear
            && self.config.loss == Loss::Mse
            && self.config.batch_size.is_none_or(|b| b >= self.data.rows());
        let Optimizer::Sgd { lr } = self.config.optimizer else {
            return None;
        };
        simple.then(|| {
            teach::explain_linear_step(
                &self.data.x_matrix(),
                &self.data.y,
                self.model.weights(0),
                self.model.bias(0).map(|b| b[0]),
                lr,
            )
        })
    }

    /// The loss of every epoch so far, first to last (finite values only).
    pub fn history(&self) -> &[f64] {
        &self.history
    }

    /// Epochs trained so far.
    pub fn epoch(&self) -> usize {
        self.resumed_from + self.history.len()
    }

    /// The epoch before the first of [`Trainer::history`]: 0, or for a resumed run the
    /// epochs before its last one.
    pub fn resumed_from(&self) -> usize {
        self.resumed_from
    }

    /// Optimizer steps taken so far (epochs × batches per epoch).
    pub fn steps(&self) -> u64 {
        self.opt.steps
    }

    /// The divergence that stopped training, if any.
    pub fn stopped(&self) -> Option<&TrainError> {
        self.stopped.as_ref()
    }

    /// The model being trained.
    pub fn model(&self) -> &Mlp {
        &self.model
    }

    /// The training data.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// The data held out, if any.
    pub fn test(&self) -> Option<&Dataset> {
        self.test.as_ref()
    }

    /// The loss on the held-out data after each epoch of [`Trainer::history`] (empty without any).
    pub fn test_history(&self) -> &[f64] {
        &self.test_history
    }

    /// The configuration.
    pub fn config(&self) -> &TrainConfig {
        &self.config
    }

    /// The optimizer's moments, as [`OptState::moments`] gives them.
    pub fn moments(&self) -> [&[f64]; 2] {
        self.opt.moments()
    }

    /// The shuffle as the next epoch starts it, for a run that moves to another engine
    /// (`gpu::GpuTrainer`); `None` in the middle of an epoch.
    pub fn epoch_start(&self) -> Option<(Rng, Vec<usize>)> {
        (self.done_in_epoch == 0).then(|| (self.rng.clone(), self.order.clone()))
    }
}

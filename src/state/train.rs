//! The Train view's settings: what the controls hold as typed, what they mean once
//! checked, and their form in the share link. The named choices are in `choices.rs`; the
//! network's link form in `train/net_field.rs`; the 2-D sets' controls in `train/plane_set.rs`.

use super::choices::{DataChoice, InitChoice, OptKind, RegChoice};
use super::clip;
use super::trained::Trained;

mod net_field;
mod plane_set;
use crate::math::data::plane::Feature;
use crate::math::data::{self, Dataset, Task};
use crate::math::nn::{
    presets, Activation, Init, LayerSpec, Loss, Mlp, NetSpec, Optimizer, Penalty, Schedule,
    TrainConfig, Trainer,
};
use plane_set::must_be;
pub use plane_set::{noise_level, penalty_rate, test_percent, Plane};

/// Widest layer the builder accepts: wider ones would train slowly in a page.
pub const MAX_UNITS: usize = 256;
/// Most layers the builder accepts.
pub const MAX_LAYERS: usize = 6;
/// Most epochs one run may plan.
pub const MAX_EPOCHS: usize = 100_000;
/// The most jitter a generated 2-D set takes: half the span of its points.
pub const MAX_NOISE: f64 = 0.5;
/// The largest share of a generated 2-D set that may be held out, in percent.
pub const MAX_TEST_PERCENT: usize = 90;
/// One layer as the builder holds it; the width stays text until checked.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerRow {
    /// The width, as typed.
    pub units: String,
    /// The activation after the product.
    pub act: Activation,
    /// Whether the layer adds a bias.
    pub bias: bool,
}

impl LayerRow {
    /// A layer of `units` with `act` and a bias.
    pub fn new(units: usize, act: Activation) -> Self {
        LayerRow {
            units: units.to_string(),
            act,
            bias: true,
        }
    }
}

/// Everything the controls hold, as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The data.
    pub data: DataChoice,
    /// The pasted table, for [`DataChoice::Csv`].
    pub csv: String,
    /// The layers, input side first; the last is the output layer.
    pub layers: Vec<LayerRow>,
    /// How the weights start.
    pub init: InitChoice,
    /// The loss.
    pub loss: Loss,
    /// The update rule.
    pub opt: OptKind,
    /// The learning rate, as typed.
    pub lr: String,
    /// Samples per step (`full` for the whole data), as typed.
    pub batch: String,
    /// Planned epochs, as typed.
    pub epochs: String,
    /// The seed of data, weights and shuffles, as typed.
    pub seed: String,
    /// A generated 2-D set's jitter, as typed.
    pub noise: String,
    /// The percent of a generated 2-D set held out to test on, as typed.
    pub test: String,
    /// What a network on a generated 2-D set reads of each point.
    pub features: Vec<Feature>,
    /// The weight penalty.
    pub reg: RegChoice,
    /// The penalty's rate, as typed.
    pub reg_rate: String,
    /// How the learning rate changes over the planned epochs.
    pub schedule: Schedule,
    /// The trained network, when the link carries one: the run resumes from it instead of
    /// the seed's weights. Any change of the settings, or Reset, drops it.
    pub trained: Option<Trained>,
}

/// The pasted table a fresh CSV choice starts with: the lesson's four samples.
pub const SAMPLE_CSV: &str = "x1,x2,y\n1,2,3\n2,3,5\n3,4,7\n4,5,9";

impl Draft {
    /// The page's first state: the lesson's regression.
    pub fn lesson() -> Self {
        let mut d = Draft {
            data: DataChoice::Regression,
            csv: SAMPLE_CSV.to_string(),
            layers: Vec::new(),
            init: InitChoice::Auto,
            loss: Loss::Mse,
            opt: OptKind::Sgd,
            lr: String::new(),
            batch: String::new(),
            epochs: String::new(),
            seed: presets::DEFAULT_SEED.to_string(),
            noise: String::new(),
            test: "0".into(),
            features: Feature::PLAIN.to_vec(),
            reg: RegChoice::None,
            reg_rate: "0.001".into(),
            schedule: Schedule::Constant,
            trained: None,
        };
        d.choose_data(DataChoice::Regression);
        d
    }

    /// Picks a dataset with the network and training that suit it (the lessons' where they have one).
    pub fn choose_data(&mut self, data: DataChoice) {
        let recipe = data.recipe();
        self.data = data;
        self.layers = recipe.layers;
        self.init = recipe.init;
        self.loss = recipe.loss;
        self.opt = recipe.opt;
        self.lr = recipe.lr.into();
        self.batch = recipe.batch.into();
        self.epochs = recipe.epochs.to_string();
        self.noise = data.default_noise().into();
    }

    /// Checks every field; each problem is one sentence naming the control.
    pub fn check(&self) -> Result<Settings, Vec<String>> {
        let mut problems = Vec::new();
        let seed = match self.seed.trim().parse::<u64>() {
            Ok(s) => s,
            Err(_) => {
                problems.push(must_be("seed", &self.seed, "a whole number from 0 up"));
                0
            }
        };
        let lr = match crate::math::parse::parse_number(&self.lr) {
            Some(r) if r > 0.0 && r.is_finite() => r,
            _ => {
                problems.push(must_be(
                    "learning rate",
                    &self.lr,
                    "a positive number, such as 0.01",
                ));
                0.01
            }
        };
        let batch = match self.batch.trim() {
            "" | "full" => None,
            t => match t.parse::<usize>() {
                Ok(b) if b >= 1 => Some(b),
                _ => {
                    problems.push(must_be(
                        "batch size",
                        t,
                        "a whole number from 1 up, or “full”",
                    ));
                    None
                }
            },
        };
        let epochs = match self.epochs.trim().parse::<usize>() {
            Ok(e) if (1..=MAX_EPOCHS).contains(&e) => e,
            _ => {
                problems.push(must_be(
                    "number of epochs",
                    &self.epochs,
                    "a whole number from 1 to 100000",
                ));
                1
            }
        };
        let penalty = match penalty_rate(&self.reg_rate) {
            Some(r) => self.reg.with_rate(r),
            _ if self.reg == RegChoice::None => None,
            _ => {
                problems.push(must_be(
                    "regularisation rate",
                    &self.reg_rate,
                    "a number from 0 up, such as 0.001",
                ));
                None
            }
        };
        let mut layers = Vec::new();
        for (i, l) in self.layers.iter().enumerate() {
            match l.units.trim().parse::<usize>() {
                Ok(u) if (1..=MAX_UNITS).contains(&u) => layers.push((u, l)),
                _ => problems.push(format!(
                    "Layer {} has width “{}”; a width is a whole number from 1 to {MAX_UNITS}.",
                    i + 1,
                    clip(l.units.trim())
                )),
            }
        }
        if self.layers.is_empty() {
            problems.push("The network needs at least one layer.".into());
        }
        let dataset = match self.dataset(seed) {
            Ok(d) => Some(d),
            Err(e) => {
                problems.push(e);
                None
            }
        };
        let Some((dataset, test, plane)) = dataset.filter(|_| problems.is_empty()) else {
            return Err(problems);
        };
        let lone_linear = layers.len() == 1 && layers[0].1.act == Activation::Linear;
        let mut spec = NetSpec::new(dataset.features);
        for &(units, row) in &layers {
            let init = match self.init {
                InitChoice::Glorot => Init::GlorotUniform,
                InitChoice::He => Init::HeNormal,
                InitChoice::Zeros | InitChoice::Fives => Init::Zeros,
                InitChoice::Auto if lone_linear => Init::Zeros,
                InitChoice::Auto if row.act == Activation::Relu => Init::HeNormal,
                InitChoice::Auto => Init::GlorotUniform,
            };
            let mut layer = LayerSpec::new(units, row.act).with_init(init);
            if !row.bias {
                layer = layer.without_bias();
            }
            spec = spec.layer(layer);
        }
        Ok(Settings {
            data: self.data,
            dataset,
            test,
            plane,
            spec,
            fives: self.init == InitChoice::Fives,
            loss: self.loss,
            optimizer: self.opt.with_rate(lr),
            batch,
            epochs,
            seed,
            penalty,
            schedule: self.schedule,
        })
    }

    /// The dataset the draft names, the part of it held out to test on and, for data on the
    /// plane, what its pictures need; or why it cannot be made.
    fn dataset(&self, seed: u64) -> Result<DatasetParts, String> {
        let d = match self.data {
            DataChoice::Regression => data::lesson_regression(seed),
            DataChoice::Four => data::four_samples(),
            DataChoice::Keras => data::keras_random(seed),
            DataChoice::Shape(shape) => return self.plane_set(shape, seed),
            DataChoice::Csv => {
                let d = data::parse_csv(&self.csv)
                    .map_err(|e| format!("The pasted table cannot be read: {e}."))?;
                if self.loss == Loss::Mse {
                    d
                } else {
                    d.to_classes()
                        .map_err(|e| format!("The pasted table cannot be read as classes: {e}."))?
                }
            }
            DataChoice::Digits => {
                let d = super::digits::loaded().ok_or(
                    "The handwritten digits have not arrived yet: they are fetched when picked.",
                )?;
                return Ok((d.train.clone(), Some(d.test.clone()), None));
            }
        };
        // A pasted table of two inputs and classes is a set on the plane too.
        let plane = (d.features == 2 && d.task != Task::Regression).then(|| Plane {
            features: Feature::PLAIN.to_vec(),
            points: d.x.clone(),
        });
        Ok((d, None, plane))
    }
}

/// What [`Draft::dataset`] makes: the training data, the held-out data, the plane's view.
type DatasetParts = (Dataset, Option<Dataset>, Option<Plane>);

/// A draft that passed its checks: what a run is built from.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Which data.
    pub data: DataChoice,
    /// The data itself.
    pub dataset: Dataset,
    /// The data held out to test on, never trained on (the digits' fifth, a 2-D set's share).
    pub test: Option<Dataset>,
    /// For data on the plane: the features read and the points, for the decision regions.
    pub plane: Option<Plane>,
    /// The network.
    pub spec: NetSpec,
    /// Start every weight at 5 (the lesson's hand-worked step).
    pub fives: bool,
    /// The loss.
    pub loss: Loss,
    /// The update rule with its rate.
    pub optimizer: Optimizer,
    /// Samples per step; `None`: full batch.
    pub batch: Option<usize>,
    /// Planned epochs.
    pub epochs: usize,
    /// The seed.
    pub seed: u64,
    /// The weight penalty, if any.
    pub penalty: Option<Penalty>,
    /// How the learning rate changes over the planned epochs.
    pub schedule: Schedule,
}

impl Settings {
    /// A fresh run; the same settings give the same run, bit for bit.
    pub fn build(&self) -> Result<Trainer, String> {
        let mut model = Mlp::try_new(&self.spec, self.seed).map_err(|e| format!("{e}."))?;
        if self.fives {
            for l in 0..model.layers().len() {
                model.weights_mut(l).fill(5.0);
            }
        }
        let mut config = TrainConfig::new(self.loss, self.optimizer)
            .with_shuffle_seed(self.seed)
            .with_schedule(self.schedule, self.epochs);
        if let Some(p) = self.penalty {
            config = config.with_penalty(p);
        }
        if let Some(b) = self.batch {
            config = config.with_batch_size(b);
        }
        let trainer = Trainer::new(model, self.dataset.clone(), config);
        let trainer = match &self.test {
            Some(test) => trainer.and_then(|t| t.with_test(test.clone())),
            None => trainer,
        };
        trainer.map_err(|e| {
            let mut s = e.to_string();
            if let Some(first) = s.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("{s}.")
        })
    }

    /// Whether the data are classes (so accuracy means something).
    pub fn classifies(&self) -> bool {
        self.dataset.task != Task::Regression
    }
}

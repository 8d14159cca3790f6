//! The Train view's named choices (data, initialisation, optimizer, loss, activation): their
//! names in the share link and their labels in the controls.

use super::train::LayerRow;
use crate::math::data::Shape2d;
use crate::math::nn::{Activation, Loss, Optimizer, Penalty};

/// The data a run trains on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataChoice {
    /// The lesson's 100 points of y = 3x₁ − 2x₂ + 1.
    Regression,
    /// The four samples of the hand-worked gradient step.
    Four,
    /// The Keras example's random 100×5 inputs and targets.
    Keras,
    /// A 2-D classification set.
    Shape(Shape2d),
    /// The 8×8 handwritten digits, fetched when picked.
    Digits,
    /// A table the person pasted.
    Csv,
}

impl DataChoice {
    /// Every choice, in menu order.
    pub const ALL: [DataChoice; 9] = [
        DataChoice::Regression,
        DataChoice::Four,
        DataChoice::Keras,
        DataChoice::Shape(Shape2d::Blobs),
        DataChoice::Shape(Shape2d::Xor),
        DataChoice::Shape(Shape2d::Circles),
        DataChoice::Shape(Shape2d::Spiral),
        DataChoice::Digits,
        DataChoice::Csv,
    ];

    /// The name in links (`data=xor`).
    pub fn name(self) -> &'static str {
        match self {
            DataChoice::Regression => "regression",
            DataChoice::Four => "four",
            DataChoice::Keras => "keras",
            DataChoice::Shape(s) => s.name(),
            DataChoice::Digits => "digits",
            DataChoice::Csv => "csv",
        }
    }

    /// The name in the menu.
    pub fn label(self) -> &'static str {
        match self {
            DataChoice::Regression => "Lesson regression: y = 3x₁ − 2x₂ + 1",
            DataChoice::Four => "Four samples (the hand-worked step)",
            DataChoice::Keras => "Keras example: random 100×5, binary",
            DataChoice::Shape(Shape2d::Blobs) => "Two blobs",
            DataChoice::Shape(Shape2d::Xor) => "XOR",
            DataChoice::Shape(Shape2d::Circles) => "Circles",
            DataChoice::Shape(Shape2d::Spiral) => "Spiral, three classes",
            DataChoice::Digits => "Handwritten digits, 8×8, ten classes",
            DataChoice::Csv => "Pasted CSV",
        }
    }

    /// The jitter a generated 2-D set starts with, as the noise control shows it.
    pub fn default_noise(self) -> &'static str {
        match self {
            DataChoice::Shape(Shape2d::Xor) => "0",
            DataChoice::Shape(Shape2d::Spiral) => "0.04",
            _ => "0.1",
        }
    }

    /// Whether this is a generated 2-D set, which takes noise, a test share and features.
    pub fn on_plane(self) -> bool {
        matches!(self, DataChoice::Shape(_))
    }

    /// Parses [`DataChoice::name`].
    pub fn from_name(name: &str) -> Option<DataChoice> {
        crate::math::named(&DataChoice::ALL, DataChoice::name, name)
    }
}

/// How the weights start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitChoice {
    /// He for ReLU layers, Glorot for the others, zeros for a lone linear layer.
    Auto,
    /// Glorot uniform everywhere (Keras's default).
    Glorot,
    /// He normal everywhere.
    He,
    /// Every weight 0.
    Zeros,
    /// Every weight 5: the lesson's hand-worked start.
    Fives,
}

impl InitChoice {
    /// Every choice, in menu order.
    pub const ALL: [InitChoice; 5] = [
        InitChoice::Auto,
        InitChoice::Glorot,
        InitChoice::He,
        InitChoice::Zeros,
        InitChoice::Fives,
    ];

    /// The name in links and menus.
    pub fn name(self) -> &'static str {
        match self {
            InitChoice::Auto => "auto",
            InitChoice::Glorot => "glorot",
            InitChoice::He => "he",
            InitChoice::Zeros => "zeros",
            InitChoice::Fives => "fives",
        }
    }

    /// Parses [`InitChoice::name`].
    pub fn from_name(name: &str) -> Option<InitChoice> {
        crate::math::named(&InitChoice::ALL, InitChoice::name, name)
    }
}

/// The update rule, without its rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptKind {
    /// Plain gradient descent.
    Sgd,
    /// SGD with momentum 0.9.
    Momentum,
    /// Adam with Keras's defaults.
    Adam,
}

impl OptKind {
    /// Every rule, in menu order.
    pub const ALL: [OptKind; 3] = [OptKind::Sgd, OptKind::Momentum, OptKind::Adam];

    /// The name in links and menus.
    pub fn name(self) -> &'static str {
        match self {
            OptKind::Sgd => "sgd",
            OptKind::Momentum => "momentum",
            OptKind::Adam => "adam",
        }
    }

    /// Parses [`OptKind::name`].
    pub fn from_name(name: &str) -> Option<OptKind> {
        crate::math::named(&OptKind::ALL, OptKind::name, name)
    }

    pub fn with_rate(self, lr: f64) -> Optimizer {
        match self {
            OptKind::Sgd => Optimizer::sgd(lr),
            OptKind::Momentum => Optimizer::momentum(lr, 0.9),
            OptKind::Adam => Optimizer::adam(lr),
        }
    }
}

/// The weight penalty, without its rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegChoice {
    /// No penalty.
    None,
    /// λ·Σ|w|.
    L1,
    /// λ·Σw².
    L2,
}

impl RegChoice {
    /// Every choice, in menu order.
    pub const ALL: [RegChoice; 3] = [RegChoice::None, RegChoice::L1, RegChoice::L2];

    /// The name in links and menus.
    pub fn name(self) -> &'static str {
        match self {
            RegChoice::None => "none",
            RegChoice::L1 => "l1",
            RegChoice::L2 => "l2",
        }
    }

    /// Parses [`RegChoice::name`].
    pub fn from_name(name: &str) -> Option<RegChoice> {
        crate::math::named(&RegChoice::ALL, RegChoice::name, name)
    }

    /// The penalty at `rate`; `None` for no penalty.
    pub fn with_rate(self, rate: f64) -> Option<Penalty> {
        match self {
            RegChoice::None => None,
            RegChoice::L1 => Some(Penalty::L1(rate)),
            RegChoice::L2 => Some(Penalty::L2(rate)),
        }
    }
}

/// The short link name of a loss (`mse`, `bce`, `cce`).
pub fn loss_short(loss: Loss) -> &'static str {
    match loss {
        Loss::Mse => "mse",
        Loss::BinaryCrossEntropy => "bce",
        Loss::CategoricalCrossEntropy => "cce",
    }
}

/// Parses a short or Keras loss name.
pub fn loss_from_name(name: &str) -> Option<Loss> {
    Loss::ALL
        .into_iter()
        .find(|&l| loss_short(l) == name.trim())
        .or_else(|| Loss::from_name(name))
}

/// One letter per activation in the `net` field: l r s t x.
pub fn act_letter(a: Activation) -> char {
    match a {
        Activation::Linear => 'l',
        Activation::Relu => 'r',
        Activation::Sigmoid => 's',
        Activation::Tanh => 't',
        Activation::Softmax => 'x',
    }
}

/// The activation a `net` field letter names.
pub fn act_from_letter(c: char) -> Option<Activation> {
    Activation::ALL.into_iter().find(|&a| act_letter(a) == c)
}

/// The network and training that suit a dataset: the lessons' own where they have one.
pub struct Recipe {
    /// The layers, first hidden to output.
    pub layers: Vec<LayerRow>,
    /// How the weights start.
    pub init: InitChoice,
    /// The loss.
    pub loss: Loss,
    /// The optimizer.
    pub opt: OptKind,
    /// The learning rate, as the control shows it.
    pub lr: &'static str,
    /// The batch size, as the control shows it (`full` for the whole set).
    pub batch: &'static str,
    /// How many epochs a run trains.
    pub epochs: usize,
}

impl DataChoice {
    /// What choosing this dataset sets.
    pub fn recipe(self) -> Recipe {
        use Activation::*;
        let (layers, init, loss, opt, lr, batch, epochs) = match self {
            DataChoice::Regression => (
                vec![LayerRow::new(1, Linear)],
                InitChoice::Auto,
                Loss::Mse,
                OptKind::Sgd,
                "0.01",
                "full",
                200,
            ),
            DataChoice::Four => {
                let mut out = LayerRow::new(1, Linear);
                out.bias = false;
                (
                    vec![out],
                    InitChoice::Fives,
                    Loss::Mse,
                    OptKind::Sgd,
                    "0.01",
                    "full",
                    100,
                )
            }
            DataChoice::Keras => (
                vec![
                    LayerRow::new(64, Relu),
                    LayerRow::new(32, Relu),
                    LayerRow::new(1, Sigmoid),
                ],
                InitChoice::Glorot,
                Loss::BinaryCrossEntropy,
                OptKind::Adam,
                "0.001",
                "32",
                50,
            ),
            DataChoice::Shape(Shape2d::Xor) => (
                vec![LayerRow::new(8, Relu), LayerRow::new(1, Sigmoid)],
                InitChoice::Auto,
                Loss::BinaryCrossEntropy,
                OptKind::Adam,
                "0.05",
                "full",
                300,
            ),
            DataChoice::Shape(Shape2d::Spiral) => (
                vec![
                    LayerRow::new(32, Tanh),
                    LayerRow::new(32, Tanh),
                    LayerRow::new(3, Softmax),
                ],
                InitChoice::Auto,
                Loss::CategoricalCrossEntropy,
                OptKind::Adam,
                "0.01",
                "32",
                500,
            ),
            DataChoice::Digits => (
                vec![LayerRow::new(32, Relu), LayerRow::new(10, Softmax)],
                InitChoice::Auto,
                Loss::CategoricalCrossEntropy,
                OptKind::Adam,
                "0.001",
                "32",
                50,
            ),
            DataChoice::Shape(_) => (
                vec![LayerRow::new(16, Tanh), LayerRow::new(1, Sigmoid)],
                InitChoice::Auto,
                Loss::BinaryCrossEntropy,
                OptKind::Adam,
                "0.03",
                "32",
                300,
            ),
            DataChoice::Csv => (
                vec![LayerRow::new(1, Linear)],
                InitChoice::Auto,
                Loss::Mse,
                OptKind::Sgd,
                "0.01",
                "full",
                500,
            ),
        };
        Recipe {
            layers,
            init,
            loss,
            opt,
            lr,
            batch,
            epochs,
        }
    }
}

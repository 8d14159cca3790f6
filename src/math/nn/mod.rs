//! Small dense networks: layers, activations, losses, optimizers, training.
//!
//! Small enough to read in one sitting, in the spirit of micrograd:
//!
//! ```
//! use eigenplay::math::data;
//! use eigenplay::math::nn::{Activation, Loss, Mlp, NetSpec, Optimizer, TrainConfig, Trainer};
//!
//! let spec = NetSpec::new(2).dense(1, Activation::Linear);
//! let model = Mlp::new(&spec, 42);
//! let config = TrainConfig::new(Loss::Mse, Optimizer::sgd(0.01));
//! let mut trainer = Trainer::new(model, data::lesson_regression(42), config).unwrap();
//! for _ in 0..200 {
//!     trainer.step_epoch().unwrap(); // one epoch per call: a page trains per frame
//! }
//! assert!(trainer.history()[199] < trainer.history()[0]);
//! ```
//!
//! Layout: the parameters of a whole model live in one flat vector (weights of
//! each layer `(out, in)` row by row, then its bias); batches are `rows × width`
//! row by row. [`kernels`] holds the only loops that touch many numbers.

mod activation;
pub mod export;
pub mod kernels;
mod loss;
mod model;
mod optim;
pub mod presets;
mod summary;
pub mod teach;
mod train;
mod workspace;

pub use activation::{sigmoid, softmax_in_place, Activation};
pub use loss::Loss;
pub use model::{Dense, Init, LayerSpec, Mlp, NetSpec, Workspace};
pub use optim::{OptState, Optimizer, Penalty, Schedule};
pub use summary::{thousands, Summary, SummaryRow};
pub use train::{nice_below, Divergence, TrainConfig, TrainError, Trainer};

use std::fmt;

/// A network, loss or training setup that cannot work, with the reason in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError(pub String);

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpecError {}

//! One number for a whole training run's bits, shared by the native tests
//! (`tests/nn/kernels.rs`) and the wasm ones (`tests/nn_speed.rs`), so the two
//! builds are checked against the same constants.

use eigenplay::math::data;
use eigenplay::math::nn::{Activation, Loss, Mlp, NetSpec, Optimizer, TrainConfig, Trainer};

/// FNV-1a over the bits of every final parameter and epoch loss.
fn fingerprint(t: &Trainer) -> u64 {
    t.model()
        .parameters()
        .iter()
        .chain(t.history())
        .fold(0xcbf2_9ce4_8422_2325, |h: u64, v| {
            (h ^ v.to_bits()).wrapping_mul(0x0100_0000_01b3)
        })
}

/// The Keras example with a linear output and MSE, 50 epochs: every kernel
/// (products, ReLU, Adam) and no exp or ln. Those come from the platform's maths
/// library (glibc natively, Rust's port of musl's in wasm), which round a few
/// arguments differently, so the sigmoid/cross-entropy Keras example itself
/// differs between the builds in its last bits.
pub fn relu_mse_fingerprint() -> u64 {
    let spec = NetSpec::new(5)
        .dense(64, Activation::Relu)
        .dense(32, Activation::Relu)
        .dense(1, Activation::Linear);
    let config = TrainConfig::new(Loss::Mse, Optimizer::adam(0.001))
        .with_batch_size(32)
        .with_shuffle_seed(1);
    let mut t = Trainer::new(Mlp::new(&spec, 1), data::keras_random(1), config).unwrap();
    t.run(50).unwrap();
    fingerprint(&t)
}

/// `relu_mse_fingerprint()` of the current kernels. It changes only when some sum
/// is taken in another order or a formula changes; update it then, on purpose.
pub const RELU_MSE_FINGERPRINT: u64 = 0x5970_0dbe_a9a4_98bc;

//! The benchmark's wasm module: the two training runs of the lessons, with Eigenplay's
//! own network code, driven and timed by `page.js`; and a wide network trained on WebGPU by
//! Eigenplay's GPU trainer, for the comparison with TF.js's WebGPU backend.

use eigenplay::math::nn::presets;
use wasm_bindgen::prelude::*;

/// The Keras example, built and trained from scratch: 5→64→32→1 (ReLU, ReLU, sigmoid),
/// Adam 0.001, binary cross-entropy, 100 samples, batch 32, 50 epochs. Returns the last loss.
#[wasm_bindgen]
pub fn keras(seed: u32) -> f64 {
    let preset = presets::keras_example(u64::from(seed));
    let mut trainer = preset.build();
    trainer.run(preset.epochs).unwrap_or(f64::NAN)
}

/// Whether this module was built with simd128, as the page is.
#[wasm_bindgen]
pub fn simd128() -> bool {
    cfg!(target_feature = "simd128")
}

/// The Keras example's loss after its first epoch and after its last, for a check that
/// training lowers it.
#[wasm_bindgen]
pub fn keras_first_last(seed: u32) -> Vec<f64> {
    let preset = presets::keras_example(u64::from(seed));
    let mut trainer = preset.build();
    let first = trainer.step_epoch().unwrap_or(f64::NAN);
    let last = trainer.run(preset.epochs - 1).unwrap_or(f64::NAN);
    vec![first, last]
}

/// The lesson's regression, built and trained from scratch: 100 points, one linear
/// neuron, 200 full-batch SGD epochs at 0.01. Returns the last loss.
#[wasm_bindgen]
pub fn regression(seed: u32) -> f64 {
    let preset = presets::lesson_regression(u64::from(seed));
    let mut trainer = preset.build();
    trainer.run(preset.epochs).unwrap_or(f64::NAN)
}

/// The regression's learned weights and bias after [`regression`]'s run, for a sanity check.
#[wasm_bindgen]
pub fn regression_weights(seed: u32) -> Vec<f64> {
    let preset = presets::lesson_regression(u64::from(seed));
    let mut trainer = preset.build();
    let _ = trainer.run(preset.epochs);
    let m = trainer.model();
    let mut out = m.weights(0).to_vec();
    out.extend(m.bias(0).unwrap_or(&[]));
    out
}

/// The handwritten digits as the page ships them, for both contenders.
const DIGITS: &[u8] = include_bytes!("../../../data/digits.bin");

/// The Train view's digits run, from its own settings: 64→32→10 (ReLU, softmax), Adam
/// 0.001, categorical cross-entropy, batch 32, on the 1,433 training images.
fn digits_trainer(seed: u32) -> (eigenplay::math::nn::Trainer, usize) {
    use eigenplay::state::{choices::DataChoice, digits, train::Draft};
    digits::install(DIGITS).expect("data/digits.bin reads");
    let mut draft = Draft::lesson();
    draft.choose_data(DataChoice::Digits);
    draft.seed = seed.to_string();
    let settings = draft.check().expect("the digits' settings check");
    (
        settings.build().expect("the digits' run builds"),
        settings.epochs,
    )
}

/// The digits run, built and trained from scratch (50 epochs). Returns the last loss.
#[wasm_bindgen]
pub fn digits(seed: u32) -> f64 {
    let (mut trainer, epochs) = digits_trainer(seed);
    trainer.run(epochs).unwrap_or(f64::NAN)
}

/// The held-out accuracy after [`digits`]'s run, for a check that it learned.
#[wasm_bindgen]
pub fn digits_test_accuracy(seed: u32) -> f64 {
    let (mut trainer, epochs) = digits_trainer(seed);
    let _ = trainer.run(epochs);
    trainer.test_accuracy().unwrap_or(f64::NAN)
}

/// The training images (rows of 64 pixels in [0, 1]) and their one-hot labels, for TF.js.
#[wasm_bindgen]
pub fn digits_train(targets: bool) -> Vec<f32> {
    let (trainer, _) = digits_trainer(0);
    let data = trainer.data();
    let values = if targets { &data.y } else { &data.x };
    values.iter().map(|&v| v as f32).collect()
}

/// The wide network of the GPU comparison: 5→w→w→1 (ReLU, ReLU, sigmoid) on the Keras
/// example's data and settings (Adam 0.001, binary cross-entropy, batch 32, 100 samples).
fn wide_trainer(width: u32, seed: u32) -> eigenplay::math::nn::Trainer {
    use eigenplay::math::nn::{Activation, NetSpec};
    let mut preset = presets::keras_example(u64::from(seed));
    let w = width as usize;
    preset.spec = NetSpec::new(5)
        .dense(w, Activation::Relu)
        .dense(w, Activation::Relu)
        .dense(1, Activation::Sigmoid);
    preset.build()
}

/// The wide network trained `epochs` epochs on the CPU (f64); returns each epoch's loss.
#[wasm_bindgen]
pub fn wide_cpu(width: u32, epochs: u32, seed: u32) -> Vec<f64> {
    let mut trainer = wide_trainer(width, seed);
    (0..epochs)
        .map(|_| trainer.step_epoch().unwrap_or(f64::NAN))
        .collect()
}

mod gpu {
    use eigenplay::gpu::{Compute, GpuTrainer};
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    thread_local! {
        static COMPUTE: RefCell<Option<std::rc::Rc<Compute>>> = const { RefCell::new(None) };
        static TRAINER: RefCell<Option<GpuTrainer>> = const { RefCell::new(None) };
    }

    /// Starts WebGPU; returns the status line as the page has it ("WebGPU · adapter", or
    /// "CPU · why").
    #[wasm_bindgen]
    pub async fn gpu_init() -> String {
        let compute = Compute::new().await;
        let line = compute.backend().to_string();
        COMPUTE.with(|c| *c.borrow_mut() = Some(std::rc::Rc::new(compute)));
        line
    }

    /// Builds the wide network and its GPU trainer (buffers, uploads, pipelines), untimed,
    /// as TF.js's model is built before its timing.
    #[wasm_bindgen]
    pub fn wide_gpu_prepare(width: u32, seed: u32) {
        let compute = COMPUTE.with(|c| c.borrow().clone());
        let Some(ctx) = compute.as_ref().and_then(|c| c.gpu()) else {
            wasm_bindgen::throw_str("gpu_init found no adapter");
        };
        let trainer = super::wide_trainer(width, seed);
        match GpuTrainer::new(ctx, &trainer) {
            Ok(gpu) => TRAINER.with(|t| *t.borrow_mut() = Some(gpu)),
            Err(why) => wasm_bindgen::throw_str(&format!("the GPU trainer refused: {why}")),
        }
    }

    /// Trains the prepared network `epochs` epochs on the GPU; returns each epoch's loss
    /// (read back every epoch, as the page would).
    #[wasm_bindgen]
    pub async fn wide_gpu_train(epochs: u32) -> Vec<f64> {
        let Some(mut gpu) = TRAINER.with(|t| t.borrow_mut().take()) else {
            wasm_bindgen::throw_str("wide_gpu_prepare first");
        };
        let mut losses = Vec::new();
        for _ in 0..epochs {
            match gpu.step_epoch().await {
                Ok(loss) => losses.push(loss),
                Err(why) => wasm_bindgen::throw_str(&format!("the GPU failed: {why}")),
            }
        }
        losses
    }
}

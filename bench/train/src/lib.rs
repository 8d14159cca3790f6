//! The benchmark's wasm module: the two training runs of the lessons, with Eigenplay's
//! own network code, driven and timed by `page.js`.

/// The app's `math` module, as far as training needs it: the very same source files,
/// found through the directory of the app's `src/math`.
#[path = "../../../src/math"]
pub mod math {
    pub mod data;
    pub mod nn;
    pub mod rng;
}

use math::nn::presets;
use wasm_bindgen::prelude::*;

/// The Keras example, built and trained from scratch: 5→64→32→1 (ReLU, ReLU, sigmoid),
/// Adam 0.001, binary cross-entropy, 100 samples, batch 32, 50 epochs. Returns the last loss.
#[wasm_bindgen]
pub fn keras(seed: u32) -> f64 {
    let preset = presets::keras_example(u64::from(seed));
    let mut trainer = preset.build();
    trainer.run(preset.epochs).unwrap_or(f64::NAN)
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

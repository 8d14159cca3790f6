#![cfg(target_arch = "wasm32")]
//! In headless Chromium: the training kernels give the native build's bits, and
//! (ignored by default) timings of the two training benchmarks, built the way the
//! page ships (`--release`: opt-level "z", LTO, simd128):
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//! cargo test --target wasm32-unknown-unknown --release --test nn_speed -- --include-ignored --nocapture
//! ```
//!
//! Each figure is the best of several runs, each timed with `performance.now()`
//! (which Chromium coarsens to about 0.1 ms, so the regression is timed over ten
//! trainings per run). The native twins are in `tests/nn/bench.rs`.

#[path = "nn/fingerprint.rs"]
mod fingerprint;

use eigenplay::math::nn::presets;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// simd128 lanes and the native build's lanes do the same IEEE operations in the same order.
#[wasm_bindgen_test]
fn kernels_give_the_native_bits() {
    let got = fingerprint::relu_mse_fingerprint();
    assert_eq!(got, fingerprint::RELU_MSE_FINGERPRINT, "{got:#x}");
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Best of `reps` runs of `f`, in milliseconds.
fn best_ms(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..reps)
        .map(|_| {
            let t = now_ms();
            f();
            now_ms() - t
        })
        .fold(f64::INFINITY, f64::min)
}

#[wasm_bindgen_test]
#[ignore = "timing; run with --release -- --include-ignored"]
fn speed_keras_example_50_epochs() {
    let p = presets::keras_example(1);
    let mut last = 0.0;
    let ms = best_ms(20, || {
        let mut t = p.build();
        last = t.run(p.epochs).unwrap();
    });
    console_log!(
        "wasm: keras example 5-64-32-1, Adam, batch 32, 50 epochs: {ms:.3} ms (final loss {last:.4})"
    );
    assert!(last.is_finite());
}

#[wasm_bindgen_test]
#[ignore = "timing; run with --release -- --include-ignored"]
fn speed_regression_200_epochs() {
    let p = presets::lesson_regression(42);
    let mut last = 0.0;
    let ms = best_ms(50, || {
        for _ in 0..10 {
            let mut t = p.build();
            last = t.run(p.epochs).unwrap();
        }
    }) / 10.0;
    console_log!(
        "wasm: lesson regression, 200 full-batch SGD epochs: {:.1} µs (final loss {last:.2e})",
        ms * 1e3
    );
    assert!(last < 0.01);
}

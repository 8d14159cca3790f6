//! Timings of the two benchmark workloads. Ignored by default (a debug build
//! says nothing about speed); run optimised with
//! `cargo test --release --test nn -- --ignored --nocapture bench`.

use eigenplay::math::nn::presets;
use std::time::Instant;

/// Best of `reps` runs of `f`, in milliseconds.
fn best_ms(reps: usize, mut f: impl FnMut()) -> f64 {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
#[ignore = "timing; run with --release"]
fn bench_keras_example_50_epochs() {
    let p = presets::keras_example(1);
    let mut last = 0.0;
    let ms = best_ms(20, || {
        let mut t = p.build();
        last = t.run(p.epochs).unwrap();
    });
    println!(
        "keras example 5-64-32-1, Adam, batch 32, 50 epochs: {ms:.3} ms (final loss {last:.4})"
    );
    assert!(last.is_finite());
}

#[test]
#[ignore = "timing; run with --release"]
fn bench_regression_200_epochs() {
    let p = presets::lesson_regression(42);
    let mut last = 0.0;
    let ms = best_ms(200, || {
        let mut t = p.build();
        last = t.run(p.epochs).unwrap();
    });
    println!(
        "lesson regression, 200 full-batch SGD epochs: {:.1} µs (final loss {last:.2e})",
        ms * 1e3
    );
    assert!(last < 0.01);
}

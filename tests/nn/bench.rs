//! Timings of the three benchmark workloads (the Keras example, the regression, the
//! digits). Ignored by default (a debug build says nothing about speed); run optimised with
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

#[test]
#[ignore = "timing; run with --release"]
fn bench_digits_50_epochs() {
    use eigenplay::state::{choices::DataChoice, digits, train::Draft};
    let file = std::fs::read(crate::repo::repo_file("data/digits.bin")).expect("committed");
    digits::install(&file).expect("data/digits.bin reads");
    let mut draft = Draft::lesson();
    draft.choose_data(DataChoice::Digits);
    let settings = draft.check().expect("the digits' settings check");
    let mut last = 0.0;
    let ms = best_ms(5, || {
        let mut t = settings.build().expect("the digits' run builds");
        last = t.run(settings.epochs).unwrap();
    });
    println!("digits 64-32-10, Adam, batch 32, 50 epochs: {ms:.1} ms (final loss {last:.4})");
    assert!(last.is_finite());
}

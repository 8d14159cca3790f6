//! The GPU trainer against its CPU twin, the f64 `Trainer`: the same seed, the same batches
//! in the same order, the same formulas in f32.
//!
//! Tolerance: each epoch's loss within 1e-5 of the CPU's, relatively (plus 1e-6). A step
//! rounds each value to f32 (2⁻²⁴ ≈ 6e-8 relative) over sums of at most a few hundred terms,
//! and the runs here are short; the largest gap seen on lavapipe was 2.3e-7 (the printed
//! figures), so the bound leaves a factor of 40 for other GPUs' rounding and fused
//! multiply-adds. A wrong formula moves the loss by far more: a relu derivative taken at
//! x ≥ 0 instead of x > 0, or Adam's ε inside the square root, broke these tests.

use eigenplay::gpu::{GpuContext, GpuTrainer};
use eigenplay::math::data::Shape2d;
use eigenplay::math::nn::{presets, Optimizer, Trainer};

use super::context;

/// Trains `epochs` epochs on both engines and checks each epoch's loss; returns the largest
/// relative gap, and the GPU trainer for more checks.
fn compare(ctx: &GpuContext, cpu: &mut Trainer, epochs: usize, what: &str) -> GpuTrainer {
    let mut gpu = GpuTrainer::new(ctx, cpu).expect("the GPU trains this network");
    let mut largest: f64 = 0.0;
    for epoch in 0..epochs {
        let want = cpu.step_epoch().expect("the CPU run does not diverge");
        let got = pollster::block_on(gpu.step_epoch()).expect("the GPU answers");
        let gap = (got - want).abs() / (want.abs() + 1e-6);
        largest = largest.max(gap);
        assert!(
            gap <= 1e-5,
            "{what}, epoch {}: the GPU's loss is {got}, the CPU's {want} (relative gap {gap:.2e})",
            epoch + 1
        );
    }
    eprintln!("{what}: {epochs} epochs, largest relative gap in the loss {largest:.2e}");
    assert_eq!(gpu.history().len(), epochs);
    assert_eq!(
        gpu.steps(),
        cpu.steps(),
        "{what}: one optimizer step per batch on both"
    );
    gpu
}

#[test]
fn the_keras_example_trains_on_the_gpu_as_on_the_cpu() {
    let Some(ctx) = context() else { return };
    // 5→64→32→1 relu, relu, sigmoid; binary cross-entropy; Adam; batches of 32, shuffled.
    let mut cpu = presets::keras_example(7).build();
    let gpu = compare(&ctx, &mut cpu, 12, "Keras example");
    let params = pollster::block_on(gpu.parameters()).expect("the parameters come back");
    assert_eq!(params.len(), 2497);
    let largest = params
        .iter()
        .zip(cpu.model().parameters())
        .map(|(g, c)| (g - c).abs())
        .fold(0.0, f64::max);
    eprintln!("Keras example: largest gap in the parameters {largest:.2e}");
    assert!(
        largest < 1e-5,
        "the parameters agree to 1e-5 (largest gap {largest:.2e})"
    );
}

#[test]
fn the_lesson_regression_trains_on_the_gpu_as_on_the_cpu() {
    let Some(ctx) = context() else { return };
    // One linear neuron, squared error, full-batch SGD.
    let mut cpu = presets::lesson_regression(42).build();
    compare(&ctx, &mut cpu, 40, "lesson regression");
}

#[test]
fn softmax_cross_entropy_with_momentum_trains_on_the_gpu_as_on_the_cpu() {
    let Some(ctx) = context() else { return };
    // 2→16 tanh→3 softmax on the three-armed spiral, SGD with momentum, batches of 32.
    let mut preset = presets::classification(Shape2d::Spiral, 3, 0.1, 5);
    preset.config.optimizer = Optimizer::momentum(0.05, 0.9);
    let mut cpu = preset.build();
    compare(&ctx, &mut cpu, 15, "spiral");
}

#[test]
fn a_run_moves_to_the_gpu_mid_run_and_its_weights_back() {
    let Some(ctx) = context() else { return };
    let preset = presets::xor(3);
    let mut cpu = preset.build();
    cpu.run(20).expect("20 CPU epochs");
    let gpu = compare(&ctx, &mut cpu, 10, "XOR from epoch 21");
    // Back on the CPU, the run goes on where the GPU left it: beside the run that never left.
    let mut back = pollster::block_on(gpu.finish()).expect("the run comes back");
    assert_eq!(back.epoch(), cpu.epoch());
    assert_eq!(back.steps(), cpu.steps());
    for _ in 0..5 {
        let (here, there) = (back.step_epoch().unwrap(), cpu.step_epoch().unwrap());
        let gap = (here - there).abs() / there;
        assert!(gap < 1e-5, "back on the CPU: {here}, never moved: {there}");
    }
}

#[test]
fn what_the_kernels_do_not_do_yet_is_refused_in_words() {
    let Some(ctx) = context() else { return };
    let mut preset = presets::keras_example(1);
    preset.config = preset
        .config
        .with_penalty(eigenplay::math::nn::Penalty::L2(0.01));
    let why = GpuTrainer::new(&ctx, &preset.build())
        .err()
        .expect("a penalty is refused");
    assert!(why.reason().contains("penalty"), "{why}");

    let mut cpu = presets::keras_example(1).build();
    cpu.step_batch().expect("one batch");
    let why = GpuTrainer::new(&ctx, &cpu)
        .err()
        .expect("mid-epoch is refused");
    assert!(why.reason().contains("middle of an epoch"), "{why}");
}

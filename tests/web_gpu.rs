#![cfg(target_arch = "wasm32")]
//! In headless Chromium (wasm-bindgen-test): the simd128 matrix product against the
//! triple loop, and the WebGPU kernels against their CPU twin.
//!
//! `webdriver.json` starts Chromium with SwiftShader's WebGPU, so an adapter must
//! exist; a browser without one fails the WebGPU tests unless the build sets
//! `EIGENPLAY_ALLOW_NO_WEBGPU=1` (then they log a notice and pass).

use eigenplay::gpu::{ActiveBackend, Compute, GpuContext, MatmulKernel};
use eigenplay::math::gemm;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "common/reference.rs"]
mod reference;
use reference::{random, triple_loop};

#[rustfmt::skip]
const SHAPES: &[(usize, usize, usize)] = &[
    (0, 3, 2), (1, 1, 1), (2, 2, 2), (5, 7, 11), (16, 16, 16), (17, 16, 16),
    (64, 64, 64), (65, 63, 67), (97, 257, 9), (300, 17, 129), (129, 513, 33),
];

// The tests below prove the simd128 kernel only if it was compiled in: refuse to build without it.
const _: () = assert!(
    cfg!(target_feature = "simd128"),
    "build with RUSTFLAGS='-C target-feature=+simd128'"
);

/// Tolerance relative to Σ|A·B|: 1e-13 in f64, 2e-5 in f32 (as in tests/gemm.rs).
#[wasm_bindgen_test]
fn simd_product_matches_the_triple_loop() {
    for (seed, &(m, k, n)) in SHAPES.iter().enumerate() {
        let a = random(m * k, 2 * seed as u64 + 1);
        let b = random(k * n, 2 * seed as u64 + 2);
        let (want, magnitude) = triple_loop(&a, &b, m, k, n);
        let got = gemm::matmul_f64(&a, &b, m, k, n);
        for (idx, ((&g, &w), &mag)) in got.iter().zip(&want).zip(&magnitude).enumerate() {
            assert!(
                (g - w).abs() <= 1e-13 * mag + 1e-300,
                "f64 {m}×{k}×{n} at {idx}"
            );
        }
        let a32: Vec<f32> = a.iter().map(|&v| v as f32).collect();
        let b32: Vec<f32> = b.iter().map(|&v| v as f32).collect();
        let got = gemm::matmul_f32(&a32, &b32, m, k, n);
        for (idx, ((&g, &w), &mag)) in got.iter().zip(&want).zip(&magnitude).enumerate() {
            assert!(
                (g as f64 - w).abs() <= 2e-5 * mag + 1e-30,
                "f32 {m}×{k}×{n} at {idx}"
            );
        }
    }
}

/// The context, or `None` (with a notice) where no adapter is allowed.
async fn context() -> Option<GpuContext> {
    match GpuContext::new().await {
        Ok(ctx) => Some(ctx),
        Err(why) if option_env!("EIGENPLAY_ALLOW_NO_WEBGPU") == Some("1") => {
            console_log!("skipped: {why}");
            None
        }
        Err(why) => {
            panic!("no WebGPU adapter ({why}): start Chromium with the flags in webdriver.json")
        }
    }
}

#[wasm_bindgen_test]
async fn webgpu_kernels_match_the_cpu_twin() {
    let Some(ctx) = context().await else { return };
    console_log!("adapter: {}", ctx.adapter_name());
    for (seed, &(m, k, n)) in SHAPES.iter().enumerate() {
        let a: Vec<f32> = random(m * k, seed as u64 + 50)
            .iter()
            .map(|&v| v as f32)
            .collect();
        let b: Vec<f32> = random(k * n, seed as u64 + 90)
            .iter()
            .map(|&v| v as f32)
            .collect();
        let want = gemm::matmul_f32(&a, &b, m, k, n);
        for kernel in MatmulKernel::ALL {
            let got = ctx
                .matmul_with(kernel, &a, &b, m, k, n)
                .await
                .expect("the GPU computes every case");
            assert_eq!(got.len(), want.len());
            for i in 0..m {
                for j in 0..n {
                    // The tolerance of tests/gpu: 1e-5 · Σ|A·B| + 1e-6.
                    let mag: f32 = (0..k).map(|p| (a[i * k + p] * b[p * n + j]).abs()).sum();
                    let (g, w) = (got[i * n + j], want[i * n + j]);
                    assert!(
                        (g - w).abs() <= 1e-5 * mag + 1e-6,
                        "{kernel:?} {m}×{k}×{n}: C[{i},{j}] = {g} on WebGPU, {w} on the CPU"
                    );
                }
            }
        }
    }
}

#[wasm_bindgen_test]
async fn the_status_line_names_webgpu_and_a_non_empty_adapter() {
    let Some(ctx) = context().await else { return };
    let compute = Compute::from_gpu(ctx);
    let backend = compute.backend();
    let ActiveBackend::Gpu { api, adapter } = &backend else {
        panic!("expected a GPU backend, got {backend}");
    };
    assert_eq!(*api, "WebGPU");
    assert!(!adapter.trim().is_empty());
    assert!(backend.to_string().starts_with("WebGPU · "));
    console_log!("status line: {backend}");
}

/// The GPU trainer on WebGPU against its CPU twin: the Keras example's first epochs give the
/// CPU's losses within 1e-5 relatively (the tolerance of tests/gpu/trainer.rs).
#[wasm_bindgen_test]
async fn webgpu_training_follows_the_cpu_run() {
    let Some(ctx) = context().await else { return };
    let mut cpu = eigenplay::math::nn::presets::keras_example(7).build();
    let mut gpu = eigenplay::gpu::GpuTrainer::new(&ctx, &cpu).expect("the GPU trains it");
    for epoch in 1..=3 {
        let want = cpu.step_epoch().expect("the CPU trains");
        let got = gpu.step_epoch().await.expect("the GPU answers");
        let gap = (got - want).abs() / want;
        assert!(gap <= 1e-5, "epoch {epoch}: GPU {got}, CPU {want}");
    }
    let back = gpu.finish().await.expect("the run comes back");
    assert_eq!(back.steps(), cpu.steps());
}

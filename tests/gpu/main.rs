#![cfg(not(target_arch = "wasm32"))]
//! The matrix-product kernels on a real wgpu device (natively: Vulkan, lavapipe "llvmpipe"),
//! each checked against its CPU twin, `math::gemm::matmul_f32`.
//!
//! Without an adapter these tests print a notice and pass, unless `CI=true`: then a
//! missing adapter is a failure, so CI cannot go green without running a kernel.

use eigenplay::gpu::{ActiveBackend, Compute, GpuContext, MatmulKernel, Product, Ran};
use eigenplay::math::gemm;

mod sizes;
mod trainer;

/// The context, or `None` (with a notice) where this machine has no adapter and CI is unset.
pub(crate) fn context() -> Option<GpuContext> {
    match pollster::block_on(GpuContext::new()) {
        Ok(ctx) => Some(ctx),
        Err(why) => {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!(
                    "CI=true and no GPU adapter: {why} (install mesa-vulkan-drivers for lavapipe)"
                );
            }
            eprintln!("skipped: no GPU adapter ({why}); with CI=true this fails");
            None
        }
    }
}

/// Entries uniform in [-1, 1), from a fixed-seed generator so a failure can be replayed.
fn random(len: usize, seed: u64) -> Vec<f32> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 40) as f32 / (1u64 << 23) as f32 - 1.0
        })
        .collect()
}

/// Checks every entry of `got` against the CPU twin.
///
/// Tolerance: |gpu − cpu| ≤ 1e-5 · Σ_p |A[i,p]·B[p,j]| + 1e-6. Both sides sum the
/// same k products in f32 but in different orders; each rounding moves the sum by at
/// most 2⁻²⁴ of the running magnitude, which is at most Σ|A·B|, and 1e-5 allows for
/// k ≈ 80 worst-case roundings per side (random-sign errors grow like √k, far less).
fn assert_close(got: &[f32], a: &[f32], b: &[f32], m: usize, k: usize, n: usize, what: &str) {
    let want = gemm::matmul_f32(a, b, m, k, n);
    assert_eq!(got.len(), want.len(), "{what}: length");
    for i in 0..m {
        for j in 0..n {
            let magnitude: f32 = (0..k).map(|p| (a[i * k + p] * b[p * n + j]).abs()).sum();
            let tol = 1e-5 * magnitude + 1e-6;
            let (g, w) = (got[i * n + j], want[i * n + j]);
            assert!(
                (g - w).abs() <= tol,
                "{what}: C[{i},{j}] is {g} on the GPU and {w} on the CPU (tolerance {tol})"
            );
        }
    }
}

#[test]
fn every_kernel_matches_the_cpu_twin() {
    let Some(ctx) = context() else { return };
    eprintln!("adapter: {}", ctx.adapter_name());
    for (case, &(m, k, n)) in sizes::cases().iter().enumerate() {
        let a = random(m * k, 2 * case as u64 + 1);
        let b = random(k * n, 2 * case as u64 + 2);
        for kernel in MatmulKernel::ALL {
            let c = pollster::block_on(ctx.matmul_with(kernel, &a, &b, m, k, n))
                .expect("the GPU computes every case");
            assert_close(&c, &a, &b, m, k, n, &format!("{kernel:?} {m}×{k}·{k}×{n}"));
        }
    }
}

#[test]
fn empty_dimensions_give_the_empty_or_zero_product() {
    let Some(ctx) = context() else { return };
    assert_eq!(
        pollster::block_on(ctx.matmul(&[], &[], 0, 3, 0)),
        Ok(vec![])
    );
    assert_eq!(
        pollster::block_on(ctx.matmul(&[], &[], 2, 0, 3)),
        Ok(vec![0.0; 6])
    );
}

#[test]
fn a_lesson_product_is_exact() {
    let Some(ctx) = context() else { return };
    let c = pollster::block_on(ctx.matmul(&[1.0, 2.0, 3.0, 4.0], &[5.0, 6.0, 7.0, 8.0], 2, 2, 2));
    assert_eq!(c, Ok(vec![19.0, 22.0, 43.0, 50.0]));
}

#[test]
fn the_facade_names_its_backend_and_agrees_with_the_cpu() {
    let Some(ctx) = context() else { return };
    let name = ctx.adapter_name();
    assert!(!name.trim().is_empty(), "the adapter name is never empty");
    let compute = Compute::from_gpu(ctx);
    let backend = compute.backend();
    assert!(matches!(backend, ActiveBackend::Gpu { .. }));
    assert_eq!(backend.to_string(), format!("Vulkan · {name}"));

    let (m, k, n) = (37, 70, 19);
    let (a, b) = (random(m * k, 91), random(k * n, 92));
    let c = pollster::block_on(compute.matmul(&a, &b, m, k, n));
    assert_eq!(c.ran, Ran::Gpu, "a product the GPU can run runs there");
    assert_close(&c.values, &a, &b, m, k, n, "Compute::matmul");
}

#[test]
fn a_product_too_large_for_the_gpu_runs_on_the_cpu_and_says_why() {
    let Some(ctx) = context() else { return };
    let compute = Compute::from_gpu(ctx);
    // A 1×1 by 1×n product with n past 16 × 65,535 columns: 4 MB, but more workgroups along
    // one axis than WebGPU and Vulkan promise (65,535).
    let n = 16 * 65_535 + 17;
    let b: Vec<f32> = (0..n).map(|j| (j % 7) as f32).collect();
    let c = pollster::block_on(compute.matmul(&[2.0], &b, 1, 1, n));
    assert_eq!(
        c.ran,
        Ran::Cpu("the product is larger than the GPU's buffers allow".into())
    );
    assert_eq!(c.values, b.iter().map(|x| 2.0 * x).collect::<Vec<_>>());
}

#[test]
fn the_cpu_facade_says_why() {
    let compute = Compute::cpu("this browser has no WebGPU adapter");
    assert_eq!(
        compute.backend().to_string(),
        "CPU · this browser has no WebGPU adapter"
    );
    let c = pollster::block_on(compute.matmul(&[1.0, 2.0], &[3.0, 4.0], 1, 2, 1));
    assert_eq!(
        c,
        Product {
            values: vec![11.0],
            ran: Ran::Cpu("this browser has no WebGPU adapter".into())
        }
    );
}

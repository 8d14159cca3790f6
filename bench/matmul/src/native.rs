//! Native figures for the GPU view: the wgpu kernels on Vulkan (lavapipe here, or a real
//! GPU), and the CPU products natively, in GFLOP/s. Printed as one table.
//!
//! Exits non-zero when Eigenplay's product disagrees with nalgebra's, or a GPU kernel's
//! with its CPU twin; with CI=true, also when Vulkan has no adapter. QUICK=1 times briefly.

#[cfg(not(target_arch = "wasm32"))]
mod stepwise;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use eigenplay_matmul_bench::gpu::{GpuContext, MatmulKernel};
    use eigenplay_matmul_bench::Case;

    /// f32 products of n ≤ 1024 entries in [-1, 1) agree to about 1e-5 in any order.
    const TOLERANCE: f64 = 1e-3;
    let quick = std::env::var("QUICK").is_ok_and(|v| v != "0");
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let budget = if quick { 0.05 } else { 0.3 };

    /// The best of several runs, each timed whole, until `budget` seconds have passed (at least 2 runs).
    fn best(budget: f64, mut f: impl FnMut()) -> f64 {
        f();
        let (mut best, started, mut runs) = (f64::INFINITY, Instant::now(), 0);
        while runs < 2 || (started.elapsed().as_secs_f64() < budget && runs < 50) {
            let t = Instant::now();
            f();
            best = best.min(t.elapsed().as_secs_f64());
            runs += 1;
        }
        best
    }

    let sizes: Vec<usize> = std::env::args()
        .nth(1)
        .map(|s| s.split(',').filter_map(|v| v.parse().ok()).collect())
        .unwrap_or_else(|| vec![64, 128, 256, 512, 1024]);
    let gpu = pollster::block_on(GpuContext::new());
    let status = match &gpu {
        Ok(ctx) => format!("{} · {}", ctx.api_name(), ctx.adapter_name()),
        Err(why) => {
            if ci {
                eprintln!("FAILED: native wgpu found no Vulkan adapter ({why}); under CI that is a failure");
                std::process::exit(1);
            }
            format!("CPU · {why} (GPU columns skipped)")
        }
    };
    println!("Native, GFLOP/s (best of runs; GPU includes upload and readback). GPU: {status}");
    println!(
        "{:>6} {:>12} {:>12} {:>12} {:>12} {:>12} {:>12} {:>12}",
        "n", "eigen f32", "eigen f64", "nalg f32", "nalg f64", "gpu v1", "gpu v2", "gpu v3"
    );
    let mut failures = Vec::new();
    // (n, Eigenplay's CPU f32, the page's kernel on the GPU), GFLOP/s, for the crossover.
    let mut race = Vec::new();
    for &n in &sizes {
        let flop = 2.0 * (n as f64).powi(3) / 1e9;
        let mut case = Case::new(n);
        let e32 = flop / best(budget, || case.eigenplay_f32());
        let e64 = flop / best(budget, || case.eigenplay_f64());
        let n32 = flop / best(budget, || case.nalgebra_f32());
        let n64 = flop / best(budget, || case.nalgebra_f64());
        let mut gpu_cols = Vec::new();
        for kernel in MatmulKernel::ALL {
            gpu_cols.push(match &gpu {
                Ok(ctx) => {
                    let (a, b) = case.inputs_f32();
                    let mut c = Ok(Vec::new());
                    let t = best(budget, || {
                        c = pollster::block_on(ctx.matmul_with(kernel, a, b, n, n, n));
                    });
                    match c {
                        Ok(c) => {
                            let off = case.disagreement_f32(&c);
                            if off.is_nan() || off > TOLERANCE {
                                failures
                                    .push(format!("n = {n}: |GPU {kernel:?} − CPU twin| = {off}"));
                            }
                            if kernel == MatmulKernel::BEST {
                                race.push((n, e32, flop / t));
                            }
                            format!("{:.1}", flop / t)
                        }
                        Err(why) => {
                            failures
                                .push(format!("n = {n}: GPU {kernel:?} computed nothing: {why}"));
                            "failed".to_string()
                        }
                    }
                }
                Err(_) => "-".to_string(),
            });
        }
        println!(
            "{n:>6} {e32:>12.1} {e64:>12.1} {n32:>12.1} {n64:>12.1} {:>12} {:>12} {:>12}",
            gpu_cols[0], gpu_cols[1], gpu_cols[2]
        );
        let off = case.disagreement();
        if off.is_nan() || off > TOLERANCE {
            failures.push(format!("n = {n}: |Eigenplay − nalgebra| = {off}"));
        }
    }
    if let Ok(ctx) = &gpu {
        let mut one = Ok(Vec::new());
        let t = best(budget, || {
            one = pollster::block_on(ctx.matmul(&[2.0], &[3.0], 1, 1, 1));
        });
        if one != Ok(vec![6.0]) {
            failures.push(format!("a 1×1 product on the GPU gave {one:?}, not [6.0]"));
        }
        println!(
            "Dispatch plus readback ({:?} on a 1×1 product, upload included): {:.0} µs",
            MatmulKernel::BEST,
            t * 1e6
        );
        let largest = sizes.iter().max().copied().unwrap_or(0);
        match race.iter().find(|(_, cpu, gpu)| gpu > cpu) {
            Some((n, cpu, gpu)) => println!(
                "Crossover: from n = {n} the GPU ({:?}, {gpu:.1} GFLOP/s) beats Eigenplay's CPU f32 ({cpu:.1})",
                MatmulKernel::BEST
            ),
            None => println!(
                "Crossover: none up to n = {largest}; Eigenplay's CPU f32 is faster than the GPU ({:?}) at every size measured",
                MatmulKernel::BEST
            ),
        }
        training(ctx, quick, &mut failures);
    }
    if !failures.is_empty() {
        eprintln!(
            "FAILED (tolerance {TOLERANCE}):\n  {}",
            failures.join("\n  ")
        );
        std::process::exit(1);
    }
    println!(
        "Checked: every product within {TOLERANCE} of nalgebra's (CPU) or the CPU twin's (GPU)."
    );
}

/// One epoch of a w-wide network (5→w→w→1, relu, relu, sigmoid, Adam, batches of 32 over
/// the Keras example's 100 samples) on the f64 CPU engine, on the GPU trainer, whose
/// weights, data and optimizer state stay on the GPU, and product by product (each product
/// sent to the GPU alone, the rest on the CPU: `stepwise`); the GPU trainer's losses must
/// follow the CPU's, and the stepwise run's must be finite and fall.
#[cfg(not(target_arch = "wasm32"))]
fn training(
    ctx: &eigenplay_matmul_bench::gpu::GpuContext,
    quick: bool,
    failures: &mut Vec<String>,
) {
    use eigenplay_matmul_bench::gpu::GpuTrainer;
    use eigenplay_matmul_bench::math::nn::{presets, Activation, NetSpec};
    use std::time::Instant;

    let (widths, epochs): (&[usize], usize) = if quick {
        (&[64], 2)
    } else {
        (&[64, 256, 512], 5)
    };
    println!(
        "Training, ms per epoch (5→w→w→1, Adam, batch 32, 100 samples; mean of {epochs} epochs)"
    );
    println!(
        "{:>6} {:>12} {:>12} {:>8} {:>16} {:>18}",
        "w", "CPU f64", "GPU f32", "CPU/GPU", "GPU by product", "by product/GPU"
    );
    for &w in widths {
        let mut preset = presets::keras_example(1);
        preset.spec = NetSpec::new(5)
            .dense(w, Activation::Relu)
            .dense(w, Activation::Relu)
            .dense(1, Activation::Sigmoid);
        let mut cpu = preset.build();
        let mut gpu = match GpuTrainer::new(ctx, &cpu) {
            Ok(gpu) => gpu,
            Err(why) => {
                failures.push(format!("w = {w}: the GPU trainer refused: {why}"));
                continue;
            }
        };
        let started = Instant::now();
        let cpu_losses: Vec<f64> = (0..epochs)
            .map(|_| cpu.step_epoch().unwrap_or(f64::NAN))
            .collect();
        let cpu_ms = started.elapsed().as_secs_f64() * 1e3 / epochs as f64;
        let started = Instant::now();
        let gpu_losses: Vec<f64> = (0..epochs)
            .map(|_| pollster::block_on(gpu.step_epoch()).unwrap_or(f64::NAN))
            .collect();
        let gpu_ms = started.elapsed().as_secs_f64() * 1e3 / epochs as f64;
        let (stepwise_ms, stepwise_losses) = match stepwise::train(ctx, w, epochs) {
            Ok(run) => run,
            Err(why) => {
                failures.push(format!("w = {w}: a product by product step failed: {why}"));
                (f64::NAN, Vec::new())
            }
        };
        let falls = stepwise_losses.last() < stepwise_losses.first();
        if stepwise_losses.iter().any(|l| !l.is_finite()) || !falls {
            failures.push(format!(
                "w = {w}: the product by product losses {stepwise_losses:?} are not finite and falling"
            ));
        }
        println!(
            "{w:>6} {cpu_ms:>12.2} {gpu_ms:>12.2} {:>8.2} {stepwise_ms:>16.2} {:>18.2}",
            cpu_ms / gpu_ms,
            stepwise_ms / gpu_ms
        );
        for (epoch, (g, c)) in gpu_losses.iter().zip(&cpu_losses).enumerate() {
            // The tolerance of tests/gpu/trainer.rs.
            let gap = (g - c).abs() / (c.abs() + 1e-6);
            // NaN fails too.
            if gap.is_nan() || gap > 1e-5 {
                failures.push(format!(
                    "w = {w}, epoch {}: GPU loss {g}, CPU {c}",
                    epoch + 1
                ));
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

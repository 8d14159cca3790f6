//! Native figures for the GPU view: the wgpu kernels on Vulkan (lavapipe here, or a real
//! GPU), and the CPU products natively, in GFLOP/s. Printed as one table.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::time::Instant;

    use eigenplay_matmul_bench::gpu::{GpuContext, MatmulKernel};
    use eigenplay_matmul_bench::Case;

    /// The best of several runs, each timed whole, until 0.3 s have passed (at least 2 runs).
    fn best(mut f: impl FnMut()) -> f64 {
        f();
        let (mut best, started, mut runs) = (f64::INFINITY, Instant::now(), 0);
        while runs < 2 || (started.elapsed().as_secs_f64() < 0.3 && runs < 50) {
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
        Err(why) => format!("CPU · {why}"),
    };
    println!("Native, GFLOP/s (best of runs; GPU includes upload and readback). GPU: {status}");
    println!(
        "{:>6} {:>12} {:>12} {:>12} {:>12} {:>12} {:>12}",
        "n", "eigen f32", "eigen f64", "nalg f32", "nalg f64", "gpu v1", "gpu v2"
    );
    for n in sizes {
        let flop = 2.0 * (n as f64).powi(3) / 1e9;
        let mut case = Case::new(n);
        let e32 = flop / best(|| case.eigenplay_f32());
        let e64 = flop / best(|| case.eigenplay_f64());
        let n32 = flop / best(|| case.nalgebra_f32());
        let n64 = flop / best(|| case.nalgebra_f64());
        let mut gpu_cols = Vec::new();
        for kernel in MatmulKernel::ALL {
            gpu_cols.push(match &gpu {
                Ok(ctx) => {
                    let (a, b) = case.inputs_f32();
                    format!(
                        "{:.1}",
                        flop / best(|| {
                            pollster::block_on(ctx.matmul_with(kernel, a, b, n, n, n));
                        })
                    )
                }
                Err(_) => "-".to_string(),
            });
        }
        println!(
            "{n:>6} {e32:>12.1} {e64:>12.1} {n32:>12.1} {n64:>12.1} {:>12} {:>12}",
            gpu_cols[0], gpu_cols[1]
        );
        assert!(
            case.disagreement() < 1e-3,
            "Eigenplay and nalgebra disagree at n = {n}"
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

//! The GPU view: why GPUs. The same f32 matrix product on the CPU (SIMD) and on the GPU
//! (WebGPU) at growing sizes, timed in this browser, each GPU answer checked against the CPU twin.

use leptos::prelude::*;

use super::clock::{next_frame, now};
use super::page::{SharedCompute, Shell};
use crate::gpu::{ActiveBackend, GpuContext, GpuFailure};
use crate::math::gemm;
use crate::math::rng::Rng;
use crate::plot::race::{race_table, RaceRow};

/// The sizes raced: n×n times n×n.
const SIZES: [usize; 5] = [64, 128, 256, 512, 1024];
/// Timed runs per size and backend; the median is reported.
const RUNS: usize = 3;
/// A timed run repeats the product until this much time has passed, so a product faster than
/// the browser's clock step (Chromium rounds `performance.now()` to 0.1 ms) is still measured.
const MIN_RUN_MS: f64 = 10.0;
/// The most products in one timed run, so a clock that stands still cannot hang the page.
const MAX_REPEATS: u32 = 1 << 16;
/// Times one run: the product is repeated until [`MIN_RUN_MS`] have passed.
struct Stopwatch {
    start: f64,
    repeats: u32,
}

impl Stopwatch {
    fn start() -> Self {
        Self {
            start: now(),
            repeats: 0,
        }
    }

    /// Whether to compute the product (once more); counts it if so.
    fn again(&mut self) -> bool {
        let more =
            self.repeats == 0 || (now() - self.start < MIN_RUN_MS && self.repeats < MAX_REPEATS);
        self.repeats += u32::from(more);
        more
    }

    /// Milliseconds per product.
    fn ms_each(&self) -> f64 {
        (now() - self.start) / f64::from(self.repeats)
    }
}

fn median(xs: Vec<f64>) -> f64 {
    let order = crate::math::sorted_indices(xs.len(), &|i, j| xs[i].total_cmp(&xs[j]));
    xs[order[xs.len() / 2]]
}

fn random_matrix(len: usize, rng: &mut Rng) -> Vec<f32> {
    (0..len).map(|_| rng.uniform(-1.0, 1.0) as f32).collect()
}

/// The median ms per product on the GPU and its last answer; `Err` as soon as the GPU fails
/// one product, so no time is shown for a product the GPU did not compute.
async fn time_on_gpu(
    gpu: &GpuContext,
    a: &[f32],
    b: &[f32],
    n: usize,
) -> Result<(f64, Vec<f32>), GpuFailure> {
    // The first product compiles and uploads; it is not what a person waits for later.
    gpu.matmul(a, b, n, n, n).await?;
    let mut times = Vec::new();
    let mut out = Vec::new();
    for _ in 0..RUNS {
        let mut watch = Stopwatch::start();
        while watch.again() {
            out = gpu.matmul(a, b, n, n, n).await?;
        }
        times.push(watch.ms_each());
    }
    Ok((median(times), out))
}

async fn race(compute: SharedCompute, rows: RwSignal<Vec<RaceRow>>, largest: usize) {
    let mut rng = Rng::new(7);
    let gpu = compute.0.as_ref().and_then(|c| c.gpu());
    for n in SIZES.into_iter().filter(|&n| n <= largest) {
        let a = random_matrix(n * n, &mut rng);
        let b = random_matrix(n * n, &mut rng);
        let mut cpu_times = Vec::new();
        // One untimed run warms up: the browser compiles hot wasm again, optimised, meanwhile.
        let mut cpu = Vec::new();
        let mut warm_up = Stopwatch::start();
        while warm_up.again() {
            cpu = gemm::matmul_f32(&a, &b, n, n, n);
        }
        next_frame().await;
        for _ in 0..RUNS {
            let mut watch = Stopwatch::start();
            while watch.again() {
                cpu = gemm::matmul_f32(&a, &b, n, n, n);
            }
            cpu_times.push(watch.ms_each());
            next_frame().await;
        }
        let gpu = match gpu {
            Some(gpu) => Some(time_on_gpu(gpu, &a, &b, n).await),
            None => None,
        };
        let (gpu_ms, gpu_error, gpu_failure) = match gpu {
            Some(Ok((ms, out))) => {
                let scale = cpu.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-30);
                let err = cpu
                    .iter()
                    .zip(&out)
                    .fold(0f32, |m, (c, g)| m.max((c - g).abs()));
                (Some(ms), Some(err / scale), None)
            }
            Some(Err(why)) => (None, None, Some(why)),
            None => (None, None, None),
        };
        rows.update(|r| {
            r.push(RaceRow {
                n,
                cpu_ms: median(cpu_times),
                gpu_ms,
                gpu_error,
                gpu_failure: gpu_failure.map(|f: GpuFailure| f.to_string()),
            })
        });
        next_frame().await;
    }
}

/// The GPU view.
#[component]
pub fn GpuView() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let compute = shell.compute;
    let rows = RwSignal::new(Vec::<RaceRow>::new());
    let running = RwSignal::new(false);
    let largest = RwSignal::new(512usize);
    let start = move |_| {
        if running.get_untracked() {
            return;
        }
        rows.set(Vec::new());
        running.set(true);
        let compute = compute.get_value();
        let largest = largest.get_untracked();
        leptos::task::spawn_local(async move {
            race(compute, rows, largest).await;
            running.set(false);
        });
    };
    let backend = move || match shell.backend.get() {
        super::page::Backend::Found(ActiveBackend::Gpu { adapter, .. }) => {
            let software = ["swiftshader", "llvmpipe", "lavapipe"]
                .iter()
                .any(|s| adapter.to_ascii_lowercase().contains(s));
            if software {
                format!("This browser has WebGPU ({adapter}), but it is a GPU emulated in software on the CPU, so expect it to lose. On a real graphics card the GPU column overtakes the CPU as n grows.")
            } else {
                format!("This browser has WebGPU ({adapter}), so both columns are measured here.")
            }
        }
        super::page::Backend::Found(ActiveBackend::Cpu { reason }) => {
            format!("No GPU column: {reason}. The CPU column is still measured.")
        }
        super::page::Backend::Searching => "Looking for a GPU…".to_string(),
    };
    view! {
        <section class="view gpu-view" aria-labelledby="view-title">
            <h1 id="view-title">"GPU"</h1>
            <p class="lede">
                "A matrix product of two n×n matrices costs n³ multiply-adds (2n³ operations), and every entry can be computed at the same time. A GPU has thousands of small cores for exactly this; here is the same f32 product on this machine's CPU (SIMD) and GPU (WebGPU), timed in this tab."
            </p>
            <div class="panel">
                <p>{backend}</p>
                <div class="race-controls">
                    {super::menu::menu(super::menu::Menu {
                        class: "param",
                        label: ("Largest size".into(), ""),
                        options: SIZES.iter().map(|n| (n.to_string(), format!("{n}×{n}"))).collect(),
                        current: std::sync::Arc::new(move || largest.get().to_string()),
                        pick: std::sync::Arc::new(move |n| {
                            if let Ok(n) = n.parse() {
                                largest.set(n);
                            }
                        }),
                    })}
                    <button
                        class="primary"
                        on:click=start
                        // Racing before the search ends would leave the GPU out.
                        disabled=move || running.get() || shell.backend.get() == super::page::Backend::Searching
                    >
                        {move || if running.get() { "Racing…" } else { "Run the race" }}
                    </button>
                </div>
                <div hidden=move || rows.with(Vec::is_empty)>
                    <RaceTable rows=rows />
                </div>
            </div>
        </section>
    }
}

/// The results: times, GFLOP/s, the speed-up, each GPU answer's agreement, and bars.
#[component]
fn RaceTable(rows: RwSignal<Vec<RaceRow>>) -> impl IntoView {
    view! {
        <div inner_html=move || rows.with(|r| race_table(r))></div>
        <p class="muted">
            <span class="key key-cpu">"CPU"</span>
            " "
            <span class="key key-gpu">"GPU"</span>
            " · per product, median of 3 runs, each repeating the product for at least 10 ms; the GPU time includes the upload and the readback, as a person waits for them. A first, untimed run of each size on each side warms up."
        </p>
    }
}

//! The GPU view: why GPUs. The same f32 matrix product on the CPU (SIMD) and on the GPU
//! (WebGPU) at growing sizes, timed in this browser, each GPU answer checked against the CPU twin.

use leptos::prelude::*;

use super::clock::{next_frame, now};
use super::page::{SharedCompute, Shell};
use crate::gpu::{ActiveBackend, GpuContext, GpuFailure};
use crate::math::gemm;
use crate::math::rng::Rng;
use crate::plot::race::{crossover, race_chart, race_table, RaceRow};

/// The sizes raced: n×n times n×n.
const SIZES: [usize; 8] = [16, 32, 64, 128, 256, 512, 1024, 2048];
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

/// Where the crossover the race measured is kept, per adapter: the side n from which Auto
/// sends products to the GPU on this device.
fn crossover_key(adapter: &str) -> String {
    format!("eigenplay-gpu-from:{adapter}")
}

/// The side n from which Auto sends an n×n×n product to the GPU, as the race last measured on
/// this adapter; `None` where it has not raced here.
pub fn measured_side(adapter: &str) -> Option<usize> {
    let storage = window().local_storage().ok()??;
    storage
        .get_item(&crossover_key(adapter))
        .ok()??
        .parse()
        .ok()
}

/// Races the product at each size up to `largest`, a row at a time, while `race` is still `id`
/// (Stop, or a new race, moves it on). Returns whether it reached the end.
async fn race(
    compute: SharedCompute,
    rows: RwSignal<Vec<RaceRow>>,
    largest: usize,
    race: StoredValue<u32>,
    id: u32,
) -> bool {
    let mut rng = Rng::new(7);
    let gpu = compute.0.as_ref().and_then(|c| c.gpu());
    let current = move || race.try_get_value() == Some(id);
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
            if !current() {
                return false;
            }
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
        if !current() {
            return false;
        }
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
    true
}

/// What the race found for Auto, in words, and where the GPU won: kept for this adapter when the
/// race ran to its end with a GPU time at every size.
fn settle_crossover(rows: &[RaceRow], adapter: &str) -> String {
    let Some(last) = rows.last() else {
        return String::new();
    };
    if rows.iter().any(|r| r.gpu_ms.is_none()) {
        return "The GPU has no time at every size, so Auto keeps what it had.".into();
    }
    // Where the GPU never won, Auto waits for twice the largest size raced.
    let (side, words) = match crossover(rows) {
        Some(n) => (n, format!("The GPU overtook the CPU at n = {n}.")),
        None => (
            2 * last.n,
            format!("The GPU did not overtake the CPU up to n = {}.", last.n),
        ),
    };
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(&crossover_key(adapter), &side.to_string());
    }
    format!("{words} Auto now sends products of {side}×{side}×{side} multiply-adds and more to the GPU on this device ({adapter}); run the race again to measure it again.")
}

/// The GPU view.
#[component]
pub fn GpuView() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let compute = shell.compute;
    let rows = RwSignal::new(Vec::<RaceRow>::new());
    let running = RwSignal::new(false);
    let largest = RwSignal::new(512usize);
    // What the race found for Auto, in words; empty until a race ends.
    let found = RwSignal::new(String::new());
    // The race now running: Stop and a new race move it on, and the old one stops at its next run.
    let race_id = StoredValue::new(0u32);
    let start = move |_| {
        let id = race_id.get_value() + 1;
        race_id.set_value(id);
        if running.get_untracked() {
            running.set(false);
            found.set("Stopped: Auto keeps what it had.".into());
            return;
        }
        rows.set(Vec::new());
        found.set(String::new());
        running.set(true);
        let compute = compute.get_value();
        let largest = largest.get_untracked();
        let adapter = match shell.backend.get_untracked() {
            super::page::Backend::Found(ActiveBackend::Gpu { adapter, .. }) => Some(adapter),
            _ => None,
        };
        leptos::task::spawn_local(async move {
            if race(compute, rows, largest, race_id, id).await {
                running.set(false);
                if let Some(adapter) = adapter {
                    found.set(rows.with_untracked(|r| settle_crossover(r, &adapter)));
                }
            }
        });
    };
    let chart = move || {
        let top = largest.get();
        rows.with(|r| crate::plot::to_svg(640, 320, |root| race_chart(root, r, (SIZES[0], top))))
            .map(|(svg, ())| svg)
            .unwrap_or_default()
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
                        disabled=move || shell.backend.get() == super::page::Backend::Searching
                    >
                        {move || if running.get() { "Stop" } else { "Run the race" }}
                    </button>
                    <progress
                        aria-label="Sizes raced"
                        max=move || SIZES.iter().filter(|&&n| n <= largest.get()).count().to_string()
                        value=move || rows.with(Vec::len).to_string()
                        hidden=move || !running.get()
                    ></progress>
                </div>
                <div hidden=move || rows.with(Vec::is_empty)>
                    <crate::ui::download::SaveChart name="gpu-race" what="race chart" />
                    <div class="plot race-chart" role="img" aria-label="GFLOP/s against n" inner_html=chart></div>
                    <p class="crossover" role="status" aria-label="Crossover">{move || found.get()}</p>
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

//! Where the Lab's matrix product ran, and why: on the GPU in f32, its answer compared with
//! the f64 engine's, or on the CPU. The person picks where products run in the status line
//! (`products=` in the link); when the GPU fails a product, the line says why, and the result
//! on screen is the f64 engine's.

use leptos::prelude::*;

use super::compute::operand;
use super::{Computed, LabState};
use crate::gpu::ActiveBackend;
use crate::math::matrix::Matrix;
use crate::math::op::Op;
use crate::math::outcome::Value;
use crate::plot::race::TOLERANCE;
use crate::state::ProductsOn;
use crate::ui::clock::now;
use crate::ui::gpu_view::measured_side;
use crate::ui::page::{Backend, Shell};

/// The entries row by row, in f32: what the GPU reads.
fn row_major_f32(m: &Matrix) -> Vec<f32> {
    m.transpose().iter().map(|&x| x as f32).collect()
}

/// max |engine − gpu| / max |engine|, over C's entries; `gpu` is row by row.
fn relative_difference(engine: &Matrix, gpu: &[f32]) -> f64 {
    let (mut largest, mut apart) = (1e-300f64, 0f64);
    for (i, j) in crate::math::cells(engine.nrows(), engine.ncols()) {
        let e = engine[(i, j)];
        largest = largest.max(e.abs());
        apart = apart.max((e - f64::from(gpu[i * engine.ncols() + j])).abs());
    }
    apart / largest
}

/// The line under the product's result: `data-ran` is `gpu`, `cpu`, or `sending` while the
/// GPU's answer is on its way.
#[component]
pub fn WhereItRan(computed: Memo<Computed>) -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let lab = crate::ui::provided::<LabState>();
    // Written straight into the page, not through a signal (a signal type costs about 1.5 KB).
    let line = |ran: &str, words: &str| {
        if let Some(p) = document().get_element_by_id("ran") {
            let _ = p.set_attribute("data-ran", ran);
            p.set_text_content(Some(words));
        }
    };
    // Each product takes the next number; an answer that comes back after a newer edit is dropped.
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        // The choice is read, not tracked: the page's state changes with every panel opened
        // (`show=`), which must not send the product again. The status line's menu notifies
        // `backend` when the choice changes.
        let on = shell.state.with_untracked(|s| s.products);
        let backend = shell.backend.get();
        let engine = computed.with(|c| match c.as_ref().map(|o| &o.value) {
            Ok(Value::Matrix(c)) if lab.op.get() == Op::Matmul => Some(c.clone()),
            _ => None,
        });
        // A and B are read from their grids again: the outcome does not keep its inputs, and
        // parsing even 64×64 cells is far quicker than the trip to the GPU.
        let (Some(engine), Some(a), Some(b)) = (engine, operand(&lab.a), operand(&lab.b)) else {
            return;
        };
        let this = latest.get_value() + 1;
        latest.set_value(this);
        let (m, k, n) = (a.nrows(), a.ncols(), b.ncols());
        let on_cpu = |why: &str| line("cpu", &format!("Computed on the CPU, in f64: {why}."));
        // Auto's threshold: the crossover the GPU view's race measured on this adapter, if any.
        let measured = match &backend {
            Backend::Found(ActiveBackend::Gpu { adapter, .. }) => measured_side(adapter),
            _ => None,
        };
        let side = measured.unwrap_or(ProductsOn::AUTO_GPU_SIDE);
        let adapter = match backend {
            _ if on == ProductsOn::Cpu => return on_cpu("you chose the CPU below"),
            _ if !on.wants_gpu(m * k * n, side.saturating_pow(3)) => {
                let how = if measured.is_some() {
                    ", as the GPU view's race measured here"
                } else {
                    ""
                };
                return on_cpu(&format!("{m}×{k} times {k}×{n} is done here before a trip to the GPU could return (Auto sends {side}×{side}×{side} and up{how})"));
            }
            Backend::Searching => return on_cpu("the page is still looking for a GPU"),
            Backend::Found(ActiveBackend::Cpu { reason }) => return on_cpu(&reason),
            Backend::Found(ActiveBackend::Gpu { adapter, .. }) => adapter,
        };
        let Some(compute) = shell.compute.get_value().0 else {
            return;
        };
        line("sending", "Sending the product to the GPU…");
        leptos::task::spawn_local(async move {
            let Some(gpu) = compute.gpu() else { return };
            let start = now();
            let product = gpu
                .matmul(&row_major_f32(&a), &row_major_f32(&b), m, k, n)
                .await;
            let ms = now() - start;
            if latest.try_get_value() != Some(this) {
                return;
            }
            match product {
                Ok(values) => {
                    let apart = relative_difference(&engine, &values);
                    let verdict = if apart <= f64::from(TOLERANCE) { "agrees ✓" } else { "differs ✗" };
                    line("gpu", &format!("Computed on the GPU ({adapter}), in f32: {ms:.1} ms there and back, upload and readback included. The f64 engine's answer {verdict}: relative difference {apart:.1e}."));
                }
                // Never silent: the result on screen is the f64 engine's, and the line says why.
                Err(why) => line("cpu", &format!("The GPU could not compute it ({why}); the result above is the CPU's, in f64.")),
            }
        });
    });
    view! {
        <p
            class="ran"
            id="ran"
            role="status"
            aria-label="Where the product ran"
            hidden=move || lab.op.get() != Op::Matmul
        ></p>
    }
}

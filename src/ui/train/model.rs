//! The model's panels: its summary as Keras prints it, and every weight matrix as a heatmap
//! with its rank, singular values and condition number.

use leptos::prelude::*;

use super::TrainState;
use crate::math::format::to_exact_cells;
use crate::math::linalg::svd::{cond_of, rank_of, try_singular_values};
use crate::math::op::Op;
use crate::state::lab::MAX_SIDE;
use crate::state::View;
use crate::ui::page::Shell;

/// The model as Keras's `model.summary()` prints it.
#[component]
pub fn SummaryPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    // The network changes only with a new run, which redraws everything.
    let table = move || {
        state.panel_tick.track();
        state
            .with_trainer(|t| crate::plot::markup::summary_table(&t.model().summary()))
            .unwrap_or_default()
    };
    view! {
        <section class="panel" aria-labelledby="train-sum-h">
            <h2 id="train-sum-h">"Model summary"</h2>
            <div inner_html=table></div>
        </section>
    }
}

/// Most cells a side of a weight heatmap of a matrix of more than `HEAT_CELLS`² entries,
/// which is drawn in blocks.
const HEAT_CELLS: usize = 60;

/// The most cells a side a `rows × cols` heatmap draws: every entry while there are at most
/// [`HEAT_CELLS`]² of them (a 64×5 layer stays 64×5), else blocks.
fn heat_side(rows: usize, cols: usize) -> usize {
    if rows * cols <= HEAT_CELLS * HEAT_CELLS {
        rows.max(cols)
    } else {
        HEAT_CELLS
    }
}

/// Most entries of a weight matrix whose SVD runs while training plays: a 64×64 one takes a
/// few milliseconds, a 256×256 one far more than a frame.
const SVD_WHILE_PLAYING: usize = 64 * 64;

/// What the page shows about one weight matrix.
struct MatrixFacts {
    rows: usize,
    cols: usize,
    svg: String,
    /// The side of the blocks the heatmap averages (1: one cell per entry).
    block: usize,
    /// Rank, condition number and singular values; `None` while they wait for training to rest.
    svd: Option<(usize, f64, Vec<f64>)>,
}

fn matrix_facts(t: &crate::math::nn::Trainer, l: usize, playing: bool) -> MatrixFacts {
    let m = t.model().weight_matrix(l);
    let (rows, cols) = (m.nrows(), m.ncols());
    let (cells, r, c, block) =
        crate::plot::block_means(t.model().weights(l), rows, cols, heat_side(rows, cols));
    // Cells at least 6 px, the whole map at most 360 px wide.
    let cell = (360 / c.max(1)).clamp(6, 48) as u32;
    let (w, h) = (cell * c as u32, (cell * r as u32).min(480));
    let svg = crate::plot::markup::heatmap_svg(&cells, (r, c), (w.max(8), h.max(8)));
    // One SVD gives all three.
    let svd = (!playing || rows * cols <= SVD_WHILE_PLAYING)
        .then(|| try_singular_values(&m).ok())
        .flatten()
        .map(|s| {
            (
                rank_of(&s, rows, cols),
                cond_of(&s),
                s.iter().copied().collect(),
            )
        });
    MatrixFacts {
        rows,
        cols,
        svg,
        block,
        svd,
    }
}

/// Every weight matrix as a heatmap with its rank, singular values and condition number.
#[component]
pub fn WeightsPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let shell = expect_context::<Shell>();
    // Layer l's W in Keras's layout (inputs × units) as A of the Lab, its pseudo-inverse on
    // screen: chapter 2's exercise on the first layer. Every entry exactly.
    let open_in_lab = move |l: usize| {
        let Some(w) = state.with_trainer(|t| t.model().weight_matrix(l).transpose()) else {
            return;
        };
        shell.state.update(|s| {
            s.lab.a = to_exact_cells(&w);
            s.lab.op = Op::Pinv;
            s.view = View::Lab;
        });
    };
    let layers = move || {
        state.slow_tick.track();
        state
            .with_trainer(|t| {
                let playing = state.playing.get_untracked();
                (0..t.model().layers().len())
                    .map(|l| matrix_facts(t, l, playing))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <section class="panel" aria-labelledby="train-w-h">
            <h2 id="train-w-h">"Weight matrices"</h2>
            <p class="muted">
                "Each layer computes W·x + b with W of shape (outputs × inputs). Orange entries are positive, blue negative; pale ones are near 0."
            </p>
            <div class="weights">
                {move || {
                    layers()
                        .into_iter()
                        .enumerate()
                        .map(|(l, f)| {
                            let blocks = (f.block > 1).then(|| {
                                format!(" · drawn in {0}×{0} blocks, each their mean", f.block)
                            });
                            let facts = match &f.svd {
                                Some((rank, cond, singular)) => {
                                    let shown: Vec<String> = singular.iter().take(6).map(|&s| crate::math::format::fmt_number(s)).collect();
                                    let more = singular.len().saturating_sub(6);
                                    (
                                        format!(
                                            "rank {rank} of {} · condition number {}",
                                            f.rows.min(f.cols),
                                            crate::math::format::fmt_number(*cond),
                                        ),
                                        format!(
                                            "σ = {}{}",
                                            shown.join(", "),
                                            if more > 0 { format!(" and {more} more") } else { String::new() },
                                        ),
                                    )
                                }
                                None => (
                                    "rank and condition number: when training rests".to_string(),
                                    "The SVD of a matrix this large takes longer than a frame, so its σ are worked out when training pauses or ends.".to_string(),
                                ),
                            };
                            view! {
                                <figure class="weight">
                                    <figcaption>
                                        <b>{format!("W{} ", l + 1)}</b>
                                        {format!("{} × {}", f.rows, f.cols)}
                                        {blocks}
                                    </figcaption>
                                    <div class="plot heat" role="img" aria-label=format!("Heatmap of W{}", l + 1) inner_html=f.svg></div>
                                    <p aria-label=format!("Result W{} rank", l + 1)>{facts.0}</p>
                                    <p class="muted">{facts.1}</p>
                                    <button
                                        class="small"
                                        disabled={f.rows.max(f.cols) > MAX_SIDE}
                                        title=format!("Opens Wᵀ, {} × {} as Keras keeps it; the Lab takes up to {MAX_SIDE} a side", f.cols, f.rows)
                                        on:click=move |_| open_in_lab(l)
                                    >
                                        "Open in the Matrix Lab"
                                    </button>
                                </figure>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </section>
    }
}

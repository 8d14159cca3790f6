//! The model's panels: its summary as Keras prints it, and every weight matrix as a heatmap
//! with its rank, singular values and condition number.

use leptos::prelude::*;

use super::TrainState;
use crate::math::format::to_exact_cells;
use crate::math::linalg::svd::{cond_of, rank_of, try_singular_values};
use crate::math::nn::export::{export, Format};
use crate::math::op::Op;
use crate::state::lab::MAX_SIDE;
use crate::state::View;
use crate::ui::download::{copy, download};
use crate::ui::page::Shell;

/// The model as Keras's `model.summary()` prints it, and the trained network exported as
/// NumPy code, PyTorch code or JSON, shown to select and copy, or downloaded.
#[component]
pub fn SummaryPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    // No format until one is asked for: the digits' network is 50 KB of numbers.
    let format = RwSignal::new(None::<Format>);
    let exported = move || {
        let f = format.get()?;
        state.with_trainer(|t| export(t.model(), f))
    };
    let code = move || {
        state.slow_tick.track();
        exported().map_or_else(String::new, |r| r.unwrap_or_else(|why| why))
    };
    let save = move |_| {
        if let (Some(f), Some(Ok(text))) = (format.get_untracked(), exported()) {
            let mime = if f == Format::Json {
                "application/json"
            } else {
                "text/x-python"
            };
            download(f.file_name(), mime, &text);
        }
    };
    // Which format was last copied, so the button can say so.
    let copied = RwSignal::new(None::<Format>);
    let copy_code = move |_| {
        if let Some(Ok(text)) = exported() {
            copy(&text);
            copied.set(format.get_untracked());
        }
    };
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
            <div class="export">
                <h3>"Export the network"</h3>
                <div class="button-row">
                    {Format::ALL
                        .map(|f| {
                            view! {
                                <button
                                    class="small"
                                    aria-pressed=move || (format.get() == Some(f)).to_string()
                                    on:click=move |_| format.set(Some(f))
                                >
                                    {f.label()}
                                </button>
                            }
                        })
                        .collect_view()}
                    <button class="small" on:click=copy_code disabled=move || format.get().is_none()>
                        {move || if copied.get().is_some() && copied.get() == format.get() { "Copied" } else { "Copy" }}
                    </button>
                    <button class="small" on:click=save disabled=move || format.get().is_none()>"Download"</button>
                </div>
                <pre class="export-code" aria-label="Exported network" hidden=move || format.get().is_none()><code>{code}</code></pre>
            </div>
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

/// The largest SVD the weights panel runs, as `rows · cols · min(rows, cols)` (its work grows
/// so): while training plays, a 64×64 one (a few milliseconds in wasm); at rest, about a
/// 100×100 or a 256×64 one (25 ms). A 256×256 one held the page 450 ms on opening a wide
/// network (the Long Tasks API), so larger matrices show no σ.
const SVD_WHILE_PLAYING: usize = 64 * 64 * 64;
const SVD_AT_REST: usize = 256 * 64 * 64;

/// What the page shows about one weight matrix.
struct MatrixFacts {
    rows: usize,
    cols: usize,
    svg: String,
    /// The values drawn, row by row, and the cells a side they are drawn in.
    cells: Vec<f64>,
    grid: (usize, usize),
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
    let most = if playing {
        SVD_WHILE_PLAYING
    } else {
        SVD_AT_REST
    };
    let svd = (rows * cols * rows.min(cols) <= most)
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
        cells,
        grid: (r, c),
        block,
        svd,
    }
}

/// The (row, column) of the cell of a `rows × cols` map under the pointer: the cells fill
/// the map's SVG.
fn cell_at(ev: &web_sys::MouseEvent, (rows, cols): (usize, usize)) -> Option<(usize, usize)> {
    let svg = event_target::<web_sys::Element>(ev)
        .closest("svg")
        .ok()
        .flatten()?;
    let r = svg.get_bounding_client_rect();
    let at = |p: i32, start: f64, size: f64, n: usize| {
        (((f64::from(p) - start) / size.max(1.0)) * n as f64).clamp(0.0, n as f64 - 1.0) as usize
    };
    Some((
        at(ev.client_y(), r.top(), r.height(), rows),
        at(ev.client_x(), r.left(), r.width(), cols),
    ))
}

/// Every weight matrix as a heatmap with its rank, singular values and condition number.
#[component]
pub fn WeightsPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let shell = crate::ui::provided::<Shell>();
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
    // The weight picked to edit: its layer, row and column.
    let picked = RwSignal::new(None::<(usize, usize, usize)>);
    let problem = RwSignal::new(String::new());
    let pick_at = move |l: usize, shape: (usize, usize), ev: &web_sys::MouseEvent| {
        if let Some((i, j)) = cell_at(ev, shape) {
            picked.set(Some((l, i, j)));
            problem.set(String::new());
        }
    };
    // Arrow keys move the pick within a focused heatmap.
    let step_pick = move |l: usize, (rows, cols): (usize, usize), ev: &web_sys::KeyboardEvent| {
        let (di, dj): (isize, isize) = match ev.key().as_str() {
            "ArrowUp" => (-1, 0),
            "ArrowDown" => (1, 0),
            "ArrowLeft" => (0, -1),
            "ArrowRight" => (0, 1),
            _ => return,
        };
        ev.prevent_default();
        let (i, j) = match picked.get_untracked() {
            Some((pl, i, j)) if pl == l => (
                i.saturating_add_signed(di).min(rows - 1),
                j.saturating_add_signed(dj).min(cols - 1),
            ),
            _ => (0, 0),
        };
        picked.set(Some((l, i, j)));
    };
    let set = move |l: usize, cols: usize, text: String| {
        let Some((pl, i, j)) = picked.get_untracked().filter(|p| p.0 == l) else {
            return;
        };
        let said = match crate::math::parse::parse_number(&text) {
            Some(v) => state
                .set_weight(pl, i * cols + j, v)
                .err()
                .unwrap_or_default(),
            None => format!(
                "“{}” is not a number; the weight keeps its value.",
                text.trim()
            ),
        };
        problem.set(said);
    };
    // Drawn from the first slow frame, not while the view opens (see the regions' svg).
    let layers = move || {
        if state.slow_tick.get() == 0 {
            return Vec::new();
        }
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
            <p class="hover-readout" id="train-w-read" aria-label="Pointed weight">
                "Point at an entry to read it; click it (or focus a heatmap and use the arrow keys) to edit it by hand."
            </p>
            <div class="weights">
                {move || {
                    layers()
                        .into_iter()
                        .enumerate()
                        .map(|(l, f)| {
                            let mut shape_said = format!("{} × {}", f.rows, f.cols);
                            if f.block > 1 {
                                shape_said += &format!(" · drawn in {0}×{0} blocks, each their mean", f.block);
                            }
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
                                    "rank and condition number: when training rests, up to about 100 × 100".to_string(),
                                    "An SVD this large takes longer than a frame, so σ wait for training to rest; past about 100 × 100 it would hold the page.".to_string(),
                                ),
                            };
                            // Blocks are means of many weights: only a map of every weight is edited.
                            let (shape, editable) = ((f.rows, f.cols), f.block == 1);
                            // The pointer's cell, read out as it moves.
                            let (grid, block, cells) = (f.grid, f.block, f.cells);
                            let read = move |ev: web_sys::MouseEvent| {
                                if let Some((i, j)) = cell_at(&ev, grid) {
                                    let text = crate::plot::markup::weight_readout(l, (i, j), block, shape, cells[i * grid.1 + j]);
                                    crate::ui::write_text("train-w-read", &text);
                                }
                            };
                            view! {
                                <figure class="weight">
                                    <figcaption>
                                        <b>{format!("W{} ", l + 1)}</b>
                                        {shape_said}
                                    </figcaption>
                                    <div class="heat-wrap">
                                        <div
                                            class="plot heat"
                                            role="img"
                                            tabindex=editable.then_some("0")
                                            aria-label=format!("Heatmap of W{}", l + 1)
                                            inner_html=f.svg
                                            on:click=move |ev| if editable { pick_at(l, shape, &ev) }
                                            on:mousemove=read
                                            on:keydown=move |ev| if editable { step_pick(l, shape, &ev) }
                                        ></div>
                                        // The picked weight, outlined on its map.
                                        <div inner_html=move || picked.get().filter(|p| p.0 == l).map_or(String::new(), |(_, i, j)| {
                                            format!(r#"<svg class="pick" viewBox="0 0 {} {}" preserveAspectRatio="none" aria-hidden="true"><rect x="{j}" y="{i}" width="1" height="1"/></svg>"#, shape.1, shape.0)
                                        })></div>
                                    </div>
                                    <label class="field weight-edit" hidden=move || picked.get().is_none_or(|p| p.0 != l)>
                                        <span>
                                            {move || picked.get().map_or(String::new(), |(_, i, j)| format!("W{}[{}, {}]", l + 1, i + 1, j + 1))}
                                        </span>
                                        <input
                                            class="num"
                                            type="text"
                                            prop:value=move || {
                                                picked.get().filter(|p| p.0 == l).and_then(|(_, i, j)| {
                                                    state.with_trainer(|t| crate::math::format::sig(t.model().weights(l)[i * shape.1 + j]))
                                                }).unwrap_or_default()
                                            }
                                            on:change=move |ev| set(l, shape.1, event_target_value(&ev))
                                        />
                                        <span class="muted" role="status">{move || problem.get()}</span>
                                    </label>
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

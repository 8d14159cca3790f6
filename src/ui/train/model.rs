//! The model's panels: its summary as Keras prints it, and every weight matrix as a heatmap
//! with its rank, singular values and condition number.

use leptos::prelude::*;

use super::TrainState;
use crate::math::linalg::svd::{try_cond, try_rank, try_singular_values};
use crate::math::nn::thousands;

/// The model as Keras's `model.summary()` prints it.
#[component]
pub fn SummaryPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let summary = move || {
        state.tick.track();
        state.with_trainer(|t| t.model().summary())
    };
    view! {
        <section class="panel" aria-labelledby="train-sum-h">
            <h2 id="train-sum-h">"Model summary"</h2>
            {move || {
                summary()
                    .map(|s| {
                        view! {
                            <table class="summary" aria-label="Model summary">
                                <thead>
                                    <tr>
                                        <th scope="col">"Layer (type)"</th>
                                        <th scope="col">"Output shape"</th>
                                        <th scope="col">"Param #"</th>
                                        <th scope="col">"Activation"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {s
                                        .rows
                                        .iter()
                                        .map(|r| {
                                            view! {
                                                <tr>
                                                    <td>{r.layer.clone()}</td>
                                                    <td>{r.output_shape.clone()}</td>
                                                    <td class="n">{thousands(r.params)}</td>
                                                    <td>{r.activation.clone()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                            <p class="total" aria-label="Result total params">
                                {format!("Total params: {}", thousands(s.total_params))}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// What the page shows about one weight matrix.
struct MatrixFacts {
    rows: usize,
    cols: usize,
    svg: String,
    rank: Option<usize>,
    cond: Option<f64>,
    singular: Vec<f64>,
}

fn matrix_facts(t: &crate::math::nn::Trainer, l: usize) -> MatrixFacts {
    let m = t.model().weight_matrix(l);
    let (rows, cols) = (m.nrows(), m.ncols());
    // Cells at least 6 px, the whole map at most 360 px wide.
    let cell = (360 / cols.max(1)).clamp(6, 48) as u32;
    let (w, h) = (cell * cols as u32, (cell * rows as u32).min(480));
    let svg = crate::plot::to_svg(w.max(8), h.max(8), |root| {
        crate::plot::heatmap(root, t.model().weights(l), rows, cols)
    })
    .map(|(s, ())| s)
    .unwrap_or_default();
    MatrixFacts {
        rows,
        cols,
        svg,
        rank: try_rank(&m).ok(),
        cond: try_cond(&m).ok(),
        singular: try_singular_values(&m)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default(),
    }
}

/// Every weight matrix as a heatmap with its rank, singular values and condition number.
#[component]
pub fn WeightsPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let layers = move || {
        state.slow_tick.track();
        state
            .with_trainer(|t| {
                (0..t.model().layers().len())
                    .map(|l| matrix_facts(t, l))
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
                            let shown: Vec<f64> = f.singular.iter().take(6).copied().collect();
                            let more = f.singular.len().saturating_sub(6);
                            view! {
                                <figure class="weight">
                                    <figcaption>
                                        <b>{format!("W{} ", l + 1)}</b>
                                        {format!("{} × {}", f.rows, f.cols)}
                                    </figcaption>
                                    <div class="plot heat" role="img" aria-label=format!("Heatmap of W{}", l + 1) inner_html=f.svg></div>
                                    <p aria-label=format!("Result W{} rank", l + 1)>
                                        {format!(
                                            "rank {} of {} · condition number {}",
                                            f.rank.map_or("?".into(), |r| r.to_string()),
                                            f.rows.min(f.cols),
                                            f.cond.map_or("?".into(), crate::math::format::fmt_number),
                                        )}
                                    </p>
                                    <p class="muted">
                                        {format!(
                                            "σ = {}{}",
                                            shown.iter().map(|&s| crate::math::format::fmt_number(s)).collect::<Vec<_>>().join(", "),
                                            if more > 0 { format!(" and {more} more") } else { String::new() },
                                        )}
                                    </p>
                                </figure>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </section>
    }
}

//! The teaching panels the lessons call for: the curvature of the loss and the
//! largest stable rate, and what removing the activations or the bias does.

use leptos::prelude::*;

use super::panels::{list, sig};
use super::TrainState;
use crate::math::format::fmt_number;
use crate::math::nn::{nice_below, teach, Activation, Loss};
use crate::state::train::Draft;

/// Both teaching panels.
#[component]
pub fn TeachPanels() -> impl IntoView {
    view! {
        <CurvaturePanel />
        <LayersPanel />
    }
}

/// The Hessian of the MSE loss of a linear model on this data, its eigenvalues and 2/λmax.
#[component]
fn CurvaturePanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let facts = Memo::new(move |_| {
        state.checked.with(|c| {
            let s = c.as_ref().ok()?;
            if s.classifies() || s.loss != Loss::Mse {
                return None;
            }
            let bias = s.spec.layers.first().is_some_and(|l| l.bias);
            let curv = teach::mse_curvature(&s.dataset.x_matrix(), bias);
            let exact =
                s.spec.layers.len() == 1 && s.spec.layers[0].activation == Activation::Linear;
            Some((
                curv.eigenvalues,
                curv.max_stable_rate,
                curv.condition,
                s.optimizer.lr(),
                exact,
            ))
        })
    });
    // The sentences and the table as markup, and two buttons that are always there: an
    // `Option` of a view of its own cost the page's wasm more.
    let body = move || {
        let Some((eig, limit, cond, rate, exact)) = facts.get() else {
            return String::new();
        };
        let lmax = eig.first().copied().unwrap_or(0.0);
        let (verdict_class, side, grows) = if rate < limit {
            (
                "good",
                "below",
                "which is less than 1, so training converges",
            )
        } else {
            (
                "bad",
                "above",
                "more than 1, so the loss grows without bound and training diverges",
            )
        };
        let table = crate::plot::tables::key_values(
            "Curvature",
            &[
                ("eigenvalues of H = (2/n)·X̃ᵀX̃".into(), list(&eig), ""),
                (
                    "largest stable rate 2/λmax".into(),
                    sig(limit),
                    "Result max stable rate",
                ),
                ("condition number λmax/λmin".into(), fmt_number(cond), ""),
            ],
        );
        let surface = if exact {
            "For one linear layer trained with MSE this bowl is the exact loss surface. A large condition number means a long, narrow valley: the rate must suit the steepest direction, so the flattest one crawls."
        } else {
            "This is the curvature for a linear model on this data; a deeper network's loss surface is not one bowl, but its first layer feels the same steepness."
        };
        format!(
            r#"{table}<p class="verdict {verdict_class}">The rate {} is {side} 2/λmax: along the steepest direction each step multiplies the error by |1 − rate·λmax| = {}, {grows}.</p><p class="muted">{surface}</p>"#,
            sig(rate),
            sig((1.0 - rate * lmax).abs())
        )
    };
    // A rate safely below the limit, and one past it to watch the divergence.
    let rate_at =
        move |share: f64| facts.with(|f| f.as_ref().map_or(0.0, |f| nice_below(share * f.1)));
    let use_rate = move |share: f64| {
        let rate = rate_at(share);
        state.edit(|d| d.lr = rate.to_string());
    };
    view! {
        <section class="panel" aria-labelledby="train-hess-h" hidden=move || facts.with(Option::is_none)>
            <h2 id="train-hess-h">"How large can the learning rate be?"</h2>
            <div inner_html=body></div>
            <div class="button-row">
                <button class="small" on:click=move |_| use_rate(0.9)>
                    {move || format!("Use rate {}", rate_at(0.9))}
                </button>
                <button class="small" on:click=move |_| use_rate(1.5)>
                    {move || format!("Try {} (past the limit)", rate_at(1.5))}
                </button>
            </div>
        </section>
    }
}

fn all_linear(d: &Draft) -> bool {
    d.layers.iter().all(|l| l.act == Activation::Linear)
}

/// "Remove the activations" and "remove the bias", with what they do to this network.
#[component]
fn LayersPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let draft = state.draft;
    let hidden = move || draft.with(|d| d.layers.len() > 1);
    let hidden_linear = move || {
        draft.with(|d| {
            d.layers[..d.layers.len().saturating_sub(1)]
                .iter()
                .all(|l| l.act == Activation::Linear)
        })
    };
    // Every hidden layer gets `act`; the output layer keeps its own.
    let hidden_acts = move |act: Activation| {
        draft.update(|d| {
            let n = d.layers.len();
            for l in &mut d.layers[..n.saturating_sub(1)] {
                l.act = act;
            }
        })
    };
    let any_bias = move || draft.with(|d| d.layers.iter().any(|l| l.bias));
    let collapsed = move || {
        state.slow_tick.track();
        if !draft.with(all_linear) {
            return None;
        }
        state
            .with_trainer(|t| teach::collapse_linear(t.model()).ok())
            .flatten()
    };
    // Markup, not a view: an Option around a view of its own cost the page's wasm 300 bytes.
    let collapse_html = move || {
        let Some(c) = collapsed() else {
            return String::new();
        };
        let (r, k) = (c.matrix.nrows(), c.matrix.ncols());
        let mut html = format!(
            r#"<p aria-label="Result collapsed">Without activations these layers are one matrix M = W_L⋯W₁ of shape {r} × {k} and rank {}: y = M·x + c.</p>"#,
            c.rank
        );
        if r <= 6 && k <= 6 {
            let rows: Vec<Vec<String>> = (0..r)
                .map(|i| (0..k).map(|j| sig(c.matrix[(i, j)])).collect())
                .collect();
            html += &format!(
                r#"{}<p class="muted">c = {}</p>"#,
                crate::plot::tables::grid("matrix-out", "M", &[], &rows),
                list(c.bias.as_slice())
            );
        }
        html
    };
    view! {
        <section class="panel" aria-labelledby="train-layers-h">
            <h2 id="train-layers-h">"Why activations and biases?"</h2>
            <div hidden=move || !hidden()>
                <p class="muted">
                    "Without activations, stacked layers collapse into a single matrix: depth adds nothing a straight line (or flat boundary) could not do."
                </p>
                <div class="button-row">
                    <button class="small" hidden=hidden_linear on:click=move |_| hidden_acts(Activation::Linear)>
                        "Remove the activations"
                    </button>
                    <button class="small" hidden=move || !hidden_linear() on:click=move |_| hidden_acts(Activation::Relu)>
                        "Put ReLU back"
                    </button>
                </div>
            </div>
            <div inner_html=collapse_html></div>
            <p class="muted">
                "Without a bias every layer maps 0 to 0, so the fit is forced through the origin."
            </p>
            <div class="button-row">
                <button
                    class="small"
                    on:click=move |_| {
                        let on = !any_bias();
                        state.edit(|d| d.layers.iter_mut().for_each(|l| l.bias = on))
                    }
                >
                    {move || if any_bias() { "Remove the bias" } else { "Add the bias back" }}
                </button>
            </div>
        </section>
    }
}

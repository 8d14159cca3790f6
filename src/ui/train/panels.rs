//! The run's panels: buttons and readouts, the step in numbers, the fit against the
//! truth and the closed form. The model's own panels are in `model.rs`.

use leptos::prelude::*;

use super::charts::LossCurve;
use super::TrainState;
use crate::math::nn::{teach, thousands, Activation, Loss, Optimizer, TrainError};
use crate::state::trained::MAX_LINK_PARAMS;

/// A number with up to 8 significant digits (221.6144 stays 221.6144), no trailing zeros.
pub fn sig(x: f64) -> String {
    if !x.is_finite() || x == 0.0 || x.fract() == 0.0 && x.abs() < 1e15 {
        return crate::math::format::fmt_number(x);
    }
    let exp = x.abs().log10().floor() as i32;
    if !(-4..9).contains(&exp) {
        let s = format!("{x:.7e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = m.trim_end_matches('0').trim_end_matches('.');
        return format!("{m}e{e}");
    }
    let decimals = (7 - exp).max(0) as usize;
    let s = format!("{x:.decimals$}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// `[a, b, c]` with [`sig`] numbers.
pub fn list(xs: &[f64]) -> String {
    format!(
        "[{}]",
        xs.iter().map(|&x| sig(x)).collect::<Vec<_>>().join(", ")
    )
}

/// Play, Pause, Step, Reset; the epoch and loss; every problem; the loss curve.
#[component]
pub fn RunPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let problems = move || {
        let mut list = state.checked.with(|c| c.as_ref().err().cloned())?;
        list.extend(super::digits::fetch_problem(state));
        Some(list)
    };
    let diverged = move || {
        state.tick.track();
        state
            .with_trainer(|t| t.stopped().map(|TrainError::Diverged(d)| d.clone()))
            .flatten()
    };
    // Ten times a second, not every frame: the accuracies are a forward pass over all the
    // data (the digits' 1,433 images and 364 held out).
    let readout = move || {
        state.curve_tick.track();
        state.with_trainer(|t| {
            let loss = t.history().last().copied();
            (t.epoch(), loss, t.accuracy(), t.test_accuracy())
        })
    };
    let no_run = move || state.with_trainer(|_| ()).is_none();
    view! {
        <section class="panel" aria-labelledby="train-run-h">
            <div class="result-head">
                <h2 id="train-run-h">"Run"</h2>
                <div class="button-row">
                    <button
                        class="primary"
                        disabled=move || { state.tick.track(); state.playing.get() || no_run() }
                        on:click=move |_| state.play()
                    >
                        "Play"
                    </button>
                    <button disabled=move || !state.playing.get() on:click=move |_| state.pause()>
                        "Pause"
                    </button>
                    <button
                        disabled=move || { state.tick.track(); no_run() }
                        on:click=move |_| state.step()
                    >
                        "Step"
                    </button>
                    <button on:click=move |_| state.reset()>"Reset"</button>
                </div>
            </div>
            {move || {
                problems()
                    .map(|list| {
                        view! {
                            <div class="problems" role="alert">
                                <p>"These settings cannot train yet:"</p>
                                <ul>{list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                            </div>
                        }
                    })
            }}
            {move || {
                state
                    .build_error
                    .get()
                    .map(|why| {
                        view! {
                            <div class="problems" role="alert">
                                <p>{why}</p>
                            </div>
                        }
                    })
            }}
            {move || {
                diverged()
                    .map(|d| {
                        let rate = d.suggested_rate;
                        view! {
                            <div class="problems" role="alert">
                                <p>{d.to_string()}</p>
                                <button
                                    class="small"
                                    on:click=move |_| {
                                        state.edit(|dr| dr.lr = rate.to_string())
                                    }
                                >
                                    {format!("Use rate {rate}")}
                                </button>
                            </div>
                        }
                    })
            }}
            <p class="readout">
                {move || {
                    readout()
                        .map(|(epoch, loss, acc, test)| {
                            view! {
                                <span>
                                    "Epoch "
                                    <b aria-label="Result epoch">{epoch.to_string()}</b>
                                    {format!(" of {}", state.target())}
                                </span>
                                <span>
                                    "Loss "
                                    <b aria-label="Result loss">{loss.map_or("–".into(), sig)}</b>
                                </span>
                                {[("Accuracy ", "Result accuracy", acc), ("Test accuracy ", "Result test accuracy", test)]
                                    .into_iter()
                                    .filter_map(|(name, label, a)| {
                                        let a = a?;
                                        Some(view! {
                                            <span>
                                                {name}
                                                <b aria-label=label>
                                                    {format!("{}%", crate::math::format::fmt_number((a * 1000.0).round() / 10.0))}
                                                </b>
                                            </span>
                                        })
                                    })
                                    .collect_view()}
                            }
                        })
                }}
            </p>
            {move || {
                state.tick.track();
                state.with_trainer(|t| link_note(t.epoch(), t.resumed_from(), t.model().param_count()))
                    .flatten()
                    .map(|text| view! { <p class="note">{text}</p> })
            }}
            <LossCurve />
        </section>
    }
}

/// What the link holds of a run that has trained, when it is not simply its weights: a run
/// opened from a link's weights, or one too big for them.
fn link_note(epoch: usize, resumed_from: usize, params: usize) -> Option<String> {
    if resumed_from > 0 {
        Some(format!(
            "Opened with the weights of a link, trained {epoch} epochs; the curve before them is not in the link."
        ))
    } else if epoch > 0 && params > MAX_LINK_PARAMS {
        Some(format!(
            "The link keeps the seed, not the weights: this network has {} parameters and a link carries trained ones up to {}. Opened, it trains again the same way.",
            thousands(params),
            thousands(MAX_LINK_PARAMS)
        ))
    } else {
        None
    }
}

/// Whether Step can be shown in numbers: one linear neuron, MSE, plain SGD, full batch.
fn explainable(state: TrainState) -> bool {
    state.checked.with(|c| {
        c.as_ref().is_ok_and(|s| {
            s.spec.layers.len() == 1
                && s.spec.layers[0].units == 1
                && s.spec.layers[0].activation == Activation::Linear
                && s.loss == Loss::Mse
                && matches!(s.optimizer, Optimizer::Sgd { .. })
                && s.batch.is_none_or(|b| b >= s.dataset.rows())
        })
    })
}

/// The last Step, worked out the way the lesson does it by hand.
#[component]
pub fn StepPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    view! {
        <section class="panel" aria-labelledby="train-step-h" hidden=move || !explainable(state)>
            <h2 id="train-step-h">"One gradient step, in numbers"</h2>
            {move || match state.last_step.get() {
                None => {
                    view! {
                        <p class="muted">
                            "Press Step: the page works out the next update the way the lesson does by hand."
                        </p>
                    }
                        .into_any()
                }
                Some(s) => {
                    let mut rows: Vec<(String, String)> = vec![
                        ("weights w".into(), list(&s.weights)),
                        ("predictions ŷ = Xw + b".into(), list(&s.predictions)),
                        ("errors ŷ − y".into(), list(&s.errors)),
                        ("loss mean((ŷ − y)²)".into(), sig(s.loss)),
                        ("gradient (2/n)·Xᵀ(ŷ − y)".into(), list(&s.gradient)),
                    ];
                    if let (Some(b), Some(g), Some(nb)) = (s.bias, s.bias_gradient, s.new_bias) {
                        rows.insert(1, ("bias b".into(), sig(b)));
                        rows.push(("bias gradient (2/n)·Σ(ŷ − y)".into(), sig(g)));
                        rows.push(("new bias".into(), sig(nb)));
                    }
                    rows.push((format!("new weights w − {}·gradient", sig(s.rate)), list(&s.new_weights)));
                    rows.push(("new predictions".into(), list(&s.new_predictions)));
                    rows.push(("new loss".into(), sig(s.new_loss)));
                    view! {
                        <table class="kv" aria-label="Gradient step">
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|(k, v)| {
                                        view! {
                                            <tr>
                                                <th scope="row">{k}</th>
                                                <td>{v}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// For one linear neuron on regression data: learned weights next to the true ones
/// and the closed-form least-squares answer.
#[component]
pub fn FitPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let linear = move || {
        state.checked.with(|c| {
            c.as_ref().is_ok_and(|s| {
                !s.classifies()
                    && s.spec.layers.len() == 1
                    && s.spec.layers[0].units == 1
                    && s.spec.layers[0].activation == Activation::Linear
            })
        })
    };
    // The closed form depends on the data only: computed once per settings, and only for
    // the one neuron it answers (the panel is in the page, hidden, for every other run).
    let closed = Memo::new(move |_| {
        state.checked.with(|c| {
            c.as_ref().ok().filter(|_| linear()).map(|s| {
                let x = s.dataset.x_matrix();
                let bias = s.spec.layers.first().is_some_and(|l| l.bias);
                (
                    teach::least_squares(&x, &s.dataset.y, bias),
                    teach::least_squares(&x, &s.dataset.y, !bias),
                    bias,
                )
            })
        })
    });
    let table = move || {
        state.tick.track();
        if !linear() {
            return None;
        }
        let truth = state.checked.with(|c| {
            c.as_ref()
                .ok()
                .map(|s| (s.dataset.true_weights.clone(), s.dataset.true_bias))
        });
        let (tw, tb) = truth.unwrap_or((None, None));
        let learned = state.with_trainer(|t| {
            (
                t.model().weights(0).to_vec(),
                t.model().bias(0).map(|b| b[0]),
                t.history().last().copied(),
            )
        });
        let (lw, lb, loss) = learned?;
        let (cf, _, _) = closed.get()?;
        // Just after the network changes, the trainer may still be the one before: wait for
        // the one the closed form was worked out for.
        if lw.len() != cf.weights.len() {
            return None;
        }
        let mut rows: Vec<(String, f64, Option<f64>, f64)> = lw
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                (
                    format!("w{}", i + 1),
                    w,
                    tw.as_ref().and_then(|t| t.get(i).copied()),
                    cf.weights[i],
                )
            })
            .collect();
        if let Some(b) = lb {
            rows.push(("b".into(), b, tb, cf.bias.unwrap_or(0.0)));
        }
        Some(view! {
            <table class="fit" aria-label="Learned vs true">
                <thead>
                    <tr>
                        <th scope="col">"parameter"</th>
                        <th scope="col">"learned (gradient descent)"</th>
                        <th scope="col">"true"</th>
                        <th scope="col">"closed form X⁺y"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(name, l, t, c)| {
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{sig(l)}</td>
                                    <td>{t.map_or("–".into(), sig)}</td>
                                    <td>{sig(c)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                    <tr>
                        <th scope="row">"loss (MSE)"</th>
                        <td>{loss.map_or("–".into(), sig)}</td>
                        <td>{if tw.is_some() { "0" } else { "–" }}</td>
                        <td>{sig(cf.loss)}</td>
                    </tr>
                </tbody>
            </table>
        })
    };
    let bias_note = move || {
        let (cf, other, bias) = closed.get()?;
        Some(if bias {
            format!(
                "Without the bias the best line must pass through the origin: its loss would be {} instead of {}.",
                sig(other.loss),
                sig(cf.loss)
            )
        } else {
            format!(
                "This neuron has no bias, so its fit passes through the origin; with a bias the best loss would be {} instead of {}.",
                sig(other.loss),
                sig(cf.loss)
            )
        })
    };
    view! {
        <section class="panel" aria-labelledby="train-fit-h" hidden=move || !linear()>
            <h2 id="train-fit-h">"Gradient descent against the closed form"</h2>
            <p class="muted">
                "Least squares has an answer in one step, w = X⁺y (the pseudo-inverse); gradient descent walks towards it."
            </p>
            {table}
            <p class="muted">{bias_note}</p>
        </section>
    }
}

//! The run's panels: buttons and readouts, the step in numbers, the fit against the
//! truth and the closed form. The model's own panels are in `model.rs`.

use leptos::prelude::*;

use super::charts::LossCurve;
use super::TrainState;
use crate::math::nn::{teach, thousands, Activation, Loss, Optimizer, TrainError};
use crate::plot::tables;
use crate::state::trained::MAX_LINK_PARAMS;

pub use crate::math::format::{sig, sig_list as list};

/// Play, Pause, Step, Reset; the epoch and loss; every problem; the loss curve.
#[component]
pub fn RunPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
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
    // Ten times a second, not every frame, and with the score stage: the accuracies read
    // the guesses `TrainState::score` keeps (a pass over all the data).
    let readout = move || {
        state.curve_tick.track();
        state.score_tick.track();
        state.with_trainer(|t| {
            let [acc, test] = t.scored().each_ref().map(|g| {
                g.as_ref()
                    .map(|(guess, truth)| teach::accuracy(guess, truth))
            });
            // Before the first epoch, the untrained network's loss (what a hand edit changes),
            // found by the score stage's pass: no pass of its own here, as the view opens or
            // while a wide network's first epoch trains a frame at a time.
            let loss = t.history().last().copied().or(t.scored_loss());
            (t.epoch(), loss, acc, test)
        })
    };
    let no_run = move || state.with_trainer(|_| ()).is_none();
    // While presenting, Space plays or pauses (not on a focused button, which Space presses).
    let space = window_event_listener(leptos::ev::keydown, move |ev| {
        let on_button = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.tag_name() == "BUTTON");
        if ev.key() == " "
            && crate::ui::present::presenting()
            && crate::ui::present::plain_key(&ev)
            && !on_button
        {
            ev.prevent_default();
            if state.playing.get_untracked() {
                state.pause();
            } else if !no_run() {
                state.play();
            }
        }
    });
    on_cleanup(move || space.remove());
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
            <div inner_html=move || {
                let mut html = problems()
                    .map_or(String::new(), |list| tables::problems("These settings cannot train yet:", &list));
                if let Some(why) = state.build_error.get() {
                    html += &tables::problems("", &[why]);
                }
                html
            }></div>
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
            <p
                class="readout"
                inner_html=move || {
                    readout()
                        .map_or(String::new(), |(epoch, loss, acc, test)| {
                            tables::readout(epoch, state.target(), loss, [acc, test])
                        })
                }
            ></p>
            <div inner_html=move || {
                state.tick.track();
                state
                    .with_trainer(|t| link_note(t.epoch(), t.resumed_from(), t.model().param_count()))
                    .flatten()
                    .map_or(String::new(), |text| format!(r#"<p class="note">{text}</p>"#))
            }></div>
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

/// The rows of a Step's table, in the lesson's order.
fn step_rows(s: &crate::math::nn::teach::LinearStep) -> Vec<(String, String, &'static str)> {
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
    rows.push((
        format!("new weights w − {}·gradient", sig(s.rate)),
        list(&s.new_weights),
    ));
    rows.push(("new predictions".into(), list(&s.new_predictions)));
    rows.push(("new loss".into(), sig(s.new_loss)));
    rows.into_iter().map(|(k, v)| (k, v, "")).collect()
}

/// The last Step, worked out the way the lesson does it by hand.
#[component]
pub fn StepPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    view! {
        <section class="panel" aria-labelledby="train-step-h" hidden=move || !explainable(state)>
            <h2 id="train-step-h">"One gradient step, in numbers"</h2>
            <div inner_html=move || {
                state.last_step.get().map_or_else(
                    || {
                        r#"<p class="muted">Press Step: the page works out the next update the way the lesson does by hand.</p>"#
                            .to_string()
                    },
                    |s| crate::plot::tables::key_values("Gradient step", &step_rows(&s)),
                )
            }></div>
        </section>
    }
}

/// For one linear neuron on regression data: learned weights next to the true ones
/// and the closed-form least-squares answer.
#[component]
pub fn FitPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
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
        let mut cells: Vec<Vec<String>> = rows
            .into_iter()
            .map(|(name, l, t, c)| vec![name, sig(l), t.map_or("–".into(), sig), sig(c)])
            .collect();
        cells.push(vec![
            "loss (MSE)".into(),
            loss.map_or("–".into(), sig),
            if tw.is_some() { "0" } else { "–" }.into(),
            sig(cf.loss),
        ]);
        Some(crate::plot::tables::grid(
            "fit",
            "Learned vs true",
            &[
                "parameter",
                "learned (gradient descent)",
                "true",
                "closed form X⁺y",
            ],
            &cells,
        ))
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
            <div inner_html=move || table().unwrap_or_default()></div>
            <p class="muted">{bias_note}</p>
        </section>
    }
}

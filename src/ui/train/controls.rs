//! The controls: data, the network builder, and how to train.

use leptos::prelude::*;

use super::TrainState;
use crate::math::nn::{Activation, Loss};
use crate::state::choices::{loss_short, DataChoice, InitChoice, OptKind};
use crate::state::train::{Draft, LayerRow};

/// Every control of the view, in three panels.
#[component]
pub fn Controls() -> impl IntoView {
    view! {
        <DataPanel />
        <NetworkPanel />
        <TrainingPanel />
    }
}

fn edit(state: TrainState, f: impl FnOnce(&mut Draft)) {
    state.edit(f);
}

/// The dataset picker and, for pasted data, the table.
#[component]
fn DataPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let draft = state.draft;
    let is_csv = move || draft.with(|d| d.data == DataChoice::Csv);
    let about = move || {
        state.checked.with(|c| {
            c.as_ref().ok().map(|s| {
                let d = &s.dataset;
                format!(
                    "{} samples{}, {} input{}, {}",
                    crate::math::nn::thousands(d.rows()),
                    s.test
                        .as_ref()
                        .map_or(String::new(), |t| format!(" (and {} held out)", t.rows())),
                    d.features,
                    if d.features == 1 { "" } else { "s" },
                    match d.task {
                        crate::math::data::Task::Regression => "real-valued target".to_string(),
                        crate::math::data::Task::Binary => "two classes".to_string(),
                        crate::math::data::Task::Multiclass(k) => format!("{k} classes"),
                    }
                )
            })
        })
    };
    view! {
        <section class="panel" aria-labelledby="train-data-h">
            <h2 id="train-data-h">"Data"</h2>
            <label class="field">
                <span>"Dataset"</span>
                <select on:change=move |ev| {
                    if let Some(choice) = DataChoice::from_name(&event_target_value(&ev)) {
                        edit(state, |d| d.choose_data(choice));
                    }
                }>
                    {DataChoice::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option
                                    value=c.name()
                                    selected=move || draft.with(|d| d.data == c)
                                >
                                    {c.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field column" hidden=move || !is_csv()>
                <span>"CSV data (last column is the target)"</span>
                <textarea
                    class="csv"
                    rows="6"
                    spellcheck="false"
                    prop:value=move || draft.with(|d| d.csv.clone())
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        edit(state, |d| d.csv = text);
                    }
                ></textarea>
            </label>
            <super::digits::DigitsNote />
            <p class="muted">{about}</p>
        </section>
    }
}

/// Layers, widths, activations and biases.
#[component]
fn NetworkPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let draft = state.draft;
    let inputs = move || {
        state
            .checked
            .with(|c| c.as_ref().map(|s| s.dataset.features.to_string()).ok())
            .unwrap_or_else(|| "?".into())
    };
    // Only a change in the number of layers rebuilds the editors, so typing keeps focus.
    let rows = Memo::new(move |_| draft.with(|d| d.layers.len()));
    view! {
        <section class="panel" aria-labelledby="train-net-h">
            <h2 id="train-net-h">"Network"</h2>
            <p class="muted">"Inputs: " {inputs} " (set by the data)"</p>
            <ol class="layers">
                {move || {
                    (0..rows.get())
                        .map(|i| view! { <LayerEditor index=i /> })
                        .collect_view()
                }}
            </ol>
            <div class="button-row">
                <button
                    class="small"
                    disabled=move || { rows.get() >= crate::state::train::MAX_LAYERS }
                    on:click=move |_| {
                        edit(
                            state,
                            |d| {
                                let at = d.layers.len().saturating_sub(1);
                                d.layers.insert(at, LayerRow {
                                    units: "8".into(),
                                    act: Activation::Relu,
                                    bias: true,
                                });
                            },
                        )
                    }
                >
                    "Add a hidden layer"
                </button>
            </div>
        </section>
    }
}

/// One layer of the builder: width, activation, bias, remove.
#[component]
fn LayerEditor(index: usize) -> impl IntoView {
    let state = expect_context::<TrainState>();
    let draft = state.draft;
    let n = index + 1;
    let row = move || draft.with(|d| d.layers.get(index).cloned());
    let last = move || draft.with(|d| index + 1 == d.layers.len());
    view! {
        <li class="layer">
            <span class="layer-name">
                {move || if last() { format!("{n}. output") } else { format!("{n}. hidden") }}
            </span>
            <label class="inline">
                <span class="sr-only">{format!("Layer {n} width")}</span>
                <input
                    class="num"
                    type="text"
                    inputmode="numeric"
                    prop:value=move || row().map(|r| r.units).unwrap_or_default()
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(state, |d| if let Some(l) = d.layers.get_mut(index) { l.units = v });
                    }
                />
            </label>
            <label class="inline">
                <span class="sr-only">{format!("Layer {n} activation")}</span>
                <select on:change=move |ev| {
                    if let Some(a) = Activation::from_name(&event_target_value(&ev)) {
                        edit(state, |d| if let Some(l) = d.layers.get_mut(index) { l.act = a });
                    }
                }>
                    {Activation::ALL
                        .into_iter()
                        .map(|a| {
                            view! {
                                <option
                                    value=a.name()
                                    selected=move || row().is_some_and(|r| r.act == a)
                                >
                                    {a.name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="inline">
                <input
                    type="checkbox"
                    prop:checked=move || row().is_some_and(|r| r.bias)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(state, |d| if let Some(l) = d.layers.get_mut(index) { l.bias = on });
                    }
                />
                <span>"bias"</span>
                <span class="sr-only">{format!(" of layer {n}")}</span>
            </label>
            <button
                class="small"
                disabled=move || { draft.with(|d| d.layers.len() <= 1) }
                on:click=move |_| edit(state, |d| if d.layers.len() > 1 { d.layers.remove(index); })
            >
                "Remove"
                <span class="sr-only">{format!(" layer {n}")}</span>
            </button>
        </li>
    }
}

/// Loss, optimizer, rate, batch, epochs, seed, initial weights.
#[component]
fn TrainingPanel() -> impl IntoView {
    let state = expect_context::<TrainState>();
    let draft = state.draft;
    let text_field =
        move |label: &'static str, get: fn(&Draft) -> String, set: fn(&mut Draft, String)| {
            view! {
                <label class="field">
                    <span>{label}</span>
                    <input
                        class="num"
                        type="text"
                        prop:value=move || draft.with(get)
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            edit(state, |d| set(d, v));
                        }
                    />
                </label>
            }
        };
    view! {
        <section class="panel" aria-labelledby="train-how-h">
            <h2 id="train-how-h">"Training"</h2>
            <label class="field">
                <span>"Loss"</span>
                <select on:change=move |ev| {
                    if let Some(l) = crate::state::choices::loss_from_name(&event_target_value(&ev)) {
                        edit(state, |d| d.loss = l);
                    }
                }>
                    {Loss::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option
                                    value=loss_short(l)
                                    selected=move || draft.with(|d| d.loss == l)
                                >
                                    {l.name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span>"Optimizer"</span>
                <select on:change=move |ev| {
                    if let Some(o) = OptKind::from_name(&event_target_value(&ev)) {
                        edit(state, |d| d.opt = o);
                    }
                }>
                    {OptKind::ALL
                        .into_iter()
                        .map(|o| {
                            view! {
                                <option value=o.name() selected=move || draft.with(|d| d.opt == o)>
                                    {match o {
                                        OptKind::Sgd => "SGD",
                                        OptKind::Momentum => "SGD + momentum 0.9",
                                        OptKind::Adam => "Adam",
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            {text_field("Learning rate", |d| d.lr.clone(), |d, v| d.lr = v)}
            {text_field("Batch size", |d| d.batch.clone(), |d, v| d.batch = v)}
            {text_field("Epochs", |d| d.epochs.clone(), |d, v| d.epochs = v)}
            {text_field("Seed", |d| d.seed.clone(), |d, v| d.seed = v)}
            <label class="field">
                <span>"Initial weights"</span>
                <select on:change=move |ev| {
                    if let Some(i) = InitChoice::from_name(&event_target_value(&ev)) {
                        edit(state, |d| d.init = i);
                    }
                }>
                    {InitChoice::ALL
                        .into_iter()
                        .map(|i| {
                            view! {
                                <option value=i.name() selected=move || draft.with(|d| d.init == i)>
                                    {match i {
                                        InitChoice::Auto => "auto (He for ReLU, else Glorot)",
                                        InitChoice::Glorot => "Glorot uniform",
                                        InitChoice::He => "He normal",
                                        InitChoice::Zeros => "zeros",
                                        InitChoice::Fives => "all 5 (the lesson's step)",
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="muted small-print">"Batch size “full” trains on all samples at once."</p>
        </section>
    }
}

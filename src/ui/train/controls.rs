//! The controls: data, the network builder, and how to train.

use leptos::prelude::*;

use super::TrainState;
use crate::math::data::plane::Feature;
use crate::math::nn::{Activation, Loss, Schedule};
use crate::state::choices::{
    loss_from_name, loss_short, DataChoice, InitChoice, OptKind, RegChoice,
};
use crate::state::train::{Draft, LayerRow};
use crate::ui::menu::{menu, Menu};
use std::sync::Arc;

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

/// A menu of the draft's named choices: `options` are (link name, label) pairs, `current`
/// names the draft's choice and `set` applies a picked name.
fn choice_menu(
    state: TrainState,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    current: fn(&Draft) -> &'static str,
    set: fn(&mut Draft, &str),
) -> impl IntoView {
    let draft = state.draft;
    menu(Menu {
        class: "field",
        label: (label.into(), ""),
        options: options
            .into_iter()
            .map(|(v, t)| (v.into(), t.into()))
            .collect(),
        current: Arc::new(move || draft.with(current).into()),
        pick: Arc::new(move |name| edit(state, |d| set(d, &name))),
    })
}

/// A text box of the draft, kept as typed; the checks say what is wrong with it.
fn text_field(
    state: TrainState,
    label: &'static str,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let draft = state.draft;
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
}

/// The dataset picker and, for pasted data, the table.
#[component]
fn DataPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
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
            {choice_menu(
                state,
                "Dataset",
                DataChoice::ALL.iter().map(|c| (c.name(), c.label())).collect(),
                |d| d.data.name(),
                |d, name| {
                    if let Some(choice) = DataChoice::from_name(name) {
                        d.choose_data(choice);
                    }
                },
            )}
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
            <PlaneControls />
            <p class="muted">{about}</p>
        </section>
    }
}

/// TensorFlow Playground's controls for a generated 2-D set: its noise, the share held out,
/// a fresh draw, and what the network reads of each point.
#[component]
fn PlaneControls() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let draft = state.draft;
    let feature_box = move |f: Feature| {
        view! {
            <label class="inline">
                <input
                    type="checkbox"
                    prop:checked=move || draft.with(|d| d.features.contains(&f))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(
                            state,
                            |d| {
                                d.features = Feature::ALL
                                    .into_iter()
                                    .filter(|g| if *g == f { on } else { d.features.contains(g) })
                                    .collect();
                            },
                        );
                    }
                />
                <span>{f.label()}</span>
            </label>
        }
    };
    view! {
        <div class="plane-controls" hidden=move || !draft.with(|d| d.data.on_plane())>
            {text_field(state, "Noise", |d| d.noise.clone(), |d, v| d.noise = v)}
            {text_field(state, "Test share (%)", |d| d.test.clone(), |d, v| d.test = v)}
            <fieldset class="features">
                <legend>"Features the network reads"</legend>
                {Feature::ALL.into_iter().map(feature_box).collect_view()}
            </fieldset>
            <button
                class="small"
                on:click=move |_| {
                    edit(
                        state,
                        |d| {
                            let seed = d.seed.trim().parse::<u64>().unwrap_or(0);
                            d.seed = seed.wrapping_add(1).to_string();
                        },
                    )
                }
            >
                "Regenerate"
            </button>
        </div>
    }
}

/// Layers, widths, activations and biases.
#[component]
fn NetworkPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
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
    let state = crate::ui::provided::<TrainState>();
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
            {menu(Menu {
                class: "inline",
                label: (format!("Layer {n} activation"), "sr-only"),
                options: Activation::ALL.iter().map(|a| (a.name().into(), a.name().into())).collect(),
                current: Arc::new(move || row().map_or("", |r| r.act.name()).into()),
                pick: Arc::new(move |name| {
                    if let Some(a) = Activation::from_name(&name) {
                        edit(state, |d| if let Some(l) = d.layers.get_mut(index) { l.act = a });
                    }
                }),
            })}
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

/// Loss, optimizer, rate and its schedule, batch, epochs, seed, initial weights, penalty.
#[component]
fn TrainingPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    view! {
        <section class="panel" aria-labelledby="train-how-h">
            <h2 id="train-how-h">"Training"</h2>
            {choice_menu(
                state,
                "Loss",
                Loss::ALL.iter().map(|l| (loss_short(*l), l.name())).collect(),
                |d| loss_short(d.loss),
                |d, name| {
                    if let Some(l) = loss_from_name(name) {
                        d.loss = l;
                    }
                },
            )}
            {choice_menu(
                state,
                "Optimizer",
                vec![
                    ("sgd", "SGD"),
                    ("momentum", "SGD + momentum 0.9"),
                    ("adam", "Adam"),
                ],
                |d| d.opt.name(),
                |d, name| {
                    if let Some(o) = OptKind::from_name(name) {
                        d.opt = o;
                    }
                },
            )}
            {text_field(state, "Learning rate", |d| d.lr.clone(), |d, v| d.lr = v)}
            {choice_menu(
                state,
                "Rate schedule",
                vec![
                    ("constant", "constant"),
                    ("step", "step: halved each quarter"),
                    ("cosine", "cosine: down towards 0"),
                ],
                |d| d.schedule.name(),
                |d, name| {
                    if let Some(s) = Schedule::from_name(name) {
                        d.schedule = s;
                    }
                },
            )}
            {text_field(state, "Batch size", |d| d.batch.clone(), |d, v| d.batch = v)}
            {text_field(state, "Epochs", |d| d.epochs.clone(), |d, v| d.epochs = v)}
            {text_field(state, "Seed", |d| d.seed.clone(), |d, v| d.seed = v)}
            {choice_menu(
                state,
                "Initial weights",
                vec![
                    ("auto", "auto (He for ReLU, else Glorot)"),
                    ("glorot", "Glorot uniform"),
                    ("he", "He normal"),
                    ("zeros", "zeros"),
                    ("fives", "all 5 (the lesson's step)"),
                ],
                |d| d.init.name(),
                |d, name| {
                    if let Some(i) = InitChoice::from_name(name) {
                        d.init = i;
                    }
                },
            )}
            {choice_menu(
                state,
                "Regularisation",
                vec![("none", "none"), ("l1", "L1: λ·Σ|w|"), ("l2", "L2: λ·Σw²")],
                |d| d.reg.name(),
                |d, name| {
                    if let Some(r) = RegChoice::from_name(name) {
                        d.reg = r;
                    }
                },
            )}
            <div hidden=move || state.draft.with(|d| d.reg == RegChoice::None)>
                {text_field(state, "Regularisation rate λ", |d| d.reg_rate.clone(), |d, v| d.reg_rate = v)}
            </div>
            <p class="muted small-print">
                "Batch size “full” trains on all samples at once. A penalty steers each step; the curves show the data's loss alone."
            </p>
        </section>
    }
}

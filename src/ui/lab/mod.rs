//! The Matrix Lab: edit matrices, run any operation, see its check, how it came about,
//! and the NumPy and PyTorch code that give the same result.

mod compute;
mod exact;
mod grid;
mod how;
mod map;
mod maths;
mod pictures;
mod presets;
mod ran;
mod result;
mod sheet;
mod shelf;
mod state;

use leptos::prelude::*;

use crate::math::matrix::NormKind;
use crate::math::op::{Group, Op};
use crate::ui::page::Shell;
use compute::settled_computation;
pub use compute::{Computed, Shown};
use grid::{Grid, MatrixEditor};
use result::ResultPanel;
use sheet::{ResultsSheet, SheetRow};
pub use state::LabState;

/// Past this many columns in any matrix on screen, the inputs take the whole width and the
/// results go below them, so a 16×16 matrix fits without scrolling on a laptop.
const WIDE_COLUMNS: usize = 8;

/// The most columns of any matrix on screen: the operation's operands and the shelf.
fn widest_grid(lab: &LabState) -> usize {
    let op = lab.op.get();
    let cols = |grid: &Grid| grid.cells.with(|c| c.first().map_or(0, Vec::len));
    let mut widest = cols(&lab.a);
    if op.needs_b() {
        widest = widest.max(cols(&lab.b));
    }
    if op.uses_c() {
        widest = widest.max(cols(&lab.c));
    }
    lab.shelved.with(|names| {
        names
            .iter()
            .map(|&name| cols(&lab.shelf_grid(name)))
            .fold(widest, usize::max)
    })
}

/// The Matrix Lab view.
#[component]
pub fn LabView() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let lab = LabState::new(shell.state.with_untracked(|s| s.lab.clone()));
    provide_context(lab);
    // The link follows every edit, through the page's state.
    Effect::new(move |_| {
        let fields = lab.fields();
        shell.state.update(|s| s.lab = fields);
    });

    let (computed, runs) = settled_computation(lab);
    // The result on screen: the live one, or while an edit is invalid the last good one,
    // marked as stale. The panel reads it on every change, so it always holds the last good.
    let shown = Memo::new_with_compare(
        move |before: Option<&Option<Shown>>| match computed.get() {
            Ok(outcome) => Some(Shown {
                outcome,
                stale: false,
            }),
            Err(_) => before
                .cloned()
                .flatten()
                .map(|s| Shown { stale: true, ..s }),
        },
        |_, _| true,
    );
    let sheet = RwSignal::new(Vec::<SheetRow>::new());

    let op = lab.op;
    view! {
        <section class="view lab-view" aria-labelledby="view-title">
            <h1 id="view-title">"Matrix Lab"</h1>
            <p class="lede">
                "Type in the cells or paste a block from a spreadsheet or NumPy. Results follow as you type."
            </p>
            <div class="lab" class:wide=move || { widest_grid(&lab) > WIDE_COLUMNS }>
                <div class="lab-inputs">
                    <div class="panel">
                        <OpPicker />
                    </div>
                    <div class="panel">
                        <h2>"Inputs"</h2>
                        <MatrixEditor grid=lab.a />
                        // Inputs the operation does not read stay in the page, hidden, so
                        // their cells keep what was typed (a `<Show>` each cost about 200 bytes).
                        <div hidden=move || !op.get().needs_b()>
                            <MatrixEditor grid=lab.b />
                            // AB against BA in one click: the lessons' point that order matters.
                            <p class="shelf-add">
                                <button class="small" on:click=move |_| lab.a.swap_cells(&lab.b)>
                                    "Swap A and B"
                                </button>
                            </p>
                        </div>
                        <div hidden=move || !op.get().uses_c()>
                            <MatrixEditor grid=lab.c />
                        </div>
                        <div hidden=move || !op.get().needs_vector()>
                            <MatrixEditor grid=lab.rhs />
                        </div>
                        <Parameters />
                        <shelf::Shelf />
                    </div>
                </div>
                <div
                    class="lab-results"
                    data-runs=move || {
                        computed.track();
                        runs.get_value()
                    }
                >
                    <ResultPanel computed=computed shown=shown sheet=sheet />
                    <map::MapDetails />
                    <ResultsSheet rows=sheet />
                </div>
            </div>
        </section>
    }
}

/// The operation picker, grouped, with a one-line description of the chosen operation.
#[component]
fn OpPicker() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    view! {
        <label class="op-picker">
            <span class="label">"Operation"</span>
            <select
                on:change=move |ev| {
                    if let Some(op) = Op::from_name(&event_target_value(&ev)) {
                        lab.op.set(op);
                        lab.pointed.set(None);
                    }
                }
                inner_html=op_options_html()
                prop:value=move || lab.op.get().name()
            ></select>
        </label>
        <p class="op-description">{move || lab.op.get().description()}</p>
    }
}

/// The operations by group, as the menu's markup: set once, they only display (as views, a
/// view type per list).
fn op_options_html() -> String {
    let mut out = String::new();
    for group in Group::ALL {
        out += &format!(r#"<optgroup label="{}">"#, group.label());
        for op in Op::ALL.into_iter().filter(|op| op.group() == group) {
            out += &format!(r#"<option value="{}">{}</option>"#, op.name(), op.label());
        }
        out += "</optgroup>";
    }
    out
}

/// The scalar, index and norm an operation may need.
#[component]
fn Parameters() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    view! {
        <label class="param" hidden=move || !lab.op.get().needs_scalar()>
            <span>"Scalar k"</span>
            <input
                class="cell"
                inputmode="decimal"
                prop:value=move || lab.scalar.get()
                on:input=move |ev| lab.scalar.set(event_target_value(&ev))
            />
        </label>
        <label class="param" hidden=move || !lab.op.get().needs_index()>
            <span>
                {move || lab.op.get().spec().uses.index.unwrap_or("k")}
            </span>
            <input
                class="cell"
                inputmode="numeric"
                prop:value=move || lab.index.get()
                on:input=move |ev| lab.index.set(event_target_value(&ev))
            />
        </label>
        <span class="contents" hidden=move || !lab.op.get().needs_norm()>
            {crate::ui::menu::menu(crate::ui::menu::Menu {
                class: "param",
                label: ("Norm".into(), ""),
                options: NormKind::ALL.iter().map(|k| (k.name().into(), k.label().into())).collect(),
                current: std::sync::Arc::new(move || lab.norm.get().name().into()),
                pick: std::sync::Arc::new(move |name| {
                    if let Some(kind) = NormKind::from_name(&name) {
                        lab.norm.set(kind);
                    }
                }),
            })}
        </span>
    }
}

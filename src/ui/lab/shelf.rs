//! The shelf: matrices D to H beside the operands A and B. A person adds one, fills it,
//! keeps a result on it, and swaps it with A or B to use it, so nothing typed is ever lost
//! and the operation always reads A·B as the lessons write it.

use leptos::prelude::*;

use super::grid::MatrixEditor;
use super::LabState;
use crate::state::lab::{Cells, SHELF_NAMES};

/// The first shelf name not in use, if the shelf has room.
pub fn next_free(lab: &LabState) -> Option<char> {
    lab.shelved
        .with(|names| SHELF_NAMES.into_iter().find(|n| !names.contains(n)))
}

/// Puts a new matrix on the shelf under the first free name, in alphabetical place; does
/// nothing when the shelf is full (its buttons are disabled then).
pub fn put_on_shelf(lab: &LabState, cells: Cells) {
    let Some(name) = next_free(lab) else {
        return;
    };
    lab.shelf_grid(name).cells.set(cells);
    lab.shelved.update(|names| {
        let at = names.partition_point(|&n| n < name);
        names.insert(at, name);
    });
}

/// The shelf's matrices, each with its buttons, and the button that adds one.
#[component]
pub fn Shelf() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let add = move |_| {
        // Same shape as A, so it can stand in for A or B at once.
        let (rows, cols) = lab.a.shape();
        put_on_shelf(&lab, vec![vec!["0".to_string(); cols.max(1)]; rows.max(1)]);
    };
    view! {
        <For each=move || lab.shelved.get() key=|name| *name let:name>
            <ShelfMatrix name=name />
        </For>
        <p class="shelf-add">
            <button class="small" on:click=add disabled=move || next_free(&lab).is_none()>
                {move || match next_free(&lab) {
                    Some(name) => format!("Add matrix {name}"),
                    None => "Add a matrix (D to H are all in use)".to_string(),
                }}
            </button>
        </p>
    }
}

/// One shelf matrix: its editor, and buttons to swap it with A or B or to remove it.
#[component]
fn ShelfMatrix(name: char) -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let grid = lab.shelf_grid(name);
    let remove = move |_| lab.shelved.update(|names| names.retain(|&n| n != name));
    view! {
        <div class="shelf-matrix">
            <MatrixEditor grid=grid />
            <div class="shelf-buttons" role="group" aria-label=format!("Use {name}")>
                <button class="small" on:click=move |_| grid.swap_cells(&lab.a)>"Swap with A"</button>
                <button class="small" on:click=move |_| grid.swap_cells(&lab.b)>"Swap with B"</button>
                <button class="small" on:click=remove>"Remove"</button>
            </div>
        </div>
    }
}

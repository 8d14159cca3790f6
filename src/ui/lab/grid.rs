//! One editable matrix: a grid of inputs that behaves like a spreadsheet.
//!
//! The grid holds the person's text, not numbers, so nothing they type is ever lost:
//! a cell that does not parse is marked and explained while its text stays.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};

use crate::math::parse::{parse_number, parse_text};

pub use crate::state::lab::{Cells, MAX_SIDE};
/// Pastes longer than this are refused before parsing: no one types 10⁶ cells on purpose.
const MAX_PASTE_CHARS: usize = 100_000;

/// An editable matrix named `name` (`A`, `B`, ...).
#[derive(Clone, Copy)]
pub struct Grid {
    /// The matrix's name, a capital letter.
    pub name: char,
    /// The text in each cell.
    pub cells: RwSignal<Cells>,
    /// A message about the last paste or resize that could not be done.
    pub message: RwSignal<Option<String>>,
    /// A vector: one column, cells named `b[1]`.
    pub vector: bool,
}

impl Grid {
    /// A grid holding `cells`.
    pub fn new(name: char, cells: Cells) -> Grid {
        Grid {
            name,
            cells: RwSignal::new(cells),
            message: RwSignal::new(None),
            vector: false,
        }
    }

    /// The name as a string.
    pub fn label(&self) -> String {
        self.name.to_string()
    }

    /// The accessible name of a cell, 1-based: `A[1,2]`, or `b[1]` for a vector.
    pub fn cell_label(&self, row: usize, col: usize) -> String {
        if self.vector {
            format!("{}[{}]", self.name, row + 1)
        } else {
            format!("{}[{},{}]", self.name, row + 1, col + 1)
        }
    }

    /// (rows, columns).
    pub fn shape(&self) -> (usize, usize) {
        self.cells
            .with(|c| (c.len(), c.first().map_or(0, Vec::len)))
    }

    fn cell_id(&self, row: usize, col: usize) -> String {
        format!("cell-{}-{}-{}", self.name, row, col)
    }

    /// Adds a row of zeros at the bottom.
    pub fn add_row(&self) {
        let (rows, cols) = self.shape();
        if rows >= MAX_SIDE {
            self.message.set(Some(format!(
                "{} already has {MAX_SIDE} rows, the most a grid holds.",
                self.name
            )));
            return;
        }
        self.cells
            .update(|c| c.push(vec!["0".to_string(); cols.max(1)]));
    }

    /// Adds a column of zeros at the right.
    pub fn add_col(&self) {
        let (_, cols) = self.shape();
        if self.vector {
            self.message.set(Some(format!(
                "{} is a vector: it has one column.",
                self.name
            )));
            return;
        }
        if cols >= MAX_SIDE {
            self.message.set(Some(format!(
                "{} already has {MAX_SIDE} columns, the most a grid holds.",
                self.name
            )));
            return;
        }
        self.cells
            .update(|c| c.iter_mut().for_each(|r| r.push("0".to_string())));
    }

    /// Exchanges the contents of two grids, so neither loses what it held.
    pub fn swap_cells(&self, other: &Grid) {
        let mine = self.cells.get_untracked();
        self.cells.set(other.cells.get_untracked());
        other.cells.set(mine);
        self.message.set(None);
        other.message.set(None);
    }

    /// Removes the bottom row, keeping at least one.
    pub fn remove_row(&self) {
        self.cells.update(|c| {
            if c.len() > 1 {
                c.pop();
            }
        });
    }

    /// Removes the right column, keeping at least one.
    pub fn remove_col(&self) {
        self.cells.update(|c| {
            if c.first().is_some_and(|r| r.len() > 1) {
                c.iter_mut().for_each(|r| {
                    r.pop();
                });
            }
        });
    }

    /// Writes a pasted block into the grid with its top-left corner at (row, col),
    /// growing the grid as needed. Returns false, with a message, when the paste is refused.
    fn paste_block(&self, row: usize, col: usize, text: &str) -> bool {
        if text.len() > MAX_PASTE_CHARS {
            self.message.set(Some(format!(
                "That paste is {} characters long; a grid takes at most {MAX_SIDE}×{MAX_SIDE} cells. Nothing was changed.",
                text.len()
            )));
            return false;
        }
        let block = match parse_text(&self.name.to_string(), text) {
            Ok(m) => m,
            Err(e) => {
                self.message.set(Some(format!(
                    "The paste could not be read: {e} Nothing was changed."
                )));
                return false;
            }
        };
        // A vector takes a pasted row as a column.
        let block = if self.vector && block.nrows() == 1 {
            block.transpose()
        } else {
            block
        };
        let (rows, cols) = (row + block.nrows(), col + block.ncols());
        if rows > MAX_SIDE || cols > MAX_SIDE || (self.vector && cols > 1) {
            self.message.set(Some(format!(
                "The pasted block would make {} {rows}×{cols}; a grid holds at most {MAX_SIDE}×{MAX_SIDE}. Nothing was changed.",
                self.name
            )));
            return false;
        }
        self.cells.update(|c| {
            let width = c.first().map_or(0, Vec::len).max(cols);
            c.iter_mut().for_each(|r| r.resize(width, "0".to_string()));
            while c.len() < rows {
                c.push(vec!["0".to_string(); width]);
            }
            for i in 0..block.nrows() {
                for j in 0..block.ncols() {
                    c[row + i][col + j] = crate::math::format::fmt_exact(block[(i, j)]);
                }
            }
        });
        self.message.set(None);
        true
    }

    fn focus(&self, row: usize, col: usize) {
        if let Some(el) = document().get_element_by_id(&self.cell_id(row, col)) {
            if let Ok(input) = el.dyn_into::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
    }
}

/// Why a cell's text is not a usable number, if it is not.
pub fn cell_problem(text: &str) -> Option<&'static str> {
    match parse_number(text) {
        None if text.trim().is_empty() => Some("is empty"),
        None => Some("is not a number"),
        Some(x) if x.is_nan() => Some("is NaN, not a number"),
        Some(x) if !x.is_finite() => Some("is too large (infinite)"),
        Some(_) => None,
    }
}

/// The editor for one matrix: its grid of cells and the buttons that change its shape.
#[component]
pub fn MatrixEditor(grid: Grid) -> impl IntoView {
    let name = grid.name;
    let shape = Memo::new(move |_| grid.shape());
    let lab = use_context::<super::LabState>();
    let on_key = move |ev: KeyboardEvent, row: usize, col: usize, before: &str| {
        let (rows, cols) = shape.get_untracked();
        let input: HtmlInputElement = event_target(&ev);
        let caret = input.selection_start().ok().flatten().unwrap_or(0) as usize;
        let len = input.value().chars().count();
        let selected_all =
            input.selection_end().ok().flatten().unwrap_or(0) as usize == len && caret == 0;
        // Ctrl+Shift+arrows grow and shrink the grid, as the buttons do: down/right add, up/left remove.
        if ev.ctrl_key() && ev.shift_key() {
            let change: Option<fn(&Grid)> = match ev.key().as_str() {
                "ArrowDown" => Some(Grid::add_row),
                "ArrowUp" => Some(Grid::remove_row),
                "ArrowRight" => Some(Grid::add_col),
                "ArrowLeft" => Some(Grid::remove_col),
                _ => None,
            };
            if let Some(change) = change {
                ev.prevent_default();
                change(&grid);
                // The cells are drawn anew for the new shape; focus the nearest one once they exist.
                let (rows, cols) = grid.shape();
                let (r, c) = (
                    row.min(rows.saturating_sub(1)),
                    col.min(cols.saturating_sub(1)),
                );
                request_animation_frame(move || grid.focus(r, c));
                return;
            }
        }
        let target = match ev.key().as_str() {
            "ArrowUp" if row > 0 => Some((row - 1, col)),
            "ArrowDown" if row + 1 < rows => Some((row + 1, col)),
            "Enter" if row + 1 < rows => Some((row + 1, col)),
            "ArrowLeft" if col > 0 && (caret == 0 || selected_all) => Some((row, col - 1)),
            "ArrowRight" if col + 1 < cols && (caret == len || selected_all) => {
                Some((row, col + 1))
            }
            "Escape" => {
                // Undo the edits made since the cell took focus.
                let before = before.to_string();
                grid.cells.update(|c| c[row][col] = before.clone());
                input.set_value(&before);
                input.select();
                None
            }
            _ => None,
        };
        if let Some((r, c)) = target {
            ev.prevent_default();
            grid.focus(r, c);
        }
    };

    let body = move || {
        let (rows, cols) = shape.get();
        (0..rows)
            .map(|i| {
                view! {
                    <tr>
                        {(0..cols)
                            .map(|j| {
                                let text = move || grid.cells.with(|c| c.get(i).and_then(|r| r.get(j)).cloned().unwrap_or_default());
                                let problem = move || grid.cells.with(|c| c.get(i).and_then(|r| r.get(j)).and_then(|t| cell_problem(t)));
                                let before = StoredValue::new(String::new());
                                let lit = move || lab.as_ref().is_some_and(|lab| super::how::is_source(lab, name, i, j));
                                view! {
                                    <td class:lit=lit>
                                        <input
                                            id=grid.cell_id(i, j)
                                            class="cell"
                                            class:invalid=move || problem().is_some()
                                            aria-invalid=move || problem().map(|_| "true")
                                            aria-label=grid.cell_label(i, j)
                                            inputmode="decimal"
                                            autocomplete="off"
                                            spellcheck="false"
                                            prop:value=text
                                            on:focus=move |ev| {
                                                let input: HtmlInputElement = event_target(&ev);
                                                before.set_value(input.value());
                                                input.select();
                                            }
                                            on:input=move |ev| {
                                                let value = event_target_value(&ev);
                                                grid.cells.update(|c| {
                                                    if let Some(cell) = c.get_mut(i).and_then(|r| r.get_mut(j)) {
                                                        *cell = value;
                                                    }
                                                });
                                            }
                                            on:keydown=move |ev| on_key(ev, i, j, &before.get_value())
                                            on:paste=move |ev: web_sys::ClipboardEvent| {
                                                let text = ev
                                                    .clipboard_data()
                                                    .and_then(|d| d.get_data("text/plain").ok())
                                                    .unwrap_or_default();
                                                // One number pastes as text; a block fills the grid from here.
                                                if parse_number(&text).is_none() && !text.trim().is_empty() {
                                                    ev.prevent_default();
                                                    grid.paste_block(i, j, &text);
                                                }
                                            }
                                        />
                                    </td>
                                }
                            })
                            .collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <div class="matrix-editor">
            <div class="matrix-head">
                <span class="matrix-name">{name.to_string()}</span>
                <span class="shape">{move || { let (r, c) = shape.get(); format!("{r}×{c}") }}</span>
                <super::presets::Presets grid=grid />
                <div class="shape-buttons" role="group" aria-label=format!("Shape of {name}")>
                    <button class="small" on:click=move |_| grid.add_row()>"Add row"</button>
                    <button class="small" on:click=move |_| grid.remove_row()>"Remove row"</button>
                    <button class="small" hidden=grid.vector on:click=move |_| grid.add_col()>"Add column"</button>
                    <button class="small" hidden=grid.vector on:click=move |_| grid.remove_col()>"Remove column"</button>
                </div>
            </div>
            <div class="grid-scroll">
                <table class="matrix-grid" aria-label=name.to_string()>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="field-error" role="alert" hidden=move || grid.message.with(Option::is_none)>
                {move || grid.message.get().unwrap_or_default()}
            </p>
        </div>
    }
}

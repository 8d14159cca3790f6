//! Presets: the matrices a grid can be filled with in one step, the lessons' among them.

use leptos::prelude::*;

use super::grid::{Cells, Grid};

/// The matrices a grid can be filled with in one step.
const PRESETS: &[(&str, &str)] = &[
    ("identity", "Identity"),
    ("zeros", "Zeros"),
    ("ones", "Ones"),
    ("random", "Random integers"),
    ("1,2;3,4", "Lesson: [[1,2],[3,4]]"),
    ("5,6;7,8", "Lesson: [[5,6],[7,8]]"),
    ("2,0;1,2", "Lesson: [[2,0],[1,2]]"),
    ("2,1;1,3", "Lesson: Ax = b system [[2,1],[1,3]]"),
    ("1,2,3;4,5,6;7,8,9", "Lesson: [[1,2,3],[4,5,6],[7,8,9]]"),
    ("1,2;2,3;3,4;4,5", "Lesson: four samples X (4×2)"),
    ("8;13", "Lesson: b = [8, 13]"),
];

/// Fills a grid with a preset, keeping its shape where the preset has none of its own.
#[component]
pub fn Presets(grid: Grid) -> impl IntoView {
    // Each press of "Random integers" draws new numbers; the seed is shown so a class can repeat it.
    let seed = StoredValue::new(1u64);
    let apply = move |key: &str| {
        let (rows, cols) = grid.shape();
        let fill = |f: &dyn Fn(usize, usize) -> String| -> Cells {
            (0..rows)
                .map(|i| (0..cols).map(|j| f(i, j)).collect())
                .collect()
        };
        let cells = match key {
            "identity" => {
                let n = if grid.vector { rows } else { rows.max(cols) };
                let width = if grid.vector { 1 } else { n };
                (0..n)
                    .map(|i| {
                        (0..width)
                            .map(|j| if i == j { "1" } else { "0" }.to_string())
                            .collect()
                    })
                    .collect()
            }
            "zeros" => fill(&|_, _| "0".to_string()),
            "ones" => fill(&|_, _| "1".to_string()),
            "random" => {
                let mut rng = crate::math::rng::Rng::new(seed.get_value());
                seed.update_value(|s| *s += 1);
                (0..rows)
                    .map(|_| {
                        (0..cols)
                            .map(|_| rng.int_range(-9, 9).to_string())
                            .collect()
                    })
                    .collect()
            }
            // The lessons' matrices, read as a link reads them.
            literal if grid.vector => {
                crate::state::lab::vector_from_text(literal).unwrap_or_default()
            }
            literal => crate::state::lab::cells_from_text(literal).unwrap_or_default(),
        };
        grid.message.set(None);
        grid.cells.set(cells);
    };
    view! {
        <select
            class="preset"
            aria-label=format!("Preset for {}", grid.name)
            on:change=move |ev| {
                let key = event_target_value(&ev);
                if !key.is_empty() {
                    apply(&key);
                }
                // Back to the prompt, so the same preset can be chosen again.
                let select: web_sys::HtmlSelectElement = event_target(&ev);
                select.set_value("");
            }
            inner_html=options_html(grid.vector)
        ></select>
    }
}

/// The menu's options as markup, set once: they only display (the vector grids get only the
/// presets that fit a column).
fn options_html(vector: bool) -> String {
    let mut out = String::from(r#"<option value="">Fill with…</option>"#);
    for (key, label) in PRESETS {
        if !vector || !key.contains(',') {
            out += &format!(
                r#"<option value="{key}">{}</option>"#,
                crate::math::mathml::escape(label)
            );
        }
    }
    out
}

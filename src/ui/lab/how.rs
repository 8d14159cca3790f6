//! "How did this come about": the sum behind the result entry a person points at, with its
//! inputs lit, and Gaussian elimination one row operation at a time.

use leptos::prelude::*;

use super::LabState;
use crate::math::explain::{Elimination, Explanation};
use crate::math::mathml::escape;
use crate::math::op::Op;
use crate::math::outcome::Outcome;

/// Whether input cell (row, col) of matrix `name` feeds the result entry the person points at.
pub fn is_source(lab: &LabState, name: char, row: usize, col: usize) -> bool {
    let Some((r, c)) = lab.pointed.get() else {
        return false;
    };
    // Vectors are read by their position in the list, whatever their orientation.
    let linear = |grid: &super::grid::Grid| {
        let cols = grid.cells.with(|g| g.first().map_or(1, Vec::len));
        row * cols + col
    };
    match (lab.op.get(), name) {
        (Op::Matmul, 'A') => row == r,
        (Op::Matmul, 'B') => col == c,
        (Op::Add | Op::Sub | Op::Hadamard, 'A' | 'B') | (Op::Scale, 'A') => (row, col) == (r, c),
        (Op::Transpose, 'A') => (row, col) == (c, r),
        (Op::Outer, 'A') => linear(&lab.a) == r,
        (Op::Outer, 'B') => linear(&lab.b) == c,
        _ => false,
    }
}

/// How the result came about: the sum behind the entry pointed at, or the elimination steps.
#[component]
pub fn HowItCameAbout(outcome: Outcome) -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    match outcome.explanation {
        Explanation::None => ().into_any(),
        Explanation::Products {
            result,
            entries,
            total,
        } => {
            let first = entries.first().map(|e| e.text(&result)).unwrap_or_default();
            let sum = move || {
                let pointed = lab.pointed.get();
                pointed
                    .and_then(|(r, c)| entries.iter().find(|e| (e.row, e.col) == (r, c)))
                    .map(|e| e.text(&result))
                    .unwrap_or_else(|| match pointed {
                        Some(_) if total > entries.len() => {
                            "This entry is beyond the ones explained.".to_string()
                        }
                        _ => format!("{first}   (point at an entry to see its sum)"),
                    })
            };
            view! {
                <section class="how" aria-label="How did this come about">
                    <h3>"How did this come about"</h3>
                    <p class="sum" aria-live="polite">{sum}</p>
                </section>
            }
            .into_any()
        }
        Explanation::Elimination(elim) => elimination_steps(elim).into_any(),
        other => {
            let html = crate::plot::tables::lines("ol", "steps", &other.lines());
            view! {
                <section class="how" aria-label="How did this come about">
                    <h3>"How did this come about"</h3>
                    <div inner_html=html></div>
                </section>
            }
            .into_any()
        }
    }
}

/// A computation's steps one at a time with Previous and Next, opening on the last: `draw(k)`
/// is step k's markup, k from `first` to `count`; `lines` say what the steps conclude. The
/// decimal elimination (from its starting matrix, step 0) and exact mode's row operations in
/// fractions (from step 1) both step through here.
#[component]
pub fn Stepper(
    title: &'static str,
    first: usize,
    count: usize,
    draw: Callback<usize, String>,
    lines: Vec<String>,
) -> impl IntoView {
    let step = RwSignal::new(count);
    view! {
        <section class="how" aria-label="How did this come about">
            <h3>{title}</h3>
            <div hidden={count < first}>
                <div class="stepper">
                    <button
                        class="small"
                        on:click=move |_| step.update(|k| *k = k.saturating_sub(1).max(first))
                        disabled={move || step.get() <= first}
                    >
                        "Previous"
                    </button>
                    <button
                        class="small"
                        on:click=move |_| step.update(|k| *k = (*k + 1).min(count))
                        disabled={move || step.get() == count}
                    >
                        "Next"
                    </button>
                </div>
                <div inner_html=move || draw.run(step.get())></div>
            </div>
            <div inner_html=crate::plot::tables::lines("ul", "steps", &lines)></div>
        </section>
    }
}

/// Row operations, one at a time, with the pivot marked, from the starting matrix.
fn elimination_steps(elim: Elimination) -> impl IntoView {
    let count = elim.steps.len();
    let lines = elim.conclusion.clone();
    let elim = StoredValue::new(elim);
    let draw = Callback::new(move |k: usize| {
        elim.with_value(|e| {
            let split = (e.split < e.start.ncols()).then_some(e.split);
            let (text, matrix, pivot) = match k.checked_sub(1).and_then(|i| e.steps.get(i)) {
                Some(s) => (s.op.text(), &s.matrix, Some(s.pivot)),
                None => ("The starting matrix".to_string(), &e.start, None),
            };
            format!(
                r#"<p class="step-op">Step {k} of {count}: {}</p>{}"#,
                escape(&text),
                crate::plot::tables::matrix_table(
                    matrix,
                    &format!("Elimination step {k}"),
                    pivot,
                    split
                )
            )
        })
    });
    view! {
        <Stepper
            title="How did this come about: Gaussian elimination"
            first=0
            count=count
            draw=draw
            lines=lines
        />
    }
}

//! "How did this come about": the sum behind the result entry a person points at, with its
//! inputs lit, and Gaussian elimination one row operation at a time.

use leptos::prelude::*;

use super::result::MatrixTable;
use super::LabState;
use crate::math::explain::{Elimination, Explanation};
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
    let lab = expect_context::<LabState>();
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
        Explanation::Elimination(elim) => view! { <EliminationSteps elim=elim /> }.into_any(),
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

/// Row operations, one at a time, with the pivot marked.
#[component]
fn EliminationSteps(elim: Elimination) -> impl IntoView {
    let count = elim.steps.len();
    let step = RwSignal::new(count); // open on the finished matrix
    let elim = StoredValue::new(elim);
    let view_step = move || {
        let k = step.get();
        elim.with_value(|e| {
            let split = (e.split < e.start.ncols()).then_some(e.split);
            let (text, matrix, pivot) = if k == 0 {
                ("The starting matrix".to_string(), e.start.clone(), None)
            } else {
                let s = &e.steps[k - 1];
                (s.op.text(), s.matrix.clone(), Some(s.pivot))
            };
            view! {
                <p class="step-op">{format!("Step {k} of {count}: {text}")}</p>
                <MatrixTable matrix=matrix label=format!("Elimination step {k}") marked=pivot split=split />
            }
        })
    };
    let conclusion = elim.with_value(|e| e.conclusion.clone());
    view! {
        <section class="how" aria-label="How did this come about">
            <h3>"How did this come about: Gaussian elimination"</h3>
            <div class="stepper">
                <button class="small" on:click=move |_| step.update(|k| *k = k.saturating_sub(1)) disabled=move || step.get() == 0>
                    "Previous"
                </button>
                <button class="small" on:click=move |_| step.update(|k| *k = (*k + 1).min(count)) disabled=move || step.get() == count>
                    "Next"
                </button>
            </div>
            {view_step}
            <ul class="steps">{conclusion.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}

//! Exact mode on the page: the answer in fractions, what holds exactly, how far the decimal
//! answer is from it, and the row operations in fractions, one at a time.

use leptos::prelude::*;

use crate::math::exact::{ExactAnswer, ExactStep, ExactValue};
use crate::plot::exact;

/// A matrix of texts (fractions) as a table named `label`.
#[component]
pub fn CellsTable(cells: Vec<Vec<String>>, label: String) -> impl IntoView {
    view! { <div inner_html=exact::cells_table(&cells, &label)></div> }
}

/// The exact value, with its shape above a matrix as the decimal view has.
#[component]
pub fn ExactValueView(value: ExactValue) -> impl IntoView {
    view! { <div inner_html=exact::value(&value)></div> }
}

/// What holds exactly, and the decimal answer compared with the exact one.
#[component]
pub fn ExactCheck(answer: ExactAnswer) -> impl IntoView {
    view! { <div inner_html=exact::check(&answer)></div> }
}

/// The row operations in fractions, stepped through like the decimal elimination.
#[component]
pub fn ExactSteps(steps: Vec<ExactStep>, lines: Vec<String>) -> impl IntoView {
    let count = steps.len();
    let step = RwSignal::new(count);
    let steps = StoredValue::new(steps);
    let shown = move || {
        let k = step.get();
        steps.with_value(|s| {
            (k >= 1).then(|| {
                let s = &s[k - 1];
                view! {
                    <p class="step-op">{format!("Step {k} of {count}: {}", s.text)}</p>
                    <CellsTable cells=s.cells.clone() label=format!("Exact step {k}") />
                }
            })
        })
    };
    view! {
        <section class="how" aria-label="How did this come about">
            <h3>"How did this come about, in fractions"</h3>
            <div hidden=count == 0>
                <div class="stepper">
                    <button
                        class="small"
                        on:click=move |_| step.update(|k| *k = k.saturating_sub(1).max(1))
                        disabled=move || step.get() <= 1
                    >
                        "Previous"
                    </button>
                    <button
                        class="small"
                        on:click=move |_| step.update(|k| *k = (*k + 1).min(count))
                        disabled=move || step.get() == count
                    >
                        "Next"
                    </button>
                </div>
                {shown}
            </div>
            <ul class="steps">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}

//! Exact mode on the page: the answer in fractions, what holds exactly, how far the decimal
//! answer is from it, and the row operations in fractions, one at a time.

use leptos::prelude::*;

use crate::math::exact::{ExactAnswer, ExactStep, ExactValue, AGREEMENT_RTOL};
use crate::math::format::fmt_number;
use crate::math::parse::parse_number;

/// A matrix of texts (fractions) as a table named `label`.
#[component]
pub fn CellsTable(cells: Vec<Vec<String>>, label: String) -> impl IntoView {
    let rows = cells
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .map(|text| {
                    // A fraction keeps its decimal beside it, small: the lessons print decimals.
                    let decimal = text
                        .contains('/')
                        .then(|| parse_number(&text))
                        .flatten()
                        .map(|x| format!("≈ {}", fmt_number(x)));
                    view! {
                        <td>
                            <span class="fraction">{text}</span>
                            {decimal.map(|d| view! { <span class="decimal">{d}</span> })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="grid-scroll">
            <table class="matrix-out exact" aria-label=label>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The exact value, with its shape above a matrix as the decimal view has.
#[component]
pub fn ExactValueView(value: ExactValue) -> impl IntoView {
    match value {
        ExactValue::Number(text) => {
            view! { <output class="scalar" aria-label="Result">{text}</output> }.into_any()
        }
        ExactValue::Count(n) => {
            view! { <output class="scalar" aria-label="Result">{n.to_string()}</output> }.into_any()
        }
        ExactValue::Words(text) => {
            view! { <p class="scalar-list" aria-label="Result">{text}</p> }.into_any()
        }
        ExactValue::Cells(cells) => {
            let shape = format!(
                "{}×{}, exact",
                cells.len(),
                cells.first().map_or(0, Vec::len)
            );
            view! {
                <p class="shape">{shape}</p>
                <CellsTable cells=cells label="Result".to_string() />
            }
            .into_any()
        }
    }
}

/// What holds exactly, and the decimal answer compared with the exact one: the ✓ is that
/// comparison of two answers computed independently.
#[component]
pub fn ExactCheck(answer: ExactAnswer) -> impl IntoView {
    let (agrees, text) = match answer.float_gap {
        Some(gap) => {
            let agrees = gap <= AGREEMENT_RTOL;
            let verdict = if agrees { "✓" } else { "✗" };
            (
                agrees,
                format!(
                    "Exact: {}. The decimal answer differs from it by {} of its size {verdict}",
                    answer.verified,
                    fmt_number(gap)
                ),
            )
        }
        None => (true, format!("Exact: {}.", answer.verified)),
    };
    view! {
        <p class="check exact-check" class:good=agrees class:bad=!agrees aria-label="Exact check">
            {text}
        </p>
    }
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
            <Show when=move || { count > 0 }>
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
            </Show>
            <ul class="steps">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        </section>
    }
}

//! Exact mode on the page: the answer in fractions, what holds exactly, how far the decimal
//! answer is from it, and the row operations in fractions, one at a time.

use leptos::prelude::*;

use super::how::Stepper;
use crate::math::exact::{ExactAnswer, ExactStep, ExactValue};
use crate::math::mathml::escape;
use crate::plot::exact;

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
    let steps = StoredValue::new(steps);
    let draw = Callback::new(move |k: usize| {
        steps.with_value(|s| {
            k.checked_sub(1)
                .and_then(|i| s.get(i))
                .map_or(String::new(), |s| {
                    format!(
                        r#"<p class="step-op">Step {k} of {count}: {}</p>{}"#,
                        escape(&s.text),
                        exact::cells_table(&s.cells, &format!("Exact step {k}"))
                    )
                })
        })
    });
    view! {
        <Stepper
            title="How did this come about, in fractions"
            first=1
            count=count
            draw=draw
            lines=lines
        />
    }
}

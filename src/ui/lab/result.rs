//! The result of the chosen operation: its value, its check, how it came about (`how.rs`),
//! and its NumPy and PyTorch twins.

use leptos::prelude::*;
use nalgebra::DVector;

use super::exact::{ExactCheck, ExactSteps, ExactValueView};
use super::how::HowItCameAbout;
use super::maths::{FactorProduct, MathsDetails};
use super::sheet::SheetRow;
use super::{Computed, LabState, Shown};
use crate::math::exact::ExactValue;
use crate::math::format::fmt_number;
use crate::math::matrix::Matrix;
use crate::math::outcome::{Outcome, Value};

/// The result panel.
#[component]
pub fn ResultPanel(
    computed: Memo<Computed>,
    shown: Memo<Option<Shown>>,
    sheet: RwSignal<Vec<SheetRow>>,
) -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    // Outside the re-rendered body, so "Show the maths" stays open while the result recomputes.
    let maths_open = lab.maths_open;
    let problems = move || computed.with(|c| c.as_ref().err().cloned());
    let shown = move || shown.get().map(|s| (s.outcome, s.stale));
    let add_to_sheet = move |_| {
        if let Ok(outcome) = computed.get_untracked() {
            let op = lab.op.get_untracked();
            sheet.update(|rows| rows.push(SheetRow::new(op, &outcome.value)));
        }
    };
    // A matrix or vector result can be kept on the shelf, to be used in the next operation.
    let keepable = move || {
        computed.with(|c| {
            matches!(
                c.as_ref().map(|o| &o.value),
                Ok(Value::Matrix(_) | Value::Vector(_))
            )
        })
    };
    let keep = move |_| {
        let kept = computed.with_untracked(|c| match c.as_ref().map(|o| &o.value) {
            Ok(Value::Matrix(m)) => Some(m.clone()),
            Ok(Value::Vector(v)) => Some(column(v)),
            _ => None,
        });
        // The fractions on screen are kept as fractions, so the next operation stays exact.
        let fractions =
            computed.with_untracked(|c| match c.as_ref().ok().and_then(|o| o.exact.as_ref()) {
                Some(answer) if !lab.decimals.get_untracked() => match &answer.value {
                    ExactValue::Cells(cells) => Some(cells.clone()),
                    _ => None,
                },
                _ => None,
            });
        if let Some(cells) = fractions {
            super::shelf::put_on_shelf(&lab, cells);
        } else if let Some(m) = kept {
            super::shelf::put_on_shelf(&lab, crate::math::format::to_exact_cells(&m));
        }
    };
    view! {
        <div class="panel result-panel">
            <div class="result-head">
                <h2>{move || format!("Result · {}", lab.op.get().label())}</h2>
                <button class="small" on:click=add_to_sheet disabled=move || computed.with(|c| c.is_err())>
                    "Add to sheet"
                </button>
                <button
                    class="small"
                    hidden=move || shown().is_none_or(|(o, _)| o.exact.is_none())
                    aria-pressed=move || lab.decimals.get().to_string()
                    on:click=move |_| lab.decimals.update(|d| *d = !*d)
                >
                    {move || if lab.decimals.get() { "Show fractions" } else { "Show decimals" }}
                </button>
                <button class="small" hidden=move || !keepable() on:click=keep disabled=move || super::shelf::next_free(&lab).is_none()>
                    {move || match super::shelf::next_free(&lab) {
                        Some(name) => format!("Keep as {name}"),
                        None => "Keep (D to H are all in use)".to_string(),
                    }}
                </button>
            </div>
            {move || {
                problems()
                    .map(|list| {
                        view! {
                            <div class="problems" role="alert">
                                <ul>{list.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                                <p class="stale-note" hidden=move || shown().is_none()>
                                    "The result below is from before this change."
                                </p>
                            </div>
                        }
                    })
            }}
            {move || {
                shown()
                    .map(|(outcome, stale)| {
                        // Fractions where they are known, unless the person asked for decimals.
                        let exact = outcome.exact.clone().filter(|_| !lab.decimals.get());
                        let value = match exact.clone() {
                            Some(answer) => view! { <ExactValueView value=answer.value /> }.into_any(),
                            None => view! { <ValueView value=outcome.value.clone() /> }.into_any(),
                        };
                        let how = match exact.clone() {
                            Some(answer) => view! {
                                <ExactCheck answer=answer.clone() />
                                <ExactSteps steps=answer.steps lines=answer.lines />
                            }
                            .into_any(),
                            None => view! { <HowItCameAbout outcome=outcome.clone() /> }.into_any(),
                        };
                        view! {
                            <div class="result-body" class:stale=stale>
                                {value}
                                <p class="note" hidden=outcome.note.is_none()>{outcome.note.clone().unwrap_or_default()}</p>
                                <CheckLine outcome=outcome.clone() />
                                {how}
                                <MathsDetails outcome=outcome.clone() stale=stale open=maths_open />
                                <CodeTwins outcome=outcome />
                            </div>
                        }
                    })
            }}
            <super::ran::WhereItRan computed=computed />
        </div>
    }
}

/// A matrix shown as a table named `label`, its entries focusable to explain them.
#[component]
pub fn MatrixTable(
    matrix: Matrix,
    label: String,
    #[prop(optional)] pointable: bool,
) -> impl IntoView {
    let lab = use_context::<LabState>();
    let rows = (0..matrix.nrows())
        .map(|i| {
            let cells = (0..matrix.ncols())
                .map(|j| {
                    let text = fmt_number(matrix[(i, j)]);
                    let point = move || {
                        if let Some(lab) = lab.filter(|_| pointable) {
                            lab.pointed.set(Some((i, j)));
                        }
                    };
                    let lit =
                        move || pointable && lab.is_some_and(|l| l.pointed.get() == Some((i, j)));
                    view! {
                        <td
                            tabindex=pointable.then_some("0")
                            class:lit=lit
                            on:mouseenter=move |_| point()
                            on:focus=move |_| point()
                        >
                            {text}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="grid-scroll">
            <table class="matrix-out" aria-label=label>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn column(values: &DVector<f64>) -> Matrix {
    Matrix::from_column_slice(values.len(), 1, values.as_slice())
}

/// The value of a result.
#[component]
fn ValueView(value: Value) -> impl IntoView {
    match value {
        Value::Matrix(m) => {
            let shape = format!("{}×{}", m.nrows(), m.ncols());
            view! {
                <p class="shape">{shape}</p>
                <MatrixTable matrix=m label="Result".to_string() pointable=true />
            }
            .into_any()
        }
        Value::Vector(v) => {
            let shape = format!("vector of {}", v.len());
            view! {
                <p class="shape">{shape}</p>
                <MatrixTable matrix=column(&v) label="Result".to_string() />
            }
            .into_any()
        }
        Value::Scalar(x) => {
            view! { <output class="scalar" aria-label="Result">{fmt_number(x)}</output> }.into_any()
        }
        Value::Count(n) => {
            view! { <output class="scalar" aria-label="Result">{n.to_string()}</output> }.into_any()
        }
        Value::Eigen(eigen) => {
            let lab = crate::ui::provided::<LabState>();
            let a = lab
                .a
                .cells
                .with_untracked(|c| crate::math::parse::parse_cells("A", c).ok());
            let html = crate::plot::tables::eigenpairs(&eigen, a.as_ref());
            view! { <div inner_html=html></div> }.into_any()
        }
        Value::Factors(factors) => {
            let rebuilt = factors.clone();
            view! {
                <div class="factors">
                    {factors
                        .into_iter()
                        .map(|f| {
                            let label = format!("Result {}", f.name);
                            view! {
                                <figure class="factor">
                                    <figcaption>{f.name.clone()}</figcaption>
                                    <MatrixTable matrix=f.matrix label=label />
                                </figure>
                            }
                        })
                        .collect_view()}
                </div>
                <FactorProduct factors=rebuilt />
            }
            .into_any()
        }
        Value::Props(props) => {
            let html = crate::plot::tables::properties(&props);
            view! { <div inner_html=html></div> }.into_any()
        }
    }
}

/// The check of a result: the residual, green when within tolerance, and the condition number.
#[component]
fn CheckLine(outcome: Outcome) -> impl IntoView {
    let html = outcome
        .check
        .as_ref()
        .map_or(String::new(), crate::plot::tables::check_line);
    view! { <div inner_html=html></div> }
}

/// The NumPy and PyTorch code that give the same result, each with a copy button.
#[component]
fn CodeTwins(outcome: Outcome) -> impl IntoView {
    let mut twins = vec![("NumPy", outcome.numpy), ("PyTorch", outcome.torch)];
    // A matrix or vector result also as LaTeX, for a worksheet: the numbers as shown.
    let latex = match &outcome.value {
        Value::Matrix(m) => Some(crate::math::format::to_latex(m)),
        Value::Vector(v) => Some(crate::math::format::to_latex(&column(v))),
        _ => None,
    };
    twins.extend(latex.map(|code| ("LaTeX", code)));
    view! {
        <details class="code-twins">
            <summary>"The same in NumPy and PyTorch"</summary>
            {twins
                .into_iter()
                .map(|(lang, code)| {
                    let copied = RwSignal::new(false);
                    let to_copy = code.clone();
                    let copy = move |_| {
                        crate::ui::download::copy(&to_copy);
                        copied.set(true);
                    };
                    view! {
                        <div class="code-block">
                            <div class="code-head">
                                <span>{lang}</span>
                                <button class="copy-button" on:click=copy>
                                    {move || if copied.get() { format!("Copied {lang}") } else { format!("Copy {lang}") }}
                                </button>
                            </div>
                            <pre><code>{code}</code></pre>
                        </div>
                    }
                })
                .collect_view()}
        </details>
    }
}

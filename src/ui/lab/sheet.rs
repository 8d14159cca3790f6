//! The results sheet: several operations on the same matrices in one table
//! (the lessons' "Operation | Result"), exportable as CSV and Markdown.

use leptos::prelude::*;

use crate::math::format::{fmt_complex, fmt_number};
use crate::math::matrix::Matrix;
use crate::math::op::Op;
use crate::math::outcome::Value;
use crate::ui::download::download;

/// One line of the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    /// The operation, in words.
    pub operation: String,
    /// The result, in one line.
    pub result: String,
}

fn matrix_line(m: &Matrix) -> String {
    let rows = crate::math::format::written(m, &fmt_number, ", ", ["[", "]"], ", ");
    format!("[{rows}]")
}

impl SheetRow {
    /// A row for `op` and its value.
    pub fn new(op: Op, value: &Value) -> SheetRow {
        let result = match value {
            Value::Matrix(m) => matrix_line(m),
            Value::Vector(v) => format!(
                "[{}]",
                v.iter()
                    .map(|x| fmt_number(*x))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Scalar(x) => fmt_number(*x),
            Value::Count(n) => n.to_string(),
            Value::Eigen(e) => format!(
                "eigenvalues [{}]",
                e.values
                    .iter()
                    .map(|z| fmt_complex(*z))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Value::Factors(fs) => fs
                .iter()
                .map(|f| format!("{} = {}", f.name, matrix_line(&f.matrix)))
                .collect::<Vec<_>>()
                .join("; "),
            Value::Props(ps) => ps
                .iter()
                .map(|p| format!("{}: {}", p.name, if p.holds { "True" } else { "False" }))
                .collect::<Vec<_>>()
                .join("; "),
        };
        SheetRow {
            operation: op.label().to_string(),
            result,
        }
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The sheet as CSV, with a header row.
pub fn to_csv(rows: &[SheetRow]) -> String {
    let mut out = String::from("Operation,Result\n");
    for r in rows {
        out.push_str(&format!(
            "{},{}\n",
            csv_field(&r.operation),
            csv_field(&r.result)
        ));
    }
    out
}

/// The sheet as a Markdown table.
pub fn to_markdown(rows: &[SheetRow]) -> String {
    let mut out = String::from("| Operation | Result |\n|---|---|\n");
    for r in rows {
        out.push_str(&format!(
            "| {} | {} |\n",
            r.operation,
            r.result.replace('|', "\\|")
        ));
    }
    out
}

/// The sheet and its export buttons.
#[component]
pub fn ResultsSheet(rows: RwSignal<Vec<SheetRow>>) -> impl IntoView {
    view! {
        <div class="panel sheet" hidden=move || rows.with(Vec::is_empty)>
            <div class="result-head">
                <h2>"Results sheet"</h2>
                <div class="sheet-buttons">
                    <button class="small" on:click=move |_| rows.with(|r| download("eigenplay-results.csv", "text/csv", &to_csv(r)))>
                        "Download CSV"
                    </button>
                    <button class="small" on:click=move |_| rows.with(|r| download("eigenplay-results.md", "text/markdown", &to_markdown(r)))>
                        "Download Markdown"
                    </button>
                    <button class="small" on:click=move |_| rows.set(Vec::new())>"Clear"</button>
                </div>
            </div>
            <table class="sheet-table" aria-label="Results sheet">
                <thead>
                    <tr>
                        <th scope="col">"Operation"</th>
                        <th scope="col">"Result"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|r| view! { <tr><td>{r.operation}</td><td class="formula">{r.result}</td></tr> })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}

//! The results sheet: several operations on the same matrices in one table
//! (the lessons' "Operation | Result"), exportable as CSV and Markdown.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::math::format::{fmt_complex, fmt_number};
use crate::math::matrix::Matrix;
use crate::math::op::Op;
use crate::math::outcome::Value;

/// One line of the sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    /// The operation, in words.
    pub operation: String,
    /// The result, in one line.
    pub result: String,
}

fn matrix_line(m: &Matrix) -> String {
    let rows: Vec<String> = m
        .row_iter()
        .map(|r| {
            format!(
                "[{}]",
                r.iter()
                    .map(|x| fmt_number(*x))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!("[{}]", rows.join(", "))
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

/// Offers `text` as a file download, made in the page (no server involved).
fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The sheet and its export buttons.
#[component]
pub fn ResultsSheet(rows: RwSignal<Vec<SheetRow>>) -> impl IntoView {
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <div class="panel sheet">
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
        </Show>
    }
}

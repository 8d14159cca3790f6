//! Tables the page only displays, as markup (one `inner_html` each, where a view of its own
//! costs the page's wasm a kilobyte or more): the Lab's identities and eigenpairs, a list of
//! steps, and a table of named values such as Train's gradient step.

use crate::math::format::{fmt_complex, fmt_number};
use crate::math::linalg::eig::Eigen;
use crate::math::mathml::escape;
use crate::math::matrix::Matrix;
use crate::math::outcome::{Check, Property};
use nalgebra::Complex;
use std::fmt::Write;

/// Rows of a name and a value, as a table named `label`; a value may carry a name of its
/// own (`""`: none), for a figure a test or a screen reader reads by name.
pub fn key_values(label: &str, rows: &[(String, String, &str)]) -> String {
    let mut out = format!(
        r#"<table class="kv" aria-label="{}"><tbody>"#,
        escape(label)
    );
    for (k, v, name) in rows {
        let named = if name.is_empty() {
            String::new()
        } else {
            format!(r#" aria-label="{}""#, escape(name))
        };
        let _ = write!(
            out,
            r#"<tr><th scope="row">{}</th><td{named}>{}</td></tr>"#,
            escape(k),
            escape(v)
        );
    }
    out + "</tbody></table>"
}

/// A matrix as a table named `label`, with its `marked` entry (a pivot) and the column after
/// `split` (an augmented matrix's bar) classed for the stylesheet.
pub fn matrix_table(
    m: &Matrix,
    label: &str,
    marked: Option<(usize, usize)>,
    split: Option<usize>,
) -> String {
    let mut out = format!(
        r#"<div class="grid-scroll"><table class="matrix-out" aria-label="{}"><tbody>"#,
        escape(label)
    );
    for i in 0..m.nrows() {
        out.push_str("<tr>");
        for j in 0..m.ncols() {
            let class = match (marked == Some((i, j)), split == Some(j)) {
                (true, true) => r#" class="pivot bar""#,
                (true, false) => r#" class="pivot""#,
                (false, true) => r#" class="bar""#,
                (false, false) => "",
            };
            let _ = write!(out, "<td{class}>{}</td>", fmt_number(m[(i, j)]));
        }
        out.push_str("</tr>");
    }
    out + "</tbody></table></div>"
}

/// A table of class `class` named `label`: a header row (none when `head` is empty), then
/// rows whose first cell names the row.
pub fn grid(class: &str, label: &str, head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = format!(r#"<table class="{class}" aria-label="{}">"#, escape(label));
    if !head.is_empty() {
        out.push_str("<thead><tr>");
        for h in head {
            let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(h));
        }
        out.push_str("</tr></thead>");
    }
    out.push_str("<tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (j, cell) in row.iter().enumerate() {
            match j {
                0 if !head.is_empty() => {
                    let _ = write!(out, r#"<th scope="row">{}</th>"#, escape(cell));
                }
                _ => {
                    let _ = write!(out, "<td>{}</td>", escape(cell));
                }
            }
        }
        out.push_str("</tr>");
    }
    out + "</tbody></table>"
}

/// A run's readout: the epoch of the planned ones, the loss, and the accuracies where the
/// data are classes (on the held-out part too, where there is one), each value named.
pub fn readout(
    epoch: usize,
    planned: usize,
    loss: Option<f64>,
    accuracies: [Option<f64>; 2],
) -> String {
    let loss = loss.map_or_else(|| "–".to_string(), crate::math::format::sig);
    let mut out = format!(
        r#"<span>Epoch <b aria-label="Result epoch">{epoch}</b> of {planned}</span><span>Loss <b aria-label="Result loss">{loss}</b></span>"#
    );
    for ((name, label), a) in [
        ("Accuracy", "Result accuracy"),
        ("Test accuracy", "Result test accuracy"),
    ]
    .into_iter()
    .zip(accuracies)
    {
        if let Some(a) = a {
            let _ = write!(
                out,
                r#"<span>{name} <b aria-label="{label}">{}%</b></span>"#,
                fmt_number((a * 1000.0).round() / 10.0)
            );
        }
    }
    out
}

/// Problems in words, in the page's alert box: `lead` (if any) above the list.
pub fn problems(lead: &str, list: &[String]) -> String {
    let lead = if lead.is_empty() {
        String::new()
    } else {
        format!("<p>{}</p>", escape(lead))
    };
    format!(
        r#"<div class="problems" role="alert">{lead}{}</div>"#,
        lines("ul", "", list)
    )
}

/// Lines as a list of class `class`: `ol` when their order is the point, else `ul`.
pub fn lines(tag: &str, class: &str, lines: &[String]) -> String {
    let mut out = format!(r#"<{tag} class="{class}">"#);
    for l in lines {
        let _ = write!(out, "<li>{}</li>", escape(l));
    }
    let _ = write!(out, "</{tag}>");
    out
}

/// The check of a result: the residual against its tolerance, green when within it, and the
/// condition number, flagged when the matrix is nearly singular.
pub fn check_line(check: &Check) -> String {
    let (class, verdict) = if check.passed {
        ("good", "✓")
    } else {
        ("bad", "✗")
    };
    let cond = check.cond.map_or(String::new(), |c| {
        let (flag, warning) = if c > 1e8 {
            (
                " bad",
                " — nearly singular: small changes in the input move the answer a lot",
            )
        } else {
            ("", "")
        };
        format!(
            r#"<span class="cond{flag}">condition number {}{warning}</span>"#,
            fmt_number(c)
        )
    });
    format!(
        r#"<p class="check {class}" aria-label="Check"><span>Check: {} = {} {verdict}</span><span class="muted"> (tolerance {})</span>{cond}</p>"#,
        escape(&check.what),
        fmt_number(check.residual),
        fmt_number(check.tolerance)
    )
}

/// Each identity, what it states, the largest difference of its two sides and the verdict.
pub fn properties(props: &[Property]) -> String {
    let mut out = String::from(
        r#"<table class="props" aria-label="Result"><thead><tr><th scope="col">property</th><th scope="col">identity</th><th scope="col">largest difference</th><th scope="col">verdict</th></tr></thead><tbody>"#,
    );
    for p in props {
        let (class, verdict) = match (&p.skipped, p.holds) {
            (Some(why), _) => ("", format!("not checked: {}", escape(why))),
            (None, true) => ("good", "holds ✓".to_string()),
            (None, false) => ("bad", "fails ✗".to_string()),
        };
        let diff = p.max_diff.map_or_else(|| "—".to_string(), fmt_number);
        let _ = write!(
            out,
            r#"<tr class="{class}"><th scope="row">{}</th><td class="formula">{}</td><td>{diff}</td><td>{verdict}</td></tr>"#,
            escape(&p.name),
            escape(&p.statement)
        );
    }
    out + "</tbody></table>"
}

/// The eigenvalues in a line, then each eigenpair with A·v beside λ·v, computed from `a`
/// (the person's A, when it still has the result's shape: while A is being edited into
/// another, the result still shown is of the A before, and A·v waits for the new one).
pub fn eigenpairs(eigen: &Eigen, a: Option<&Matrix>) -> String {
    let n = eigen.values.len();
    let list = |xs: &[Complex<f64>]| {
        let items: Vec<String> = xs.iter().map(|x| fmt_complex(*x)).collect();
        format!("[{}]", items.join(", "))
    };
    let values: Vec<String> = eigen.values.iter().map(|z| fmt_complex(*z)).collect();
    let mut out = format!(
        r#"<p class="scalar-list" aria-label="Result eigenvalues">{}</p><div class="grid-scroll" tabindex="0" role="group" aria-label="Eigenpairs"><table class="pairs" aria-label="Result eigenvectors"><thead><tr><th scope="col">eigenvalue</th><th scope="col">eigenvector v</th><th scope="col">A·v</th><th scope="col">λ·v</th></tr></thead><tbody>"#,
        values.join(", ")
    );
    let a = a.filter(|a| a.shape() == (n, n));
    for k in 0..n {
        let lambda = eigen.values[k];
        let v: Vec<Complex<f64>> = eigen.vectors.column(k).iter().copied().collect();
        let av = a.map_or(String::new(), |a| {
            let av: Vec<Complex<f64>> = (0..n)
                .map(|i| (0..n).map(|j| v[j] * a[(i, j)]).sum())
                .collect();
            list(&av)
        });
        let lv: Vec<Complex<f64>> = v.iter().map(|x| x * lambda).collect();
        let _ = write!(
            out,
            r#"<tr><th scope="row">λ{} = {}</th><td>{}</td><td>{av}</td><td>{}</td></tr>"#,
            k + 1,
            fmt_complex(lambda),
            list(&v),
            list(&lv)
        );
    }
    out + "</tbody></table></div>"
}

//! Exact mode's answer as markup: the fractions, each with its decimal, and what holds
//! exactly beside how far the decimal answer is from it.

use crate::math::exact::{ExactAnswer, ExactValue, AGREEMENT_RTOL};
use crate::math::format::fmt_number;
use crate::math::mathml::escape;
use crate::math::parse::parse_number;
use std::fmt::Write;

/// A matrix of texts (exact mode's fractions) as a table named `label`, each fraction with
/// its decimal beside it, small: the lessons print decimals.
pub fn cells_table(cells: &[Vec<String>], label: &str) -> String {
    let mut out = format!(
        r#"<div class="grid-scroll"><table class="matrix-out exact" aria-label="{}"><tbody>"#,
        escape(label)
    );
    for row in cells {
        out.push_str("<tr>");
        for text in row {
            let _ = write!(out, r#"<td><span class="fraction">{}</span>"#, escape(text));
            if let Some(x) = text.contains('/').then(|| parse_number(text)).flatten() {
                let _ = write!(out, r#"<span class="decimal">≈ {}</span>"#, fmt_number(x));
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out + "</tbody></table></div>"
}

/// The exact value, with its shape above a matrix as the decimal view has.
pub fn value(value: &ExactValue) -> String {
    match value {
        ExactValue::Number(text) => format!(
            r#"<output class="scalar" aria-label="Result">{}</output>"#,
            escape(text)
        ),
        ExactValue::Count(n) => {
            format!(r#"<output class="scalar" aria-label="Result">{n}</output>"#)
        }
        ExactValue::Words(text) => format!(
            r#"<p class="scalar-list" aria-label="Result">{}</p>"#,
            escape(text)
        ),
        ExactValue::Cells(cells) => format!(
            r#"<p class="shape">{}×{}, exact</p>{}"#,
            cells.len(),
            cells.first().map_or(0, Vec::len),
            cells_table(cells, "Result")
        ),
    }
}

/// What holds exactly, and the decimal answer compared with the exact one: the ✓ is that
/// comparison of two answers computed independently.
pub fn check(answer: &ExactAnswer) -> String {
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
    let class = if agrees { "good" } else { "bad" };
    format!(
        r#"<p class="check exact-check {class}" aria-label="Exact check">{}</p>"#,
        escape(&text)
    )
}

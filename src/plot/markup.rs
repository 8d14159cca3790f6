//! What the Train view shows as markup: the model summary, the confusion matrix, the
//! held-out digits with the network's reading of each, the first layer's units as 8×8
//! images, and a drawn digit's way through the network. Plain strings, so they are tested
//! without a browser and cost the page one `inner_html` each, where a view of its own costs
//! the page's wasm a kilobyte or more.

use super::{gray_image, heatmap, to_svg, ACCENT};
use crate::math::mathml::escape;
use crate::math::nn::{thousands, Activation, Summary};
use plotters::prelude::*;
use std::fmt::Write;

/// An image of `side × side` pixels in [0, 1] as SVG, ink on paper, `px` pixels wide.
pub fn ink_svg(pixels: &[f64], side: usize, px: u32) -> String {
    to_svg(px, px, |root| gray_image(root, pixels, side, (1.0, 0.0)))
        .map(|(s, ())| s)
        .unwrap_or_default()
}

/// The model as Keras's `model.summary()` prints it, and its total.
pub fn summary_table(s: &Summary) -> String {
    let mut out = String::from(
        r#"<table class="summary" aria-label="Model summary"><thead><tr><th scope="col">Layer (type)</th><th scope="col">Output shape</th><th scope="col">Param #</th><th scope="col">Activation</th></tr></thead><tbody>"#,
    );
    for r in &s.rows {
        let _ = write!(
            out,
            r#"<tr><td>{}</td><td>{}</td><td class="n">{}</td><td>{}</td></tr>"#,
            escape(&r.layer),
            escape(&r.output_shape),
            thousands(r.params),
            escape(&r.activation)
        );
    }
    let _ = write!(
        out,
        r#"</tbody></table><p class="total" aria-label="Result total params">Total params: {}</p>"#,
        thousands(s.total_params)
    );
    out
}

/// The draw pad: the ink so far, and the keyboard's cell outlined in the accent colour.
pub fn pad_svg(ink: &[f64], side: usize, cursor: Option<usize>) -> String {
    let px = 256;
    to_svg(px, px, |root| {
        gray_image(root, ink, side, (1.0, 0.0))?;
        if let Some(c) = cursor {
            let cell = (px as usize / side) as i32;
            let (x, y) = ((c % side) as i32 * cell, (c / side) as i32 * cell);
            root.draw(&Rectangle::new(
                [(x + 2, y + 2), (x + cell - 2, y + cell - 2)],
                ACCENT.stroke_width(3),
            ))
            .map_err(super::drawing_error::<SVGBackend>)?;
        }
        Ok(())
    })
    .map(|(s, ())| s)
    .unwrap_or_default()
}

/// A table of how often each true class (a row) was taken for each class (a column), the
/// diagonal marked as right and the rest that happened as wrong; `counts` is `k × k`, row by row.
pub fn confusion_table(counts: &[usize], names: &[String]) -> String {
    let k = names.len();
    let mut out = String::from(
        r#"<table class="confusion" aria-label="Confusion matrix"><thead><tr><th scope="col">true ╲ picked</th>"#,
    );
    for n in names {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(n));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, name) in names.iter().enumerate() {
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape(name));
        for j in 0..k {
            let n = counts[i * k + j];
            let class = match (i == j, n > 0) {
                (true, _) => r#" class="hit""#,
                (false, true) => r#" class="miss""#,
                (false, false) => "",
            };
            let _ = write!(out, "<td{class}>{n}</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// Images as a grid, each with its caption; `wrong` ones are marked. `(svg, caption, wrong)`.
pub fn image_grid(label: &str, cells: &[(String, String, bool)]) -> String {
    let mut out = format!(r#"<ul class="digit-grid" aria-label="{}">"#, escape(label));
    for (svg, caption, wrong) in cells {
        let class = if *wrong { r#" class="wrong""# } else { "" };
        let _ = write!(out, "<li{class}>{svg}<span>{}</span></li>", escape(caption));
    }
    out.push_str("</ul>");
    out
}

/// Each unit's row of a first layer over `side × side` inputs, drawn where its pixels are.
pub fn unit_images(weights: &[f64], side: usize, most: usize) -> Vec<(String, String, bool)> {
    weights
        .chunks_exact(side * side)
        .take(most)
        .enumerate()
        .map(|(u, w)| {
            let svg = to_svg(48, 48, |root| heatmap(root, w, side, side))
                .map(|(s, ())| s)
                .unwrap_or_default();
            (svg, format!("unit {}", u + 1), false)
        })
        .collect()
}

/// A drawn input's way through the network: a line per layer for `W·a + b` and one for its
/// activation, each with its numbers, above the class the last layer picks. `trace` is
/// [`crate::math::nn::Mlp::trace`]'s, `acts` each layer's activation.
pub fn forward_pass(trace: &[(Vec<f64>, Vec<f64>)], acts: &[Activation]) -> String {
    let Some((_, probs)) = trace.last() else {
        return String::new();
    };
    let best = crate::math::data::argmax(probs);
    let mut out = String::new();
    if acts.last() == Some(&Activation::Softmax) {
        let _ = write!(
            out,
            r#"<p class="pad-reading" aria-label="Result drawn digit">The network reads a {best} ({}% sure).</p>"#,
            crate::math::format::fmt_number((probs[best] * 1000.0).round() / 10.0)
        );
    }
    out.push_str(r#"<ol class="forward">"#);
    for (l, ((z, a), act)) in trace.iter().zip(acts).enumerate() {
        let input = if l == 0 {
            "x".to_string()
        } else {
            format!("a{}", subscript(l))
        };
        let n = subscript(l + 1);
        let _ = write!(
            out,
            r#"<li><span class="step">W{n}·{input} + b{n}</span><span class="nums">{}</span></li><li><span class="step">{} → a{n}</span><span class="nums">{}</span></li>"#,
            numbers(z),
            act.name(),
            numbers(a)
        );
    }
    out.push_str("</ol>");
    out
}

/// A whole number as subscript digits (12 → ₁₂).
pub fn subscript(n: usize) -> String {
    n.to_string()
        .chars()
        .filter_map(|c| char::from_u32(0x2050 + c as u32))
        .collect()
}

/// A vector's entries to two decimals.
fn numbers(v: &[f64]) -> String {
    v.iter()
        .map(|x| format!("{x:.2}"))
        .collect::<Vec<_>>()
        .join(" ")
}

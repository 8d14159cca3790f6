//! What the page only displays, as markup: Train's model summary, confusion matrix, held-out
//! digits with the network's reading of each, first-layer units as 8×8 images and a drawn
//! digit's way through the network. Plain strings, so they are tested
//! without a browser and cost the page one `inner_html` each, where a view of its own costs
//! the page's wasm a kilobyte or more.

use super::gray;
use super::maps::{NEGATIVE, POSITIVE};
use crate::math::data::digits::SIDE;
use crate::math::data::Dataset;
use crate::math::format::fmt_number;
use crate::math::mathml::escape;
use crate::math::nn::{thousands, Activation, Summary};
use plotters::style::RGBColor;
use std::fmt::Write;

/// `rows × cols` cells as SVG, `(w, h)` pixels, one path per distinct shade: `shade(k)`
/// names cell k's shade (row by row) and `fill(shade)` gives its fill attributes, once per
/// shade. A rectangle per cell (plotters' way) made the digits' 72 images and the weight
/// heatmaps thousands of elements, which the page parsed and styled twice a second while
/// training; that held its main thread 120 to 250 ms at a time, and 54 to 81 ms with paths
/// (`node scripts/longtasks.mjs '?view=train&data=digits'`, the Long Tasks API). A fill
/// string made per cell took 9 ms of every redraw of a 256-wide network's heatmaps.
/// Cells stretch to fill the box.
pub(crate) fn cells_svg(
    (rows, cols): (usize, usize),
    (w, h): (u32, u32),
    shade: &dyn Fn(usize) -> u32,
    fill: &dyn Fn(u32) -> String,
    extra: &str,
) -> String {
    let mut paths: Vec<(u32, String)> = Vec::new();
    for k in 0..rows * cols {
        let key = shade(k);
        let at = match paths.iter().position(|(s, _)| *s == key) {
            Some(i) => i,
            None => {
                paths.push((key, String::new()));
                paths.len() - 1
            }
        };
        let _ = write!(paths[at].1, "M{} {}h1v1h-1z", k % cols, k / cols);
    }
    let mut out = format!(
        r#"<svg width="{w}" height="{h}" viewBox="0 0 {cols} {rows}" preserveAspectRatio="none" shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">"#
    );
    for (key, d) in paths {
        let _ = write!(out, r#"<path {} d="{d}"/>"#, fill(key));
    }
    let _ = write!(
        out,
        r#"<rect width="{cols}" height="{rows}" fill="none" stroke="{GRID_HEX}" vector-effect="non-scaling-stroke"/>{extra}</svg>"#
    );
    out
}

/// Ink on paper: `v` in [0, 1] as a gray level (the shade) and its fill.
fn ink_shade(v: f64) -> u32 {
    u32::from(gray(1.0 - v).0)
}

fn ink_fill(level: u32) -> String {
    let g = level as u8;
    format!(r#"fill="{}""#, hex(RGBColor(g, g, g)))
}

/// The stylesheet turns these sentinel colours into the theme's border and accent.
const GRID_HEX: &str = "#020202";
const ACCENT_HEX: &str = "#030303";

/// A colour as `#RRGGBB`.
pub(crate) fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// An image of `side × side` pixels in [0, 1] as SVG, ink on paper, `px` pixels wide.
pub fn ink_svg(pixels: &[f64], side: usize, px: u32) -> String {
    cells_svg(
        (side, side),
        (px, px),
        &|k| ink_shade(pixels[k]),
        &ink_fill,
        "",
    )
}

/// A `rows × cols` matrix (row by row) as a heatmap, `(w, h)` pixels: orange where positive,
/// blue where negative, the deeper the larger |w| against the largest (in eight steps), so
/// small weights fade into the background; row 1 at the top, as the matrix is written. Its
/// title, shown under the pointer, gives the range of the values.
pub fn heatmap_svg(values: &[f64], (rows, cols): (usize, usize), size: (u32, u32)) -> String {
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (low, high) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let big = low.abs().max(high.abs());
    let big = if big.is_finite() { big } else { 0.0 };
    // A shade is eight steps of |w| against the largest, and 16 more when negative.
    let shade = |k: usize| {
        let v = values[k];
        let t = if big > 0.0 && v.is_finite() {
            v.abs() / big
        } else {
            0.0
        };
        (t * 8.0).round() as u32 + if v < 0.0 { 16 } else { 0 }
    };
    let fill = |s: u32| {
        let hue = if s >= 16 { NEGATIVE } else { POSITIVE };
        format!(
            r#"fill="{}" fill-opacity="{:.2}""#,
            hex(hue),
            0.08 + 0.92 * f64::from(s % 16) / 8.0
        )
    };
    let title = if low <= high {
        format!(
            "<title>values from {} to {}</title>",
            fmt_number(low),
            fmt_number(high)
        )
    } else {
        String::new()
    };
    cells_svg((rows, cols), size, &shade, &fill, &title)
}

/// What the pointer reads on layer `layer`'s heatmap (0 is W₁) at drawn cell `(i, j)`: the
/// weight itself, or for a map drawn in `block × block` blocks of a `rows × cols` matrix, the
/// rows and columns the cell covers and their mean `value`.
pub fn weight_readout(
    layer: usize,
    (i, j): (usize, usize),
    block: usize,
    (rows, cols): (usize, usize),
    value: f64,
) -> String {
    let v = crate::math::format::sig(value);
    if block <= 1 {
        return format!("W{}[{}, {}] = {v}", layer + 1, i + 1, j + 1);
    }
    let span = |at: usize, n: usize, what: &str| {
        let (first, last) = (at * block + 1, ((at + 1) * block).min(n));
        if first == last {
            format!("{what} {first}")
        } else {
            format!("{what}s {first}–{last}")
        }
    };
    format!(
        "W{} {}, {}: mean {v}",
        layer + 1,
        span(i, rows, "row"),
        span(j, cols, "column")
    )
}

/// The draw pad: the ink so far, and the keyboard's cell outlined in the accent colour.
pub fn pad_svg(ink: &[f64], side: usize, cursor: Option<usize>) -> String {
    let outline = cursor.map_or(String::new(), |c| {
        format!(
            r#"<rect x="{}" y="{}" width="1" height="1" fill="none" stroke="{ACCENT_HEX}" stroke-width="3" vector-effect="non-scaling-stroke"/>"#,
            c % side,
            c / side
        )
    });
    cells_svg(
        (side, side),
        (256, 256),
        &|k| ink_shade(ink[k]),
        &ink_fill,
        &outline,
    )
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

/// A table of how often each true class (a row) was taken for each class (a column), the
/// diagonal marked as right and the rest that happened as wrong; `counts` is `k × k`, row by row.
pub fn confusion_table(counts: &[usize], names: &[String]) -> String {
    let k = names.len();
    // Focusable, so a keyboard can scroll ten classes and more on a phone.
    let mut out = String::from(
        r#"<div class="grid-scroll" tabindex="0" role="group" aria-label="Confusion matrix, scrolls sideways"><table class="confusion" aria-label="Confusion matrix"><thead><tr><th scope="col">true ╲ picked</th>"#,
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
    out.push_str("</tbody></table></div>");
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

/// The held-out images with the network's reading of each, the wrong ones first and marked
/// ("9, is 5"), at most `most` of them, under a sentence counting the wrong ones.
pub fn test_digits(test: &Dataset, guess: &[usize], truth: &[usize], most: usize) -> String {
    let mut cells: Vec<(String, String, bool)> = Vec::new();
    // Two passes, the wrong ones first.
    for wrong in [true, false] {
        for i in 0..truth.len() {
            let (g, t) = (guess[i], truth[i]);
            if (g != t) != wrong || cells.len() == most {
                continue;
            }
            let caption = if g == t {
                g.to_string()
            } else {
                format!("{g}, is {t}")
            };
            cells.push((ink_svg(test.input(i), SIDE, 48), caption, wrong));
        }
    }
    let wrong = guess.iter().zip(truth).filter(|(g, t)| g != t).count();
    format!(
        r#"<p aria-label="Result test digits wrong">{wrong} of {} held-out digits read wrong{}</p>{}"#,
        truth.len(),
        if wrong > 0 {
            "; they come first, marked red."
        } else {
            "."
        },
        image_grid("Test digits", &cells)
    )
}

/// Each unit's row of a first layer over `side × side` inputs, drawn where its pixels are.
pub fn unit_images(weights: &[f64], side: usize, most: usize) -> Vec<(String, String, bool)> {
    weights
        .chunks_exact(side * side)
        .take(most)
        .enumerate()
        .map(|(u, w)| {
            let svg = heatmap_svg(w, (side, side), (48, 48));
            (svg, format!("unit {}", u + 1), false)
        })
        .collect()
}

/// Units drawn over the plane at most, per layer.
const SHOWN_NEURONS: usize = 16;

/// What each hidden unit outputs over the plane, as TensorFlow Playground draws its neurons:
/// one thumbnail per unit (orange where it is positive, blue where negative), a list per
/// layer. `hidden` is [`crate::math::nn::teach::Grid::hidden`] for an `n × n` grid, whose row
/// 0 is the bottom of the plane; `acts` names each layer's activation.
pub fn neuron_maps(hidden: &[Vec<f64>], n: usize, acts: &[Activation]) -> String {
    if hidden.is_empty() {
        return String::new();
    }
    let mut out = String::from(
        r#"<h3>What each neuron sees</h3><p class="muted">Each hidden unit's output over the same plane: the pieces the last layer adds up.</p><div class="neurons">"#,
    );
    for (l, (outputs, act)) in hidden.iter().zip(acts).enumerate() {
        let units = outputs.len() / (n * n).max(1);
        let cells: Vec<(String, String, bool)> = (0..units.min(SHOWN_NEURONS))
            .map(|u| {
                // Top row first, as a picture is drawn.
                let values: Vec<f64> = (0..n * n)
                    .map(|k| outputs[((n - 1 - k / n) * n + k % n) * units + u])
                    .collect();
                (
                    heatmap_svg(&values, (n, n), (40, 40)),
                    (u + 1).to_string(),
                    false,
                )
            })
            .collect();
        let more = if units > SHOWN_NEURONS {
            format!(", the first {SHOWN_NEURONS} of {units}")
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<p>Layer {} ({}{more})</p>{}",
            l + 1,
            act.name(),
            image_grid(&format!("Layer {} neurons", l + 1), &cells)
        );
    }
    out.push_str("</div>");
    out
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

//! Colour maps: a classifier's decision regions, and the block means and hues of a weight
//! matrix's heatmap (drawn by `markup::heatmap_svg`).

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{axis_number, INK};
use std::fmt::Write;

/// Hues for classes 0, 1, 2, ...: Okabe and Ito's blue, vermillion, bluish green, reddish
/// purple, orange and sky blue, in the order that keeps the first two and three furthest apart
/// for colour-blind eyes (`tests/plot/colours.rs` simulates them).
pub const CLASS_COLOURS: [RGBColor; 6] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
];

/// Positive weights are orange, negative ones blue (`markup::heatmap_svg`).
pub const POSITIVE: RGBColor = RGBColor(234, 88, 12);
pub const NEGATIVE: RGBColor = RGBColor(37, 99, 235);

/// A `rows × cols` matrix (row by row) shrunk to at most `most` cells a side for a heatmap:
/// each cell the mean of a `k × k` block (the last ones smaller), with `k` the smallest that
/// fits. Returns the cells, their rows and columns, and `k` (1: the matrix itself).
pub fn block_means(
    values: &[f64],
    rows: usize,
    cols: usize,
    most: usize,
) -> (Vec<f64>, usize, usize, usize) {
    let k = rows.max(cols).div_ceil(most.max(1)).max(1);
    let (r, c) = (rows.div_ceil(k), cols.div_ceil(k));
    // One pass over the values, each added to its block's sum in the order a block's own
    // pass would take: a vector gathered per block took 0.7 ms of a 256×256 map natively.
    let mut cells = vec![0.0; r * c];
    for (i, row) in values.chunks_exact(cols.max(1)).take(rows).enumerate() {
        let sums = &mut cells[(i / k) * c..(i / k + 1) * c];
        for (j, v) in row.iter().enumerate() {
            sums[j / k] += v;
        }
    }
    for (cell, sum) in cells.iter_mut().enumerate() {
        let (bi, bj) = (cell / c, cell % c);
        let height = ((bi + 1) * k).min(rows) - bi * k;
        let width = ((bj + 1) * k).min(cols) - bj * k;
        *sum /= (height * width) as f64;
    }
    (cells, r, c, k)
}

/// What a decision-boundary plot shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundarySpec<'a> {
    /// The x-range and y-range of the plane.
    pub x_range: (f64, f64),
    /// The y-range of the plane.
    pub y_range: (f64, f64),
    /// Cells per side of the grid.
    pub n: usize,
    /// The predicted class per cell, row j (y, bottom up) by column i (x): index j·n + i.
    pub cell_class: &'a [usize],
    /// How sure the model is per cell, in [0, 1] (the winning probability).
    pub cell_confidence: &'a [f64],
    /// The samples, (x, y) row by row.
    pub points: &'a [f64],
    /// Each sample's true class.
    pub labels: &'a [usize],
}

/// Draws the axes with plotters and returns what goes on them, to be placed just before the
/// drawing's closing tag (`with_overlay`): the regions each class wins, shaded by confidence in
/// eight steps, as one path per class and shade (`markup::cells_svg`), and the samples as
/// circles on top. A plotters rectangle per cell made 1,600 elements, re-parsed and styled
/// twice a second while training.
pub fn decision_boundary<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &BoundarySpec<'_>,
) -> Result<String, String> {
    let err = super::drawing_error::<DB>;
    let (x0, x1) = spec.x_range;
    let (y0, y1) = spec.y_range;
    let mut chart = ChartBuilder::on(root)
        .margin(8)
        .x_label_area_size(28)
        .y_label_area_size(40)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(err)?;
    let label = |v: &f64| axis_number(*v);
    chart
        .configure_mesh()
        .disable_mesh()
        .axis_style(INK.stroke_width(1))
        .label_style((FontFamily::SansSerif, 12).into_font().color(&INK))
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&label)
        .y_label_formatter(&label)
        .draw()
        .map_err(err)?;
    let n = spec.n.max(2);
    let ((left, top), (right, bottom)) = (
        chart.backend_coord(&(x0, y1)),
        chart.backend_coord(&(x1, y0)),
    );
    // Cell k of the picture counts from the top row; the spec's rows count up from y0.
    // A shade is the cell's class and its confidence in eight steps.
    let shade = |k: usize| {
        let cell = (n - 1 - k / n) * n + k % n;
        let class = spec.cell_class.get(cell).copied().unwrap_or(0) % CLASS_COLOURS.len();
        let conf = spec.cell_confidence.get(cell).copied().unwrap_or(0.5);
        class as u32 * 9 + (conf.clamp(0.0, 1.0) * 8.0).round() as u32
    };
    let fill = |s: u32| {
        format!(
            r#"fill="{}" fill-opacity="{:.3}""#,
            super::markup::hex(CLASS_COLOURS[s as usize / 9]),
            0.12 + 0.38 * f64::from(s % 9) / 8.0
        )
    };
    let size = ((right - left).max(1) as u32, (bottom - top).max(1) as u32);
    let regions = super::markup::cells_svg((n, n), size, &shade, &fill, "");
    let mut out = regions.replacen("<svg ", &format!(r#"<svg x="{left}" y="{top}" "#), 1);
    for (p, &c) in spec.points.chunks_exact(2).zip(spec.labels) {
        let (cx, cy) = chart.backend_coord(&(p[0], p[1]));
        let hue = super::markup::hex(CLASS_COLOURS[c % CLASS_COLOURS.len()]);
        let _ = write!(out, r#"<circle cx="{cx}" cy="{cy}" r="3" fill="{hue}"/>"#);
    }
    Ok(out)
}

/// A plotters drawing with `overlay` (markup in the same pixels) drawn last, on top.
pub fn with_overlay(svg: &str, overlay: &str) -> String {
    match svg.rfind("</svg>") {
        Some(end) => format!("{}{overlay}{}", &svg[..end], &svg[end..]),
        None => svg.to_string(),
    }
}

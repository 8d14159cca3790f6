//! A plot's frame: the plotting area, the axes, ticks at round numbers with their labels,
//! grid lines if wanted, and the axes' names.
//!
//! Drawn here rather than with plotters' `ChartBuilder` and mesh: their generic layout code
//! (a grid split, a sort, label measuring) was a sizeable share of plotters in the page's wasm,
//! for three plots that need none of it.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{GRID, INK, MUTED};

/// A drawing area whose coordinates are the plot's own (x, y), y upwards.
pub type Plane<DB> = DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Space around a drawing, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margin {
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
    pub left: i32,
}

/// The part of `root` inside `margin`, with `x` running left to right and `y` bottom to top.
pub fn plane<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    margin: Margin,
    x: Range<f64>,
    y: Range<f64>,
) -> Plane<DB> {
    let inner = root.margin(margin.top, margin.bottom, margin.left, margin.right);
    let (xs, ys) = inner.get_pixel_range();
    // The last pixel row and column are inside; y runs up the screen.
    let pixels = (xs.start..xs.end - 1, ys.end - 1..ys.start);
    inner.apply_coord_spec(Cartesian2d::new(x, y, pixels))
}

/// One axis of a [`Frame`].
pub struct Axis<'a> {
    /// The values the axis spans.
    pub range: Range<f64>,
    /// About how many ticks; fewer where round steps do not fit.
    pub ticks: usize,
    /// How a tick's value reads.
    pub label: &'a dyn Fn(f64) -> String,
    /// The axis's name, written beside its labels.
    pub name: Option<&'a str>,
}

/// The frame around a plot: where the plotting area sits and what its axes show.
pub struct Frame<'a> {
    pub x: Axis<'a>,
    pub y: Axis<'a>,
    /// Space around the plotting area, labels and names included.
    pub margin: Margin,
    /// The labels' size in pixels.
    pub font: u32,
    /// Grid lines across the plot at every tick.
    pub grid: bool,
}

/// Round values in `range`, about `count` of them: steps of 1, 2 or 5 times a power of ten.
pub fn ticks(range: &Range<f64>, count: usize) -> Vec<f64> {
    let span = range.end - range.start;
    if !(span > 0.0 && span.is_finite()) {
        return Vec::new();
    }
    let wanted = span / count.max(1) as f64;
    let power = 10f64.powi(wanted.log10().floor() as i32);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|&s| s >= wanted)
        .unwrap_or(10.0 * power);
    let first = (range.start / step).ceil();
    let last = (range.end / step + 1e-9).floor();
    // Multiples of the step, so 0.1 · 3 reads 0.3, not 0.30000000000000004.
    (first as i64..=last as i64)
        .map(|k| k as f64 * step)
        .collect()
}

/// Draws the frame on `root` and returns the plotting area inside it.
pub fn frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> Result<Plane<DB>, String> {
    let err = super::drawing_error::<DB>;
    let area = plane(root, f.margin, f.x.range.clone(), f.y.range.clone());
    let (xs, ys) = area.get_pixel_range();
    let (left, right, top, bottom) = (xs.start, xs.end, ys.start, ys.end);
    let at = |x: f64, y: f64| area.map_coordinate(&(x, y));
    let label = (FontFamily::SansSerif, f.font).into_font().color(&INK);
    let name = (FontFamily::SansSerif, f.font).into_font().color(&MUTED);
    let line = |points: [(i32, i32); 2], colour: &RGBColor| {
        root.draw(&PathElement::new(points, colour.stroke_width(1)))
            .map_err(err)
    };
    for x in ticks(&f.x.range, f.x.ticks) {
        let (px, _) = at(x, f.y.range.start);
        if f.grid {
            line([(px, top), (px, bottom)], &GRID)?;
        }
        line([(px, bottom), (px, bottom + 5)], &INK)?;
        let style = label.pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new((f.x.label)(x), (px, bottom + 8), style))
            .map_err(err)?;
    }
    for y in ticks(&f.y.range, f.y.ticks) {
        let (_, py) = at(f.x.range.start, y);
        if f.grid {
            line([(left, py), (right, py)], &GRID)?;
        }
        line([(left - 5, py), (left, py)], &INK)?;
        let style = label.pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new((f.y.label)(y), (left - 8, py), style))
            .map_err(err)?;
    }
    line([(left, top), (left, bottom)], &INK)?;
    line([(left, bottom), (right, bottom)], &INK)?;
    let (_, height) = root.dim_in_pixel();
    if let Some(text) = f.x.name {
        let style = name.pos(Pos::new(HPos::Center, VPos::Bottom));
        let at = ((left + right) / 2, height as i32 - 2);
        root.draw(&Text::new(text, at, style)).map_err(err)?;
    }
    if let Some(text) = f.y.name {
        let style = name
            .transform(FontTransform::Rotate270)
            .pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(text, (2, (top + bottom) / 2), style))
            .map_err(err)?;
    }
    Ok(area)
}

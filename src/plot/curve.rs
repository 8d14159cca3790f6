//! The loss curve: loss against epoch, linear or logarithmic, with where training broke.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::axes::{self, Axis, Frame, Margin};
use super::{axis_number, ACCENT, BAD};

/// What a loss curve shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveSpec<'a> {
    /// (epoch, loss) points, epochs 1-based and increasing; see [`downsample`].
    pub points: &'a [(f64, f64)],
    /// The right end of the epoch axis (the planned number of epochs, at least).
    pub x_max: f64,
    /// Plot log₁₀ of the loss (values ≤ 0 are dropped).
    pub log: bool,
    /// The epoch whose loss became NaN or infinite, marked with a red line.
    pub broke_at: Option<f64>,
}

/// Where the plotting area landed, so a pointer position can be read back as an epoch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurveFrame {
    /// Pixel column of epoch 0 (the left edge of the plotting area).
    pub left: i32,
    /// Pixel column of `x_max`.
    pub right: i32,
    /// Top pixel row of the plotting area.
    pub top: i32,
    /// Bottom pixel row of the plotting area.
    pub bottom: i32,
    /// The epoch at `right`.
    pub x_max: f64,
}

impl CurveFrame {
    /// The epoch under pixel column `x` (clamped to the axis).
    pub fn epoch_at(&self, x: f64) -> f64 {
        let span = (self.right - self.left).max(1) as f64;
        ((x - self.left as f64) / span).clamp(0.0, 1.0) * self.x_max
    }

    /// The pixel column of `epoch`.
    pub fn x_of(&self, epoch: f64) -> f64 {
        self.left as f64 + (self.right - self.left) as f64 * epoch / self.x_max.max(1e-300)
    }
}

/// At most about `max` points of a loss history, as (epoch, loss) with epochs 1-based.
///
/// Each bucket of epochs keeps its smallest and largest loss in the order they
/// happened, so spikes survive; the first and last epochs are always kept.
pub fn downsample(values: &[f64], max: usize) -> Vec<(f64, f64)> {
    let n = values.len();
    let max = max.max(4);
    if n <= max {
        return values
            .iter()
            .enumerate()
            .map(|(i, &v)| ((i + 1) as f64, v))
            .collect();
    }
    let buckets = max / 2;
    let mut out = Vec::with_capacity(max + 2);
    out.push((1.0, values[0]));
    for b in 0..buckets {
        let (lo, hi) = (1 + b * (n - 2) / buckets, 1 + (b + 1) * (n - 2) / buckets);
        if lo >= hi {
            continue;
        }
        let (mut imin, mut imax) = (lo, lo);
        for i in lo..hi {
            if values[i] < values[imin] {
                imin = i;
            }
            if values[i] > values[imax] {
                imax = i;
            }
        }
        let (a, b) = if imin <= imax {
            (imin, imax)
        } else {
            (imax, imin)
        };
        out.push(((a + 1) as f64, values[a]));
        if b != a {
            out.push(((b + 1) as f64, values[b]));
        }
    }
    out.push((n as f64, values[n - 1]));
    out
}

/// Draws the loss curve on `root` and returns where its plotting area is.
pub fn loss_curve<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &CurveSpec<'_>,
) -> Result<CurveFrame, String> {
    let err = super::drawing_error::<DB>;
    let pts: Vec<(f64, f64)> = spec
        .points
        .iter()
        .filter(|(_, v)| v.is_finite() && (!spec.log || *v > 0.0))
        .map(|&(e, v)| (e, if spec.log { v.log10() } else { v }))
        .collect();
    let (mut lo, mut hi) = pts
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &(_, v)| {
            (lo.min(v), hi.max(v))
        });
    if !lo.is_finite() {
        (lo, hi) = if spec.log { (-2.0, 1.0) } else { (0.0, 1.0) };
    }
    if !spec.log {
        lo = lo.min(0.0);
    }
    if hi - lo < 1e-12 {
        hi = lo + if spec.log { 1.0 } else { lo.abs().max(1.0) };
    }
    let pad = (hi - lo) * 0.04;
    let (lo, hi) = (if spec.log { lo - pad } else { lo }, hi + pad);
    let x_max = spec.x_max.max(1.0);
    let log = spec.log;
    let y_label = move |v: f64| axis_number(if log { 10f64.powf(v) } else { v });
    let x_label = |v: f64| axis_number(v.round());
    let chart = axes::frame(
        root,
        &Frame {
            x: Axis {
                range: 0.0..x_max,
                ticks: 6,
                label: &x_label,
                name: Some("epoch"),
            },
            y: Axis {
                range: lo..hi,
                ticks: 5,
                label: &y_label,
                name: Some(if log { "loss (log scale)" } else { "loss" }),
            },
            margin: Margin {
                top: 10,
                right: 20,
                bottom: 48,
                left: 74,
            },
            font: 14,
            grid: true,
        },
    )?;
    if !pts.is_empty() {
        chart
            .draw(&PathElement::new(pts, ACCENT.stroke_width(2)))
            .map_err(err)?;
    }
    if let Some(at) = spec.broke_at {
        chart
            .draw(&PathElement::new([(at, lo), (at, hi)], BAD.stroke_width(2)))
            .map_err(err)?;
        let style = (FontFamily::SansSerif, 14)
            .into_font()
            .color(&BAD)
            .pos(Pos::new(HPos::Right, VPos::Top));
        let text = format!("diverged at epoch {}", at as usize);
        chart.draw(&Text::new(text, (at, hi), style)).map_err(err)?;
    }
    let (xr, yr) = chart.get_pixel_range();
    Ok(CurveFrame {
        left: xr.start,
        right: xr.end,
        top: yr.start,
        bottom: yr.end,
        x_max,
    })
}

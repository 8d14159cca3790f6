//! The loss curve: loss against epoch, linear or logarithmic, with where training broke.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{axis_number, ACCENT, BAD, CLASS_COLOURS, GRID, INK, MUTED};

/// The held-out data's curve: the second class hue, which reads on every theme.
const TEST: RGBColor = CLASS_COLOURS[1];

/// What a loss curve shows.
#[derive(Clone, Debug, PartialEq)]
pub struct CurveSpec<'a> {
    /// (epoch, loss) points, epochs 1-based and increasing; see [`downsample`].
    pub points: &'a [(f64, f64)],
    /// The same on data held out (empty: none), drawn in orange and named at its end.
    pub test_points: &'a [(f64, f64)],
    /// The right end of the epoch axis (the planned number of epochs, at least).
    pub x_max: f64,
    /// A logarithmic loss axis spanning whole powers of ten (values ≤ 0 are dropped).
    pub log: bool,
    /// The epoch whose loss became NaN or infinite, marked with a red line.
    pub broke_at: Option<f64>,
}

/// Where the plotting area landed, so a pointer position can be read back as an epoch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurveFrame {
    /// Pixel column of epoch 0 (the left edge of the plotting area).
    pub left: i32,
    /// Pixel column of `x_max` (the right edge of the plotting area).
    pub right: i32,
    /// Top pixel row of the plotting area: the loss axis's top.
    pub top: i32,
    /// Bottom pixel row of the plotting area: the loss axis's bottom.
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
    let shown = |points: &[(f64, f64)]| -> Vec<(f64, f64)> {
        points
            .iter()
            .copied()
            .filter(|(_, v)| v.is_finite() && (!spec.log || *v > 0.0))
            .collect()
    };
    let pts = (shown(spec.points), shown(spec.test_points));
    let (lo, hi) = pts
        .0
        .iter()
        .chain(&pts.1)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &(_, v)| {
            (lo.min(v), hi.max(v))
        });
    if spec.log {
        // Whole powers of ten, so the axis has a tick at each end at least, and a little
        // room beyond them so those ticks sit inside it. The axis is linear in log₁₀ of the
        // loss: one chart type for both scales (plotters' LogCoord was a second copy of the
        // chart code in the page's wasm).
        let (lo, hi) = if lo.is_finite() {
            (lo, hi)
        } else {
            (0.01, 10.0)
        };
        let bottom = lo.log10().floor().clamp(-300.0, 299.0);
        let top = hi.log10().ceil().clamp(bottom + 1.0, 300.0);
        let pad = (top - bottom) * 0.04;
        let logs = |p: Vec<(f64, f64)>| p.into_iter().map(|(x, v)| (x, v.log10())).collect();
        // No more labels than decades and one: plotters then steps by a whole number of
        // decades (its steps are 1, 2 or 5 × 10ᵏ, and half decades would be twice as many).
        let labels = ((top - bottom) as usize + 1).min(6);
        draw(
            root,
            spec,
            (logs(pts.0), logs(pts.1)),
            (bottom - pad, top + pad),
            labels,
        )
    } else {
        let (lo, mut hi) = if lo.is_finite() {
            (lo.min(0.0), hi)
        } else {
            (0.0, 1.0)
        };
        if hi - lo < 1e-12 {
            hi = lo + lo.abs().max(1.0);
        }
        let hi = hi + (hi - lo) * 0.04;
        draw(root, spec, pts, (lo, hi), 5)
    }
}

/// (epoch, loss) points as drawn.
type Points = Vec<(f64, f64)>;

/// The curve on a loss axis from `lo` to `hi`, in log₁₀ of the loss when `spec.log`.
fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &CurveSpec<'_>,
    (pts, test): (Points, Points),
    (lo, hi): (f64, f64),
    y_labels: usize,
) -> Result<CurveFrame, String> {
    let err = super::drawing_error::<DB>;
    let x_max = spec.x_max.max(1.0);
    let mut chart = ChartBuilder::on(root)
        .margin(10)
        .margin_right(20)
        .x_label_area_size(38)
        .y_label_area_size(64)
        .build_cartesian_2d(0f64..x_max, lo..hi)
        .map_err(err)?;
    let y_label = |v: &f64| axis_number(if spec.log { 10f64.powf(v.round()) } else { *v });
    let x_label = |v: &f64| axis_number(v.round());
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID.stroke_width(1))
        .axis_style(INK.stroke_width(1))
        .label_style((FontFamily::SansSerif, 14).into_font().color(&INK))
        .axis_desc_style((FontFamily::SansSerif, 14).into_font().color(&MUTED))
        .x_desc("epoch")
        .y_desc(if spec.log { "loss (log scale)" } else { "loss" })
        // Epochs are whole: no more ticks than there are epochs, so no step below 1.
        .x_labels(6.min(x_max as usize + 1))
        .y_labels(y_labels)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .draw()
        .map_err(err)?;
    // One point (a run resumed from a link) is a line of no length: it gets a dot.
    if let [only] = pts[..] {
        chart
            .draw_series(std::iter::once(Circle::new(only, 5, ACCENT.filled())))
            .map_err(err)?;
    }
    // Held-out data: its curve, and each curve named at its last point.
    if let (Some(&end), Some(&train_end)) = (test.last(), pts.last()) {
        let name = |text: &str, at, colour: RGBColor, v| {
            let style = (FontFamily::SansSerif, 14)
                .into_font()
                .color(&colour)
                .pos(Pos::new(HPos::Right, v));
            Text::new(text.to_string(), at, style)
        };
        let (above, below) = if end.1 > train_end.1 {
            (VPos::Bottom, VPos::Top)
        } else {
            (VPos::Top, VPos::Bottom)
        };
        chart
            .draw_series(LineSeries::new(test, TEST.stroke_width(2)))
            .map_err(err)?;
        chart
            .draw_series([
                name("test", end, TEST, above),
                name("training", train_end, ACCENT, below),
            ])
            .map_err(err)?;
    }
    if !pts.is_empty() {
        chart
            .draw_series(LineSeries::new(pts, ACCENT.stroke_width(2)))
            .map_err(err)?;
    }
    if let Some(at) = spec.broke_at {
        chart
            .draw_series(LineSeries::new([(at, lo), (at, hi)], BAD.stroke_width(2)))
            .map_err(err)?;
        let style = (FontFamily::SansSerif, 14)
            .into_font()
            .color(&BAD)
            .pos(Pos::new(HPos::Right, VPos::Top));
        let text = format!("diverged at epoch {}", at as usize);
        chart
            .draw_series(std::iter::once(Text::new(text, (at, hi), style)))
            .map_err(err)?;
    }
    let (left, bottom) = chart.backend_coord(&(0.0, lo));
    let (right, top) = chart.backend_coord(&(x_max, hi));
    Ok(CurveFrame {
        left,
        right,
        top,
        bottom,
        x_max,
    })
}

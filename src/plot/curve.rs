//! The loss curve (loss against epoch, linear or logarithmic, with where training broke), drawn
//! by the page's one line chart, [`draw`], which the GPU view's race chart draws with too.

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
        draw_curve(
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
        draw_curve(root, spec, pts, (lo, hi), 5)
    }
}

/// (epoch, loss) points as drawn.
type Points = Vec<(f64, f64)>;

/// The loss curve on a loss axis from `lo` to `hi`, in log₁₀ of the loss when `spec.log`.
fn draw_curve<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &CurveSpec<'_>,
    (pts, test): (Points, Points),
    (lo, hi): (f64, f64),
    y_labels: usize,
) -> Result<CurveFrame, String> {
    let x_max = spec.x_max.max(1.0);
    let y_label = |v: &f64| axis_number(if spec.log { 10f64.powf(v.round()) } else { *v });
    let x_label = |v: &f64| axis_number(v.round());
    // Held-out data: its curve, and each curve named at its last point.
    let named = !test.is_empty();
    draw(
        root,
        &Axes {
            x: (0.0, x_max),
            y: (lo, hi),
            // Epochs are whole: no more ticks than there are epochs, so no step below 1.
            labels: (6.min(x_max as usize + 1), y_labels),
            label: (&x_label, &y_label),
            desc: ("epoch", if spec.log { "loss (log scale)" } else { "loss" }),
        },
        [(test, TEST, "test"), (pts, ACCENT, "training")],
        named,
        spec.broke_at
            .map(|at| (at, format!("diverged at epoch {}", at as usize), BAD)),
    )
}

/// An axis label's text for a value on the axis.
pub(super) type Label<'a> = &'a dyn Fn(&f64) -> String;

/// A chart's two axes, (x, y): each one's range, how many labels, their text and the axis's name.
pub(super) struct Axes<'a> {
    pub x: (f64, f64),
    pub y: (f64, f64),
    pub labels: (usize, usize),
    pub label: (Label<'a>, Label<'a>),
    pub desc: (&'a str, &'a str),
}

/// A line: its points, its colour and its name.
pub(super) type Line = (Points, RGBColor, &'static str);

/// The page's one line chart (the loss curve, the GPU view's race): the axes, each line (a dot
/// where it has one point; drawn in order, so the last is on top), each line named at its last
/// point when `named`, and a vertical mark with its words at the top. Returns where the
/// plotting area is.
pub(super) fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    axes: &Axes<'_>,
    lines: [Line; 2],
    named: bool,
    mark: Option<(f64, String, RGBColor)>,
) -> Result<CurveFrame, String> {
    let err = super::drawing_error::<DB>;
    let ((x0, x1), (lo, hi)) = (axes.x, axes.y);
    let mut chart = ChartBuilder::on(root)
        .margin(10)
        .margin_right(20)
        .x_label_area_size(38)
        .y_label_area_size(64)
        .build_cartesian_2d(x0..x1, lo..hi)
        .map_err(err)?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID.stroke_width(1))
        .axis_style(INK.stroke_width(1))
        .label_style((FontFamily::SansSerif, 14).into_font().color(&INK))
        .axis_desc_style((FontFamily::SansSerif, 14).into_font().color(&MUTED))
        .x_desc(axes.desc.0)
        .y_desc(axes.desc.1)
        .x_labels(axes.labels.0)
        .y_labels(axes.labels.1)
        .x_label_formatter(axes.label.0)
        .y_label_formatter(axes.label.1)
        .draw()
        .map_err(err)?;
    let text = |text: String, at, colour: RGBColor, v| {
        let style = (FontFamily::SansSerif, 14)
            .into_font()
            .color(&colour)
            .pos(Pos::new(HPos::Right, v));
        Text::new(text, at, style)
    };
    // Two names at the lines' ends: the one that ends higher above its end, the other below.
    let ends = lines.each_ref().map(|l| l.0.last().copied());
    if let (true, [Some(first), Some(second)]) = (named, ends) {
        let (above, below) = if first.1 > second.1 {
            (VPos::Bottom, VPos::Top)
        } else {
            (VPos::Top, VPos::Bottom)
        };
        chart
            .draw_series([
                text(lines[0].2.to_string(), first, lines[0].1, above),
                text(lines[1].2.to_string(), second, lines[1].1, below),
            ])
            .map_err(err)?;
    }
    for (points, colour, _) in lines {
        // One point (a run resumed from a link, a race of one size) is a line of no length.
        if let [only] = points[..] {
            chart
                .draw_series(std::iter::once(Circle::new(only, 5, colour.filled())))
                .map_err(err)?;
        }
        if !points.is_empty() {
            chart
                .draw_series(LineSeries::new(points, colour.stroke_width(2)))
                .map_err(err)?;
        }
    }
    if let Some((at, words, colour)) = mark {
        chart
            .draw_series(LineSeries::new(
                [(at, lo), (at, hi)],
                colour.stroke_width(2),
            ))
            .map_err(err)?;
        chart
            .draw_series(std::iter::once(text(words, (at, hi), colour, VPos::Top)))
            .map_err(err)?;
    }
    let (left, bottom) = chart.backend_coord(&(x0, lo));
    let (right, top) = chart.backend_coord(&(x1, hi));
    Ok(CurveFrame {
        left,
        right,
        top,
        bottom,
        x_max: x1,
    })
}

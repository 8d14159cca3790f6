//! A matrix's picture as a map (`plane.rs`, `space.rs`): straight lines, shaded shapes and
//! labels in the plane [−r, r]², drawn by one function whatever the map.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ACCENT;
use crate::math::format::fmt_number;

/// Where A sends e₁ (its first column): Okabe and Ito's blue. The pictures' four hues stay
/// apart for colour-blind eyes (`tests/plot/colours.rs`).
pub const FIRST: RGBColor = RGBColor(0, 114, 178);
/// Where A sends e₂ (its second column): vermillion.
pub const SECOND: RGBColor = RGBColor(213, 94, 0);
/// Where A sends e₃ (its third column): reddish purple.
pub const THIRD: RGBColor = RGBColor(204, 121, 167);
/// The eigen-directions: bluish green.
pub const EIGEN: RGBColor = RGBColor(0, 158, 115);

/// A text in the picture.
#[derive(Clone)]
struct Label {
    text: String,
    at: (f64, f64),
    hue: RGBColor,
    /// Which of the text's corners (or edges' middles) is at `at`.
    corner: Pos,
}

/// What a map's picture holds, in the coordinates of the plane it is drawn on.
pub struct Sketch {
    /// The picture shows [−reach, reach]².
    reach: f64,
    lines: Vec<([(f64, f64); 2], ShapeStyle)>,
    /// Polylines (a circle, an ellipse), drawn before the straight lines.
    paths: Vec<(Vec<(f64, f64)>, ShapeStyle)>,
    shades: Vec<Vec<(f64, f64)>>,
    labels: Vec<Label>,
    /// Each eigen-direction's λ, with the other place it may go: the line's other side of
    /// the origin.
    eigen_labels: Vec<(Label, (f64, f64))>,
}

impl Sketch {
    /// An empty picture of [−reach, reach]².
    pub fn new(reach: f64) -> Self {
        Sketch {
            reach,
            lines: Vec::new(),
            paths: Vec::new(),
            shades: Vec::new(),
            labels: Vec::new(),
            eigen_labels: Vec::new(),
        }
    }

    /// A straight line from `p` to `q`, cut at the picture's edge.
    pub fn line(&mut self, p: (f64, f64), q: (f64, f64), style: ShapeStyle) {
        self.lines.push(([p, q], style));
    }

    /// A polyline through `points`, cut at the picture's edge.
    pub fn path(&mut self, points: Vec<(f64, f64)>, style: ShapeStyle) {
        self.paths.push((points, style));
    }

    /// A text whose `corner` is at `at`.
    pub fn label(&mut self, text: &str, at: (f64, f64), hue: RGBColor, corner: Pos) {
        self.labels.push(Label {
            text: text.to_string(),
            at,
            hue,
            corner,
        });
    }

    /// How far the picture reaches from the origin.
    pub fn reach(&self) -> f64 {
        self.reach
    }

    /// A shape shaded in the accent colour.
    pub fn shade(&mut self, corners: Vec<(f64, f64)>) {
        self.shades.push(corners);
    }

    /// A column of A: a thick line from the origin to `tip`, named there.
    pub fn column(&mut self, tip: (f64, f64), hue: RGBColor, name: &str) {
        self.line((0.0, 0.0), tip, hue.stroke_width(4));
        let corner = Pos::new(HPos::Left, VPos::Top);
        self.labels.push(Label {
            text: name.to_string(),
            at: tip,
            hue,
            corner,
        });
    }

    /// An eigen-direction (a unit vector on the picture) across the whole picture, with its λ
    /// beside it near the edge.
    pub fn eigen_line(&mut self, lambda: f64, (x, y): (f64, f64)) {
        let (r, far) = (self.reach, 2.0 * self.reach);
        self.line(
            (-far * x, -far * y),
            (far * x, far * y),
            EIGEN.stroke_width(2),
        );
        // Beside the line, on its left as it leaves the origin, one way or the other; the
        // text grows away from the line.
        let at = |s: f64| {
            (
                s * 0.75 * r * x - 0.06 * r * y,
                s * 0.75 * r * y + 0.06 * r * x,
            )
        };
        let (across, up) = (-y, x);
        let h = if across < -0.3 {
            HPos::Right
        } else if across > 0.3 {
            HPos::Left
        } else {
            HPos::Center
        };
        let v = if up > 0.3 {
            VPos::Bottom
        } else if up < -0.3 {
            VPos::Top
        } else {
            VPos::Center
        };
        let label = Label {
            text: format!("λ = {}", fmt_number(lambda)),
            at: at(1.0),
            hue: EIGEN,
            corner: Pos::new(h, v),
        };
        self.eigen_labels.push((label, at(-1.0)));
    }

    /// Every label with its place: each λ goes to the side of the origin farther from the
    /// columns' names.
    fn placed_labels(&self) -> Vec<Label> {
        let names: Vec<(f64, f64)> = self.labels.iter().map(|l| l.at).collect();
        let room = |p: (f64, f64)| {
            names
                .iter()
                .map(|q| (p.0 - q.0).hypot(p.1 - q.1))
                .fold(f64::INFINITY, f64::min)
        };
        let mut out = self.labels.clone();
        for (label, other) in &self.eigen_labels {
            let at = if room(*other) > room(label.at) {
                *other
            } else {
                label.at
            };
            out.push(Label {
                at,
                ..label.clone()
            });
        }
        out
    }
}

/// The part of the segment from `p` to `q` inside the square [−r, r]² (Liang–Barsky), or
/// `None` when it misses. Plotters pins points outside the chart to its edge, which would
/// bend a line into the corners.
fn clip(p: (f64, f64), q: (f64, f64), r: f64) -> Option<[(f64, f64); 2]> {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (step, room) in [(-dx, p.0 + r), (dx, r - p.0), (-dy, p.1 + r), (dy, r - p.1)] {
        if step == 0.0 {
            if room < 0.0 {
                return None;
            }
        } else {
            let t = room / step;
            if step < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    let at = |t: f64| (p.0 + t * dx, p.1 + t * dy);
    (t0 <= t1).then(|| [at(t0), at(t1)])
}

/// The margin, in pixels, that `map_picture` leaves around the plane on every side.
pub const MARGIN: f64 = 6.0;

/// The point of the plane [−reach, reach]² that `map_picture` draws at pixel (`px`, `py`)
/// of a `side`×`side` picture, y growing upwards: what a pointer on the picture points at.
pub fn plane_point(px: f64, py: f64, side: f64, reach: f64) -> (f64, f64) {
    let inner = (side - 2.0 * MARGIN).max(1.0);
    let x = -reach + (px - MARGIN) / inner * 2.0 * reach;
    let y = reach - (py - MARGIN) / inner * 2.0 * reach;
    (x, y)
}

/// The runs of a polyline inside the square [−r, r]²: each segment cut by [`clip`], joined
/// where one ends where the next begins.
fn clip_path(points: &[(f64, f64)], r: f64) -> Vec<Vec<(f64, f64)>> {
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    for pair in points.windows(2) {
        let Some([p, q]) = clip(pair[0], pair[1], r) else {
            continue;
        };
        match runs.last_mut() {
            Some(run) if run.last() == Some(&p) => run.push(q),
            _ => runs.push(vec![p, q]),
        }
    }
    runs
}

/// Draws a map's picture into `root`: the shades first, then the paths and lines, then the
/// labels.
pub fn map_picture<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    sketch: &Sketch,
) -> Result<(), String> {
    let err = super::drawing_error::<DB>;
    let r = sketch.reach;
    let mut chart = ChartBuilder::on(root)
        .margin(MARGIN as u32)
        .build_cartesian_2d(-r..r, -r..r)
        .map_err(err)?;
    chart
        .draw_series(
            sketch
                .shades
                .iter()
                .map(|corners| Polygon::new(corners.clone(), ACCENT.mix(0.2).filled())),
        )
        .map_err(err)?;
    // The paths and the lines, clipped, as one series (two series and a `flat_map` were
    // two more drawing loops in the page's wasm).
    let mut strokes = Vec::new();
    for (points, style) in &sketch.paths {
        for run in clip_path(points, r) {
            strokes.push(PathElement::new(run, *style));
        }
    }
    for &([p, q], style) in &sketch.lines {
        if let Some(segment) = clip(p, q, r) {
            strokes.push(PathElement::new(segment, style));
        }
    }
    chart.draw_series(strokes).map_err(err)?;
    chart
        .draw_series(sketch.placed_labels().into_iter().map(
            |Label {
                 text,
                 at,
                 hue,
                 corner,
             }| {
                let style = (FontFamily::SansSerif, 20)
                    .into_font()
                    .color(&hue)
                    .pos(corner);
                Text::new(text, at, style)
            },
        ))
        .map_err(err)?;
    Ok(())
}

//! Principal components of points in the plane: the mean, the covariance (divided by n − 1,
//! NumPy's `np.cov` default), its eigen-directions as axes from the mean, and each point's
//! projection onto the first. Drawn straight in pixels through a [`PlotFrame`], the same
//! frame the page uses to turn a click back into a point.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::sketch::{FIRST, SECOND, THIRD};
use super::{axis_number, ACCENT, GRID, INK, MUTED};
use crate::math::linalg::try_eigh;
use crate::math::matrix::Matrix;

/// A square picture of the data rectangle `x_range × y_range`, `side_px` pixels a side, y up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotFrame {
    /// The picture's width and height in pixels.
    pub side_px: u32,
    /// The data x at the left and right edges.
    pub x_range: (f64, f64),
    /// The data y at the bottom and top edges.
    pub y_range: (f64, f64),
}

impl PlotFrame {
    /// The pixel (from the top left) where the data point (x, y) is drawn.
    pub fn to_px(&self, x: f64, y: f64) -> (f64, f64) {
        let side = f64::from(self.side_px);
        let ((x0, x1), (y0, y1)) = (self.x_range, self.y_range);
        ((x - x0) / (x1 - x0) * side, (y1 - y) / (y1 - y0) * side)
    }

    /// The data point drawn at pixel (px, py): `to_px`'s inverse.
    pub fn to_data(&self, px: f64, py: f64) -> (f64, f64) {
        let side = f64::from(self.side_px);
        let ((x0, x1), (y0, y1)) = (self.x_range, self.y_range);
        (x0 + px / side * (x1 - x0), y1 - py / side * (y1 - y0))
    }

    fn pixel(&self, (x, y): (f64, f64)) -> (i32, i32) {
        let (px, py) = self.to_px(x, y);
        (px.round() as i32, py.round() as i32)
    }
}

/// What PCA finds in two or more distinct points.
#[derive(Clone, Debug, PartialEq)]
pub struct PcaFit {
    /// The mean point.
    pub mean: (f64, f64),
    /// The covariance [[var x, cov], [cov, var y]], divided by n − 1.
    pub cov: [[f64; 2]; 2],
    /// λ₁ ≥ λ₂ ≥ 0: the variance along each component.
    pub lambda: [f64; 2],
    /// The unit directions of PC1 and PC2 (largest entry positive, as `try_eigh` gives them).
    pub axes: [(f64, f64); 2],
    /// λᵢ / (λ₁ + λ₂): the share of the variance each component explains.
    pub explained: [f64; 2],
}

/// A cloud of points in the plane and its principal components, when it has any.
#[derive(Clone, Debug, PartialEq)]
pub struct PcaCloud {
    /// The points.
    pub points: Vec<(f64, f64)>,
    /// `None` for fewer than two distinct points (no variance to share out).
    pub fit: Option<PcaFit>,
}

impl PcaCloud {
    /// The components of `points`, their coordinates finite.
    pub fn new(points: &[(f64, f64)]) -> Self {
        Self {
            points: points.to_vec(),
            fit: fit(points),
        }
    }

    /// Each point's projection onto PC1's line through the mean (the points themselves when
    /// there is no fit).
    pub fn projections(&self) -> Vec<(f64, f64)> {
        let Some(f) = &self.fit else {
            return self.points.clone();
        };
        let ((mx, my), (ux, uy)) = (f.mean, f.axes[0]);
        self.points
            .iter()
            .map(|&(x, y)| {
                let s = (x - mx) * ux + (y - my) * uy;
                (mx + s * ux, my + s * uy)
            })
            .collect()
    }

    /// The ends of each drawn axis: from the mean ±2·√λᵢ along its direction, two standard
    /// deviations of the points along it.
    pub fn axis_ends(&self) -> Vec<[(f64, f64); 2]> {
        let Some(f) = &self.fit else {
            return Vec::new();
        };
        let (mx, my) = f.mean;
        (0..2)
            .map(|k| {
                let half = 2.0 * f.lambda[k].sqrt();
                let (ux, uy) = f.axes[k];
                [
                    (mx - half * ux, my - half * uy),
                    (mx + half * ux, my + half * uy),
                ]
            })
            .collect()
    }

    /// A frame of `side_px` pixels holding the points and the axes with room around them,
    /// with the same scale on x and y so perpendicular axes look perpendicular.
    pub fn frame(&self, side_px: u32) -> PlotFrame {
        let mut all = self.points.clone();
        for ends in self.axis_ends() {
            all.extend(ends);
        }
        let (lo, hi) = all.iter().fold(
            (
                (f64::INFINITY, f64::INFINITY),
                (f64::NEG_INFINITY, f64::NEG_INFINITY),
            ),
            |(lo, hi), &(x, y)| ((lo.0.min(x), lo.1.min(y)), (hi.0.max(x), hi.1.max(y))),
        );
        let (centre, half) = if all.is_empty() {
            ((0.0, 0.0), 1.0)
        } else {
            let half = 0.5 * (hi.0 - lo.0).max(hi.1 - lo.1);
            (
                ((lo.0 + hi.0) / 2.0, (lo.1 + hi.1) / 2.0),
                (1.2 * half).max(1.0),
            )
        };
        PlotFrame {
            side_px,
            x_range: (centre.0 - half, centre.0 + half),
            y_range: (centre.1 - half, centre.1 + half),
        }
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let n = |x: f64| axis_number(x);
        let point = |(x, y): (f64, f64)| format!("({}, {})", n(x), n(y));
        let Some(f) = &self.fit else {
            let count = self.points.len();
            return vec![format!(
                "PCA needs two distinct points; there {}.",
                match count {
                    0 => "are none".to_string(),
                    1 => "is one".to_string(),
                    _ => format!("are {count}, all in the same place"),
                }
            )];
        };
        let [[a, b], [_, d]] = f.cov;
        let percent = |x: f64| format!("{}%", n(100.0 * x));
        vec![
            format!(
                "The {} points have mean {}.",
                self.points.len(),
                point(f.mean)
            ),
            format!(
                "Their covariance, dividing by n − 1 as np.cov does, is [[{}, {}], [{}, {}]].",
                n(a),
                n(b),
                n(b),
                n(d)
            ),
            format!(
                "Its eigenvalues are λ₁ = {} and λ₂ = {}: PC1 explains {} of the variance, PC2 {}.",
                n(f.lambda[0]),
                n(f.lambda[1]),
                percent(f.explained[0]),
                percent(f.explained[1])
            ),
            format!(
                "PC1 points along {}, PC2 along {}; each axis drawn reaches 2·√λ from the mean, two standard deviations.",
                point(f.axes[0]),
                point(f.axes[1])
            ),
            "The short lines join each point to its projection onto PC1.".to_string(),
        ]
    }
}

fn fit(points: &[(f64, f64)]) -> Option<PcaFit> {
    let first = *points.first()?;
    if points.iter().all(|&p| p == first) {
        return None;
    }
    let count = points.len() as f64;
    let mean = points.iter().fold((0.0, 0.0), |(sx, sy), &(x, y)| {
        (sx + x / count, sy + y / count)
    });
    let (mut xx, mut xy, mut yy) = (0.0, 0.0, 0.0);
    for &(x, y) in points {
        let (dx, dy) = (x - mean.0, y - mean.1);
        xx += dx * dx;
        xy += dx * dy;
        yy += dy * dy;
    }
    let d = count - 1.0;
    let cov = [[xx / d, xy / d], [xy / d, yy / d]];
    let (values, vectors) = try_eigh(&Matrix::from_fn(2, 2, |i, j| cov[i][j])).ok()?;
    // try_eigh lists λ increasing: PC1 is the last.
    let lambda = [values[1], values[0].max(0.0)];
    let axes = [1, 0].map(|k| (vectors[(0, k)], vectors[(1, k)]));
    let total = lambda[0] + lambda[1];
    Some(PcaFit {
        mean,
        cov,
        lambda,
        axes,
        explained: [lambda[0] / total, lambda[1] / total],
    })
}

/// Draws the cloud into `root`, which should be `frame.side_px` square: each point (blue)
/// joined to its projection onto PC1 (orange), the axes PC1 (accent) and PC2 (purple) from
/// the mean, and the mean.
pub fn pca_picture<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    cloud: &PcaCloud,
    frame: &PlotFrame,
) -> Result<(), String> {
    let err = super::drawing_error::<DB>;
    let at = |p: (f64, f64)| frame.pixel(p);
    let side = frame.side_px as i32;
    root.draw(&Rectangle::new(
        [(0, 0), (side - 1, side - 1)],
        GRID.stroke_width(1),
    ))
    .map_err(err)?;
    let projected = cloud.projections();
    if cloud.fit.is_some() {
        for (&p, &q) in cloud.points.iter().zip(&projected) {
            root.draw(&PathElement::new([at(p), at(q)], MUTED.stroke_width(1)))
                .map_err(err)?;
        }
    }
    let ends = cloud.axis_ends();
    for (k, ([p, q], hue)) in ends.iter().zip([ACCENT, THIRD]).enumerate() {
        root.draw(&PathElement::new([at(*p), at(*q)], hue.stroke_width(3)))
            .map_err(err)?;
        let (x, y) = at(*q);
        let h = if x > side / 2 {
            HPos::Right
        } else {
            HPos::Left
        };
        let v = if y > side / 2 {
            VPos::Top
        } else {
            VPos::Bottom
        };
        let style = (FontFamily::SansSerif, 18)
            .into_font()
            .color(&hue)
            .pos(Pos::new(h, v));
        root.draw(&Text::new(format!("PC{}", k + 1), (x, y), style))
            .map_err(err)?;
    }
    for &p in &cloud.points {
        root.draw(&Circle::new(at(p), 5, FIRST.filled()))
            .map_err(err)?;
    }
    if let Some(f) = &cloud.fit {
        for &q in &projected {
            root.draw(&Circle::new(at(q), 3, SECOND.filled()))
                .map_err(err)?;
        }
        let (x, y) = at(f.mean);
        for [a, b] in [[(x - 6, y), (x + 6, y)], [(x, y - 6), (x, y + 6)]] {
            root.draw(&PathElement::new([a, b], INK.stroke_width(2)))
                .map_err(err)?;
        }
    }
    Ok(())
}

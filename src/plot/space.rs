//! A 3×3 matrix as a map of space, seen from a little above in a view that turns: the unit
//! cube and the box it becomes, A's columns as the images of e₁, e₂ and e₃, and the
//! directions A only stretches.

use plotters::prelude::*;

use super::sketch::{Sketch, FIRST, SECOND, THIRD};
use super::{ACCENT, GRID, MUTED};
use crate::math::format::fmt_number;
use crate::math::linalg::eig::try_eig;
use crate::math::matrix::Matrix;

/// A 3×3 matrix seen as a map of space.
#[derive(Clone, Debug, PartialEq)]
pub struct SpaceMap {
    /// The rows of A.
    pub a: [[f64; 3]; 3],
    /// det A: the signed volume of the unit cube's image.
    pub det: f64,
    /// The real eigenvalues, each with a unit direction.
    pub stretched: Vec<(f64, [f64; 3])>,
    /// A complex pair re ± im·i, when A turns a plane about the real direction.
    pub turning: Option<(f64, f64)>,
}

/// The picture's view, seen from a little above and to the right: space is turned by
/// `turn` radians (and 30° more) about the vertical axis, tilted 20° towards the viewer, and
/// drawn without perspective. So the unit cube looks like a cube from every side.
pub(super) fn project([x, y, z]: [f64; 3], turn: f64) -> (f64, f64) {
    let azimuth = turn - std::f64::consts::FRAC_PI_6;
    let (sin_turn, cos_turn) = (azimuth.sin(), azimuth.cos());
    let (x, depth) = (cos_turn * x + sin_turn * z, cos_turn * z - sin_turn * x);
    // sin 20° and cos 20°.
    (x, 0.9397 * y - 0.3420 * depth)
}

/// The unit cube's corners; bit k of the index is coordinate k.
fn cube_corners() -> Vec<[f64; 3]> {
    (0..8)
        .map(|k| [k & 1, (k >> 1) & 1, (k >> 2) & 1].map(f64::from))
        .collect()
}

impl SpaceMap {
    /// The map of `a`, its entries finite.
    pub fn new(a: [[f64; 3]; 3]) -> Self {
        let m = Matrix::from_fn(3, 3, |i, j| a[i][j]);
        // Along the first row: a·(ei − fh) − b·(di − fg) + c·(dh − eg).
        let minor = |j: usize, k: usize| a[1][j] * a[2][k] - a[1][k] * a[2][j];
        let det = a[0][0] * minor(1, 2) - a[0][1] * minor(0, 2) + a[0][2] * minor(0, 1);
        let (mut stretched, mut turning) = (Vec::new(), None);
        if let Ok(eigen) = try_eig(&m) {
            for (k, lambda) in eigen.values.iter().enumerate() {
                if lambda.im != 0.0 {
                    turning = Some((lambda.re, lambda.im.abs()));
                    continue;
                }
                let v: Vec<f64> = eigen.vectors.column(k).iter().map(|z| z.re).collect();
                let n = v.iter().map(|x| x * x).sum::<f64>().sqrt();
                // The sign that makes the largest entry positive, as the lab shows them.
                let big = v
                    .iter()
                    .fold(0.0f64, |b, &x| if x.abs() > b.abs() { x } else { b });
                let s = if big < 0.0 { -1.0 / n } else { 1.0 / n };
                // Rounding leaves entries like 5e-17 where the direction has a zero.
                let entry = |x: f64| if x.abs() < 1e-12 { 0.0 } else { s * x };
                stretched.push((lambda.re, [entry(v[0]), entry(v[1]), entry(v[2])]));
            }
        }
        Self {
            a,
            det,
            stretched,
            turning,
        }
    }

    /// A applied to v.
    pub fn apply(&self, v: [f64; 3]) -> [f64; 3] {
        let row = |i: usize| self.a[i][0] * v[0] + self.a[i][1] * v[1] + self.a[i][2] * v[2];
        [row(0), row(1), row(2)]
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let point = |v: [f64; 3]| {
            format!(
                "({}, {}, {})",
                fmt_number(v[0]),
                fmt_number(v[1]),
                fmt_number(v[2])
            )
        };
        let e = |k: usize| self.apply([0, 1, 2].map(|i| f64::from(u8::from(i == k))));
        let mut out = vec![format!(
            "A sends e₁ to {}, e₂ to {} and e₃ to {}: its columns.",
            point(e(0)),
            point(e(1)),
            point(e(2))
        )];
        let volume = fmt_number(self.det.abs());
        out.push(if self.det == 0.0 {
            "The unit cube is flattened onto a plane, a line or a point: det A = 0, so A has no inverse.".to_string()
        } else if self.det < 0.0 {
            format!("The unit cube becomes a box of volume |det A| = {volume}, mirrored: det A is negative.")
        } else {
            format!("The unit cube becomes a box of volume det A = {volume}.")
        });
        let along: Vec<String> = self
            .stretched
            .iter()
            .map(|&(l, v)| format!("along {} by λ = {}", point(v), fmt_number(l)))
            .collect();
        if along.is_empty() {
            return out;
        }
        out.push(match self.turning {
            Some((re, im)) => format!(
                "A keeps one direction on its line, {}, and turns the plane around it: its other eigenvalues are complex, {} ± {}i.",
                along.join(", "),
                fmt_number(re),
                fmt_number(im)
            ),
            None => format!("A only stretches these directions: {}.", along.join("; ")),
        });
        out
    }

    /// The picture: the axes, the unit cube (grey), the box it becomes (its faces at the
    /// origin shaded), A's columns, and the eigen-directions with their λ.
    pub fn sketch(&self) -> Sketch {
        self.sketch_in(self.reach(0.0), 0.0)
    }

    /// How far the picture reaches from the origin, the view turned by `turn` radians: room
    /// for the cube and the box as they are seen from there.
    pub fn reach(&self, turn: f64) -> f64 {
        let mut far = 1.6f64;
        for c in cube_corners() {
            for (x, y) in [project(c, turn), project(self.apply(c), turn)] {
                far = far.max(x.abs()).max(y.abs());
            }
        }
        far * 1.2
    }

    /// The picture of [−r, r]², the view turned by `turn` radians about the vertical axis; a
    /// fixed `r` keeps the view still while A changes.
    pub fn sketch_in(&self, r: f64, turn: f64) -> Sketch {
        let project = |v: [f64; 3]| project(v, turn);
        let corners = cube_corners();
        let mut sketch = Sketch::new(r);
        for axis in 0..3 {
            let unit = [0, 1, 2].map(|i| if i == axis { 2.0 * r } else { 0.0 });
            let (x, y) = project(unit);
            sketch.line((-x, -y), (x, y), GRID.stroke_width(1));
        }
        let columns = [0, 1, 2].map(|k| self.apply([0, 1, 2].map(|i| f64::from(u8::from(i == k)))));
        for (p, q) in [(0, 1), (1, 2), (0, 2)] {
            let (u, v) = (columns[p], columns[q]);
            let sum = [u[0] + v[0], u[1] + v[1], u[2] + v[2]];
            sketch.shade([[0.0; 3], u, sum, v].map(project).to_vec());
        }
        // The twelve edges join the corners that differ in one coordinate.
        for i in 0..8usize {
            for bit in [1, 2, 4] {
                if i & bit == 0 {
                    let (p, q) = (corners[i], corners[i | bit]);
                    sketch.line(project(p), project(q), MUTED.stroke_width(2));
                    let (ap, aq) = (self.apply(p), self.apply(q));
                    sketch.line(project(ap), project(aq), ACCENT.stroke_width(2));
                }
            }
        }
        for &(l, v) in &self.stretched {
            let (x, y) = project(v);
            let n = x.hypot(y);
            if n > 1e-9 {
                sketch.eigen_line(l, (x / n, y / n));
            }
        }
        for (k, (hue, name)) in [(FIRST, "Ae₁"), (SECOND, "Ae₂"), (THIRD, "Ae₃")]
            .into_iter()
            .enumerate()
        {
            sketch.column(project(columns[k]), hue, name);
        }
        sketch
    }
}

//! A 2×2 matrix as a map of the plane: the unit square and its image, A's columns as the
//! images of e₁ and e₂, the image of the grid, and the directions A only stretches.

use plotters::prelude::*;

use super::sketch::{Sketch, FIRST, SECOND};
use super::{ACCENT, GRID, INK, MUTED};
use crate::math::format::fmt_number;

/// The directions a 2×2 matrix maps onto themselves.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaneEigen {
    /// Two real eigenvalues, each with a unit direction.
    Two([(f64, [f64; 2]); 2]),
    /// One repeated eigenvalue with a single direction (a shear).
    One(f64, [f64; 2]),
    /// A = λI: every direction is scaled by λ.
    Every(f64),
    /// Complex eigenvalues re ± im·i: no direction stays on its line.
    Turning { re: f64, im: f64 },
}

/// A 2×2 matrix [[a, b], [c, d]] seen as a map of the plane.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaneMap {
    /// The rows of A.
    pub a: [[f64; 2]; 2],
    /// det A: the signed area of the unit square's image.
    pub det: f64,
    /// The directions A only stretches.
    pub eigen: PlaneEigen,
}

impl PlaneMap {
    /// The map of `a`, its entries finite.
    pub fn new(a: [[f64; 2]; 2]) -> Self {
        let [[p, q], [r, s]] = a;
        let det = p * s - q * r;
        Self {
            a,
            det,
            eigen: eigen_2x2(a),
        }
    }

    /// A applied to (x, y).
    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        let [[p, q], [r, s]] = self.a;
        (p * x + q * y, r * x + s * y)
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let point = |(x, y): (f64, f64)| format!("({}, {})", fmt_number(x), fmt_number(y));
        let mut out = vec![format!(
            "A sends e₁ to {} and e₂ to {}: its columns.",
            point(self.apply(1.0, 0.0)),
            point(self.apply(0.0, 1.0))
        )];
        let area = fmt_number(self.det.abs());
        out.push(if self.det == 0.0 {
            "The unit square is flattened onto a line or a point: det A = 0, so A has no inverse."
                .to_string()
        } else if self.det < 0.0 {
            format!("The unit square becomes a parallelogram of area |det A| = {area}, flipped over: det A is negative.")
        } else {
            format!("The unit square becomes a parallelogram of area det A = {area}.")
        });
        out.push(match self.eigen {
            PlaneEigen::Two(pairs) => {
                let [(l1, v1), (l2, v2)] = pairs;
                format!(
                    "A only stretches two directions: along {} by λ = {}, along {} by λ = {}.",
                    point((v1[0], v1[1])),
                    fmt_number(l1),
                    point((v2[0], v2[1])),
                    fmt_number(l2)
                )
            }
            PlaneEigen::One(l, v) => format!(
                "A only stretches one direction, {}, by λ = {}; every other direction is sheared.",
                point((v[0], v[1])),
                fmt_number(l)
            ),
            PlaneEigen::Every(l) => {
                format!("A stretches every direction by λ = {}.", fmt_number(l))
            }
            PlaneEigen::Turning { re, im } => format!(
                "No direction stays on its line: A turns them all. Its eigenvalues are complex, {} ± {}i.",
                fmt_number(re),
                fmt_number(im)
            ),
        });
        out
    }
}

/// The eigenvalues and unit eigen-directions of a real 2×2 matrix, from its characteristic
/// equation λ² − (a + d)λ + (ad − bc) = 0.
fn eigen_2x2(a: [[f64; 2]; 2]) -> PlaneEigen {
    let [[p, q], [r, s]] = a;
    let half_trace = (p + s) / 2.0;
    // (a − d)²/4 + bc: the discriminant over 4, without cancelling tr²/4 against det.
    let disc = (p - s) * (p - s) / 4.0 + q * r;
    let scale = (p * p + q * q + r * r + s * s).max(f64::MIN_POSITIVE);
    if disc < -1e-14 * scale {
        return PlaneEigen::Turning {
            re: half_trace,
            im: (-disc).sqrt(),
        };
    }
    if q == 0.0 && r == 0.0 {
        return if p == s {
            PlaneEigen::Every(p)
        } else {
            PlaneEigen::Two([(p, [1.0, 0.0]), (s, [0.0, 1.0])])
        };
    }
    let root = disc.max(0.0).sqrt();
    // (A − λI)v = 0: v = (b, λ − a) or (λ − d, c), whichever is longer.
    let direction = |l: f64| {
        let (u, w) = ([q, l - p], [l - s, r]);
        let v = if u[0].hypot(u[1]) >= w[0].hypot(w[1]) {
            u
        } else {
            w
        };
        let n = v[0].hypot(v[1]);
        // The sign that points right (or up), so the label sits on a predictable side.
        let sign = if v[0] < 0.0 || (v[0] == 0.0 && v[1] < 0.0) {
            -1.0
        } else {
            1.0
        };
        [sign * v[0] / n, sign * v[1] / n]
    };
    if root <= 1e-7 * scale.sqrt() {
        PlaneEigen::One(half_trace, direction(half_trace))
    } else {
        let (l1, l2) = (half_trace + root, half_trace - root);
        PlaneEigen::Two([(l1, direction(l1)), (l2, direction(l2))])
    }
}

impl PlaneMap {
    /// How far the picture reaches from the origin: room for the unit square and its image.
    pub fn reach(&self) -> f64 {
        let corners = [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0)];
        let far = corners
            .into_iter()
            .map(|(x, y)| self.apply(x, y))
            .fold(1.6f64, |m, (x, y)| m.max(x.abs()).max(y.abs()));
        far * 1.25
    }

    /// The picture: faint grid, its image, the unit square (grey) and its image (shaded),
    /// A·e₁ and A·e₂, and the eigen-directions with their λ.
    pub fn sketch(&self) -> Sketch {
        self.sketch_in(self.reach())
    }

    /// The picture of [−r, r]²; a fixed `r` keeps the view still while A changes.
    pub fn sketch_in(&self, r: f64) -> Sketch {
        let mut sketch = Sketch::new(r);
        // The plane's own grid, one line per unit while that stays readable, and its axes.
        let step = (r / 6.0).max(1.0).ceil();
        let n = (r / step) as i32;
        for k in -n..=n {
            let t = f64::from(k) * step;
            let style = if k == 0 { INK } else { GRID }.stroke_width(1);
            sketch.line((t, -r), (t, r), style);
            sketch.line((-r, t), (r, t), style);
        }
        // The grid's image: the lines x = k and y = k after A, for k from −4 to 4.
        for k in -4..=4 {
            let k = f64::from(k);
            let faint = ACCENT.mix(0.3).stroke_width(1);
            sketch.line(self.apply(k, -4.0), self.apply(k, 4.0), faint);
            sketch.line(self.apply(-4.0, k), self.apply(4.0, k), faint);
        }
        let directions: Vec<(f64, [f64; 2])> = match self.eigen {
            PlaneEigen::Two(pairs) => pairs.to_vec(),
            PlaneEigen::One(l, v) => vec![(l, v)],
            _ => Vec::new(),
        };
        for (l, [x, y]) in directions {
            sketch.eigen_line(l, (x, y));
        }
        let (e1, e2) = (self.apply(1.0, 0.0), self.apply(0.0, 1.0));
        let corner = self.apply(1.0, 1.0);
        let o = (0.0, 0.0);
        sketch.shade(vec![o, e1, corner, e2]);
        for (from, to) in [
            (o, (1.0, 0.0)),
            ((1.0, 0.0), (1.0, 1.0)),
            ((1.0, 1.0), (0.0, 1.0)),
            ((0.0, 1.0), o),
        ] {
            sketch.line(from, to, MUTED.stroke_width(2));
        }
        sketch.line(e1, corner, ACCENT.stroke_width(2));
        sketch.line(e2, corner, ACCENT.stroke_width(2));
        sketch.column(e1, FIRST, "Ae₁");
        sketch.column(e2, SECOND, "Ae₂");
        sketch
    }
}

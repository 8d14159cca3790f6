//! Least squares as a projection: the x̂ that makes A·x̂ closest to b puts p = A·x̂ at the foot
//! of the perpendicular from b onto A's column space, so r = b − p is perpendicular to every
//! column (Aᵀr = 0). In the plane (m = 2) the column space is a line; in space (m = 3) a line
//! or a plane, drawn in the turning view of `space.rs`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::sketch::{Sketch, FIRST, SECOND, THIRD};
use super::space::project;
use super::{axis_number, ACCENT, GRID, INK};
use crate::math::linalg::try_solve;
use crate::math::matrix::{Matrix, Vector};

/// A least-squares problem A·x ≈ b with its answer, for A m×n with m ∈ {2, 3}, n ∈ {1, 2},
/// n ≤ m and the columns independent.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// A's columns, each of m entries.
    pub columns: Vec<Vec<f64>>,
    /// b (m entries).
    pub b: Vec<f64>,
    /// The least-squares solution x̂ (n entries).
    pub x_hat: Vec<f64>,
    /// p = A·x̂, the point of the column space closest to b.
    pub p: Vec<f64>,
    /// r = b − p.
    pub r: Vec<f64>,
    /// Aᵀr: each column's dot product with r, zero to rounding.
    pub at_r: Vec<f64>,
}

fn dot(u: &[f64], v: &[f64]) -> f64 {
    u.iter().zip(v).map(|(a, b)| a * b).sum()
}

fn norm(u: &[f64]) -> f64 {
    dot(u, u).sqrt()
}

fn scaled(s: f64, u: &[f64]) -> Vec<f64> {
    u.iter().map(|x| s * x).collect()
}

fn plus(u: &[f64], v: &[f64]) -> Vec<f64> {
    u.iter().zip(v).map(|(a, b)| a + b).collect()
}

/// A vector of 2 or 3 entries as a point of space (z = 0 in the plane).
fn space(u: &[f64]) -> [f64; 3] {
    [u[0], u[1], u.get(2).copied().unwrap_or(0.0)]
}

/// A vector's entries with 3 significant digits.
pub(super) fn entries(u: &[f64]) -> String {
    let parts: Vec<String> = u.iter().map(|&x| axis_number(x)).collect();
    format!("({})", parts.join(", "))
}

impl Projection {
    /// Solves A·x ≈ b (`try_solve`: NumPy's `lstsq`); `Err` in words if the shapes are not
    /// ones this picture draws or the columns are dependent.
    pub fn new(a: &Matrix, b: &Vector) -> Result<Self, String> {
        let (m, n) = a.shape();
        if !(2..=3).contains(&m) || !(1..=2).contains(&n) || n > m || b.len() != m {
            return Err(format!(
                "The projection picture needs A of 2 or 3 rows and 1 or 2 columns and b of as many entries, not A {m}×{n} and b of {}.",
                b.len()
            ));
        }
        let solution = try_solve(a, b).map_err(|e| e.to_string())?;
        if solution.rank < n {
            return Err("The columns of A are dependent, so x̂ is not unique.".to_string());
        }
        let columns: Vec<Vec<f64>> = (0..n)
            .map(|j| a.column(j).iter().copied().collect())
            .collect();
        let p: Vec<f64> = (a * &solution.x).iter().copied().collect();
        let b: Vec<f64> = b.iter().copied().collect();
        let r: Vec<f64> = b.iter().zip(&p).map(|(b, p)| b - p).collect();
        let at_r = columns.iter().map(|c| dot(c, &r)).collect();
        Ok(Self {
            columns,
            x_hat: solution.x.iter().copied().collect(),
            b,
            p,
            r,
            at_r,
        })
    }

    /// m, the number of entries of b.
    pub fn dim(&self) -> usize {
        self.b.len()
    }

    /// An orthonormal basis of the column space (Gram–Schmidt).
    fn basis(&self) -> Vec<Vec<f64>> {
        let mut q: Vec<Vec<f64>> = Vec::new();
        for c in &self.columns {
            let mut w = c.clone();
            for e in &q {
                w = plus(&w, &scaled(-dot(e, &w), e));
            }
            let len = norm(&w);
            if len > 0.0 {
                q.push(scaled(1.0 / len, &w));
            }
        }
        q
    }

    /// The picture, the view of space (m = 3) turned by `turn` radians: the column space (a
    /// line, or a shaded plane), A's columns, b, p and r from p to b with a right angle at p.
    pub fn sketch(&self, turn: f64) -> Sketch {
        let to_plane = |u: &[f64]| {
            if self.dim() == 3 {
                project(space(u), turn)
            } else {
                (u[0], u[1])
            }
        };
        let basis = self.basis();
        let size = self
            .columns
            .iter()
            .chain([&self.b, &self.p])
            .map(|u| norm(u))
            .fold(1.0f64, f64::max);
        // The plane's patch: a rectangle of the column space centred on the origin, just
        // wider than the columns and p along each of its axes q₁ and q₂, so that the vectors,
        // not the plane, fill the picture.
        let patch: Vec<Vec<f64>> = if basis.len() == 2 && self.dim() == 3 {
            let half = |q: &[f64]| {
                let most = self
                    .columns
                    .iter()
                    .chain([&self.p])
                    .map(|u| dot(u, q).abs())
                    .fold(0.0, f64::max);
                (1.25 * most).max(0.4 * size)
            };
            let (hs, ht) = (half(&basis[0]), half(&basis[1]));
            [(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]
                .iter()
                .map(|&(s, t)| plus(&scaled(s * hs, &basis[0]), &scaled(t * ht, &basis[1])))
                .collect()
        } else {
            Vec::new()
        };
        let reach = 1.2
            * self
                .columns
                .iter()
                .chain([&self.b, &self.p])
                .chain(&patch)
                .map(|u| to_plane(u))
                .fold(1.0f64, |m, (x, y)| m.max(x.abs()).max(y.abs()));
        let mut sketch = Sketch::new(reach);
        let far = 4.0 * reach;
        for axis in 0..self.dim() {
            let unit: Vec<f64> = (0..self.dim())
                .map(|i| if i == axis { far } else { 0.0 })
                .collect();
            let (x, y) = to_plane(&unit);
            sketch.line((-x, -y), (x, y), GRID.stroke_width(1));
        }
        if patch.is_empty() && basis.len() == 1 {
            let (x, y) = to_plane(&scaled(far, &basis[0]));
            sketch.line((-x, -y), (x, y), ACCENT.stroke_width(2));
        } else if !patch.is_empty() {
            let corners: Vec<(f64, f64)> = patch.iter().map(|c| to_plane(c)).collect();
            sketch.shade(corners.clone());
            for k in 0..4 {
                sketch.line(corners[k], corners[(k + 1) % 4], ACCENT.stroke_width(1));
            }
        }
        let (p, b) = (to_plane(&self.p), to_plane(&self.b));
        let rl = norm(&self.r);
        // The right angle at p, when r is long enough to show one: a small square with one
        // side along r and one along the column space (towards the origin, or along q₁).
        if rl > 1e-9 * size && !basis.is_empty() {
            let side = 0.07 * size;
            let pl = norm(&self.p);
            let along = if pl > 1e-9 * size {
                scaled(-1.0 / pl, &self.p)
            } else {
                basis[0].clone()
            };
            let up = scaled(1.0 / rl, &self.r);
            let a = plus(&self.p, &scaled(side, &along));
            let c = plus(&self.p, &scaled(side, &up));
            let corner = plus(&a, &scaled(side, &up));
            let style = INK.stroke_width(1);
            sketch.line(to_plane(&a), to_plane(&corner), style);
            sketch.line(to_plane(&corner), to_plane(&c), style);
        }
        let corner = |(x, y): (f64, f64)| {
            Pos::new(
                if x < -0.3 {
                    HPos::Right
                } else if x > 0.3 {
                    HPos::Left
                } else {
                    HPos::Center
                },
                if y < -0.3 {
                    VPos::Top
                } else if y > 0.3 {
                    VPos::Bottom
                } else {
                    VPos::Center
                },
            )
        };
        // A unit normal to the picture's segment from `from` to `to`, on the side away from
        // `away` (or either side when the segment is a point).
        let normal = |from: (f64, f64), to: (f64, f64), away: (f64, f64)| {
            let (dx, dy) = (to.0 - from.0, to.1 - from.1);
            let len = dx.hypot(dy);
            if len == 0.0 {
                return (0.0, 1.0);
            }
            let n = (-dy / len, dx / len);
            let mid = ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0);
            if n.0 * (away.0 - mid.0) + n.1 * (away.1 - mid.1) > 0.0 {
                (-n.0, -n.1)
            } else {
                n
            }
        };
        let gap = 0.05 * reach;
        // p under the columns, so a column that is p shows both; the columns' names beside
        // their middles, away from b.
        sketch.line((0.0, 0.0), p, ACCENT.stroke_width(7));
        let names = ["a₁", "a₂"];
        for (k, (c, hue)) in self.columns.iter().zip([FIRST, SECOND]).enumerate() {
            let tip = to_plane(c);
            sketch.line((0.0, 0.0), tip, hue.stroke_width(3));
            let n = normal((0.0, 0.0), tip, b);
            let at = (tip.0 / 2.0 + gap * n.0, tip.1 / 2.0 + gap * n.1);
            sketch.label(names[k], at, hue, corner(n));
        }
        sketch.line((0.0, 0.0), b, INK.stroke_width(3));
        sketch.line(p, b, THIRD.stroke_width(3));
        let bl = b.0.hypot(b.1).max(f64::MIN_POSITIVE);
        sketch.label("b", b, INK, corner((b.0 / bl, b.1 / bl)));
        // p's name beyond p, away from b; r's beside its middle, away from the origin.
        let (dx, dy) = (p.0 - b.0, p.1 - b.1);
        let dl = dx.hypot(dy);
        let out = if dl > 0.0 {
            (dx / dl, dy / dl)
        } else {
            (0.0, -1.0)
        };
        let at = (p.0 + gap * out.0, p.1 + gap * out.1);
        sketch.label("p = Ax̂", at, ACCENT, corner(out));
        let n = normal(p, b, (0.0, 0.0));
        let mid = ((p.0 + b.0) / 2.0 + gap * n.0, (p.1 + b.1) / 2.0 + gap * n.1);
        sketch.label("r", mid, THIRD, corner(n));
        sketch
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let space = match (self.dim(), self.columns.len()) {
            (2, 1) => "the line of A's column",
            (2, _) => "the whole plane",
            (_, 1) => "the line of A's column",
            _ => "the plane of A's columns",
        };
        let rl = norm(&self.r);
        let mut out = vec![
            format!(
                "b = {} is projected onto {space}: p = A·x̂ = {} with x̂ = {}.",
                entries(&self.b),
                entries(&self.p),
                entries(&self.x_hat)
            ),
            format!(
                "The residual r = b − p = {} has length ‖r‖ = {}: no other A·x is closer to b.",
                entries(&self.r),
                axis_number(rl)
            ),
            format!(
                "r is perpendicular to every column: Aᵀr = {}, ‖Aᵀr‖ = {}.",
                entries(&self.at_r),
                axis_number(norm(&self.at_r))
            ),
        ];
        if rl <= 1e-12 * norm(&self.b).max(1.0) {
            out.push("b lies in the column space, so A·x = b is solved exactly and p = b.".into());
        }
        out
    }
}

//! The SVD of a 2×2 A as three moves, A = U·Σ·Vᵀ: Vᵀ turns the plane (v₁, v₂ onto e₁, e₂),
//! Σ stretches the axes by σ₁ and σ₂, U turns the result (e₁, e₂ onto u₁, u₂). A time
//! t ∈ [0, 3] walks through them, and the unit circle ends as the ellipse A·(circle).

use std::f64::consts::PI;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::sketch::{Sketch, EIGEN, FIRST, SECOND, THIRD};
use super::{axis_number, ACCENT, INK, MUTED};
use crate::math::linalg::try_svd;
use crate::math::matrix::Matrix;

/// Points on the circle and on each of its images.
pub const CIRCLE_POINTS: usize = 96;

type M2 = [[f64; 2]; 2];

fn mul(a: M2, b: M2) -> M2 {
    let e = |i: usize, j: usize| a[i][0] * b[0][j] + a[i][1] * b[1][j];
    [[e(0, 0), e(0, 1)], [e(1, 0), e(1, 1)]]
}

fn det(m: M2) -> f64 {
    m[0][0] * m[1][1] - m[0][1] * m[1][0]
}

fn apply(m: M2, (x, y): (f64, f64)) -> (f64, f64) {
    (m[0][0] * x + m[0][1] * y, m[1][0] * x + m[1][1] * y)
}

fn turn(angle: f64) -> M2 {
    let (s, c) = angle.sin_cos();
    [[c, -s], [s, c]]
}

/// An orthogonal 2×2 Q as the moves that make it: Q = R(angle)·diag(1, −1) when `flip`,
/// Q = R(angle) otherwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Turn {
    /// Whether Q is a reflection (det Q = −1).
    pub flip: bool,
    /// The rotation's angle in radians, in (−π, π]: the shorter way round.
    pub angle: f64,
}

impl Turn {
    fn of(q: M2) -> Self {
        let flip = det(q) < 0.0;
        // Q·diag(1, −1) is the rotation when Q reflects: its first column is Q's.
        Turn {
            flip,
            angle: q[1][0].atan2(q[0][0]),
        }
    }

    /// The move a fraction `s` ∈ [0, 1] of the way. A reflection is shown as a flip: for the
    /// first half the plane turns over about the x-axis, as a page does (diag(1, cos πs′),
    /// so the circle narrows to a line and widens again, mirrored), and the rotation takes
    /// the second half. Without a reflection the rotation takes the whole stage. Both go by
    /// angle, never by blending matrices, so the circle stays a circle while it turns.
    fn at(self, s: f64) -> M2 {
        let s = s.clamp(0.0, 1.0);
        if self.flip {
            let over = (2.0 * s).min(1.0);
            let round = (2.0 * s - 1.0).max(0.0);
            mul(
                turn(self.angle * round),
                [[1.0, 0.0], [0.0, (PI * over).cos()]],
            )
        } else {
            turn(self.angle * s)
        }
    }

    fn words(self, name: &str) -> String {
        let degrees = axis_number(self.angle.to_degrees());
        if self.flip {
            format!("{name} is a reflection: it turns the plane over (about the x-axis) and then rotates it by {degrees}°.")
        } else {
            format!("{name} is a rotation by {degrees}°.")
        }
    }
}

/// A 2×2 A as U·Σ·Vᵀ, ready to be shown a stage at a time.
#[derive(Clone, Debug, PartialEq)]
pub struct SvdStages {
    /// The rows of A.
    pub a: M2,
    /// U, from `try_svd` (its columns u₁, u₂; u₂ possibly negated, see [`SvdStages::new`]).
    pub u: M2,
    /// σ₁ ≥ σ₂ ≥ 0.
    pub sigma: [f64; 2],
    /// Vᵀ, from `try_svd` (its rows v₁, v₂; v₂ possibly negated, with u₂).
    pub v_t: M2,
    /// Vᵀ as a flip and a rotation.
    pub v_turn: Turn,
    /// U as a flip and a rotation.
    pub u_turn: Turn,
}

impl SvdStages {
    /// The stages of `a`, its entries finite; `Err` if the SVD does not converge. U and Vᵀ
    /// are `try_svd`'s, except that when both are reflections u₂ and v₂ are negated (still an
    /// SVD of A), so that only a matrix with det A < 0 is shown with a flip.
    pub fn new(a: M2) -> Result<Self, String> {
        let m = Matrix::from_fn(2, 2, |i, j| a[i][j]);
        let svd = try_svd(&m).map_err(|e| e.to_string())?;
        let u = [
            [svd.u[(0, 0)], svd.u[(0, 1)]],
            [svd.u[(1, 0)], svd.u[(1, 1)]],
        ];
        let v_t = [
            [svd.v_t[(0, 0)], svd.v_t[(0, 1)]],
            [svd.v_t[(1, 0)], svd.v_t[(1, 1)]],
        ];
        // The pair (u₂, v₂) may take either sign. Where `try_svd`'s signs make both U and Vᵀ
        // reflections (det A > 0), u₂ and v₂ are negated so that both are rotations; so a
        // picture flips at most once, exactly when det A < 0, in whichever of U and Vᵀ the
        // SVD gave as the reflection.
        let (mut u, mut v_t) = (u, v_t);
        if det(u) < 0.0 && det(v_t) < 0.0 {
            for row in &mut u {
                row[1] = -row[1];
            }
            v_t[1] = [-v_t[1][0], -v_t[1][1]];
        }
        Ok(Self {
            a,
            u,
            sigma: [svd.s[0], svd.s[1]],
            v_t,
            v_turn: Turn::of(v_t),
            u_turn: Turn::of(u),
        })
    }

    /// v₁ and v₂, the rows of Vᵀ.
    pub fn v(&self) -> [(f64, f64); 2] {
        [0, 1].map(|k| (self.v_t[k][0], self.v_t[k][1]))
    }

    /// u₁ and u₂, the columns of U.
    pub fn u_columns(&self) -> [(f64, f64); 2] {
        [0, 1].map(|k| (self.u[0][k], self.u[1][k]))
    }

    /// The map done by time t (clamped to [0, 3]): I at 0, Vᵀ at 1, Σ·Vᵀ at 2, A at 3.
    /// Σ's stretch goes linearly from 1 to σ on each axis.
    pub fn map_at(&self, t: f64) -> M2 {
        let t = t.clamp(0.0, 3.0);
        let [s1, s2] = self.sigma;
        let stretch = |s: f64| [[1.0 + s * (s1 - 1.0), 0.0], [0.0, 1.0 + s * (s2 - 1.0)]];
        if t <= 1.0 {
            self.v_turn.at(t)
        } else if t <= 2.0 {
            mul(stretch(t - 1.0), self.v_t)
        } else {
            mul(self.u_turn.at(t - 2.0), mul(stretch(1.0), self.v_t))
        }
    }

    /// The stage at time t: [0, 1) Vᵀ, [1, 2) Σ, [2, 3] U.
    pub fn stage_name(&self, t: f64) -> &'static str {
        if t < 1.0 {
            if self.v_turn.flip {
                "Vᵀ flips, then rotates"
            } else {
                "Vᵀ rotates"
            }
        } else if t < 2.0 {
            "Σ stretches"
        } else if self.u_turn.flip {
            "U flips, then rotates"
        } else {
            "U rotates"
        }
    }

    /// The unit circle's image at time t, closed: `CIRCLE_POINTS` points from v₁ round (so
    /// v₁ and v₂ are among them, and at t = 3 so are σ₁u₁ and σ₂u₂) and v₁'s again.
    pub fn points_at(&self, t: f64) -> Vec<(f64, f64)> {
        let m = self.map_at(t);
        let (x, y) = self.v()[0];
        let start = y.atan2(x);
        (0..=CIRCLE_POINTS)
            .map(|k| {
                let angle = start + 2.0 * PI * (k % CIRCLE_POINTS) as f64 / CIRCLE_POINTS as f64;
                apply(m, (angle.cos(), angle.sin()))
            })
            .collect()
    }

    /// How far every stage's picture reaches: room for the circle and all its images (the
    /// images of e₁, e₂, v₁, v₂ lie on them), so the view stays still while t moves.
    pub fn reach(&self) -> f64 {
        // The farthest any coordinate goes, over t in steps of 1/20 (within 1.5% of the
        // true one), and room for the names.
        let mut far = 1.0f64;
        for k in 0..=60 {
            for (x, y) in self.points_at(f64::from(k) / 20.0) {
                far = far.max(x.abs()).max(y.abs());
            }
        }
        1.3 * far
    }

    /// The picture at time t: the axes, the unit circle (grey), its image now (shaded), the
    /// images of e₁ and e₂, and of v₁ and v₂ (at t = 3 the semi-axes σ₁u₁ and σ₂u₂).
    pub fn sketch_at(&self, t: f64) -> Sketch {
        let r = self.reach();
        let mut sketch = Sketch::new(r);
        sketch.line((-r, 0.0), (r, 0.0), INK.stroke_width(1));
        sketch.line((0.0, -r), (0.0, r), INK.stroke_width(1));
        let circle = (0..=CIRCLE_POINTS)
            .map(|k| (2.0 * PI * k as f64 / CIRCLE_POINTS as f64).sin_cos())
            .map(|(s, c)| (c, s))
            .collect();
        sketch.path(circle, MUTED.stroke_width(2));
        let now = self.points_at(t);
        sketch.shade(now.clone());
        sketch.path(now, ACCENT.stroke_width(3));
        let m = self.map_at(t);
        let end = t >= 3.0;
        let [e1, e2] = if end {
            ["Ae₁", "Ae₂"]
        } else {
            ["e₁", "e₂"]
        };
        sketch.column(apply(m, (1.0, 0.0)), FIRST, e1);
        sketch.column(apply(m, (0.0, 1.0)), SECOND, e2);
        let names = if end {
            ["σ₁u₁", "σ₂u₂"]
        } else if t >= 1.0 {
            ["σ₁", "σ₂"]
        } else {
            ["v₁", "v₂"]
        };
        for (k, hue) in [EIGEN, THIRD].into_iter().enumerate() {
            let tip = apply(m, self.v()[k]);
            sketch.line((0.0, 0.0), tip, hue.stroke_width(4));
            // The name outside the shape, on the far side of the tip from the origin.
            let h = if tip.0 < 0.0 { HPos::Right } else { HPos::Left };
            let v = if tip.1 < 0.0 { VPos::Top } else { VPos::Bottom };
            sketch.label(names[k], tip, hue, Pos::new(h, v));
        }
        sketch
    }

    /// What the pictures show, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let n = |x: f64| axis_number(x);
        let point = |(x, y): (f64, f64)| format!("({}, {})", n(x), n(y));
        let [s1, s2] = self.sigma;
        let [v1, v2] = self.v();
        let [u1, u2] = self.u_columns();
        let scaled = |s: f64, (x, y): (f64, f64)| point((s * x, s * y));
        let mut out = vec![
            format!(
                "σ₁ = {} stretches along v₁ = {}: A sends v₁ to σ₁u₁ = {}, u₁ = {}.",
                n(s1),
                point(v1),
                scaled(s1, u1),
                point(u1)
            ),
            format!(
                "σ₂ = {} stretches along v₂ = {}: A sends v₂ to σ₂u₂ = {}, u₂ = {}.",
                n(s2),
                point(v2),
                scaled(s2, u2),
                point(u2)
            ),
            self.v_turn.words("Vᵀ"),
            self.u_turn.words("U"),
        ];
        out.push(if s2 == 0.0 {
            format!(
                "The unit circle is flattened onto a segment of half-length σ₁ = {}: A has rank {}.",
                n(s1),
                u8::from(s1 > 0.0)
            )
        } else {
            format!(
                "The unit circle becomes an ellipse with semi-axes σ₁ = {} and σ₂ = {}, of area π·σ₁·σ₂ = π·|det A| = {}.",
                n(s1),
                n(s2),
                n(PI * s1 * s2)
            )
        });
        out
    }
}

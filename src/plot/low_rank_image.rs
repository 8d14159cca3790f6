//! A small grayscale picture and its best rank-k approximation (Eckart–Young, through the
//! SVD), side by side, with how much of the picture is lost and how many numbers are kept.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{axis_number, GRID, INK};
use crate::math::linalg::try_svd;
use crate::math::matrix::Matrix;

/// The side of [`smiley`], in cells.
pub const SMILEY_SIDE: usize = 24;

/// A 24×24 smiley on a left-to-right gradient: brightness in [0, 1] (0 black, 1 white), row
/// 1 at the top. The same every time.
pub fn smiley() -> Matrix {
    let n = SMILEY_SIDE as f64;
    Matrix::from_fn(SMILEY_SIDE, SMILEY_SIDE, |i, j| {
        // Cell centres in [−1, 1]², y up.
        let x = (j as f64 + 0.5) / n * 2.0 - 1.0;
        let y = 1.0 - (i as f64 + 0.5) / n * 2.0;
        let eye = |cx: f64| (x - cx).hypot((y - 0.28) / 1.4) < 0.13;
        let r = x.hypot(y);
        // The mouth: a band of the circle of radius 0.5 below the centre.
        let mouth = (0.38..0.52).contains(&x.hypot(y - 0.05)) && y < -0.12;
        if r < 0.86 {
            if eye(-0.32) || eye(0.32) || mouth {
                0.05
            } else {
                0.92
            }
        } else {
            0.15 + 0.45 * (x + 1.0) / 2.0
        }
    })
}

/// A matrix and its best rank-k approximation.
#[derive(Clone, Debug, PartialEq)]
pub struct LowRank {
    /// The picture, m×n.
    pub original: Matrix,
    /// The rank kept (at least 1, at most min(m, n)).
    pub k: usize,
    /// A_k = σ₁u₁v₁ᵀ + … + σ_k·u_k·v_kᵀ.
    pub approx: Matrix,
    /// The singular values, decreasing.
    pub singular_values: Vec<f64>,
}

impl LowRank {
    /// The rank-k approximation of `original` (k clamped to 1..=min(m, n)); `Err` in words if
    /// the matrix is not a valid one or the SVD does not converge.
    pub fn new(original: &Matrix, k: usize) -> Result<Self, String> {
        let svd = try_svd(original).map_err(|e| e.to_string())?;
        let k = k.clamp(1, svd.s.len());
        let mut approx = Matrix::zeros(original.nrows(), original.ncols());
        for l in 0..k {
            approx += svd.s[l] * svd.u.column(l) * svd.v_t.row(l);
        }
        Ok(Self {
            original: original.clone(),
            k,
            approx,
            singular_values: svd.s.iter().copied().collect(),
        })
    }

    /// ‖A − A_k‖_F / ‖A‖_F, measured on the matrices (it equals √(Σ_{i>k} σᵢ²) / √(Σ σᵢ²)).
    pub fn relative_error(&self) -> f64 {
        let whole = self.original.norm();
        if whole == 0.0 {
            0.0
        } else {
            (&self.original - &self.approx).norm() / whole
        }
    }

    /// The numbers A_k needs, k·(m + n + 1) (k columns of U and V and k σ's), over the m·n
    /// of the picture.
    pub fn stored_fraction(&self) -> f64 {
        let (m, n) = self.original.shape();
        (self.k * (m + n + 1)) as f64 / (m * n) as f64
    }

    /// The entries shown black and white: 0 and 1 when every entry of the original is a
    /// brightness in [0, 1], else its smallest and largest entry, so that any matrix typed
    /// shows its pattern. Both pictures share it.
    pub fn shade_range(&self) -> (f64, f64) {
        let lo = self.original.min();
        let hi = self.original.max();
        if (0.0..=1.0).contains(&lo) && (0.0..=1.0).contains(&hi) || hi <= lo {
            (0.0, 1.0)
        } else {
            (lo, hi)
        }
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let (m, n) = self.original.shape();
        let percent = |x: f64| format!("{}%", axis_number(100.0 * x));
        let s = &self.singular_values;
        let rank = s.iter().filter(|&&x| x > 1e-10 * s[0]).count();
        let first: Vec<String> = self
            .singular_values
            .iter()
            .take(4)
            .map(|&s| axis_number(s))
            .collect();
        let (lo, hi) = self.shade_range();
        vec![
            format!(
                "The picture is a {m}×{n} matrix of brightness, {} black and {} white; its largest singular values are {}.",
                axis_number(lo),
                axis_number(hi),
                first.join(", ")
            ),
            format!(
                "Keeping the {} largest gives the rank-{} picture on the right: ‖A − A_k‖/‖A‖ = {} of it is lost.",
                self.k,
                self.k,
                percent(self.relative_error())
            ),
            format!(
                "It has rank {rank}: keeping {rank} singular values gives it back exactly."
            ),
            format!(
                "It needs k·(m + n + 1) = {} numbers instead of m·n = {}: {} of them.",
                self.k * (m + n + 1),
                m * n,
                percent(self.stored_fraction())
            ),
        ]
    }
}

/// The gray of a brightness in [0, 1]. It stays at 8 or above, clear of the sentinel colours
/// #010101 to #050505 that the stylesheet would turn into theme colours.
pub fn gray(v: f64) -> RGBColor {
    let g = if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let g = (8.0 + 247.0 * g).round() as u8;
    RGBColor(g, g, g)
}

/// Draws `values` (m×n) as gray cells filling `root`, row 1 at the top, `lo` black and `hi`
/// white.
fn gray_cells<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    values: &Matrix,
    (lo, hi): (f64, f64),
) -> Result<(), String> {
    let err = super::drawing_error::<DB>;
    let (w, h) = root.dim_in_pixel();
    let (m, n) = values.shape();
    let (cw, ch) = (f64::from(w) / n as f64, f64::from(h) / m as f64);
    for i in 0..m {
        for j in 0..n {
            let corner = |a: usize, b: usize| {
                (
                    (b as f64 * cw).round() as i32,
                    (a as f64 * ch).round() as i32,
                )
            };
            root.draw(&Rectangle::new(
                [corner(i, j), corner(i + 1, j + 1)],
                gray((values[(i, j)] - lo) / (hi - lo)).filled(),
            ))
            .map_err(err)?;
        }
    }
    root.draw(&Rectangle::new(
        [(0, 0), (w as i32 - 1, h as i32 - 1)],
        GRID.stroke_width(1),
    ))
    .map_err(err)?;
    Ok(())
}

/// Draws the original (left) and the rank-k picture (right) into `root`, each titled above.
pub fn low_rank_picture<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    low: &LowRank,
) -> Result<(), String> {
    let err = super::drawing_error::<DB>;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (w as i32, h as i32);
    let title = 30;
    let gap = 12;
    let side = ((w - gap) / 2).min(h - title).max(1);
    let left = (w - 2 * side - gap) / 2;
    let titles = [
        "original".to_string(),
        if low.relative_error() < 1e-12 {
            format!("rank {}, exact", low.k)
        } else {
            format!(
                "rank {}, {}% lost",
                low.k,
                axis_number(100.0 * low.relative_error())
            )
        },
    ];
    for (k, (matrix, text)) in [&low.original, &low.approx]
        .into_iter()
        .zip(titles)
        .enumerate()
    {
        let x = left + k as i32 * (side + gap);
        let style = (FontFamily::SansSerif, 18)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(text, (x + side / 2, title / 2), style))
            .map_err(err)?;
        let cells = root.clone().shrink((x, title), (side, side));
        gray_cells(&cells, matrix, low.shade_range())?;
    }
    Ok(())
}

//! Least squares with more samples than three (m > 3), where b's space cannot be drawn: the
//! samples (tᵢ, yᵢ), the fitted line y = x̂₀ + x̂₁·t (A's columns are 1 and t) and the
//! residuals as vertical segments from each sample to the line.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::projection::entries;
use super::sketch::THIRD;
use super::{axis_number, ACCENT, GRID, INK, MUTED};
use crate::math::data::four_samples;
use crate::math::linalg::try_solve;
use crate::math::matrix::{Matrix, Vector};

/// A straight line fitted to samples by least squares.
#[derive(Clone, Debug, PartialEq)]
pub struct LineFit {
    /// The samples' t.
    pub t: Vec<f64>,
    /// The samples' y.
    pub y: Vec<f64>,
    /// x̂ = (intercept x̂₀, slope x̂₁).
    pub x_hat: [f64; 2],
    /// The residuals rᵢ = yᵢ − (x̂₀ + x̂₁·tᵢ).
    pub r: Vec<f64>,
    /// Aᵀr = (Σ rᵢ, Σ tᵢ·rᵢ), zero to rounding.
    pub at_r: [f64; 2],
}

impl LineFit {
    /// Fits y ≈ x̂₀ + x̂₁·t to the samples; `Err` in words without two distinct t or with
    /// lists of different lengths.
    pub fn new(t: &[f64], y: &[f64]) -> Result<Self, String> {
        if t.len() != y.len() {
            return Err(format!("{} values of t but {} of y.", t.len(), y.len()));
        }
        if !t.iter().any(|&ti| t.first().is_some_and(|&t0| ti != t0)) {
            return Err("A line needs samples at two different t at least.".to_string());
        }
        let a = Matrix::from_fn(t.len(), 2, |i, j| if j == 0 { 1.0 } else { t[i] });
        let solution = try_solve(&a, &Vector::from_column_slice(y)).map_err(|e| e.to_string())?;
        let x_hat = [solution.x[0], solution.x[1]];
        let r: Vec<f64> = t
            .iter()
            .zip(y)
            .map(|(ti, yi)| yi - (x_hat[0] + x_hat[1] * ti))
            .collect();
        let at_r = [
            r.iter().sum(),
            t.iter().zip(&r).map(|(ti, ri)| ti * ri).sum(),
        ];
        Ok(Self {
            t: t.to_vec(),
            y: y.to_vec(),
            x_hat,
            r,
            at_r,
        })
    }

    /// The chapter's four samples (`math::data::four_samples`) seen as a line: t is the first
    /// feature x₁ = 1, 2, 3, 4 and y = 3, 5, 7, 9. (The lesson's second feature is x₁ + 1,
    /// which spans the same columns as 1 and t.) They lie on y = 1 + 2t, so every residual is
    /// zero.
    pub fn four_samples() -> Self {
        let d = four_samples();
        let t: Vec<f64> = d.x.chunks(d.features).map(|row| row[0]).collect();
        Self::new(&t, &d.y).expect("the four samples have distinct t")
    }

    /// The fitted value at t.
    pub fn at(&self, t: f64) -> f64 {
        self.x_hat[0] + self.x_hat[1] * t
    }

    /// The line's equation, `y = 1 + 2t`.
    pub fn equation(&self) -> String {
        // Rounding leaves 1e-16 where a coefficient is zero.
        let scale = self.y.iter().fold(1.0f64, |m, y| m.max(y.abs()));
        let [c, s] = self
            .x_hat
            .map(|x| if x.abs() < 1e-12 * scale { 0.0 } else { x });
        let sign = if s < 0.0 { "−" } else { "+" };
        format!("y = {} {sign} {}t", axis_number(c), axis_number(s.abs()))
    }

    /// What the picture shows, in sentences.
    pub fn sentences(&self) -> Vec<String> {
        let norm = self.r.iter().map(|r| r * r).sum::<f64>().sqrt();
        let at_r = self.at_r[0].hypot(self.at_r[1]);
        vec![
            format!(
                "The line {} fits the {} samples best: x̂ = {} makes the residuals' squares sum to the least.",
                self.equation(),
                self.t.len(),
                entries(&self.x_hat)
            ),
            format!(
                "The residuals (the vertical segments) are r = {}, of length ‖r‖ = {}.",
                entries(&self.r),
                axis_number(norm)
            ),
            format!(
                "r is perpendicular to both columns of A, the ones and t: Aᵀr = {}, ‖Aᵀr‖ = {}.",
                entries(&self.at_r),
                axis_number(at_r)
            ),
        ]
    }
}

/// Draws the samples, the fitted line and the residuals into `root`.
pub fn line_fit_picture<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    fit: &LineFit,
) -> Result<(), String> {
    let err = super::drawing_error::<DB>;
    let span = |v: &mut dyn Iterator<Item = f64>| {
        let (lo, hi) = v.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
            (lo.min(x), hi.max(x))
        });
        let pad = ((hi - lo) * 0.12).max(0.5);
        (lo - pad, hi + pad)
    };
    let (t0, t1) = span(&mut fit.t.iter().copied());
    let fitted: Vec<f64> = fit.t.iter().map(|&t| fit.at(t)).collect();
    let (y0, y1) = span(&mut fit.y.iter().chain(&fitted).copied());
    let mut chart = ChartBuilder::on(root)
        .margin(10)
        .margin_right(16)
        .x_label_area_size(40)
        .y_label_area_size(48)
        .build_cartesian_2d(t0..t1, y0..y1)
        .map_err(err)?;
    let label = |v: &f64| axis_number(*v);
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID.stroke_width(1))
        .axis_style(INK.stroke_width(1))
        .label_style((FontFamily::SansSerif, 16).into_font().color(&INK))
        .axis_desc_style((FontFamily::SansSerif, 16).into_font().color(&MUTED))
        .x_desc("t")
        .y_desc("y")
        .x_labels(5)
        .y_labels(5)
        .x_label_formatter(&label)
        .y_label_formatter(&label)
        .draw()
        .map_err(err)?;
    chart
        .draw_series(LineSeries::new(
            [(t0, fit.at(t0)), (t1, fit.at(t1))],
            ACCENT.stroke_width(3),
        ))
        .map_err(err)?;
    chart
        .draw_series(
            fit.t
                .iter()
                .zip(&fit.y)
                .zip(&fitted)
                .map(|((&t, &y), &f)| PathElement::new([(t, y), (t, f)], THIRD.stroke_width(3))),
        )
        .map_err(err)?;
    chart
        .draw_series(
            fit.t
                .iter()
                .zip(&fit.y)
                .map(|(&t, &y)| Circle::new((t, y), 5, INK.filled())),
        )
        .map_err(err)?;
    // The equation in the top corner the line leaves free.
    let (h, x) = if fit.x_hat[1] >= 0.0 {
        (HPos::Left, t0 + 0.04 * (t1 - t0))
    } else {
        (HPos::Right, t1 - 0.04 * (t1 - t0))
    };
    let style = (FontFamily::SansSerif, 18)
        .into_font()
        .color(&ACCENT)
        .pos(Pos::new(h, VPos::Top));
    let at = (x, y1 - 0.03 * (y1 - y0));
    chart
        .draw_series(std::iter::once(Text::new(fit.equation(), at, style)))
        .map_err(err)?;
    Ok(())
}

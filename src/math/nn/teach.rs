//! The computations the lessons do by hand, as values the page can show.
//!
//! One gradient step in numbers, the closed-form least-squares answer, the
//! curvature of the regression loss and the rate it allows, a deep linear
//! network collapsing into one matrix, accuracy and decision-boundary grids.

use super::model::{Mlp, Workspace};
use super::Activation;
use crate::math::data::class_labels;
use crate::math::data::plane::Feature;
use crate::math::linalg::eig::symmetric_eigen;
use crate::math::linalg::svd::{pinv_and_rank, rank_above};
use nalgebra::{DMatrix, DVector};
use std::fmt;

/// One step of gradient descent on y ≈ Xw (+ b) with the MSE loss, every
/// intermediate kept: what the lesson prints while doing it by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearStep {
    /// The weights before the step.
    pub weights: Vec<f64>,
    /// The bias before the step (`None`: the model has none).
    pub bias: Option<f64>,
    /// ŷ = Xw + b.
    pub predictions: Vec<f64>,
    /// ŷ − y for each sample.
    pub errors: Vec<f64>,
    /// mean((ŷ − y)²) before the step (656 for the four samples from w = (5, 5)).
    pub loss: f64,
    /// ∂L/∂w = (2/n) Xᵀ(ŷ − y).
    pub gradient: Vec<f64>,
    /// ∂L/∂b = (2/n) Σ(ŷ − y).
    pub bias_gradient: Option<f64>,
    /// The learning rate.
    pub rate: f64,
    /// w − rate · ∂L/∂w.
    pub new_weights: Vec<f64>,
    /// b − rate · ∂L/∂b.
    pub new_bias: Option<f64>,
    /// The predictions with the new weights.
    pub new_predictions: Vec<f64>,
    /// The loss after the step (221.6144 for the four samples at rate 0.01).
    pub new_loss: f64,
}

/// Computes one gradient step on `x` (samples, features) and `y` from `weights`
/// (and `bias`, if the model has one) at `rate`.
pub fn explain_linear_step(
    x: &DMatrix<f64>,
    y: &[f64],
    weights: &[f64],
    bias: Option<f64>,
    rate: f64,
) -> LinearStep {
    let n = x.nrows() as f64;
    let predict = |w: &[f64], b: Option<f64>| -> Vec<f64> {
        (x * DVector::from_column_slice(w))
            .iter()
            .map(|p| p + b.unwrap_or(0.0))
            .collect()
    };
    let mse = |p: &[f64]| p.iter().zip(y).map(|(p, y)| (p - y).powi(2)).sum::<f64>() / n;
    let predictions = predict(weights, bias);
    let errors: Vec<f64> = predictions.iter().zip(y).map(|(p, y)| p - y).collect();
    let gradient: Vec<f64> = (x.transpose() * DVector::from_column_slice(&errors) * (2.0 / n))
        .iter()
        .copied()
        .collect();
    let bias_gradient = bias.map(|_| 2.0 * errors.iter().sum::<f64>() / n);
    let new_weights: Vec<f64> = weights
        .iter()
        .zip(&gradient)
        .map(|(w, g)| w - rate * g)
        .collect();
    let new_bias = bias.zip(bias_gradient).map(|(b, g)| b - rate * g);
    let new_predictions = predict(&new_weights, new_bias);
    LinearStep {
        loss: mse(&predictions),
        new_loss: mse(&new_predictions),
        weights: weights.to_vec(),
        bias,
        predictions,
        errors,
        gradient,
        bias_gradient,
        rate,
        new_weights,
        new_bias,
        new_predictions,
    }
}

impl fmt::Display for LinearStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "weights        {:?}", self.weights)?;
        writeln!(f, "predictions    {:?}", self.predictions)?;
        writeln!(f, "errors ŷ − y   {:?}", self.errors)?;
        writeln!(f, "loss (MSE)     {}", self.loss)?;
        writeln!(f, "gradient       {:?}", self.gradient)?;
        writeln!(f, "new weights    {:?}", self.new_weights)?;
        writeln!(f, "new predictions {:?}", self.new_predictions)?;
        write!(f, "new loss       {}", self.new_loss)
    }
}

/// The closed-form least-squares fit w = X⁺y, for comparison with gradient descent.
#[derive(Clone, Debug, PartialEq)]
pub struct LeastSquares {
    /// The weights (the minimum-norm ones when X's columns are dependent).
    pub weights: Vec<f64>,
    /// The bias, when fitted.
    pub bias: Option<f64>,
    /// The MSE of the fit.
    pub loss: f64,
    /// ‖X̃w − y‖, the check the page shows.
    pub residual_norm: f64,
    /// Rank of X̃ (X with a column of ones when there is a bias).
    pub rank: usize,
}

/// X with a trailing column of ones when `bias`, so the bias is one more weight.
fn design(x: &DMatrix<f64>, bias: bool) -> DMatrix<f64> {
    if bias {
        x.clone().insert_column(x.ncols(), 1.0)
    } else {
        x.clone()
    }
}

/// Solves min ‖X̃w − y‖ through the pseudo-inverse; `bias: false` forces the
/// fit through the origin.
pub fn least_squares(x: &DMatrix<f64>, y: &[f64], bias: bool) -> LeastSquares {
    let a = design(x, bias);
    let (pinv, rank) = pinv_and_rank(&a);
    let y = DVector::from_column_slice(y);
    let mut w: Vec<f64> = (pinv * &y).iter().copied().collect();
    let residual = &a * DVector::from_column_slice(&w) - &y;
    let b = if bias { w.pop() } else { None };
    LeastSquares {
        weights: w,
        bias: b,
        loss: residual.norm_squared() / a.nrows() as f64,
        residual_norm: residual.norm(),
        rank,
    }
}

/// The curvature of the MSE loss of a linear model, which is a quadratic bowl.
#[derive(Clone, Debug, PartialEq)]
pub struct Curvature {
    /// H = (2/n) X̃ᵀX̃, the same at every point of the bowl.
    pub hessian: DMatrix<f64>,
    /// Eigenvalues of H, largest first: the bowl's steepness along each axis.
    pub eigenvalues: Vec<f64>,
    /// Unit eigenvectors as columns, in the order of `eigenvalues`.
    pub eigenvectors: DMatrix<f64>,
    /// 2/λmax: gradient descent with a larger rate diverges along the steepest axis.
    pub max_stable_rate: f64,
    /// λmax/λmin: how elongated the bowl is (∞ when flat in some direction).
    pub condition: f64,
}

/// The Hessian of mean((X̃w − y)²) and its eigen-decomposition (bias as a column of ones).
pub fn mse_curvature(x: &DMatrix<f64>, bias: bool) -> Curvature {
    let a = design(x, bias);
    let hessian = a.transpose() * &a * (2.0 / a.nrows() as f64);
    // The symmetric QR settles on any symmetric matrix of finite numbers; should it
    // not, the diagonal is the best estimate at hand, and the page still says something.
    let (values, vectors) = symmetric_eigen(&hessian).unwrap_or_else(|| {
        let n = hessian.nrows();
        (hessian.diagonal(), DMatrix::identity(n, n))
    });
    let order = crate::math::sorted_indices(values.len(), &|i, j| values[j].total_cmp(&values[i]));
    let eigenvalues: Vec<f64> = order.iter().map(|&i| values[i]).collect();
    let cols: Vec<_> = order.iter().map(|&i| vectors.column(i)).collect();
    let eigenvectors = DMatrix::from_columns(&cols);
    let (max, min) = (eigenvalues[0], *eigenvalues.last().expect("X has a column"));
    Curvature {
        hessian,
        max_stable_rate: 2.0 / max,
        condition: if min > max * 1e-12 {
            max / min
        } else {
            f64::INFINITY
        },
        eigenvalues,
        eigenvectors,
    }
}

/// A stack of linear layers folded into one: y = M x + c.
#[derive(Clone, Debug, PartialEq)]
pub struct Collapsed {
    /// M = W_L ⋯ W₂ W₁, `(outputs, inputs)`.
    pub matrix: DMatrix<f64>,
    /// c, every bias carried forward through the later layers.
    pub bias: DVector<f64>,
    /// Rank of M: never more than the narrowest layer.
    pub rank: usize,
}

/// Folds a network without activations into one matrix; fails naming the first
/// layer whose activation is not linear (that nonlinearity is what stops the collapse).
pub fn collapse_linear(mlp: &Mlp) -> Result<Collapsed, String> {
    let mut m = DMatrix::<f64>::identity(mlp.inputs(), mlp.inputs());
    let mut c = DVector::<f64>::zeros(mlp.inputs());
    for (l, d) in mlp.layers().iter().enumerate() {
        if d.activation != Activation::Linear {
            return Err(format!(
                "layer {} applies {}, so the network is not one matrix",
                l + 1,
                d.activation
            ));
        }
        // w is (out, in)
        let w = mlp.weight_matrix(l);
        let b = mlp
            .bias(l)
            .map_or_else(|| DVector::zeros(d.units), DVector::from_column_slice);
        c = &w * c + b;
        m = w * m;
    }
    let rank = rank_above(&m, 1e-10 * m.amax().max(1e-300));
    Ok(Collapsed {
        matrix: m,
        bias: c,
        rank,
    })
}

/// Fraction of `guess` equal to `truth` (0 for empty input).
pub fn accuracy(guess: &[usize], truth: &[usize]) -> f64 {
    let right = guess.iter().zip(truth).filter(|(g, t)| g == t).count();
    right as f64 / truth.len().max(1) as f64
}

/// How often each class was taken for each: `k × k` counts row by row, a row per true
/// class and a column per guess, so the diagonal holds the right answers.
pub fn confusion(guess: &[usize], truth: &[usize], k: usize) -> Vec<usize> {
    let mut counts = vec![0; k * k];
    for (&g, &t) in guess.iter().zip(truth) {
        if g < k && t < k {
            counts[t * k + g] += 1;
        }
    }
    counts
}

/// The model evaluated on an n × n grid over a 2-D input plane.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    /// Points per side.
    pub n: usize,
    /// The n x-coordinates, left to right.
    pub xs: Vec<f64>,
    /// The n y-coordinates, bottom to top.
    pub ys: Vec<f64>,
    /// Predicted class per cell, row j (y) by column i (x): index j·n + i.
    pub class: Vec<usize>,
    /// Per cell: P(class 1) for one sigmoid output, the winning probability
    /// for softmax, the raw output for anything else.
    pub value: Vec<f64>,
    /// Each hidden layer's outputs at every cell: layer l's unit u at cell k is
    /// `hidden[l][k · units + u]`. What each neuron draws over the plane.
    pub hidden: Vec<Vec<f64>>,
}

/// Multiply-adds a picture of the plane may spend on the network: a few milliseconds.
const GRID_WORK: usize = 8_000_000;

/// The points a side of a [`decision_grid`] for `mlp` that costs at most about [`GRID_WORK`]
/// multiply-adds (one per parameter and point), between 8 and `most`: a 40×40 grid through a
/// 2-256-256-256-256-256-1 network took 420 million and held the page 100 ms.
pub fn grid_side(mlp: &Mlp, most: usize) -> usize {
    let fits = (GRID_WORK / mlp.param_count().max(1)) as f64;
    (fits.sqrt() as usize).clamp(8.min(most), most)
}

/// Predicts on an `n × n` grid spanning `x_range` × `y_range` of the plane, each point read
/// as the network's `features` ([`Feature::PLAIN`] for a network of the bare coordinates).
pub fn decision_grid(
    mlp: &Mlp,
    features: &[Feature],
    x_range: (f64, f64),
    y_range: (f64, f64),
    n: usize,
) -> Grid {
    let lin = |(a, b): (f64, f64), i: usize| a + (b - a) * i as f64 / (n.max(2) - 1) as f64;
    let xs: Vec<f64> = (0..n).map(|i| lin(x_range, i)).collect();
    let ys: Vec<f64> = (0..n).map(|j| lin(y_range, j)).collect();
    let mut input = Vec::with_capacity(features.len() * n * n);
    for &y in &ys {
        for &x in &xs {
            input.extend(features.iter().map(|f| f.at(x, y)));
        }
    }
    let mut ws = Workspace::new(mlp, n * n);
    let out = mlp.forward(&mut ws, &input, n * n);
    let width = mlp.outputs();
    let class = class_labels(out, width);
    let value = if width == 1 {
        out.to_vec()
    } else {
        out.chunks_exact(width)
            .map(|r| r.iter().copied().fold(f64::NEG_INFINITY, f64::max))
            .collect()
    };
    // acts[l + 1] is layer l's output; the last layer's is the prediction above.
    let hidden = ws.acts.drain(1..mlp.layers().len()).collect();
    Grid {
        n,
        xs,
        ys,
        class,
        value,
        hidden,
    }
}

/// The box around 2-D points `x` (row by row), widened by `pad` on each side.
pub fn bounds_2d(x: &[f64], pad: f64) -> ((f64, f64), (f64, f64)) {
    let mut b = [
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for p in x.chunks_exact(2) {
        b = [
            b[0].min(p[0]),
            b[1].max(p[0]),
            b[2].min(p[1]),
            b[3].max(p[1]),
        ];
    }
    if !b[0].is_finite() {
        return ((-1.0, 1.0), (-1.0, 1.0));
    }
    ((b[0] - pad, b[1] + pad), (b[2] - pad, b[3] + pad))
}

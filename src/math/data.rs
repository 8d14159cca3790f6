//! Seeded datasets for the Train view.
//!
//! Every generator takes a seed and draws from [`Rng`], so a seed in a share link
//! regenerates the very same points. Samples are stored row by row in flat
//! vectors, the layout the network's hot loops read.

use crate::math::rng::Rng;
use nalgebra::DMatrix;
use std::f64::consts::{PI, TAU};

mod csv;
pub mod digits;
pub mod plane;
pub use csv::{parse_csv, parse_csv_with_target, CsvError};
pub use digits::{parse_digits, Digits};

/// What the targets mean, which decides the output layer and the loss.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Task {
    /// Real-valued targets; use a linear output and MSE.
    Regression,
    /// One target in [0, 1] (a label 0/1 or a probability); sigmoid output and BCE.
    Binary,
    /// One-hot targets over this many classes; softmax output and categorical CE.
    Multiclass(usize),
}

/// A table of samples: `x` is (rows, features), `y` is (rows, targets), both row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    /// A short name for the page (`"regression"`, `"xor"`, ...).
    pub name: String,
    /// Inputs, `rows × features`, row by row.
    pub x: Vec<f64>,
    /// Targets, `rows × targets`, row by row.
    pub y: Vec<f64>,
    /// Number of input columns.
    pub features: usize,
    /// Number of target columns (1, or the class count for one-hot targets).
    pub targets: usize,
    /// What the targets mean.
    pub task: Task,
    /// Column names of the inputs.
    pub feature_names: Vec<String>,
    /// Column names of the targets.
    pub target_names: Vec<String>,
    /// The weights that generated the data, when known (the lesson's (3, −2)).
    pub true_weights: Option<Vec<f64>>,
    /// The bias that generated the data, when known (the lesson's 1).
    pub true_bias: Option<f64>,
}

impl Dataset {
    /// A dataset from flat row-major parts, with default column names.
    pub fn new(name: &str, x: Vec<f64>, features: usize, y: Vec<f64>, task: Task) -> Self {
        let rows = x.len() / features.max(1);
        let targets = y.len() / rows.max(1);
        Dataset {
            name: name.to_string(),
            x,
            y,
            features,
            targets,
            task,
            feature_names: (1..=features).map(|i| format!("x{i}")).collect(),
            target_names: if targets == 1 {
                vec!["y".into()]
            } else {
                (1..=targets).map(|i| format!("y{i}")).collect()
            },
            true_weights: None,
            true_bias: None,
        }
    }

    /// Number of samples.
    pub fn rows(&self) -> usize {
        self.x.len() / self.features.max(1)
    }

    /// Sample `i`'s inputs.
    pub fn input(&self, i: usize) -> &[f64] {
        &self.x[i * self.features..(i + 1) * self.features]
    }

    /// Sample `i`'s targets.
    pub fn target(&self, i: usize) -> &[f64] {
        &self.y[i * self.targets..(i + 1) * self.targets]
    }

    /// The inputs as a matrix, (rows, features).
    pub fn x_matrix(&self) -> DMatrix<f64> {
        DMatrix::from_row_slice(self.rows(), self.features, &self.x)
    }

    /// The targets as a matrix, (rows, targets).
    pub fn y_matrix(&self) -> DMatrix<f64> {
        DMatrix::from_row_slice(self.rows(), self.targets, &self.y)
    }

    /// The class of each sample: 0/1 by threshold 0.5 for binary, the arg-max for
    /// one-hot; `None` for regression.
    pub fn labels(&self) -> Option<Vec<usize>> {
        match self.task {
            Task::Regression => None,
            _ => Some(class_labels(&self.y, self.targets)),
        }
    }

    /// The same data read as classes: a target column of whole numbers 0..k
    /// becomes binary (k = 2) or one-hot (k > 2). Fails, saying why, otherwise.
    pub fn to_classes(&self) -> Result<Dataset, String> {
        if self.targets != 1 {
            return Err("only a single target column can be read as classes".into());
        }
        let mut k = 0usize;
        for (i, &v) in self.y.iter().enumerate() {
            if v < 0.0 || v.fract() != 0.0 {
                return Err(format!(
                    "row {} has target {v}; classes must be whole numbers 0, 1, 2, ...",
                    i + 1
                ));
            }
            if v >= MAX_CLASSES as f64 {
                return Err(format!(
                    "row {} has class {v}; the classes are 0 to {} at most",
                    i + 1,
                    MAX_CLASSES - 1
                ));
            }
            k = k.max(v as usize + 1);
        }
        // Checked before the one-hot table is allocated: rows × classes entries.
        let rows = self.y.len();
        if k > 2 && rows.saturating_mul(k) > MAX_ONE_HOT {
            return Err(format!(
                "{rows} rows of {k} classes make {} one-hot entries; the most is {MAX_ONE_HOT}",
                rows.saturating_mul(k)
            ));
        }
        let mut out = self.clone();
        if k <= 2 {
            out.task = Task::Binary;
        } else {
            out.y = one_hot(self.y.iter().map(|&v| v as usize), k);
            out.targets = k;
            out.task = Task::Multiclass(k);
            out.target_names = (0..k).map(|c| format!("class {c}")).collect();
        }
        Ok(out)
    }
}

/// The most classes a table may have: one output unit each, as wide as a layer may be.
pub const MAX_CLASSES: usize = 256;
/// The most entries a one-hot table of targets may have (32 MB of `f64`).
pub const MAX_ONE_HOT: usize = 1 << 22;

/// Class indices from binary (one column) or one-hot (several columns) targets.
pub fn class_labels(y: &[f64], width: usize) -> Vec<usize> {
    if width == 1 {
        y.iter().map(|&v| usize::from(v >= 0.5)).collect()
    } else {
        y.chunks_exact(width).map(argmax).collect()
    }
}

/// Index of the largest entry (the first one on ties).
pub fn argmax(row: &[f64]) -> usize {
    let mut best = 0;
    for (i, v) in row.iter().enumerate() {
        if *v > row[best] {
            best = i;
        }
    }
    best
}

fn one_hot(labels: impl Iterator<Item = usize>, k: usize) -> Vec<f64> {
    let mut y = Vec::new();
    for c in labels {
        let start = y.len();
        y.resize(start + k, 0.0);
        y[start + c] = 1.0;
    }
    y
}

/// The lesson's regression: `n` points x ~ N(0, I₂), y = 3x₁ − 2x₂ + 1, plus
/// Gaussian noise of standard deviation `noise`.
pub fn regression(n: usize, noise: f64, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let (w, b) = ([3.0, -2.0], 1.0);
    let mut x = Vec::with_capacity(2 * n);
    let mut y = Vec::with_capacity(n);
    for _ in 0..n {
        let (x1, x2) = (rng.normal(), rng.normal());
        x.extend([x1, x2]);
        y.push(w[0] * x1 + w[1] * x2 + b + noise * rng.normal());
    }
    let mut d = Dataset::new("regression", x, 2, y, Task::Regression);
    d.true_weights = Some(w.to_vec());
    d.true_bias = Some(b);
    d
}

/// The lesson's default: 100 noiseless points of y = 3x₁ − 2x₂ + 1.
pub fn lesson_regression(seed: u64) -> Dataset {
    regression(100, 0.0, seed)
}

/// The four samples of the hand-worked step: X = [[1,2],[2,3],[3,4],[4,5]], y = [3,5,7,9].
///
/// The columns are dependent on the constant (x₂ = x₁ + 1), which is why the
/// pseudo-inverse, not the inverse, solves it: w = (1, 1).
pub fn four_samples() -> Dataset {
    let x = vec![1.0, 2.0, 2.0, 3.0, 3.0, 4.0, 4.0, 5.0];
    Dataset::new(
        "four samples",
        x,
        2,
        vec![3.0, 5.0, 7.0, 9.0],
        Task::Regression,
    )
}

/// The Keras example's data as the lesson draws it: X uniform in [0, 1)^(100×5)
/// and a target uniform in [0, 1), which binary cross-entropy reads as a probability.
pub fn keras_random(seed: u64) -> Dataset {
    keras_like(seed, false)
}

/// The Keras example's inputs with hard labels 0/1 (each equally likely).
pub fn keras_random_labels(seed: u64) -> Dataset {
    keras_like(seed, true)
}

fn keras_like(seed: u64, hard: bool) -> Dataset {
    let mut rng = Rng::new(seed);
    let x: Vec<f64> = (0..500).map(|_| rng.next_f64()).collect();
    let y: Vec<f64> = (0..100)
        .map(|_| {
            let u = rng.next_f64();
            if hard {
                f64::from(u8::from(u < 0.5))
            } else {
                u
            }
        })
        .collect();
    Dataset::new("keras random", x, 5, y, Task::Binary)
}

/// The shapes of the 2-D classification sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape2d {
    /// Gaussian clusters whose centres sit on a circle; any number of classes.
    Blobs,
    /// Class 1 where x₁ and x₂ have the same sign: no line separates it. Two classes.
    Xor,
    /// A disc inside a ring. Two classes.
    Circles,
    /// Interleaved spiral arms, one per class.
    Spiral,
}

impl Shape2d {
    /// Every shape, in menu order.
    pub const ALL: [Shape2d; 4] = [
        Shape2d::Blobs,
        Shape2d::Xor,
        Shape2d::Circles,
        Shape2d::Spiral,
    ];

    /// Lower-case name for menus and links.
    pub fn name(self) -> &'static str {
        match self {
            Shape2d::Blobs => "blobs",
            Shape2d::Xor => "xor",
            Shape2d::Circles => "circles",
            Shape2d::Spiral => "spiral",
        }
    }

    /// Parses [`Shape2d::name`].
    pub fn from_name(name: &str) -> Option<Shape2d> {
        crate::math::named(&Shape2d::ALL, Shape2d::name, name)
    }
}

/// `n` points of a 2-D classification set with `classes` classes (XOR and
/// circles always have 2) and Gaussian jitter of standard deviation `noise`
/// (0.1 is gentle; the points span roughly [−1, 1]²).
///
/// Two classes give one 0/1 target ([`Task::Binary`]); more give one-hot targets.
pub fn classification(shape: Shape2d, n: usize, classes: usize, noise: f64, seed: u64) -> Dataset {
    let k = match shape {
        Shape2d::Xor | Shape2d::Circles => 2,
        Shape2d::Blobs | Shape2d::Spiral => classes.max(2),
    };
    let mut rng = Rng::new(seed);
    let mut x = Vec::with_capacity(2 * n);
    let mut labels = Vec::with_capacity(n);
    for i in 0..n {
        // Classes take turns, so every class gets n/k points (±1).
        let c = i % k;
        let (p, label) = point(shape, c, k, &mut rng);
        x.extend([p.0 + noise * rng.normal(), p.1 + noise * rng.normal()]);
        labels.push(label);
    }
    let (y, task) = if k == 2 {
        (labels.iter().map(|&c| c as f64).collect(), Task::Binary)
    } else {
        (one_hot(labels.into_iter(), k), Task::Multiclass(k))
    };
    Dataset::new(shape.name(), x, 2, y, task)
}

/// One noiseless point of class `c` (XOR picks its label from where the point falls).
fn point(shape: Shape2d, c: usize, k: usize, rng: &mut Rng) -> ((f64, f64), usize) {
    match shape {
        Shape2d::Blobs => {
            let angle = TAU * c as f64 / k as f64;
            let (cx, cy) = (0.6 * angle.cos(), 0.6 * angle.sin());
            ((cx + 0.15 * rng.normal(), cy + 0.15 * rng.normal()), c)
        }
        Shape2d::Xor => {
            // Keep a margin of 0.1 around the axes so the classes do not touch.
            let mut coord = || {
                let u = rng.uniform(-0.9, 0.9);
                u + 0.1 * u.signum()
            };
            let (a, b) = (coord(), coord());
            ((a, b), usize::from(a * b > 0.0))
        }
        Shape2d::Circles => {
            let r = if c == 0 {
                0.5 * rng.next_f64().sqrt()
            } else {
                rng.uniform(0.7, 1.0)
            };
            let t = rng.uniform(0.0, TAU);
            ((r * t.cos(), r * t.sin()), c)
        }
        Shape2d::Spiral => {
            let r = rng.uniform(0.05, 1.0);
            let t = TAU * c as f64 / k as f64 + 1.25 * PI * r;
            ((r * t.cos(), r * t.sin()), c)
        }
    }
}

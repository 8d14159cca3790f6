//! What an operation gives back to the page: the value, its check, its explanation,
//! a note, and the same computation in NumPy and PyTorch.

use super::explain::Explanation;
use super::linalg::Eigen;
use super::matrix::{Matrix, Vector};

/// The relative tolerance of a check: a residual passes when it is at most
/// `CHECK_RTOL · scale`, the scale being the size of the quantities compared. Relative to the
/// scale alone, not to max(1, scale): a matrix of norm 1e-6 would otherwise pass anything.
pub const CHECK_RTOL: f64 = 1e-8;

/// Per unit of condition number: what the inverse and pseudo-inverse checks allow beyond
/// `CHECK_RTOL`. NumPy's own answers, over condition numbers 1e6 to 1e12, reach
/// ‖A·A⁻¹ − I‖ ≈ 0.2·n·ε·cond and ‖A·A⁺·A − A‖ ≈ 0.3·ε·cond·‖A‖; 1e-15 ≈ 4.5ε is some
/// fifteen times that, and still fails an answer off by more than rounding explains.
pub const COND_RTOL: f64 = 1e-15;

/// The tolerance of the eigenpair check, per row of A: a backward-stable eigenvector has
/// ‖A·v − λ·v‖ below about 10·n·ε·‖A‖ (8·n·ε·‖A‖ at worst over the NumPy fixtures), and one
/// a thousand times further off is wrong, even though it would pass `CHECK_RTOL`.
pub const EIGEN_RTOL: f64 = 1e-12;

/// A named matrix among several results (U, Σ, Vᵀ; P, L, U; ...).
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    /// The name shown, e.g. `U`, `Σ`, `Vᵀ`.
    pub name: String,
    /// The matrix.
    pub matrix: Matrix,
}

/// One identity checked on the person's matrices (`props`).
#[derive(Clone, Debug, PartialEq)]
pub struct Property {
    /// Its name, e.g. "Distributive".
    pub name: String,
    /// The identity, e.g. "A(B + C) = AB + AC".
    pub statement: String,
    /// The largest difference between the two sides; `None` when the shapes do not allow it.
    pub max_diff: Option<f64>,
    /// Whether it holds within tolerance (false when not applicable).
    pub holds: bool,
    /// Why it could not be checked, when the shapes do not fit.
    pub skipped: Option<String>,
}

/// The value of a result.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A matrix.
    Matrix(Matrix),
    /// A vector (a solution x, singular values, ...).
    Vector(Vector),
    /// One number.
    Scalar(f64),
    /// A whole number (a rank).
    Count(usize),
    /// Eigenvalues (possibly complex) and unit eigenvectors.
    Eigen(Eigen),
    /// Several named matrices.
    Factors(Vec<Factor>),
    /// A table of identities.
    Props(Vec<Property>),
}

/// The check of a result, as numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// What is checked, in words with a formula, e.g. "‖A·x − b‖".
    pub what: String,
    /// The residual measured.
    pub residual: f64,
    /// The tolerance it is held to.
    pub tolerance: f64,
    /// Whether residual ≤ tolerance.
    pub passed: bool,
    /// The 2-norm condition number of A, where it matters.
    pub cond: Option<f64>,
}

impl Check {
    /// A check of `residual` against `CHECK_RTOL · scale`.
    pub fn new(what: &str, residual: f64, scale: f64) -> Check {
        Check::within(what, residual, CHECK_RTOL * scale)
    }

    /// A check of `residual` against a tolerance worked out by the caller.
    pub fn within(what: &str, residual: f64, tolerance: f64) -> Check {
        Check {
            what: what.to_string(),
            residual,
            tolerance,
            passed: residual <= tolerance,
            cond: None,
        }
    }

    /// A check whose tolerance grows with the condition number `cond`, as the accuracy of an
    /// inverse does: `scale · max(CHECK_RTOL, COND_RTOL · cond)`, with `cond` attached.
    pub fn growing_with_cond(what: &str, residual: f64, scale: f64, cond: f64) -> Check {
        Check::within(what, residual, scale * CHECK_RTOL.max(COND_RTOL * cond)).with_cond(cond)
    }

    /// The same check, with the condition number attached.
    pub fn with_cond(mut self, cond: f64) -> Check {
        self.cond = Some(cond);
        self
    }
}

/// Everything the page shows for one operation. Not `PartialEq`: the Lab's memos of it
/// report every recomputation as a change, which it nearly always is, and comparing the whole
/// tree (explanations, exact answers) cost about 1 KB of the page's size budget.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The result.
    pub value: Value,
    /// Its check, when it has one.
    pub check: Option<Check>,
    /// How it was computed.
    pub explanation: Explanation,
    /// A sentence the person should read, e.g. that a least-squares answer was given.
    pub note: Option<String>,
    /// NumPy code that gives the same result.
    pub numpy: String,
    /// PyTorch code that gives the same result.
    pub torch: String,
    /// The same answer in exact fractions, when every input is a fraction and the
    /// operation has one (`math::exact::answer`); the caller attaches it.
    pub exact: Option<super::exact::ExactAnswer>,
}

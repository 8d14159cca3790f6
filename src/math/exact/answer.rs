//! The exact answer of an operation, beside the floating-point one: the value in fractions,
//! the row operations in fractions, what was verified exactly, and how far the
//! floating-point answer is from it (the page's ✓ compares the two).

use super::systems::{null_answer, solve_answer};
use super::{
    cofactor, column_space, det, fmt_q, inverse, rank, rref, ExactError, QMatrix, EXACT_LIMIT, Q,
};
use crate::math::matrix::Matrix;
use crate::math::op::Op;
use crate::math::outcome::Value;

/// What exact mode works on: the inputs the operation reads, in fractions.
#[derive(Clone, Debug, PartialEq)]
pub struct ExactInputs {
    /// A.
    pub a: QMatrix,
    /// B, where the operation reads it.
    pub b: Option<QMatrix>,
    /// The right-hand side b, where the operation reads it.
    pub rhs: Option<Vec<Q>>,
    /// The scalar k of `scale`.
    pub scalar: Option<Q>,
    /// The whole number k (the power of `power`).
    pub k: usize,
}

/// An exact value as the page writes it.
#[derive(Clone, Debug, PartialEq)]
pub enum ExactValue {
    /// One number, e.g. `-2` or `3/2`.
    Number(String),
    /// A matrix (or a column), by its cells.
    Cells(Vec<Vec<String>>),
    /// A whole number (a rank).
    Count(usize),
    /// A sentence instead of a value (no solution).
    Words(String),
}

/// One row operation in fractions, with the matrix after it.
#[derive(Clone, Debug, PartialEq)]
pub struct ExactStep {
    /// The operation, e.g. `R2 ← R2 − 3·R1`.
    pub text: String,
    /// The whole matrix after it.
    pub cells: Vec<Vec<String>>,
}

/// The exact answer of one operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ExactAnswer {
    /// The value in fractions.
    pub value: ExactValue,
    /// The row operations that gave it, where it comes from elimination.
    pub steps: Vec<ExactStep>,
    /// Sentences: the cofactor expansion, the characteristic polynomial, the general solution.
    pub lines: Vec<String>,
    /// What holds exactly, checked in fractions, e.g. `A·A⁻¹ = I exactly`.
    pub verified: String,
    /// The largest difference between the floating-point answer and this one, relative to
    /// the size of the answer; `None` where the two are not comparable entry by entry.
    pub float_gap: Option<f64>,
}

/// How far apart the floating-point and the exact answers may be, relative to the answer's
/// size, before the page marks them as disagreeing: rounding costs far less than this on
/// matrices small enough for exact mode unless they are ill-conditioned, which the float
/// check's condition number then says.
pub const AGREEMENT_RTOL: f64 = 1e-8;

pub(super) fn cells_of_vector(v: &[Q]) -> Vec<Vec<String>> {
    v.iter().map(|x| vec![fmt_q(x)]).collect()
}

fn relative_gap(exact: &QMatrix, float: &Matrix) -> Option<f64> {
    let gap = exact.max_abs_diff(float)?;
    let size = exact.to_f64().amax().max(f64::MIN_POSITIVE);
    Some(gap / size.max(1.0))
}

fn float_matrix(value: &Value) -> Option<Matrix> {
    match value {
        Value::Matrix(m) => Some(m.clone()),
        Value::Vector(v) => Some(Matrix::from_column_slice(v.len(), 1, v.as_slice())),
        Value::Scalar(x) => Some(Matrix::from_element(1, 1, *x)),
        _ => None,
    }
}

pub(super) fn column(v: &[Q]) -> QMatrix {
    QMatrix::from_fn(v.len(), 1, |i, _| v[i])
}

/// The value of an exact computation; from [`answer`], when it fails, the answer that says
/// the numbers outgrew 128 bits ([`too_big`]), or no exact answer for any other error.
macro_rules! exact {
    ($computed:expr) => {
        match $computed {
            Ok(value) => value,
            Err(ExactError::TooBig) => return Some(too_big()),
            Err(_) => return None,
        }
    };
}
pub(super) use exact;

/// What the page says where exactness stops: in words, with the decimals as the answer.
pub(super) fn too_big() -> ExactAnswer {
    ExactAnswer {
        value: ExactValue::Words(ExactError::TooBig.to_string()),
        steps: Vec::new(),
        lines: Vec::new(),
        verified: "nothing here, since its fractions need more than 128-bit integers".into(),
        float_gap: None,
    }
}

/// Whether every entry is an integer that a decimal shows exactly (below 2⁵³): then the
/// fractions of a product or a sum add nothing to the decimal answer, and the decimal view,
/// whose entries explain themselves when pointed at, stays.
fn decimals_say_it_all(m: &QMatrix) -> bool {
    let limit = Q::from_integer(1 << 53);
    m.as_slice()
        .iter()
        .all(|x| x.is_integer() && x.abs() < limit)
}

/// The exact answer of an entry-wise operation or a product, when it says more than the
/// decimals do.
fn combined(m: QMatrix, float: &Value) -> Option<ExactAnswer> {
    let m = exact!(m.checked());
    (!decimals_say_it_all(&m))
        .then(|| matrix_answer(m, float, "every entry in fractions, no rounding".into()))
}

pub(super) fn matrix_answer(m: QMatrix, float: &Value, verified: String) -> ExactAnswer {
    let float_gap = float_matrix(float).and_then(|f| relative_gap(&m, &f));
    ExactAnswer {
        value: ExactValue::Cells(m.to_cells()),
        steps: Vec::new(),
        lines: Vec::new(),
        verified,
        float_gap,
    }
}

fn number_answer(x: Q, float: &Value, verified: String) -> ExactAnswer {
    let mut answer = matrix_answer(QMatrix::from_fn(1, 1, |_, _| x), float, verified);
    answer.value = ExactValue::Number(fmt_q(&x));
    answer
}

pub(super) fn steps_of(a: &QMatrix) -> Result<Vec<ExactStep>, ExactError> {
    Ok(rref(a)?
        .steps
        .into_iter()
        .map(|s| ExactStep {
            text: s.op.to_string(),
            cells: s.matrix.to_cells(),
        })
        .collect())
}

/// [A | right], side by side.
pub(super) fn augmented(a: &QMatrix, right: &QMatrix) -> QMatrix {
    QMatrix::from_fn(a.nrows(), a.ncols() + right.ncols(), |i, j| {
        if j < a.ncols() {
            a.get(i, j).copied().unwrap_or_default()
        } else {
            right.get(i, j - a.ncols()).copied().unwrap_or_default()
        }
    })
}

/// The exact answer of `op`, or `None` when the operation has none (its answer is irrational
/// in general: norms, eigenvectors, SVD, QR), the inputs do not fit it, or A is larger than
/// [`EXACT_LIMIT`]. `float` is the floating-point answer it is compared with. Where a
/// number, typed or on the way, outgrows 128 bits, the answer says so in words.
pub fn answer(op: Op, inputs: &ExactInputs, float: &Value) -> Option<ExactAnswer> {
    let a = &inputs.a;
    if a.nrows() > EXACT_LIMIT || a.ncols() > EXACT_LIMIT {
        return None;
    }
    let typed_too_big = a.is_too_big()
        || inputs.b.as_ref().is_some_and(QMatrix::is_too_big)
        || inputs
            .rhs
            .iter()
            .flatten()
            .chain(&inputs.scalar)
            .any(Q::is_too_big);
    if typed_too_big {
        return Some(too_big());
    }
    let b = || inputs.b.as_ref();
    Some(match op {
        Op::Add | Op::Sub | Op::Hadamard => {
            let b = b()?;
            if b.shape() != a.shape() {
                return None;
            }
            let m = QMatrix::from_fn(a.nrows(), a.ncols(), |i, j| {
                let x = a.get(i, j).copied().unwrap_or_default();
                let y = b.get(i, j).copied().unwrap_or_default();
                match op {
                    Op::Add => x + y,
                    Op::Sub => x - y,
                    _ => x * y,
                }
            });
            combined(m, float)?
        }
        Op::Matmul => combined(exact!(a.matmul(b()?)), float)?,
        Op::Scale => {
            let k = inputs.scalar?;
            let m = QMatrix::from_fn(a.nrows(), a.ncols(), |i, j| {
                a.get(i, j).copied().unwrap_or_default() * k
            });
            combined(m, float)?
        }
        Op::Transpose => combined(a.transpose(), float)?,
        Op::Trace => {
            if !a.is_square() {
                return None;
            }
            let t: Q = (0..a.nrows())
                .map(|i| a.get(i, i).copied().unwrap_or_default())
                .sum();
            combined(QMatrix::from_fn(1, 1, |_, _| t), float)?;
            number_answer(t, float, "the diagonal summed in fractions".into())
        }
        Op::Power => {
            if !a.is_square() {
                return None;
            }
            // Digits grow with every product; past a few dozen the fractions help nobody.
            if inputs.k > 32 {
                return None;
            }
            let mut m = QMatrix::identity(a.nrows());
            for _ in 0..inputs.k {
                m = exact!(m.matmul(a));
            }
            let mut answer = combined(m, float)?;
            answer.verified = format!("{} exact products", inputs.k);
            answer
        }
        Op::Det => {
            let d = exact!(det(a));
            let mut answer = number_answer(d, float, "by elimination in fractions".into());
            // A term may outgrow 128 bits even where the sum does not; then the line is left out.
            let terms = cofactor(a).filter(|t| !t.iter().any(|t| t.value().is_too_big()));
            if let Some(terms) = terms {
                let parts: Vec<String> = terms
                    .iter()
                    .map(|t| {
                        let sign = if t.sign < 0 { "−" } else { "+" };
                        // A negative factor in brackets, with a minus sign: 2·(−1), not 2·-1.
                        let factor = |q: &Q| {
                            let text = fmt_q(q);
                            match text.strip_prefix('-') {
                                Some(magnitude) => format!("(−{magnitude})"),
                                None => text,
                            }
                        };
                        format!("{sign} {}·{}", factor(&t.entry), factor(&t.minor_det))
                    })
                    .collect();
                answer.lines.push(format!(
                    "Along the first row: {} = {}",
                    parts.join(" ").trim_start_matches("+ "),
                    fmt_q(&terms.iter().map(|t| t.value()).sum()).replacen('-', "−", 1)
                ));
            }
            answer
        }
        Op::Inv => {
            let inv = exact!(inverse(a))?;
            let identity = exact!(a.matmul(&inv)) == QMatrix::identity(a.nrows());
            let mut answer = matrix_answer(
                inv,
                float,
                if identity {
                    "A·A⁻¹ = I exactly".into()
                } else {
                    "A·A⁻¹ is not I: a fault in exact mode".into()
                },
            );
            answer.steps = exact!(steps_of(&augmented(a, &QMatrix::identity(a.nrows()))));
            answer
        }
        Op::Rank => {
            let r = exact!(rank(a));
            let gap = match float {
                Value::Count(n) => Some(r.abs_diff(*n) as f64),
                _ => None,
            };
            ExactAnswer {
                value: ExactValue::Count(r),
                steps: exact!(steps_of(a)),
                lines: Vec::new(),
                verified: format!("{r} nonzero rows after exact elimination"),
                float_gap: gap,
            }
        }
        Op::Rref => {
            let reduced = exact!(rref(a));
            let mut answer = matrix_answer(
                reduced.matrix.clone(),
                float,
                "every row operation in fractions".into(),
            );
            answer.steps = exact!(steps_of(a));
            let pivots: Vec<String> = reduced.pivots.iter().map(|p| (p + 1).to_string()).collect();
            answer.lines.push(format!(
                "Pivots in column(s) {}, so the rank is {}.",
                pivots.join(", "),
                reduced.pivots.len()
            ));
            answer
        }
        Op::Null => exact!(null_answer(a, float)),
        Op::Colspace => {
            let (_, basis) = exact!(column_space(a));
            if basis.is_empty() {
                return None;
            }
            let m = QMatrix::from_fn(a.nrows(), basis.len(), |i, j| basis[j][i]);
            matrix_answer(m, float, "the pivot columns of A, found exactly".into())
        }
        Op::Solve => solve_answer(a, inputs.rhs.as_deref()?, float)?,
        _ => return None,
    })
}

//! The front door the page calls: `run(op, &inputs)` gives an `Outcome` or a `MathError`.
//! Combining and measuring operations live here; solving and decompositions in `run_linalg`.

use super::error::{MathError, GENERAL_LIMIT};
use super::explain::Explanation;
use super::format::fmt_number;
use super::matrix::{
    entries_norm, is_vector, norm, try_as_vector, try_column, try_row, try_validate, Matrix,
    NormKind, Vector,
};
use super::op::Op;
use super::ops;
use super::outcome::{Check, Outcome, Value};
use super::python::{code, Lib};

/// Entries of a product (or element-wise result) written out as sums, at most.
pub const EXPLAIN_ENTRIES: usize = 64;

/// What an operation works on. Only the fields the operation needs are read.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// The matrix A (always needed).
    pub a: Matrix,
    /// The matrix B (`Op::needs_b`).
    pub b: Option<Matrix>,
    /// The matrix C of `props`; B stands in when absent.
    pub c: Option<Matrix>,
    /// The right-hand side b of `solve`.
    pub vector: Option<Vector>,
    /// The scalar k of `scale`.
    pub scalar: f64,
    /// The 1-based row or column of `row`/`col`, the rank kept by `lowrank`.
    pub k: usize,
    /// The norm of `norm`.
    pub norm: NormKind,
}

impl Inputs {
    /// Inputs with A only, k = 2 for `scale`, 1 for `row`/`col`/`lowrank`, the Frobenius norm.
    pub fn new(a: Matrix) -> Inputs {
        Inputs {
            a,
            b: None,
            c: None,
            vector: None,
            scalar: 2.0,
            k: 1,
            norm: NormKind::Frobenius,
        }
    }

    /// The same inputs with B.
    pub fn with_b(mut self, b: Matrix) -> Inputs {
        self.b = Some(b);
        self
    }

    /// The same inputs with C.
    pub fn with_c(mut self, c: Matrix) -> Inputs {
        self.c = Some(c);
        self
    }

    /// The same inputs with the vector b.
    pub fn with_vector(mut self, v: Vector) -> Inputs {
        self.vector = Some(v);
        self
    }
}

/// A result before the code is attached.
pub(crate) struct Partial {
    pub value: Value,
    pub check: Option<Check>,
    pub explanation: Explanation,
    pub note: Option<String>,
    /// `solve` gave the least-squares answer.
    pub least_squares: bool,
}

impl Partial {
    pub(crate) fn new(value: Value) -> Partial {
        Partial {
            value,
            check: None,
            explanation: Explanation::None,
            note: None,
            least_squares: false,
        }
    }

    pub(crate) fn explained(mut self, e: Explanation) -> Partial {
        self.explanation = e;
        self
    }

    pub(crate) fn checked(mut self, c: Check) -> Partial {
        self.check = Some(c);
        self
    }

    pub(crate) fn noted(mut self, note: String) -> Partial {
        self.note = Some(note);
        self
    }
}

/// Runs one operation on the inputs: the value with its check, explanation, note and code.
pub fn run(op: Op, inputs: &Inputs) -> Result<Outcome, MathError> {
    let spec = op.spec();
    try_validate("A", &inputs.a, spec.limit)?;
    if spec.uses.b {
        try_validate("B", operands(inputs)?.1, spec.limit)?;
    }
    let part = (spec.run)(inputs)?;
    Ok(Outcome {
        numpy: code(Lib::NumPy, op, inputs, part.least_squares),
        torch: code(Lib::Torch, op, inputs, part.least_squares),
        value: part.value,
        check: part.check,
        explanation: part.explanation,
        note: part.note,
        exact: None,
    })
}

/// A and B, for the operations that read both.
fn operands(inputs: &Inputs) -> Result<(&Matrix, &Matrix), MathError> {
    let b = inputs.b.as_ref().ok_or_else(|| MathError::MissingInput {
        what: "a second matrix B".to_string(),
    })?;
    Ok((&inputs.a, b))
}

/// The identities of `props` on A, B and C (B stands in for a missing C).
pub(crate) fn props(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    super::run_props::props(a, b, inputs.c.as_ref().unwrap_or(b))
}

fn entry_lines(a: &Matrix, b: &Matrix, sign: &str, f: &dyn Fn(f64, f64) -> f64) -> Explanation {
    let total = a.len();
    let mut lines: Vec<String> = crate::math::cells(a.nrows(), a.ncols())
        .take(EXPLAIN_ENTRIES)
        .map(|(i, j)| {
            let (x, y) = (a[(i, j)], b[(i, j)]);
            format!(
                "C[{},{}] = {} {sign} {} = {}",
                i + 1,
                j + 1,
                fmt_number(x),
                super::explain::paren(y),
                fmt_number(f(x, y))
            )
        })
        .collect();
    if total > EXPLAIN_ENTRIES {
        lines.push(format!("({EXPLAIN_ENTRIES} of {total} entries shown)"));
    }
    Explanation::Steps(lines)
}

/// `Add`.
pub(crate) fn add(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok(
        Partial::new(Value::Matrix(ops::try_add(a, b)?)).explained(entry_lines(
            a,
            b,
            "+",
            &|x, y| x + y,
        )),
    )
}

/// `Sub`.
pub(crate) fn sub(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok(
        Partial::new(Value::Matrix(ops::try_sub(a, b)?)).explained(entry_lines(
            a,
            b,
            "-",
            &|x, y| x - y,
        )),
    )
}

/// `Hadamard`.
pub(crate) fn hadamard(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok({
        let c = ops::try_hadamard(a, b)?;
        let entries = ops::hadamard_entries(a, b, EXPLAIN_ENTRIES);
        Partial::new(Value::Matrix(c)).explained(Explanation::Products {
            result: "C".into(),
            entries,
            total: a.len(),
        })
    })
}

/// `Dot`.
pub(crate) fn dot(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok(Partial::new(Value::Scalar(ops::try_dot(a, b)?)).explained(dot_explanation(a, b)))
}

/// `Outer`.
pub(crate) fn outer(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok({
        let c = ops::try_outer(a, b)?;
        let (x, y) = (try_as_vector("A", a)?, try_as_vector("B", b)?);
        let (xm, ym) = (
            Matrix::from_column_slice(x.len(), 1, x.as_slice()),
            Matrix::from_row_slice(1, y.len(), y.as_slice()),
        );
        let entries = ops::product_entries(&xm, &ym, EXPLAIN_ENTRIES);
        Partial::new(Value::Matrix(c)).explained(Explanation::Products {
            result: "C".into(),
            entries,
            total: x.len() * y.len(),
        })
    })
}

/// `matmul`.
pub(crate) fn matmul(inputs: &Inputs) -> Result<Partial, MathError> {
    let (a, b) = operands(inputs)?;
    Ok(
        if a.ncols() != b.nrows() && is_vector(a) && is_vector(b) && a.len() == b.len() {
            // NumPy's `x @ y` on two 1-D vectors is their dot product; the page follows it.
            let d = ops::try_dot(a, b)?;
            Partial::new(Value::Scalar(d))
                .explained(dot_explanation(a, b))
                .noted(
                    "A and B are both vectors of the same length, so A·B is their dot product."
                        .into(),
                )
        } else {
            let c = ops::try_matmul(a, b)?;
            let entries = ops::product_entries(a, b, EXPLAIN_ENTRIES);
            Partial::new(Value::Matrix(c)).explained(Explanation::Products {
                result: "C".into(),
                entries,
                total: a.nrows() * b.ncols(),
            })
        },
    )
}

fn dot_explanation(a: &Matrix, b: &Matrix) -> Explanation {
    let row = Matrix::from_row_slice(1, a.len(), &a.iter().copied().collect::<Vec<_>>());
    let col = Matrix::from_column_slice(b.len(), 1, &b.iter().copied().collect::<Vec<_>>());
    let e = ops::product_entry(&row, &col, 0, 0);
    let text = e.text("x·y");
    // "x·y[1,1] = ..." reads oddly for a single number; drop the index.
    Explanation::Steps(vec![text.replacen("[1,1]", "", 1)])
}

/// `Scale`.
pub(crate) fn scale(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let k = inputs.scalar;
        Partial::new(Value::Matrix(ops::try_scale(a, k)?)).explained(Explanation::Steps(vec![
            format!("Every entry of A is multiplied by {}.", fmt_number(k)),
        ]))
    })
}

/// `Transpose`.
pub(crate) fn transpose(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        Partial::new(Value::Matrix(ops::try_transpose(a)?)).explained(Explanation::Steps(vec![
            "Row i of A becomes column i of Aᵀ: Aᵀ[i,j] = A[j,i].".into(),
        ]))
    })
}

/// `Row`.
pub(crate) fn row(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok(Partial::new(Value::Matrix(try_row("A", a, inputs.k)?)))
}

/// `Col`.
pub(crate) fn col(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok(Partial::new(Value::Matrix(try_column("A", a, inputs.k)?)))
}

/// `Trace`.
pub(crate) fn trace(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let t = ops::try_trace(a)?;
        let diag: Vec<String> = a
            .diagonal()
            .iter()
            .map(|&x| super::explain::paren(x))
            .collect();
        Partial::new(Value::Scalar(t)).explained(Explanation::Steps(vec![format!(
            "tr A = {} = {}",
            diag.join(" + "),
            fmt_number(t)
        )]))
    })
}

/// `Norm`.
pub(crate) fn norm_of(inputs: &Inputs) -> Result<Partial, MathError> {
    let a = &inputs.a;
    Ok({
        let kind = inputs.norm;
        if kind == NormKind::L2 && !is_vector(a) {
            try_validate("A", a, GENERAL_LIMIT)?;
        }
        let n = norm(a, kind);
        let how = match kind {
            NormKind::Frobenius => "the square root of the sum of the squares of the entries",
            NormKind::L1 => "the largest sum of absolute values in a column",
            NormKind::L2 => "the largest singular value",
            NormKind::Max => "the largest sum of absolute values in a row",
        };
        let ord = match kind {
            NormKind::Frobenius => "'fro'",
            NormKind::L1 => "1",
            NormKind::L2 => "2",
            NormKind::Max => "np.inf",
        };
        let mut lines = vec![format!(
            "The {} norm of A as a matrix (NumPy's norm(A, {ord})) is {how}: {}.",
            kind.label(),
            fmt_number(n)
        )];
        // A row of numbers reads like a vector, whose 1- and ∞-norms are the other way round.
        let entries = entries_norm(a, kind);
        if a.nrows() == 1 && entries != n {
            lines.push(format!(
                    "A is one row, so this is not the {} norm of its entries as a vector ({}), which NumPy gives for norm(A.ravel(), {ord}).",
                    kind.label(),
                    fmt_number(entries),
                ));
        }
        Partial::new(Value::Scalar(n)).explained(Explanation::Steps(lines))
    })
}

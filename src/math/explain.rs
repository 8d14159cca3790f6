//! Explanations as plain data: what the page shows under a result to say how it was computed.
//! Each kind also renders itself as text lines, so a simple view can print them as they are.

use nalgebra::Complex;

use super::format::{fmt_complex, fmt_number};
use super::matrix::Matrix;

/// One entry of a product written as its sum: `C[1,2] = 1·6 + 2·8 = 22`.
#[derive(Clone, Debug, PartialEq)]
pub struct ProductEntry {
    /// 0-based row of the entry.
    pub row: usize,
    /// 0-based column of the entry.
    pub col: usize,
    /// The pairs multiplied: (A[row,k], B[k,col]) for each k.
    pub terms: Vec<(f64, f64)>,
    /// The sum of the products.
    pub value: f64,
}

impl ProductEntry {
    /// The entry as text, e.g. `C[1,2] = 1·6 + 2·8 = 22` (1-based, like the page).
    pub fn text(&self, result: &str) -> String {
        let sum = self
            .terms
            .iter()
            .enumerate()
            .map(|(k, &(a, b))| {
                let prod = format!("{}·{}", paren(a), paren(b));
                if k == 0 {
                    prod
                } else {
                    format!(" + {prod}")
                }
            })
            .collect::<String>();
        format!(
            "{result}[{},{}] = {sum} = {}",
            self.row + 1,
            self.col + 1,
            fmt_number(self.value)
        )
    }
}

/// A negative number in parentheses, so `2·(-3)` reads as a product.
pub fn paren(x: f64) -> String {
    let s = fmt_number(x);
    if s.starts_with('-') {
        format!("({s})")
    } else {
        s
    }
}

/// One row operation of Gaussian elimination; rows are 0-based.
#[derive(Clone, Debug, PartialEq)]
pub enum RowOp {
    /// Exchange two rows (partial pivoting brings the largest entry up).
    Swap {
        /// First row.
        a: usize,
        /// Second row.
        b: usize,
    },
    /// Multiply a row by a factor (to make a pivot 1).
    Scale {
        /// The row.
        row: usize,
        /// The factor.
        factor: f64,
    },
    /// Add a multiple of one row to another (to clear an entry).
    AddMultiple {
        /// The row that changes.
        target: usize,
        /// The row added.
        source: usize,
        /// The multiple of `source` added to `target`.
        factor: f64,
    },
}

impl RowOp {
    /// The operation as text with 1-based rows, e.g. `R2 ← R2 - 3·R1`.
    pub fn text(&self) -> String {
        match *self {
            RowOp::Swap { a, b } => format!("R{} ↔ R{}", a + 1, b + 1),
            RowOp::Scale { row, factor } => format!("R{0} ← {1}·R{0}", row + 1, paren(factor)),
            RowOp::AddMultiple {
                target,
                source,
                factor,
            } if factor < 0.0 => {
                format!(
                    "R{0} ← R{0} - {1}·R{2}",
                    target + 1,
                    fmt_number(-factor),
                    source + 1
                )
            }
            RowOp::AddMultiple {
                target,
                source,
                factor,
            } => {
                format!(
                    "R{0} ← R{0} + {1}·R{2}",
                    target + 1,
                    fmt_number(factor),
                    source + 1
                )
            }
        }
    }
}

/// One step of elimination: the operation, the pivot it works from, and the matrix after it.
#[derive(Clone, Debug, PartialEq)]
pub struct ElimStep {
    /// The row operation.
    pub op: RowOp,
    /// 0-based (row, column) of the pivot this step works from.
    pub pivot: (usize, usize),
    /// The whole (augmented) matrix after the step.
    pub matrix: Matrix,
}

/// Gaussian elimination on a matrix, possibly augmented (`[A | b]`, `[A | I]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Elimination {
    /// The matrix before any step.
    pub start: Matrix,
    /// Columns left of the bar; the rest is the augmented part.
    pub split: usize,
    /// The steps in order.
    pub steps: Vec<ElimStep>,
    /// 0-based (row, column) of every pivot found.
    pub pivots: Vec<(usize, usize)>,
    /// Sentences after the steps (back substitution, what the pivots tell).
    pub conclusion: Vec<String>,
}

/// One term of a cofactor expansion along the first row.
#[derive(Clone, Debug, PartialEq)]
pub struct CofactorTerm {
    /// 0-based column of the entry.
    pub col: usize,
    /// +1 or -1, the checkerboard sign.
    pub sign: f64,
    /// The entry A[1, col].
    pub entry: f64,
    /// The minor: A without row 1 and this column.
    pub minor: Matrix,
    /// The determinant of the minor.
    pub minor_det: f64,
}

/// A determinant by cofactor expansion along the first row (2×2 and 3×3).
#[derive(Clone, Debug, PartialEq)]
pub struct Cofactor {
    /// The terms, one per column.
    pub terms: Vec<CofactorTerm>,
    /// The determinant.
    pub value: f64,
}

/// The characteristic polynomial of a 2×2 matrix, λ² - tr·λ + det = 0, and its roots.
#[derive(Clone, Debug, PartialEq)]
pub struct CharPoly {
    /// The trace (sum of the diagonal).
    pub trace: f64,
    /// The determinant.
    pub det: f64,
    /// tr² - 4·det: negative means a complex pair.
    pub discriminant: f64,
    /// (tr ± √disc) / 2.
    pub roots: [Complex<f64>; 2],
}

/// How a result was computed, for the page to render.
#[derive(Clone, Debug, PartialEq)]
pub enum Explanation {
    /// Nothing more to say.
    None,
    /// Entries of a product (or element-wise operation) as sums; `shown` may be fewer than all.
    Products {
        /// The name of the result, e.g. `C`.
        result: String,
        /// The entries explained.
        entries: Vec<ProductEntry>,
        /// How many entries the result has in all.
        total: usize,
    },
    /// Row operations of Gaussian elimination.
    Elimination(Elimination),
    /// Cofactor expansion of a determinant.
    Cofactor(Cofactor),
    /// The characteristic polynomial of a 2×2 matrix.
    CharPoly(CharPoly),
    /// Plain sentences.
    Steps(Vec<String>),
}

impl Explanation {
    /// The explanation as text lines.
    pub fn lines(&self) -> Vec<String> {
        match self {
            Explanation::None => Vec::new(),
            Explanation::Products {
                result,
                entries,
                total,
            } => {
                let mut out: Vec<String> = entries.iter().map(|e| e.text(result)).collect();
                if entries.len() < *total {
                    out.push(format!("({} of {} entries shown)", entries.len(), total));
                }
                out
            }
            Explanation::Elimination(e) => {
                let mut out: Vec<String> = e
                    .steps
                    .iter()
                    .map(|s| {
                        format!(
                            "{} (pivot at row {}, column {})",
                            s.op.text(),
                            s.pivot.0 + 1,
                            s.pivot.1 + 1
                        )
                    })
                    .collect();
                out.extend(e.conclusion.iter().cloned());
                out
            }
            Explanation::Cofactor(c) => vec![cofactor_text(c)],
            Explanation::CharPoly(p) => vec![
                format!(
                    "{}, from the trace {} and the determinant {}",
                    char_poly_text(p.trace, p.det),
                    fmt_number(p.trace),
                    fmt_number(p.det)
                ),
                format!("discriminant tr² - 4·det = {}", fmt_number(p.discriminant)),
                format!(
                    "λ = (tr ± √disc) / 2 = {} and {}",
                    fmt_complex(p.roots[0]),
                    fmt_complex(p.roots[1])
                ),
            ],
            Explanation::Steps(lines) => lines.clone(),
        }
    }
}

/// `λ² - tr·λ + det = 0` with the signs folded in and zero terms left out: `λ² - 4λ + 3 = 0`.
fn char_poly_text(trace: f64, det: f64) -> String {
    let mut text = "λ²".to_string();
    for (coefficient, power) in [(-trace, "λ"), (det, "")] {
        if coefficient != 0.0 {
            let sign = if coefficient < 0.0 { '-' } else { '+' };
            text += &format!(" {sign} {}{power}", fmt_number(coefficient.abs()));
        }
    }
    text + " = 0"
}

fn cofactor_text(c: &Cofactor) -> String {
    let mut expansion = String::new();
    let mut values = String::new();
    for (k, t) in c.terms.iter().enumerate() {
        let sign = if t.sign < 0.0 {
            " - "
        } else if k == 0 {
            ""
        } else {
            " + "
        };
        let minor = if t.minor.len() == 1 {
            paren(t.minor[(0, 0)])
        } else {
            let rows: Vec<String> = t
                .minor
                .row_iter()
                .map(|r| {
                    r.iter()
                        .map(|&x| fmt_number(x))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            format!("det[{}]", rows.join("; "))
        };
        expansion.push_str(&format!("{sign}{}·{minor}", paren(t.entry)));
        values.push_str(&format!("{sign}{}·{}", paren(t.entry), paren(t.minor_det)));
    }
    format!("det A = {expansion} = {values} = {}", fmt_number(c.value))
}

//! The maths of each operation: its formula, then the same with the person's numbers.

use crate::math::explain::Explanation;
use crate::math::matrix::{is_vector, Matrix, NormKind};
use crate::math::op::Op;
use crate::math::outcome::{Outcome, Value};
use crate::math::run::Inputs;

use super::{
    column, document, entry, eq, factor, func, gap, int, matrix, mi, mo, num, parens, row,
    row_vector, sub, sum_shown, sup, text, times, transposed, upright,
};

fn flat(m: &Matrix) -> Vec<f64> {
    // Vectors are read in reading order, whatever their orientation, as NumPy's 1-D arrays.
    m.transpose().iter().copied().collect()
}

/// The maths of `op` on `inputs` with its `outcome`, as one `<math>` element.
pub fn maths(op: Op, inputs: &Inputs, outcome: &Outcome) -> String {
    let value = &outcome.value;
    let result = match value {
        Value::Matrix(m) => matrix(m),
        Value::Vector(v) => column(v.as_slice()),
        Value::Scalar(x) => num(*x),
        Value::Count(n) => int(*n),
        _ => String::new(),
    };
    let c = Ctx {
        op,
        inputs,
        outcome,
        a: &inputs.a,
        b: inputs.b.as_ref(),
        value,
        result,
    };
    document(&(op.spec().maths)(&c))
}

/// What one operation's maths is written from.
pub struct Ctx<'a> {
    /// The operation.
    pub op: Op,
    /// The person's inputs.
    pub inputs: &'a Inputs,
    /// What it gave.
    pub outcome: &'a Outcome,
    /// The matrix A.
    pub a: &'a Matrix,
    /// The matrix B, where the operation reads one.
    pub b: Option<&'a Matrix>,
    /// The value it gave.
    pub value: &'a Value,
    /// The value as MathML.
    pub result: String,
}

/// Only the result, for an operation missing its B.
fn plain(c: &Ctx) -> Vec<String> {
    vec![eq(&[text(c.op.label()), c.result.clone()])]
}

pub fn entrywise(c: &Ctx) -> Vec<String> {
    let op = c.op;
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    let mb = mi("B");
    let Some(b) = c.b else {
        return plain(c);
    };
    let sign = if op == Op::Add {
        "+"
    } else if op == Op::Sub {
        "−"
    } else {
        "⊙"
    };
    let rule = if op == Op::Hadamard {
        row(&[entry("a", "i", "j"), mo("⋅"), entry("b", "i", "j")])
    } else {
        row(&[entry("a", "i", "j"), mo(sign), entry("b", "i", "j")])
    };
    vec![
        eq(&[
            sub(
                &parens(&row(&[ma.clone(), mo(sign), mb.clone()])),
                &row(&[mi("i"), mi("j")]),
            ),
            rule,
        ]),
        eq(&[
            row(&[ma, mo(sign), mb]),
            row(&[matrix(a), mo(sign), matrix(b)]),
            result,
        ]),
    ]
}

pub fn matmul(c: &Ctx) -> Vec<String> {
    let outcome = c.outcome;
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    let mb = mi("B");
    let Some(b) = c.b else {
        return plain(c);
    };
    if matches!(c.value, Value::Scalar(_)) {
        return dot(c);
    }
    let mut out = vec![
            eq(&[
                entry("c", "i", "j"),
                row(&[
                    "<munderover><mo>∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover>".to_string(),
                    entry("a", "i", "k"),
                    entry("b", "k", "j"),
                ]),
            ]),
            eq(&[row(&[ma, mo("⋅"), mb]), row(&[matrix(a), mo("⋅"), matrix(b)]), result]),
        ];
    if let Explanation::Products { entries, .. } = &outcome.explanation {
        if let Some(e) = entries.first() {
            let terms = e.terms.iter().map(|&(x, y)| (1.0, times(x, y))).collect();
            out.push(eq(&[
                entry("c", &(e.row + 1).to_string(), &(e.col + 1).to_string()),
                sum_shown(terms),
                num(e.value),
            ]));
        }
    }
    out
}

pub fn dot(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let Some(b) = c.b else {
        return plain(c);
    };
    let (x, y) = (flat(a), flat(b));
    let terms = x
        .iter()
        .zip(&y)
        .map(|(&p, &q)| (1.0, times(p, q)))
        .collect();
    let (vx, vy) = (mi("x"), mi("y"));
    vec![
        eq(&[
            row(&[transposed(&vx), vy]),
            row(&[
                "<munder><mo>∑</mo><mi>i</mi></munder>".to_string(),
                sub(&mi("x"), &mi("i")),
                sub(&mi("y"), &mi("i")),
            ]),
        ]),
        eq(&[row(&[row_vector(&x), column(&y)]), sum_shown(terms), result]),
    ]
}

pub fn outer(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let Some(b) = c.b else {
        return plain(c);
    };
    let (x, y) = (flat(a), flat(b));
    vec![
        eq(&[
            row(&[mi("x"), transposed(&mi("y"))]),
            row(&[column(&x), row_vector(&y)]),
            result,
        ]),
        eq(&[
            entry("c", "i", "j"),
            row(&[sub(&mi("x"), &mi("i")), sub(&mi("y"), &mi("j"))]),
        ]),
    ]
}

pub fn scale(c: &Ctx) -> Vec<String> {
    let inputs = c.inputs;
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    vec![eq(&[
        row(&[mi("k"), ma]),
        row(&[factor(inputs.scalar), mo("⋅"), matrix(a)]),
        result,
    ])]
}

pub fn transpose(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    vec![
        eq(&[
            sub(&parens(&transposed(&ma)), &row(&[mi("i"), mi("j")])),
            entry("a", "j", "i"),
        ]),
        eq(&[transposed(&matrix(a)), result]),
    ]
}

pub fn row_or_col(c: &Ctx) -> Vec<String> {
    let op = c.op;
    let inputs = c.inputs;
    let result = c.result.clone();
    let ma = mi("A");
    let k = int(inputs.k);
    let index = if op == Op::Row {
        row(&[k, mo(","), mo(":")])
    } else {
        row(&[mo(":"), mo(","), k])
    };
    vec![eq(&[sub(&ma, &index), result])]
}

pub fn norm(c: &Ctx) -> Vec<String> {
    let inputs = c.inputs;
    let result = c.result.clone();
    norm_lines(inputs, &result)
}

pub fn trace(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    let terms = a.diagonal().iter().map(|&x| (1.0, factor(x))).collect();
    vec![eq(&[
        row(&[func("tr"), ma]),
        row(&[
            "<munder><mo>∑</mo><mi>i</mi></munder>".to_string(),
            entry("a", "i", "i"),
        ]),
        sum_shown(terms),
        result,
    ])]
}

pub fn props(c: &Ctx) -> Vec<String> {
    let outcome = c.outcome;
    props_lines(outcome)
}

fn norm_lines(inputs: &Inputs, result: &str) -> Vec<String> {
    let a = &inputs.a;
    let vector = is_vector(a);
    let column = a.ncols() == 1;
    let name = if vector { mi("x") } else { mi("A") };
    let index = norm_index(inputs.norm, vector);
    let symbol = sub(&row(&[mo("‖"), name, mo("‖")]), &index);
    let abs = |x: &str| row(&[mo("|"), x.to_string(), mo("|")]);
    let sum_over = |k: &str| {
        let under = if k == "i,j" {
            row(&[mi("i"), mo(","), mi("j")])
        } else {
            mi(k)
        };
        format!("<munder><mo>∑</mo>{under}</munder>")
    };
    let max_over = |k: &str| format!("<munder><mo>max</mo>{}</munder>", mi(k));
    let values: Vec<f64> = a.transpose().iter().copied().collect();
    let rule = match (inputs.norm, vector) {
        (NormKind::Frobenius, _) | (NormKind::L2, true) => {
            let squares = values
                .iter()
                .map(|&x| (1.0, sup(&factor(x), &int(2))))
                .collect();
            let entry_name = if vector {
                sub(&mi("x"), &mi("i"))
            } else {
                entry("a", "i", "j")
            };
            vec![
                format!(
                    "<msqrt>{}{}</msqrt>",
                    sum_over(if vector { "i" } else { "i,j" }),
                    sup(&entry_name, &int(2))
                ),
                format!("<msqrt>{}</msqrt>", sum_shown(squares)),
            ]
        }
        // A column's 1- and ∞-norms as a matrix are its vector norms; a row's are the other
        // way round, so a row gets the matrix formulas NumPy's norm(A, 1) follows.
        (NormKind::L1, true) if column => vec![
            row(&[sum_over("i"), abs(&sub(&mi("x"), &mi("i")))]),
            sum_shown(values.iter().map(|&x| (1.0, abs(&num(x)))).collect()),
        ],
        (NormKind::Max, true) if column => {
            vec![row(&[max_over("i"), abs(&sub(&mi("x"), &mi("i")))])]
        }
        (NormKind::L1, _) => vec![row(&[
            max_over("j"),
            sum_over("i"),
            abs(&entry("a", "i", "j")),
        ])],
        (NormKind::Max, _) => vec![row(&[
            max_over("i"),
            sum_over("j"),
            abs(&entry("a", "i", "j")),
        ])],
        (NormKind::L2, false) => vec![sub(&mi("σ"), &upright("max"))],
    };
    let shown = sub(&super::normed(a), &index);
    let mut line = vec![symbol];
    line.extend(rule);
    line.push(result.to_string());
    vec![eq(&line), eq(&[shown, result.to_string()])]
}

/// The subscript of a norm: F, 1, 2 or ∞ (a vector's Frobenius norm is its 2-norm).
fn norm_index(kind: NormKind, vector: bool) -> String {
    match kind {
        NormKind::Frobenius if !vector => upright("F"),
        NormKind::Frobenius | NormKind::L2 => int(2),
        NormKind::L1 => int(1),
        NormKind::Max => mo("∞"),
    }
}

fn props_lines(outcome: &Outcome) -> Vec<String> {
    let Value::Props(list) = &outcome.value else {
        return Vec::new();
    };
    let (a, b, c) = (mi("A"), mi("B"), mi("C"));
    let ab = row(&[a.clone(), b.clone()]);
    let statements = [
        eq(&[
            row(&[a.clone(), parens(&row(&[b.clone(), mo("+"), c.clone()]))]),
            row(&[ab.clone(), mo("+"), a.clone(), c.clone()]),
        ]),
        eq(&[
            row(&[a.clone(), parens(&row(&[b.clone(), c.clone()]))]),
            row(&[parens(&ab), c]),
        ]),
        eq(&[
            transposed(&parens(&ab)),
            row(&[transposed(&b), transposed(&a)]),
        ]),
    ];
    statements
        .into_iter()
        .zip(list)
        .map(|(s, p)| {
            let verdict = match (&p.skipped, p.holds) {
                (Some(_), _) => "not checked: the shapes do not fit".to_string(),
                (None, true) => "✓ holds".to_string(),
                (None, false) => "✗ fails".to_string(),
            };
            row(&[s, gap(1.0), text(&verdict)])
        })
        .collect()
}

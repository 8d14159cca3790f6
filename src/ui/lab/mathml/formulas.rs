//! The maths of each operation: its formula, then the same with the person's numbers.

use crate::math::explain::Explanation;
use crate::math::linalg::try_singular_values;
use crate::math::matrix::{is_vector, Matrix, NormKind};
use crate::math::op::Op;
use crate::math::outcome::{Outcome, Value};
use crate::math::run::Inputs;

use super::{
    bars, column, complex, document, entry, factor, frac, int, matrix, matrix_of, mi, mo, num,
    parens, row, row_vector, sub, sum_of, sup, text, transposed, upright,
};

/// Terms of a written-out sum beyond this are elided: the formula above says the rest.
const SHOWN_TERMS: usize = 8;

/// Pieces joined by `=`.
fn eq(parts: &[String]) -> String {
    row(&[parts.join(&mo("="))])
}

/// A sum of terms, elided after `SHOWN_TERMS`.
fn sum_shown(terms: Vec<(f64, String)>) -> String {
    if terms.len() <= SHOWN_TERMS {
        return sum_of(&terms);
    }
    let mut kept: Vec<(f64, String)> = terms.into_iter().take(SHOWN_TERMS - 1).collect();
    kept.push((1.0, mo("⋯")));
    sum_of(&kept)
}

/// A product of two numbers, x⋅y.
fn times(x: f64, y: f64) -> String {
    row(&[factor(x), mo("⋅"), factor(y)])
}

fn flat(m: &Matrix) -> Vec<f64> {
    // Vectors are read in reading order, whatever their orientation, as NumPy's 1-D arrays.
    m.transpose().iter().copied().collect()
}

/// The maths of `op` on `inputs` with its `outcome`, as one `<math>` element.
pub fn maths(op: Op, inputs: &Inputs, outcome: &Outcome) -> String {
    document(&lines(op, inputs, outcome))
}

fn lines(op: Op, inputs: &Inputs, outcome: &Outcome) -> Vec<String> {
    let a = &inputs.a;
    let (ma, mb) = (mi("A"), mi("B"));
    let value = &outcome.value;
    let result = match value {
        Value::Matrix(m) => matrix(m),
        Value::Vector(v) => column(v.as_slice()),
        Value::Scalar(x) => num(*x),
        Value::Count(n) => int(*n),
        _ => String::new(),
    };
    match (op, inputs.b.as_ref()) {
        (Op::Add | Op::Sub | Op::Hadamard, Some(b)) => {
            let sign = match op {
                Op::Add => "+",
                Op::Sub => "−",
                _ => "⊙",
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
        (Op::Matmul, Some(b)) if !matches!(value, Value::Scalar(_)) => {
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
                        entry("c", &int(e.row + 1), &int(e.col + 1)),
                        sum_shown(terms),
                        num(e.value),
                    ]));
                }
            }
            out
        }
        (Op::Matmul | Op::Dot, Some(b)) => {
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
        (Op::Outer, Some(b)) => {
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
        (Op::Scale, _) => vec![eq(&[
            row(&[mi("k"), ma]),
            row(&[factor(inputs.scalar), mo("⋅"), matrix(a)]),
            result,
        ])],
        (Op::Transpose, _) => vec![
            eq(&[
                sub(&parens(&transposed(&ma)), &row(&[mi("i"), mi("j")])),
                entry("a", "j", "i"),
            ]),
            eq(&[transposed(&matrix(a)), result]),
        ],
        (Op::Row | Op::Col, _) => {
            let k = int(inputs.k);
            let index = if op == Op::Row {
                row(&[k, mo(","), mo(":")])
            } else {
                row(&[mo(":"), mo(","), k])
            };
            vec![eq(&[sub(&ma, &index), result])]
        }
        (Op::Norm, _) => norm(inputs, &result),
        (Op::Trace, _) => {
            let terms = a.diagonal().iter().map(|&x| (1.0, factor(x))).collect();
            vec![eq(&[
                row(&[mi("tr"), ma]),
                row(&[
                    "<munder><mo>∑</mo><mi>i</mi></munder>".to_string(),
                    entry("a", "i", "i"),
                ]),
                sum_shown(terms),
                result,
            ])]
        }
        (Op::Det, _) => det(a, outcome, &result),
        (Op::Inv, _) => inverse(a, &result),
        (Op::Pinv, _) => vec![
            eq(&[
                sup(&ma, &mo("+")),
                row(&[mi("V"), sup(&mi("Σ"), &mo("+")), transposed(&mi("U"))]),
                result,
            ]),
            eq(&[row(&[mi("A"), sup(&mi("A"), &mo("+")), mi("A")]), mi("A")]),
        ],
        (Op::Rank, _) => {
            let s = singular_values(a);
            vec![
                eq(&[
                    row(&[mi("rank"), ma]),
                    text("number of singular values above the tolerance"),
                    result,
                ]),
                eq(&[mi("σ"), row_vector(&s)]),
            ]
        }
        (Op::Cond, _) => {
            let s = singular_values(a);
            let (max, min) = (
                s.iter().copied().fold(f64::NAN, f64::max),
                s.iter().copied().fold(f64::NAN, f64::min),
            );
            vec![eq(&[
                row(&[mi("κ"), parens(&ma)]),
                frac(
                    &sub(&mi("σ"), &upright("max")),
                    &sub(&mi("σ"), &upright("min")),
                ),
                frac(&num(max), &num(min)),
                result,
            ])]
        }
        (Op::Solve, _) => solve(inputs, outcome, &result),
        (Op::Eig | Op::Eigh, _) => eigen(a, outcome),
        (Op::Svd | Op::Lu, _) => decomposition(op, a, value),
        (Op::LowRank, _) => {
            let k = int(inputs.k);
            vec![
                eq(&[
                    sub(&ma, &k),
                    row(&[
                        format!("<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow>{k}</munderover>"),
                        sub(&mi("σ"), &mi("i")),
                        sub(&mi("u"), &mi("i")),
                        transposed(&sub(&mi("v"), &mi("i"))),
                    ]),
                    result,
                ]),
            ]
        }
        (Op::Cov, _) => {
            let centred = row(&[
                mi("X"),
                mo("−"),
                "<mover><mi>x</mi><mo>¯</mo></mover>".to_string(),
            ]);
            vec![eq(&[
                mi("C"),
                row(&[
                    frac(&int(1), &row(&[mi("m"), mo("−"), int(1)])),
                    transposed(&parens(&centred)),
                    parens(&centred),
                ]),
                row(&[frac(&int(1), &int(a.nrows().saturating_sub(1))), mo("⋯")]),
                result,
            ])]
        }
        (Op::Pca, _) => {
            let mut out = vec![
                eq(&[
                    row(&[mi("C"), sub(&mi("v"), &mi("k"))]),
                    row(&[sub(&mi("λ"), &mi("k")), sub(&mi("v"), &mi("k"))]),
                ]),
                eq(&[
                    text("scores"),
                    row(&[
                        parens(&row(&[
                            mi("X"),
                            mo("−"),
                            "<mover><mi>x</mi><mo>¯</mo></mover>".to_string(),
                        ])),
                        mi("V"),
                    ]),
                ]),
            ];
            if let Value::Factors(f) = value {
                if let Some(var) = f.first() {
                    out.push(eq(&[mi("λ"), row_vector(var.matrix.as_slice())]));
                }
            }
            out
        }
        (Op::Props, _) => props(outcome),
        _ => vec![eq(&[text(op.label()), result])],
    }
}

fn singular_values(a: &Matrix) -> Vec<f64> {
    try_singular_values(a).map_or_else(|_| Vec::new(), |s| s.as_slice().to_vec())
}

/// A column of unknowns x₁ … xₙ.
fn unknowns(n: usize) -> String {
    matrix_of(n, 1, false, |i, _| sub(&mi("x"), &int(i + 1)))
}

fn norm(inputs: &Inputs, result: &str) -> Vec<String> {
    let a = &inputs.a;
    let vector = is_vector(a);
    let name = if vector { mi("x") } else { mi("A") };
    let index = norm_index(inputs.norm, vector);
    let symbol = sub(&row(&[mo("‖"), name, mo("‖")]), &index);
    let abs = |x: &str| row(&[mo("|"), x.to_string(), mo("|")]);
    let sum_over = |k: &str| format!("<munder><mo>∑</mo>{}</munder>", mi(k));
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
        (NormKind::L1, true) => vec![
            row(&[sum_over("i"), abs(&sub(&mi("x"), &mi("i")))]),
            sum_shown(values.iter().map(|&x| (1.0, abs(&num(x)))).collect()),
        ],
        (NormKind::Max, true) => vec![row(&[max_over("i"), abs(&sub(&mi("x"), &mi("i")))])],
        (NormKind::L1, false) => vec![row(&[
            max_over("j"),
            sum_over("i"),
            abs(&entry("a", "i", "j")),
        ])],
        (NormKind::Max, false) => vec![row(&[
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

fn det(a: &Matrix, outcome: &Outcome, result: &str) -> Vec<String> {
    let symbol = row(&[mi("det"), mi("A")]);
    match (a.nrows(), &outcome.explanation) {
        (2, _) => vec![eq(&[
            symbol,
            bars(a),
            row(&[
                entry("a", "1", "1"),
                entry("a", "2", "2"),
                mo("−"),
                entry("a", "1", "2"),
                entry("a", "2", "1"),
            ]),
            row(&[
                times(a[(0, 0)], a[(1, 1)]),
                mo("−"),
                times(a[(0, 1)], a[(1, 0)]),
            ]),
            result.to_string(),
        ])],
        (3, Explanation::Cofactor(c)) => {
            let minors = c
                .terms
                .iter()
                .map(|t| (t.sign, row(&[factor(t.entry), mo("⋅"), bars(&t.minor)])))
                .collect::<Vec<_>>();
            let values = c
                .terms
                .iter()
                .map(|t| (t.sign, times(t.entry, t.minor_det)))
                .collect::<Vec<_>>();
            vec![
                eq(&[symbol, bars(a)]),
                eq(&[mo(""), sum_of(&minors), sum_of(&values), result.to_string()]),
            ]
        }
        _ => vec![eq(&[symbol, bars(a), result.to_string()])],
    }
}

fn inverse(a: &Matrix, result: &str) -> Vec<String> {
    let inv = sup(&mi("A"), &row(&[mo("−"), int(1)]));
    if a.nrows() == 2 {
        let d = a[(0, 0)] * a[(1, 1)] - a[(0, 1)] * a[(1, 0)];
        let adj = Matrix::from_row_slice(2, 2, &[a[(1, 1)], -a[(0, 1)], -a[(1, 0)], a[(0, 0)]]);
        let symbolic = matrix_of(2, 2, false, |i, j| match (i, j) {
            (0, 0) => entry("a", "2", "2"),
            (0, 1) => row(&[mo("−"), entry("a", "1", "2")]),
            (1, 0) => row(&[mo("−"), entry("a", "2", "1")]),
            _ => entry("a", "1", "1"),
        });
        vec![
            eq(&[
                inv.clone(),
                row(&[frac(&int(1), &row(&[mi("det"), mi("A")])), symbolic]),
            ]),
            eq(&[
                inv,
                row(&[frac(&int(1), &num(d)), matrix(&adj)]),
                result.to_string(),
            ]),
        ]
    } else {
        vec![
            eq(&[inv.clone(), result.to_string()]),
            eq(&[row(&[mi("A"), inv]), upright("I")]),
        ]
    }
}

fn solve(inputs: &Inputs, outcome: &Outcome, result: &str) -> Vec<String> {
    let a = &inputs.a;
    let b = inputs
        .vector
        .as_ref()
        .map(|v| column(v.as_slice()))
        .unwrap_or_else(|| mi("b"));
    let least_squares = outcome.check.as_ref().is_some_and(|c| c.what.contains('ᵀ'));
    let (x, ma, mb) = (mi("x"), mi("A"), mi("b"));
    if least_squares {
        let residual = row(&[mo("‖"), ma.clone(), x.clone(), mo("−"), mb.clone(), mo("‖")]);
        vec![
            eq(&[
                x.clone(),
                row(&[sup(&ma, &mo("+")), mb]),
                row(&[format!("<munder><mo>arg min</mo>{x}</munder>"), residual]),
            ]),
            row(&[matrix(a), unknowns(a.ncols()), mo("≈"), b]),
            eq(&[x, result.to_string()]),
        ]
    } else {
        vec![
            eq(&[row(&[ma.clone(), x.clone()]), mb.clone()]),
            eq(&[row(&[matrix(a), unknowns(a.ncols())]), b]),
            eq(&[
                x,
                row(&[sup(&ma, &row(&[mo("−"), int(1)])), mb]),
                result.to_string(),
            ]),
        ]
    }
}

fn eigen(a: &Matrix, outcome: &Outcome) -> Vec<String> {
    let lambda = mi("λ");
    let mut out = vec![eq(&[
        row(&[
            mi("det"),
            parens(&row(&[mi("A"), mo("−"), lambda.clone(), upright("I")])),
        ]),
        int(0),
    ])];
    let n = a.nrows();
    out.push(eq(&[
        matrix_of(n, n, true, |i, j| {
            if i == j {
                row(&[num(a[(i, j)]), mo("−"), lambda.clone()])
            } else {
                num(a[(i, j)])
            }
        }),
        int(0),
    ]));
    if let Explanation::CharPoly(p) = &outcome.explanation {
        let mut terms = vec![(1.0, sup(&lambda, &int(2)))];
        if p.trace != 0.0 {
            terms.push((-p.trace, row(&[num(p.trace.abs()), lambda.clone()])));
        }
        if p.det != 0.0 {
            terms.push((p.det, num(p.det.abs())));
        }
        out.push(eq(&[sum_of(&terms), int(0)]));
    }
    if let Value::Eigen(e) = &outcome.value {
        let list: Vec<String> = e
            .values
            .iter()
            .enumerate()
            .map(|(k, &z)| eq(&[sub(&lambda, &int(k + 1)), complex(z)]))
            .collect();
        out.push(row(&[list.join(&mo(","))]));
    }
    out
}

fn decomposition(op: Op, a: &Matrix, value: &Value) -> Vec<String> {
    let Value::Factors(f) = value else {
        return Vec::new();
    };
    let shown: Vec<String> = f.iter().map(|f| matrix(&f.matrix)).collect();
    if op == Op::Svd && shown.len() == 3 {
        vec![
            eq(&[mi("A"), row(&[mi("U"), mi("Σ"), transposed(&mi("V"))])]),
            eq(&[matrix(a), row(&shown)]),
        ]
    } else if shown.len() == 3 {
        vec![
            eq(&[row(&[mi("P"), mi("A")]), row(&[mi("L"), mi("U")])]),
            eq(&[
                row(&[shown[0].clone(), matrix(a)]),
                row(&[shown[1].clone(), shown[2].clone()]),
            ]),
        ]
    } else {
        Vec::new()
    }
}

fn props(outcome: &Outcome) -> Vec<String> {
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
                (Some(_), _) => "  not checked: the shapes do not fit".to_string(),
                (None, true) => "  ✓ holds".to_string(),
                (None, false) => "  ✗ fails".to_string(),
            };
            row(&[s, text(&verdict)])
        })
        .collect()
}

//! The maths of solving and decomposing: determinants, inverses, Ax = b, eigenvalues,
//! SVD and LU, each with the person's numbers.

use crate::math::explain::Explanation;
use crate::math::linalg::try_singular_values;
use crate::math::matrix::Matrix;
use crate::math::op::Op;
use crate::math::outcome::Value;

use super::formulas::Ctx;

use super::{
    bars, column, complex, entry, eq, factor, frac, func, int, matrix, matrix_of, mi, mo, num,
    parens, row, row_vector, sub, sum_of, sup, text, times, transposed, upright,
};

/// A column of unknowns x₁ … xₙ.
fn unknowns(n: usize) -> String {
    matrix_of(n, 1, false, |i, _| sub(&mi("x"), &int(i + 1)))
}

pub fn det(c: &Ctx) -> Vec<String> {
    let (a, outcome, result) = (c.a, c.outcome, c.result.as_str());
    let symbol = row(&[func("det"), mi("A")]);
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
                // Continuation lines, each starting with "=", keep a projector line short.
                eq(&[mo(""), sum_of(&minors)]),
                eq(&[mo(""), sum_of(&values), result.to_string()]),
            ]
        }
        _ => vec![eq(&[symbol, bars(a), result.to_string()])],
    }
}

pub fn inv(c: &Ctx) -> Vec<String> {
    let (a, result) = (c.a, c.result.as_str());
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
                row(&[frac(&int(1), &row(&[func("det"), mi("A")])), symbolic]),
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

pub fn solve(c: &Ctx) -> Vec<String> {
    let (inputs, outcome, result) = (c.inputs, c.outcome, c.result.as_str());
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

pub fn eigen(c: &Ctx) -> Vec<String> {
    let (a, outcome) = (c.a, c.outcome);
    let lambda = mi("λ");
    let mut out = vec![eq(&[
        row(&[
            func("det"),
            parens(&row(&[mi("A"), mo("−"), lambda.clone(), upright("I")])),
        ]),
        int(0),
    ])];
    let n = a.nrows();
    out.push(eq(&[
        matrix_of(n, n, true, |i, j| {
            if i == j {
                if a[(i, j)] == 0.0 {
                    row(&[mo("−"), lambda.clone()])
                } else {
                    row(&[num(a[(i, j)]), mo("−"), lambda.clone()])
                }
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

/// `x·y = [x][y]`, then `= [product]` on a line of its own; `None` when the shapes do
/// not chain.
fn product_lines(names: String, x: &Matrix, y: &Matrix) -> Option<(Vec<String>, Matrix)> {
    (x.ncols() == y.nrows()).then(|| {
        let p = x * y;
        let lines = vec![
            eq(&[names, row(&[matrix(x), matrix(y)])]),
            eq(&[mo(""), matrix(&p)]),
        ];
        (lines, p)
    })
}

/// SVD and LU, multiplied out two factors at a time, each product on a line of its own:
/// two matrices a line fit a projector's column, where U·Σ·Vᵀ and A in one line would not.
pub fn decomposition(c: &Ctx) -> Vec<String> {
    let (op, a, value) = (c.op, c.a, c.value);
    let Value::Factors(f) = value else {
        return Vec::new();
    };
    let [x, y, z] = f.as_slice() else {
        return Vec::new();
    };
    let (x, y, z) = (&x.matrix, &y.matrix, &z.matrix);
    let (u, sigma, vt) = (mi("U"), mi("Σ"), transposed(&mi("V")));
    let mut out = Vec::new();
    if op == Op::Svd {
        out.push(eq(&[mi("A"), row(&[u.clone(), sigma.clone(), vt.clone()])]));
        let us = row(&[u, sigma]);
        if let Some((lines, product)) = product_lines(us.clone(), x, y) {
            out.extend(lines);
            if let Some((mut lines, _)) = product_lines(row(&[parens(&us), vt]), &product, z) {
                // The last product is A again, up to rounding.
                if let Some(last) = lines.last_mut() {
                    *last = row(&[last.clone(), mo("="), mi("A")]);
                }
                out.extend(lines);
            }
        }
    } else {
        out.push(eq(&[row(&[mi("P"), mi("A")]), row(&[mi("L"), mi("U")])]));
        out.extend(product_lines(row(&[mi("P"), mi("A")]), x, a).map_or_else(Vec::new, |l| l.0));
        out.extend(product_lines(row(&[mi("L"), mi("U")]), y, z).map_or_else(Vec::new, |l| l.0));
    }
    out
}

pub fn pinv(c: &Ctx) -> Vec<String> {
    let result = c.result.clone();
    let ma = mi("A");
    vec![
        eq(&[
            sup(&ma, &mo("+")),
            row(&[mi("V"), sup(&mi("Σ"), &mo("+")), transposed(&mi("U"))]),
            result,
        ]),
        eq(&[row(&[mi("A"), sup(&mi("A"), &mo("+")), mi("A")]), mi("A")]),
    ]
}

pub fn rank(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
    let s = singular_values(a);
    vec![
        eq(&[
            row(&[func("rank"), ma]),
            text("number of singular values above the tolerance"),
            result,
        ]),
        eq(&[mi("σ"), row_vector(&s)]),
    ]
}

pub fn cond(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let ma = mi("A");
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

pub fn low_rank(c: &Ctx) -> Vec<String> {
    let inputs = c.inputs;
    let result = c.result.clone();
    let ma = mi("A");
    let k = int(inputs.k);
    vec![eq(&[
        sub(&ma, &k),
        row(&[
            format!(
                "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow>{k}</munderover>"
            ),
            sub(&mi("σ"), &mi("i")),
            sub(&mi("u"), &mi("i")),
            transposed(&sub(&mi("v"), &mi("i"))),
        ]),
        result,
    ])]
}

pub fn cov(c: &Ctx) -> Vec<String> {
    let a = c.a;
    let result = c.result.clone();
    let centred = row(&[
        mi("X"),
        mo("−"),
        "<mover><mi>x</mi><mo>¯</mo></mover>".to_string(),
    ]);
    vec![
        eq(&[
            mi("C"),
            row(&[
                frac(&int(1), &row(&[mi("m"), mo("−"), int(1)])),
                transposed(&parens(&centred)),
                parens(&centred),
            ]),
            result,
        ]),
        // The rows are the samples, so m is the number of rows.
        row(&[
            eq(&[mi("m"), int(a.nrows())]),
            text(" samples (the rows of A)"),
        ]),
    ]
}

pub fn pca(c: &Ctx) -> Vec<String> {
    let value = c.value;
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

fn singular_values(a: &Matrix) -> Vec<f64> {
    try_singular_values(a).map_or_else(|_| Vec::new(), |s| s.as_slice().to_vec())
}

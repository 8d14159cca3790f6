//! The maths of the spaces of a matrix: row reduction, null and column spaces, QR,
//! projection and powers, each with the person's numbers.

use crate::math::outcome::Value;

use super::formulas::Ctx;
use super::{column, eq, func, int, matrix, mi, mo, parens, row, sup, text, transposed};

pub fn rref(c: &Ctx) -> Vec<String> {
    vec![
        eq(&[row(&[func("rref"), parens(&matrix(c.a))]), c.result.clone()]),
        text("Row operations change neither the null space nor the row space."),
    ]
}

pub fn null(c: &Ctx) -> Vec<String> {
    let (ma, x) = (mi("A"), mi("x"));
    let set = row(&[
        mo("{"),
        x.clone(),
        mo(":"),
        ma.clone(),
        x,
        mo("="),
        int(0),
        mo("}"),
    ]);
    vec![
        eq(&[row(&[func("N"), parens(&ma)]), set]),
        eq(&[row(&[ma, mi("N")]), int(0)]),
        eq(&[mi("N"), c.result.clone()]),
    ]
}

pub fn colspace(c: &Ctx) -> Vec<String> {
    vec![
        eq(&[
            row(&[func("C"), parens(&mi("A"))]),
            text("span of the pivot columns of A"),
        ]),
        eq(&[mi("B"), c.result.clone()]),
    ]
}

pub fn qr(c: &Ctx) -> Vec<String> {
    let mut out = vec![eq(&[mi("A"), row(&[mi("Q"), mi("R")])])];
    if let Value::Factors(f) = c.value {
        if let [q, r] = f.as_slice() {
            out.push(eq(&[mi("Q"), matrix(&q.matrix)]));
            out.push(eq(&[mi("R"), matrix(&r.matrix)]));
        }
    }
    out.push(eq(&[row(&[transposed(&mi("Q")), mi("Q")]), mi("I")]));
    out
}

pub fn proj(c: &Ctx) -> Vec<String> {
    let (ma, mb) = (mi("A"), mi("b"));
    let x_hat = mi("x̂");
    let b = c
        .inputs
        .vector
        .as_ref()
        .map_or_else(|| mb.clone(), |v| column(v.as_slice()));
    vec![
        eq(&[
            row(&[transposed(&ma), ma.clone(), x_hat.clone()]),
            row(&[transposed(&ma), mb.clone()]),
        ]),
        eq(&[mi("p"), row(&[ma.clone(), x_hat]), c.result.clone()]),
        eq(&[
            row(&[transposed(&ma), parens(&row(&[b, mo("−"), mi("p")]))]),
            int(0),
        ]),
    ]
}

pub fn power(c: &Ctx) -> Vec<String> {
    let k = c.inputs.k;
    vec![eq(&[
        sup(&mi("A"), &int(k)),
        row(&[
            mi("A"),
            mo("·"),
            mi("A"),
            mo("·"),
            mo("⋯"),
            mo("·"),
            mi("A"),
            text(&format!(" ({k} factors)")),
        ]),
        c.result.clone(),
    ])]
}

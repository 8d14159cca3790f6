//! `props`: the identities of matrix products checked on the person's A, B and C.

use super::error::MathError;
use super::explain::Explanation;
use super::format::fmt_number;
use super::matrix::Matrix;
use super::outcome::{Property, Value, CHECK_RTOL};
use super::run::Partial;

/// The two sides of A(B + C) = AB + AC, A(BC) = (AB)C and (AB)ᵀ = BᵀAᵀ, where the shapes allow.
type Sides = [Option<(Matrix, Matrix)>; 3];

fn sides(a: &Matrix, b: &Matrix, c: &Matrix) -> Sides {
    let mm = |x: &Matrix, y: &Matrix| (x.ncols() == y.nrows()).then(|| x * y);
    let distributive = if b.shape() == c.shape() {
        mm(a, &(b + c))
            .zip(mm(a, b))
            .zip(mm(a, c))
            .map(|((l, ab), ac)| (l, ab + ac))
    } else {
        None
    };
    let associative = mm(b, c).and_then(|bc| Some((mm(a, &bc)?, mm(&mm(a, b)?, c)?)));
    let transpose = mm(a, b).map(|ab| (ab.transpose(), b.transpose() * a.transpose()));
    [distributive, associative, transpose]
}

pub(crate) fn props(a: &Matrix, b: &Matrix, c: &Matrix) -> Result<Partial, MathError> {
    // Rounding in a sum of products is relative to the sum of their sizes, which the same
    // expression on |A|, |B|, |C| gives. Not max(1, …): for entries near 1e-6 that would let
    // any difference pass, and a cancelling sum would be held to its own small size.
    let abs = |m: &Matrix| m.abs();
    let sizes = sides(&abs(a), &abs(b), &abs(c));
    let compare = |name: &str,
                   statement: &str,
                   sides: &Option<(Matrix, Matrix)>,
                   size: &Option<(Matrix, Matrix)>,
                   why: &str| match (sides, size) {
        (Some((l, r)), Some((sl, sr))) if l.shape() == r.shape() => {
            let diff = (l - r).amax();
            let scale = sl.amax().max(sr.amax());
            Property {
                name: name.into(),
                statement: statement.into(),
                max_diff: Some(diff),
                holds: diff <= CHECK_RTOL * scale,
                skipped: None,
            }
        }
        _ => Property {
            name: name.into(),
            statement: statement.into(),
            max_diff: None,
            holds: false,
            skipped: Some(why.into()),
        },
    };
    let both = sides(a, b, c);
    let list = vec![
        compare(
            "Distributive",
            "A(B + C) = AB + AC",
            &both[0],
            &sizes[0],
            "B and C must have the same shape, and the columns of A must equal their rows.",
        ),
        compare(
            "Associative",
            "A(BC) = (AB)C",
            &both[1],
            &sizes[1],
            "the columns of A must equal the rows of B, and the columns of B the rows of C.",
        ),
        compare(
            "Transpose",
            "(AB)ᵀ = BᵀAᵀ",
            &both[2],
            &sizes[2],
            "the columns of A must equal the rows of B.",
        ),
    ];
    let commute = if a.ncols() == b.nrows() && b.ncols() == a.nrows() && a.nrows() == a.ncols() {
        let scale = (abs(a) * abs(b)).amax().max((abs(b) * abs(a)).amax());
        if (a * b - b * a).amax() <= CHECK_RTOL * scale {
            "AB = BA here"
        } else {
            "AB ≠ BA here: the order of a product matters"
        }
    } else {
        "AB and BA do not even have the same shape here"
    };
    let mut lines: Vec<String> = list
        .iter()
        .map(|p| match (&p.skipped, p.max_diff) {
            (Some(why), _) => format!("{} ({}): not checked, {why}", p.name, p.statement),
            (None, Some(d)) => format!(
                "{} ({}): {}, largest difference {}",
                p.name,
                p.statement,
                if p.holds { "true" } else { "false" },
                fmt_number(d)
            ),
            (None, None) => String::new(),
        })
        .collect();
    lines.push(format!("Commutative: {commute}."));
    Ok(Partial::new(Value::Props(list)).explained(Explanation::Steps(lines)))
}

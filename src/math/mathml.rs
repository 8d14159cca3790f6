//! MathML as strings: the pieces (numbers, names, matrices in brackets) that `formulas`
//! puts together into the maths of one result, with the person's own numbers.
//!
//! Chromium renders `<math>` natively, so the page needs no script and no font from
//! elsewhere. Brackets are drawn by CSS borders on the table, not by stretching a glyph:
//! stretchy brackets need a font with an OpenType MATH table, which many machines lack.
//! Every piece of text goes through `escape`, so the string is safe for `inner_html`.

pub(crate) mod formulas;
pub(crate) mod linalg;
pub(crate) mod spaces;

use nalgebra::Complex;

use crate::math::format::fmt_number;
use crate::math::matrix::Matrix;

pub use formulas::maths;

/// Rows or columns beyond this are elided with ⋮ and ⋯: a 64×64 grid of numbers is no
/// formula anyone reads, and it would cost a lot of layout on every edit.
const SHOWN_SIDE: usize = 8;

/// Text made safe to sit between tags or inside a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// An identifier: a name such as `A`, `λ`, `tr`.
pub fn mi(name: &str) -> String {
    format!("<mi>{}</mi>", escape(name))
}

/// An identifier set upright (`T` of a transpose, `I`, `det`).
pub fn upright(name: &str) -> String {
    format!("<mi mathvariant=\"normal\">{}</mi>", escape(name))
}

/// The name of a function such as det, tr or rank, with the thin space that sets it
/// apart from its argument (an identifier next to another gets no space of its own).
pub fn func(name: &str) -> String {
    format!("{}<mspace width=\"0.17em\"/>", mi(name))
}

/// Horizontal space, in em.
pub fn gap(em: f64) -> String {
    format!("<mspace width=\"{em}em\"/>")
}

/// An operator: `=`, `+`, `⋅`, brackets.
pub fn mo(op: &str) -> String {
    format!("<mo>{}</mo>", escape(op))
}

/// A whole number as written, for subscripts and sizes.
pub fn int(n: usize) -> String {
    format!("<mn>{n}</mn>")
}

/// Plain words inside a formula.
pub fn text(words: &str) -> String {
    format!("<mtext>{}</mtext>", escape(words))
}

/// Pieces grouped into one row.
pub fn row(parts: &[String]) -> String {
    format!("<mrow>{}</mrow>", parts.concat())
}

/// `base` with a superscript.
pub fn sup(base: &str, exp: &str) -> String {
    format!("<msup>{base}{exp}</msup>")
}

/// `base` with a subscript.
pub fn sub(base: &str, index: &str) -> String {
    format!("<msub>{base}{index}</msub>")
}

/// A fraction.
pub fn frac(num: &str, den: &str) -> String {
    format!("<mfrac>{num}{den}</mfrac>")
}

/// `body` in parentheses.
pub fn parens(body: &str) -> String {
    row(&[mo("("), body.to_string(), mo(")")])
}

/// The transpose of `base`: base with an upright T.
pub fn transposed(base: &str) -> String {
    sup(base, &upright("T"))
}

/// An entry name with two indices, as plain text: a₁₂ for `entry("a", "1", "2")`, aᵢⱼ for
/// `entry("a", "i", "j")`.
pub fn entry(name: &str, i: &str, j: &str) -> String {
    let token = |t: &str| {
        if t.chars().all(|c| c.is_ascii_digit()) {
            format!("<mn>{}</mn>", escape(t))
        } else {
            mi(t)
        }
    };
    sub(&mi(name), &row(&[token(i), token(j)]))
}

/// A number as the page shows it (six significant digits), with a true minus sign and
/// `e` notation written as a power of ten.
pub fn num(x: f64) -> String {
    let shown = fmt_number(x);
    let (minus, digits) = match shown.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, shown),
    };
    let body = if digits == "∞" || digits == "NaN" {
        upright(&digits)
    } else if let Some((mantissa, exp)) = digits.split_once('e') {
        let exp = match exp.strip_prefix('-') {
            Some(e) => row(&[mo("−"), format!("<mn>{}</mn>", escape(e))]),
            None => format!("<mn>{}</mn>", escape(exp.trim_start_matches('+'))),
        };
        row(&[
            format!("<mn>{}</mn>", escape(mantissa)),
            mo("×"),
            sup("<mn>10</mn>", &exp),
        ])
    } else {
        format!("<mn>{}</mn>", escape(&digits))
    };
    if minus {
        row(&[mo("−"), body])
    } else {
        body
    }
}

/// A number as a factor of a product: in parentheses when negative, so 2⋅(−3) reads right.
pub fn factor(x: f64) -> String {
    if fmt_number(x).starts_with('-') {
        parens(&num(x))
    } else {
        num(x)
    }
}

/// A complex number `a + bi`; a real one as a plain number.
pub fn complex(z: Complex<f64>) -> String {
    if z.im == 0.0 {
        return num(z.re);
    }
    let im = fmt_number(z.im.abs());
    let im = if im == "1" {
        mi("i")
    } else {
        row(&[num(z.im.abs()), mi("i")])
    };
    if z.re == 0.0 {
        return if z.im < 0.0 {
            row(&[mo("−"), im])
        } else {
            im
        };
    }
    let sign = if z.im < 0.0 { "−" } else { "+" };
    row(&[num(z.re), mo(sign), im])
}

/// Terms joined by `+`, or by `−` where a term is negative (so 1 + −2 reads 1 − 2).
pub fn sum_of(terms: &[(f64, String)]) -> String {
    let mut parts = Vec::new();
    for (k, (sign, term)) in terms.iter().enumerate() {
        match (k, *sign < 0.0) {
            (0, true) => parts.push(mo("−")),
            (0, false) => {}
            (_, true) => parts.push(mo("−")),
            (_, false) => parts.push(mo("+")),
        }
        parts.push(term.clone());
    }
    row(&parts)
}

/// Terms of a written-out sum beyond this are elided: the formula above says the rest.
const SHOWN_TERMS: usize = 8;

/// Pieces joined by `=`.
pub fn eq(parts: &[String]) -> String {
    row(&[parts.join(&mo("="))])
}

/// A sum of terms, elided after `SHOWN_TERMS`.
pub fn sum_shown(terms: Vec<(f64, String)>) -> String {
    if terms.len() <= SHOWN_TERMS {
        return sum_of(&terms);
    }
    let mut kept: Vec<(f64, String)> = terms.into_iter().take(SHOWN_TERMS - 1).collect();
    kept.push((1.0, mo("⋯")));
    sum_of(&kept)
}

/// A product of two numbers, x⋅y.
pub fn times(x: f64, y: f64) -> String {
    row(&[factor(x), mo("⋅"), factor(y)])
}

/// The indices shown along one side of `len`: all of them, or the first ones and the last
/// (`None` stands for the elided run).
fn shown(len: usize) -> Vec<Option<usize>> {
    if len <= SHOWN_SIDE {
        (0..len).map(Some).collect()
    } else {
        let mut shown: Vec<Option<usize>> = (0..SHOWN_SIDE - 2).map(Some).collect();
        shown.extend([None, Some(len - 1)]);
        shown
    }
}

/// The table of a matrix with `class` on it (the CSS draws the brackets or bars), each
/// entry written by `cell`.
/// One copy for every caller (`&dyn`): a generic `impl Fn` was a copy of the whole table per
/// call site.
fn table(rows: usize, cols: usize, class: &str, cell: &dyn Fn(usize, usize) -> String) -> String {
    let mut out = format!("<mtable class=\"{}\">", escape(class));
    for i in shown(rows) {
        out.push_str("<mtr>");
        for j in shown(cols) {
            let inner = match (i, j) {
                (Some(i), Some(j)) => cell(i, j),
                (None, Some(_)) => mo("⋮"),
                (Some(_), None) => mo("⋯"),
                (None, None) => mo("⋱"),
            };
            out.push_str(&format!("<mtd>{inner}</mtd>"));
        }
        out.push_str("</mtr>");
    }
    out.push_str("</mtable>");
    out
}

/// A matrix of numbers in square brackets.
pub fn matrix(m: &Matrix) -> String {
    table(m.nrows(), m.ncols(), "mx", &|i, j| num(m[(i, j)]))
}

/// A matrix of numbers between the bars of a determinant.
pub fn bars(m: &Matrix) -> String {
    table(m.nrows(), m.ncols(), "mx det", &|i, j| num(m[(i, j)]))
}

/// A matrix of numbers between the double bars of a norm.
pub fn normed(m: &Matrix) -> String {
    table(m.nrows(), m.ncols(), "mx norm", &|i, j| num(m[(i, j)]))
}

/// A matrix whose entries are written by `cell`, in square brackets or between bars.
pub fn matrix_of(
    rows: usize,
    cols: usize,
    det: bool,
    cell: impl Fn(usize, usize) -> String,
) -> String {
    table(rows, cols, if det { "mx det" } else { "mx" }, &cell)
}

/// A list of numbers as one column in brackets.
pub fn column(values: &[f64]) -> String {
    table(values.len(), 1, "mx", &|i, _| num(values[i]))
}

/// A list of numbers as one row in brackets.
pub fn row_vector(values: &[f64]) -> String {
    table(1, values.len(), "mx", &|_, j| num(values[j]))
}

/// Lines of maths, one under another, in one block `<math>` element named "The maths".
pub fn document(lines: &[String]) -> String {
    let mut out = String::from(
        "<math display=\"block\" aria-label=\"The maths\"><mtable class=\"maths-lines\">",
    );
    for line in lines {
        out.push_str(&format!("<mtr><mtd>{line}</mtd></mtr>"));
    }
    out.push_str("</mtable></math>");
    out
}

//! Numbers and matrices as text: for the page, for LaTeX, for NumPy/PyTorch code, for links.

use nalgebra::Complex;

use super::matrix::Matrix;

/// Significant digits shown on the page.
pub const DISPLAY_DIGITS: usize = 6;

/// A number for the page: integers stay integers, others get 6 significant digits with
/// trailing zeros dropped, very small or large ones use `e` notation, and `-0` shows as `0`.
pub fn fmt_number(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "∞".to_string()
        } else {
            "-∞".to_string()
        };
    }
    if x == 0.0 {
        return "0".to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{}", x as i64);
    }
    let exp = x.abs().log10().floor() as i32;
    if !(-4..6).contains(&exp) {
        let s = format!("{:.*e}", DISPLAY_DIGITS - 1, x);
        return trim_mantissa(&s);
    }
    let decimals = (DISPLAY_DIGITS as i32 - 1 - exp).max(0) as usize;
    let s = format!("{:.*}", decimals, x);
    let s = trim_zeros(&s);
    // Rounding can leave "-0" for tiny negatives such as -1e-7 shown with few decimals.
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

fn trim_mantissa(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) => format!("{}e{}", trim_zeros(m), e),
        None => s.to_string(),
    }
}

/// A number with up to 8 significant digits (221.6144 stays 221.6144), no trailing zeros.
pub fn sig(x: f64) -> String {
    if !x.is_finite() || x == 0.0 || x.fract() == 0.0 && x.abs() < 1e15 {
        return fmt_number(x);
    }
    let exp = x.abs().log10().floor() as i32;
    if !(-4..9).contains(&exp) {
        let s = format!("{x:.7e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let m = m.trim_end_matches('0').trim_end_matches('.');
        return format!("{m}e{e}");
    }
    let decimals = (7 - exp).max(0) as usize;
    let s = format!("{x:.decimals$}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// `[a, b, c]` with [`sig`] numbers.
pub fn sig_list(xs: &[f64]) -> String {
    format!(
        "[{}]",
        xs.iter().map(|&x| sig(x)).collect::<Vec<_>>().join(", ")
    )
}

/// A complex number for the page as `a + bi` or `a - bi`; a real one as a plain number.
pub fn fmt_complex(z: Complex<f64>) -> String {
    if z.im == 0.0 {
        return fmt_number(z.re);
    }
    let im = fmt_number(z.im.abs());
    let im = if im == "1" { String::new() } else { im };
    if z.re == 0.0 {
        let sign = if z.im < 0.0 { "-" } else { "" };
        return format!("{sign}{im}i");
    }
    let sign = if z.im < 0.0 { '-' } else { '+' };
    format!("{} {sign} {im}i", fmt_number(z.re))
}

/// A number written so that reading it back gives exactly the same `f64`, as short as possible:
/// the form for links and for generated code. `-0` is written `0`.
pub fn fmt_exact(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    let a = x.abs();
    // Display gives the shortest round-tripping digits but never an exponent, which is long
    // for tiny or huge numbers, so switch to `e` notation outside an ordinary range.
    if (1e-5..1e16).contains(&a) {
        format!("{x}")
    } else {
        format!("{x:e}")
    }
}

/// The entries of `m` as text, row by row: each entry written by `write`, joined by
/// `between_cells` within a row, each row wrapped in `row[0]` and `row[1]`, and the rows joined
/// by `between_rows`. Every written form of a matrix is this one loop (each
/// `row_iter().map(..).collect::<Vec<_>>().join(..)` chain was its own adapter code).
pub fn written(
    m: &Matrix,
    write: &dyn Fn(f64) -> String,
    between_cells: &str,
    row: [&str; 2],
    between_rows: &str,
) -> String {
    let mut out = String::new();
    for i in 0..m.nrows() {
        if i > 0 {
            out += between_rows;
        }
        out += row[0];
        for j in 0..m.ncols() {
            if j > 0 {
                out += between_cells;
            }
            out += &write(m[(i, j)]);
        }
        out += row[1];
    }
    out
}

/// The entries of `m` as texts, row by row, each written by `write`.
fn cells_written(m: &Matrix, write: &dyn Fn(f64) -> String) -> Vec<Vec<String>> {
    let mut rows = Vec::with_capacity(m.nrows());
    for i in 0..m.nrows() {
        let mut row = Vec::with_capacity(m.ncols());
        for j in 0..m.ncols() {
            row.push(write(m[(i, j)]));
        }
        rows.push(row);
    }
    rows
}

/// The link form of a matrix: rows separated by `;`, entries by `,` (`1,2;3,4`).
pub fn to_share(m: &Matrix) -> String {
    written(m, &fmt_exact, ",", ["", ""], ";")
}

/// The matrix as display strings, row by row, for a table on the page.
pub fn to_cells(m: &Matrix) -> Vec<Vec<String>> {
    cells_written(m, &fmt_number)
}

/// The matrix as cell texts that read back to exactly the same numbers (a kept result).
pub fn to_exact_cells(m: &Matrix) -> Vec<Vec<String>> {
    cells_written(m, &fmt_exact)
}

/// LaTeX `bmatrix` with display-formatted numbers.
pub fn to_latex(m: &Matrix) -> String {
    format!(
        "\\begin{{bmatrix}} {} \\end{{bmatrix}}",
        written(m, &fmt_number, " & ", ["", ""], " \\\\ ")
    )
}

/// A Python list literal with exact numbers: `[[1, 2], [3, 4]]`. With `float_dot`, integers are
/// written `1.` so PyTorch makes a float tensor.
pub fn to_list_literal(m: &Matrix, float_dot: bool) -> String {
    let rows = written(m, &|x| py_number(x, float_dot), ", ", ["[", "]"], ", ");
    format!("[{rows}]")
}

/// A 1-D Python list literal with exact numbers: `[8, 13]`.
pub fn to_list_literal_1d(values: &[f64], float_dot: bool) -> String {
    let items: Vec<String> = values.iter().map(|&x| py_number(x, float_dot)).collect();
    format!("[{}]", items.join(", "))
}

fn py_number(x: f64, float_dot: bool) -> String {
    let s = fmt_exact(x);
    if float_dot && !s.contains(['.', 'e']) {
        format!("{s}.")
    } else {
        s
    }
}

/// The NumPy literal of a matrix: `np.array([[1, 2], [3, 4]])`.
pub fn to_numpy(m: &Matrix) -> String {
    format!("np.array({})", to_list_literal(m, false))
}

/// The PyTorch literal of a matrix, in `float64` like the engine: `torch.tensor([[1., 2.]], dtype=torch.float64)`.
pub fn to_torch(m: &Matrix) -> String {
    format!(
        "torch.tensor({}, dtype=torch.float64)",
        to_list_literal(m, true)
    )
}

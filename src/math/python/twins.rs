//! Each operation's lines of NumPy and PyTorch, after the inputs are written; `Op::spec`
//! names the one for each operation.

use super::{norm_code, Py};
use crate::math::format::fmt_exact;

fn lines(body: &[&str], shown: &str) -> Vec<String> {
    let mut out: Vec<String> = body.iter().map(|l| l.to_string()).collect();
    out.push(format!("print({shown})"));
    out
}

/// NumPy's spelling or PyTorch's.
fn pick(p: &Py, numpy: &'static str, torch: &'static str) -> &'static str {
    if p.np {
        numpy
    } else {
        torch
    }
}

pub fn add(_: &Py) -> Vec<String> {
    lines(&["C = A + B"], "C")
}

pub fn sub(_: &Py) -> Vec<String> {
    lines(&["C = A - B"], "C")
}

pub fn scale(p: &Py) -> Vec<String> {
    lines(&[&format!("C = {} * A", fmt_exact(p.inputs.scalar))], "C")
}

pub fn matmul(_: &Py) -> Vec<String> {
    lines(&["C = A @ B"], "C")
}

pub fn hadamard(_: &Py) -> Vec<String> {
    lines(&["C = A * B"], "C")
}

pub fn transpose(_: &Py) -> Vec<String> {
    lines(&["C = A.T"], "C")
}

pub fn dot(p: &Py) -> Vec<String> {
    lines(&[pick(p, "d = np.dot(A, B)", "d = torch.dot(A, B)")], "d")
}

pub fn outer(p: &Py) -> Vec<String> {
    lines(
        &[pick(p, "C = np.outer(A, B)", "C = torch.outer(A, B)")],
        "C",
    )
}

pub fn norm(p: &Py) -> Vec<String> {
    lines(&[&norm_code(p.lib, p.inputs.norm)], "n")
}

pub fn trace(p: &Py) -> Vec<String> {
    lines(&[pick(p, "t = np.trace(A)", "t = torch.trace(A)")], "t")
}

pub fn det(p: &Py) -> Vec<String> {
    lines(&[&format!("d = {}.det(A)", p.la)], "d")
}

pub fn inv(p: &Py) -> Vec<String> {
    lines(&[&format!("A_inv = {}.inv(A)", p.la)], "A_inv")
}

pub fn pinv(p: &Py) -> Vec<String> {
    lines(&[&format!("A_pinv = {}.pinv(A)", p.la)], "A_pinv")
}

pub fn rank(p: &Py) -> Vec<String> {
    lines(&[&format!("r = {}.matrix_rank(A)", p.la)], "r")
}

pub fn cond(p: &Py) -> Vec<String> {
    lines(&[&format!("c = {}.cond(A)", p.la)], "c")
}

pub fn solve(p: &Py) -> Vec<String> {
    let line = match (p.least_squares, p.np) {
        (true, true) => "x = np.linalg.lstsq(A, b, rcond=None)[0]  # least squares".to_string(),
        (true, false) => "x = torch.linalg.pinv(A) @ b  # least squares".to_string(),
        (false, _) => format!("x = {}.solve(A, b)", p.la),
    };
    lines(&[&line], "x")
}

pub fn eig(p: &Py) -> Vec<String> {
    let line = format!(
        "values, vectors = {}.eig(A)  # vectors are the columns",
        p.la
    );
    lines(&[&line], "values, vectors")
}

pub fn eigh(p: &Py) -> Vec<String> {
    let line = format!("values, vectors = {}.eigh(A)  # increasing order", p.la);
    lines(&[&line], "values, vectors")
}

pub fn svd(p: &Py) -> Vec<String> {
    if p.np {
        lines(
            &["U, S, Vt = np.linalg.svd(A, full_matrices=False)"],
            "U, S, Vt",
        )
    } else {
        lines(
            &["U, S, Vh = torch.linalg.svd(A, full_matrices=False)"],
            "U, S, Vh",
        )
    }
}

pub fn lu(p: &Py) -> Vec<String> {
    let body: &[&str] = if p.np {
        &[
            "import scipy.linalg",
            "P, L, U = scipy.linalg.lu(A)  # A = P @ L @ U, so P.T @ A = L @ U",
        ]
    } else {
        &["P, L, U = torch.linalg.lu(A)  # A = P @ L @ U, so P.T @ A = L @ U"]
    };
    lines(body, "P, L, U")
}

pub fn cov(p: &Py) -> Vec<String> {
    let line = pick(
        p,
        "C = np.cov(A, rowvar=False)  # rows are samples",
        "C = torch.cov(A.T)  # rows of A are samples",
    );
    lines(&[line], "C")
}

pub fn pca(p: &Py) -> Vec<String> {
    let body = [
        pick(
            p,
            "values, vectors = np.linalg.eigh(np.cov(A, rowvar=False))",
            "values, vectors = torch.linalg.eigh(torch.cov(A.T))",
        ),
        pick(
            p,
            "variances, components = values[::-1], vectors[:, ::-1]",
            "variances, components = values.flip(0), vectors.flip(1)",
        ),
        "scores = (A - A.mean(0)) @ components",
    ];
    lines(&body, "variances, components")
}

pub fn low_rank(p: &Py) -> Vec<String> {
    let body = [
        pick(
            p,
            "U, S, Vt = np.linalg.svd(A, full_matrices=False)",
            "U, S, Vt = torch.linalg.svd(A, full_matrices=False)",
        ),
        &format!("k = {}", p.inputs.k),
        pick(
            p,
            "A_k = U[:, :k] @ np.diag(S[:k]) @ Vt[:k, :]",
            "A_k = U[:, :k] @ torch.diag(S[:k]) @ Vt[:k, :]",
        ),
    ];
    lines(&body, "A_k")
}

pub fn row(p: &Py) -> Vec<String> {
    lines(
        &[&format!("r = A[{}, :]", p.inputs.k.saturating_sub(1))],
        "r",
    )
}

pub fn col(p: &Py) -> Vec<String> {
    lines(
        &[&format!("c = A[:, {}]", p.inputs.k.saturating_sub(1))],
        "c",
    )
}

/// The identities print their own verdicts.
pub fn props(p: &Py) -> Vec<String> {
    let close = pick(p, "np.allclose", "torch.allclose");
    vec![
        format!("print({close}(A @ (B + C), A @ B + A @ C))  # distributive"),
        format!("print({close}(A @ (B @ C), (A @ B) @ C))  # associative"),
        format!("print({close}((A @ B).T, B.T @ A.T))  # transpose"),
    ]
}

/// NumPy has no row reduction; SymPy's `rref` works in fractions, as the page's exact mode.
pub fn rref(p: &Py) -> Vec<String> {
    let body = [
        "import sympy",
        pick(
            p,
            "R, pivots = sympy.Matrix(A).rref()  # in fractions",
            "R, pivots = sympy.Matrix(A.tolist()).rref()  # PyTorch has no rref; SymPy's, in fractions",
        ),
    ];
    lines(&body, "R, pivots")
}

pub fn null(p: &Py) -> Vec<String> {
    let body: Vec<String> = if p.np {
        vec![
            "import scipy.linalg".into(),
            "N = scipy.linalg.null_space(A)  # orthonormal columns".into(),
        ]
    } else {
        vec![
            "U, S, Vh = torch.linalg.svd(A)".into(),
            format!("r = {}.matrix_rank(A)", p.la),
            "N = Vh[r:].T  # orthonormal columns".into(),
        ]
    };
    let body: Vec<&str> = body.iter().map(String::as_str).collect();
    lines(&body, "N")
}

pub fn colspace(p: &Py) -> Vec<String> {
    let body = [
        "import sympy",
        pick(
            p,
            "_, pivots = sympy.Matrix(A).rref()",
            "_, pivots = sympy.Matrix(A.tolist()).rref()",
        ),
        "basis = A[:, list(pivots)]  # the pivot columns of A",
    ];
    lines(&body, "basis")
}

pub fn qr(p: &Py) -> Vec<String> {
    let line = format!(
        "Q, R = {}.qr(A)  # Householder: a column of Q and the row of R may have the opposite sign",
        p.la
    );
    lines(&[&line], "Q, R")
}

pub fn proj(p: &Py) -> Vec<String> {
    let solve = pick(
        p,
        "x_hat = np.linalg.lstsq(A, b, rcond=None)[0]",
        "x_hat = torch.linalg.lstsq(A, b.unsqueeze(1)).solution.squeeze(1)",
    );
    lines(
        &[
            solve,
            "p = A @ x_hat  # the projection of b onto A's columns",
        ],
        "p",
    )
}

pub fn power(p: &Py) -> Vec<String> {
    lines(
        &[&format!("P = {}.matrix_power(A, {})", p.la, p.inputs.k)],
        "P",
    )
}

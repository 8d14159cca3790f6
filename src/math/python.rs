//! The NumPy and PyTorch code that gives the same result, with the person's own numbers,
//! so every answer on the page can be reproduced in a notebook.

use super::format::{fmt_exact, to_list_literal, to_list_literal_1d};
use super::matrix::{is_vector, Matrix, NormKind};
use super::op::Op;
use super::run::Inputs;

/// Which library to write code for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lib {
    /// `import numpy as np`.
    NumPy,
    /// `import torch`, in float64 like the engine.
    Torch,
}

fn literal(lib: Lib, m: &Matrix, one_d: bool) -> String {
    let float = lib == Lib::Torch;
    let list = if one_d && is_vector(m) {
        to_list_literal_1d(&m.iter().copied().collect::<Vec<_>>(), float)
    } else {
        to_list_literal(m, float)
    };
    match lib {
        Lib::NumPy => format!("np.array({list})"),
        Lib::Torch => format!("torch.tensor({list}, dtype=torch.float64)"),
    }
}

/// The code for `op` on `inputs`. `least_squares` picks the least-squares form of `solve`.
pub fn code(lib: Lib, op: Op, inputs: &Inputs, least_squares: bool) -> String {
    let np = lib == Lib::NumPy;
    let mut lines = vec![if np {
        "import numpy as np"
    } else {
        "import torch"
    }
    .to_string()];
    // Vectors for dot/outer are written 1-D, as the lessons write x and y.
    let one_d = matches!(op, Op::Dot | Op::Outer);
    lines.push(format!("A = {}", literal(lib, &inputs.a, one_d)));
    if op.needs_b() {
        if let Some(b) = &inputs.b {
            lines.push(format!("B = {}", literal(lib, b, one_d)));
        }
    }
    if op.uses_c() {
        let c = inputs.c.as_ref().or(inputs.b.as_ref());
        if let Some(c) = c {
            lines.push(format!("C = {}", literal(lib, c, false)));
        }
    }
    if op.needs_vector() {
        if let Some(v) = &inputs.vector {
            let list = to_list_literal_1d(v.as_slice(), !np);
            lines.push(if np {
                format!("b = np.array({list})")
            } else {
                format!("b = torch.tensor({list}, dtype=torch.float64)")
            });
        }
    }
    let k = inputs.k;
    let la = if np { "np.linalg" } else { "torch.linalg" };
    let body: Vec<String> = match op {
        Op::Add => vec!["C = A + B".into()],
        Op::Sub => vec!["C = A - B".into()],
        Op::Scale => vec![format!("C = {} * A", fmt_exact(inputs.scalar))],
        Op::Matmul => vec!["C = A @ B".into()],
        Op::Hadamard => vec!["C = A * B".into()],
        Op::Transpose => vec!["C = A.T".into()],
        Op::Dot => vec![if np {
            "d = np.dot(A, B)"
        } else {
            "d = torch.dot(A, B)"
        }
        .into()],
        Op::Outer => vec![if np {
            "C = np.outer(A, B)"
        } else {
            "C = torch.outer(A, B)"
        }
        .into()],
        Op::Norm => vec![norm_code(lib, inputs.norm)],
        Op::Trace => vec![if np {
            "t = np.trace(A)"
        } else {
            "t = torch.trace(A)"
        }
        .into()],
        Op::Det => vec![format!("d = {la}.det(A)")],
        Op::Inv => vec![format!("A_inv = {la}.inv(A)")],
        Op::Pinv => vec![format!("A_pinv = {la}.pinv(A)")],
        Op::Rank => vec![format!("r = {la}.matrix_rank(A)")],
        Op::Solve if least_squares && np => {
            vec!["x = np.linalg.lstsq(A, b, rcond=None)[0]  # least squares".into()]
        }
        Op::Solve if least_squares => vec!["x = torch.linalg.pinv(A) @ b  # least squares".into()],
        Op::Solve => vec![format!("x = {la}.solve(A, b)")],
        Op::Eig => vec![format!(
            "values, vectors = {la}.eig(A)  # vectors are the columns"
        )],
        Op::Eigh => vec![format!(
            "values, vectors = {la}.eigh(A)  # increasing order"
        )],
        Op::Svd if np => vec!["U, S, Vt = np.linalg.svd(A, full_matrices=False)".into()],
        Op::Svd => vec!["U, S, Vh = torch.linalg.svd(A, full_matrices=False)".into()],
        Op::Cond => vec![format!("c = {la}.cond(A)")],
        Op::Lu if np => vec![
            "import scipy.linalg".into(),
            "P, L, U = scipy.linalg.lu(A)  # A = P @ L @ U, so P.T @ A = L @ U".into(),
        ],
        Op::Lu => vec!["P, L, U = torch.linalg.lu(A)  # A = P @ L @ U, so P.T @ A = L @ U".into()],
        Op::Cov if np => vec!["C = np.cov(A, rowvar=False)  # rows are samples".into()],
        Op::Cov => vec!["C = torch.cov(A.T)  # rows of A are samples".into()],
        Op::Pca => vec![
            if np {
                "values, vectors = np.linalg.eigh(np.cov(A, rowvar=False))"
            } else {
                "values, vectors = torch.linalg.eigh(torch.cov(A.T))"
            }
            .into(),
            if np {
                "variances, components = values[::-1], vectors[:, ::-1]"
            } else {
                "variances, components = values.flip(0), vectors.flip(1)"
            }
            .into(),
            "scores = (A - A.mean(0)) @ components".into(),
        ],
        Op::LowRank => vec![
            if np {
                "U, S, Vt = np.linalg.svd(A, full_matrices=False)"
            } else {
                "U, S, Vt = torch.linalg.svd(A, full_matrices=False)"
            }
            .into(),
            format!("k = {k}"),
            if np {
                "A_k = U[:, :k] @ np.diag(S[:k]) @ Vt[:k, :]"
            } else {
                "A_k = U[:, :k] @ torch.diag(S[:k]) @ Vt[:k, :]"
            }
            .into(),
        ],
        Op::Row => vec![format!("r = A[{}, :]", k.saturating_sub(1))],
        Op::Col => vec![format!("c = A[:, {}]", k.saturating_sub(1))],
        Op::Props => {
            let close = if np { "np.allclose" } else { "torch.allclose" };
            vec![
                format!("print({close}(A @ (B + C), A @ B + A @ C))  # distributive"),
                format!("print({close}(A @ (B @ C), (A @ B) @ C))  # associative"),
                format!("print({close}((A @ B).T, B.T @ A.T))  # transpose"),
            ]
        }
    };
    lines.extend(body);
    if op != Op::Props {
        let shown = match op {
            Op::Dot | Op::Det => "d",
            Op::Trace => "t",
            Op::Inv => "A_inv",
            Op::Pinv => "A_pinv",
            Op::Rank => "r",
            Op::Solve => "x",
            Op::Eig | Op::Eigh => "values, vectors",
            Op::Svd if np => "U, S, Vt",
            Op::Svd => "U, S, Vh",
            Op::Cond | Op::Col => "c",
            Op::Lu => "P, L, U",
            Op::Pca => "variances, components",
            Op::LowRank => "A_k",
            Op::Row => "r",
            Op::Norm => "n",
            Op::Add
            | Op::Sub
            | Op::Scale
            | Op::Matmul
            | Op::Hadamard
            | Op::Transpose
            | Op::Outer
            | Op::Cov
            | Op::Props => "C",
        };
        lines.push(format!("print({shown})"));
    }
    lines.join("\n")
}

fn norm_code(lib: Lib, kind: NormKind) -> String {
    // A is 2-D even with one row, so this is the matrix norm, the one the page shows.
    let ord = match (kind, lib == Lib::NumPy) {
        (NormKind::Frobenius, true) => ", 'fro'",
        (NormKind::Frobenius, false) => ", ord='fro'",
        (NormKind::L1, _) => ", ord=1",
        (NormKind::L2, _) => ", ord=2",
        (NormKind::Max, true) => ", ord=np.inf",
        (NormKind::Max, false) => ", ord=float('inf')",
    };
    match lib {
        Lib::NumPy => format!("n = np.linalg.norm(A{ord})"),
        Lib::Torch => format!("n = torch.linalg.matrix_norm(A{ord})"),
    }
}

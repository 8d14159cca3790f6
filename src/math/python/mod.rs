//! The NumPy and PyTorch code that gives the same result, with the person's own numbers,
//! so every answer on the page can be reproduced in a notebook.

pub mod twins;

use super::format::{to_list_literal, to_list_literal_1d};
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

/// What an operation's lines are written from.
pub struct Py<'a> {
    /// The library.
    pub lib: Lib,
    /// Whether it is NumPy.
    pub np: bool,
    /// Where the library keeps its linear algebra: `np.linalg` or `torch.linalg`.
    pub la: &'static str,
    /// The person's inputs.
    pub inputs: &'a Inputs,
    /// Whether `solve` gave the least-squares answer.
    pub least_squares: bool,
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
    let twin = Py {
        lib,
        np,
        la: if np { "np.linalg" } else { "torch.linalg" },
        inputs,
        least_squares,
    };
    lines.extend((op.spec().python)(&twin));
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

//! Every operation in one place: one arm each, with its name, label, group, inputs and
//! sentence, and the functions that run it, write its twins and show its maths. A new
//! operation is a compile error here until it has all of them.

use super::{Group, Op, OpSpec, Uses};
use crate::math::error::{GENERAL_LIMIT, PRODUCT_LIMIT};

/// Powers take up to n products, each O(side³): 64 keeps a hundredth power quick in wasm.
const POWER_LIMIT: usize = 64;
use crate::math::mathml;
use crate::math::mathml::formulas;
use crate::math::python::twins;
use crate::math::run;
use crate::math::run_linalg;
use crate::math::run_spaces;

impl Op {
    /// Everything about the operation: one arm each, no wildcard.
    pub const fn spec(self) -> OpSpec {
        match self {
            Op::Add => OpSpec {
                name: "add",
                label: "Add",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Adds A and B entry by entry; they must have the same shape.",
                limit: PRODUCT_LIMIT,
                run: run::add,
                python: twins::add,
                maths: formulas::entrywise,
            },
            Op::Sub => OpSpec {
                name: "sub",
                label: "Subtract",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Subtracts B from A entry by entry; they must have the same shape.",
                limit: PRODUCT_LIMIT,
                run: run::sub,
                python: twins::sub,
                maths: formulas::entrywise,
            },
            Op::Scale => OpSpec {
                name: "scale",
                label: "Scale",
                group: Group::Combine,
                uses: Uses {
                    scalar: true,
                    ..Uses::A
                },
                description: "Multiplies every entry of A by the number k.",
                limit: PRODUCT_LIMIT,
                run: run::scale,
                python: twins::scale,
                maths: formulas::scale,
            },
            Op::Matmul => OpSpec {
                name: "matmul",
                label: "Matrix product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Each entry of A·B is a row of A times a column of B, summed.",
                limit: PRODUCT_LIMIT,
                run: run::matmul,
                python: twins::matmul,
                maths: formulas::matmul,
            },
            Op::Hadamard => OpSpec {
                name: "hadamard",
                label: "Hadamard product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Multiplies A and B entry by entry (NumPy's A * B).",
                limit: PRODUCT_LIMIT,
                run: run::hadamard,
                python: twins::hadamard,
                maths: formulas::entrywise,
            },
            Op::Dot => OpSpec {
                name: "dot",
                label: "Dot product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description:
                    "Multiplies two vectors entry by entry and adds the products into one number.",
                limit: PRODUCT_LIMIT,
                run: run::dot,
                python: twins::dot,
                maths: formulas::dot,
            },
            Op::Outer => OpSpec {
                name: "outer",
                label: "Outer product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Every entry of x times every entry of y, as a table.",
                limit: PRODUCT_LIMIT,
                run: run::outer,
                python: twins::outer,
                maths: formulas::outer,
            },
            Op::Transpose => OpSpec {
                name: "transpose",
                label: "Transpose",
                group: Group::Shape,
                uses: Uses::A,
                description: "Turns the rows of A into columns.",
                limit: PRODUCT_LIMIT,
                run: run::transpose,
                python: twins::transpose,
                maths: formulas::transpose,
            },
            Op::Row => OpSpec {
                name: "row",
                label: "Row",
                group: Group::Shape,
                uses: Uses {
                    index: Some("Row k"),
                    ..Uses::A
                },
                description: "Row k of A (NumPy's A[k-1, :]).",
                limit: PRODUCT_LIMIT,
                run: run::row,
                python: twins::row,
                maths: formulas::row_or_col,
            },
            Op::Col => OpSpec {
                name: "col",
                label: "Column",
                group: Group::Shape,
                uses: Uses {
                    index: Some("Column k"),
                    ..Uses::A
                },
                description: "Column k of A (NumPy's A[:, k-1]).",
                limit: PRODUCT_LIMIT,
                run: run::col,
                python: twins::col,
                maths: formulas::row_or_col,
            },
            Op::Norm => OpSpec {
                name: "norm",
                label: "Norm",
                group: Group::Measure,
                uses: Uses {
                    norm: true,
                    ..Uses::A
                },
                description: "The size of A as one number, measured one of four ways.",
                limit: PRODUCT_LIMIT,
                run: run::norm_of,
                python: twins::norm,
                maths: formulas::norm,
            },
            Op::Trace => OpSpec {
                name: "trace",
                label: "Trace",
                group: Group::Measure,
                uses: Uses {
                    square: true,
                    ..Uses::A
                },
                description: "The sum of the diagonal of A.",
                limit: PRODUCT_LIMIT,
                run: run::trace,
                python: twins::trace,
                maths: formulas::trace,
            },
            Op::Det => OpSpec {
                name: "det",
                label: "Determinant",
                group: Group::Measure,
                uses: Uses {
                    square: true,
                    ..Uses::A
                },
                description:
                    "How much A scales areas and volumes; zero means A squashes space flat.",
                limit: GENERAL_LIMIT,
                run: run_linalg::det,
                python: twins::det,
                maths: mathml::linalg::det,
            },
            Op::Rank => OpSpec {
                name: "rank",
                label: "Rank",
                group: Group::Measure,
                uses: Uses::A,
                description: "How many independent directions the rows (or columns) of A span.",
                limit: GENERAL_LIMIT,
                run: run_linalg::rank,
                python: twins::rank,
                maths: mathml::linalg::rank,
            },
            Op::Cond => OpSpec {
                name: "cond",
                label: "Condition number",
                group: Group::Measure,
                uses: Uses::A,
                description: "How much A can magnify small errors; large means nearly singular.",
                limit: GENERAL_LIMIT,
                run: run_linalg::cond,
                python: twins::cond,
                maths: mathml::linalg::cond,
            },
            Op::Props => OpSpec {
                name: "props",
                label: "Matmul identities",
                group: Group::Measure,
                uses: Uses {
                    b: true,
                    c: true,
                    ..Uses::A
                },
                description:
                    "Checks the distributive, associative and transpose rules on your A, B and C.",
                limit: GENERAL_LIMIT,
                run: run::props,
                python: twins::props,
                maths: formulas::props,
            },
            Op::Solve => OpSpec {
                name: "solve",
                label: "Solve Ax = b",
                group: Group::Solve,
                uses: Uses {
                    vector: true,
                    ..Uses::A
                },
                description:
                    "Finds x with A·x = b, or the x that comes closest when none fits exactly.",
                limit: GENERAL_LIMIT,
                run: run_linalg::solve,
                python: twins::solve,
                maths: mathml::linalg::solve,
            },
            Op::Inv => OpSpec {
                name: "inv",
                label: "Inverse",
                group: Group::Solve,
                uses: Uses {
                    square: true,
                    ..Uses::A
                },
                description: "The matrix that undoes A, if there is one.",
                limit: GENERAL_LIMIT,
                run: run_linalg::inv,
                python: twins::inv,
                maths: mathml::linalg::inv,
            },
            Op::Pinv => OpSpec {
                name: "pinv",
                label: "Pseudo-inverse",
                group: Group::Solve,
                uses: Uses::A,
                description: "The closest thing to an inverse that every matrix has.",
                limit: GENERAL_LIMIT,
                run: run_linalg::pinv,
                python: twins::pinv,
                maths: mathml::linalg::pinv,
            },
            Op::Eig => OpSpec {
                name: "eig",
                label: "Eigenvalues",
                group: Group::Decompose,
                uses: Uses {
                    square: true,
                    ..Uses::A
                },
                description:
                    "Directions that A only stretches, and by how much (complex when A rotates).",
                limit: GENERAL_LIMIT,
                run: run_linalg::eig_general,
                python: twins::eig,
                maths: mathml::linalg::eigen,
            },
            Op::Eigh => OpSpec {
                name: "eigh",
                label: "Symmetric eigen",
                group: Group::Decompose,
                uses: Uses {
                    square: true,
                    ..Uses::A
                },
                description: "Eigenvalues and perpendicular eigenvectors of a symmetric matrix.",
                limit: GENERAL_LIMIT,
                run: run_linalg::eigh,
                python: twins::eigh,
                maths: mathml::linalg::eigen,
            },
            Op::Svd => OpSpec {
                name: "svd",
                label: "SVD",
                group: Group::Decompose,
                uses: Uses::A,
                description: "A as a rotation, a stretch along axes, and another rotation: U·Σ·Vᵀ.",
                limit: GENERAL_LIMIT,
                run: run_linalg::svd,
                python: twins::svd,
                maths: mathml::linalg::decomposition,
            },
            Op::Lu => OpSpec {
                name: "lu",
                label: "LU",
                group: Group::Decompose,
                uses: Uses::A,
                description: "Gaussian elimination written as P·A = L·U.",
                limit: GENERAL_LIMIT,
                run: run_linalg::lu,
                python: twins::lu,
                maths: mathml::linalg::decomposition,
            },
            Op::LowRank => OpSpec {
                name: "lowrank",
                label: "Low-rank approximation",
                group: Group::Decompose,
                uses: Uses {
                    index: Some("Rank k to keep"),
                    ..Uses::A
                },
                description:
                    "The closest matrix of rank k to A, by keeping its k largest singular values.",
                limit: GENERAL_LIMIT,
                run: run_linalg::low_rank,
                python: twins::low_rank,
                maths: mathml::linalg::low_rank,
            },
            Op::Cov => OpSpec {
                name: "cov",
                label: "Covariance",
                group: Group::Decompose,
                uses: Uses::A,
                description: "How the columns of A vary together, rows being samples.",
                limit: GENERAL_LIMIT,
                run: run_linalg::cov,
                python: twins::cov,
                maths: mathml::linalg::cov,
            },
            Op::Pca => OpSpec {
                name: "pca",
                label: "PCA",
                group: Group::Decompose,
                uses: Uses::A,
                description: "The directions along which the samples (rows of A) vary most.",
                limit: GENERAL_LIMIT,
                run: run_linalg::pca,
                python: twins::pca,
                maths: mathml::linalg::pca,
            },
            Op::Power => OpSpec {
                name: "power",
                label: "Power",
                group: Group::Combine,
                uses: Uses {
                    index: Some("Power n"),
                    square: true,
                    ..Uses::A
                },
                description: "A multiplied by itself n times: Aⁿ, by repeated squaring.",
                limit: POWER_LIMIT,
                run: run_spaces::power,
                python: twins::power,
                maths: mathml::spaces::power,
            },
            Op::Rref => OpSpec {
                name: "rref",
                label: "Row echelon form (RREF)",
                group: Group::Shape,
                uses: Uses::A,
                description: "Row operations until every pivot is 1 with zeros above and below it.",
                limit: GENERAL_LIMIT,
                run: run_spaces::rref,
                python: twins::rref,
                maths: mathml::spaces::rref,
            },
            Op::Null => OpSpec {
                name: "null",
                label: "Null space",
                group: Group::Measure,
                uses: Uses::A,
                description: "Every x with A·x = 0, as a basis: the directions A sends to zero.",
                limit: GENERAL_LIMIT,
                run: run_spaces::null,
                python: twins::null,
                maths: mathml::spaces::null,
            },
            Op::Colspace => OpSpec {
                name: "colspace",
                label: "Column space",
                group: Group::Measure,
                uses: Uses::A,
                description: "Every A·x, as a basis: the pivot columns of A.",
                limit: GENERAL_LIMIT,
                run: run_spaces::colspace,
                python: twins::colspace,
                maths: mathml::spaces::colspace,
            },
            Op::Qr => OpSpec {
                name: "qr",
                label: "QR (Gram–Schmidt)",
                group: Group::Decompose,
                uses: Uses::A,
                description:
                    "Straightens A's columns into perpendicular unit vectors Q, with A = Q·R.",
                limit: GENERAL_LIMIT,
                run: run_spaces::qr,
                python: twins::qr,
                maths: mathml::spaces::qr,
            },
            Op::Proj => OpSpec {
                name: "proj",
                label: "Projection onto columns",
                group: Group::Solve,
                uses: Uses {
                    vector: true,
                    ..Uses::A
                },
                description:
                    "The point p = A·x̂ of A's column space closest to b, and the residual b − p.",
                limit: GENERAL_LIMIT,
                run: run_spaces::proj,
                python: twins::proj,
                maths: mathml::spaces::proj,
            },
        }
    }
}

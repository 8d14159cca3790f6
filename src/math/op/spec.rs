//! The description of every operation: one arm each, so a new operation is a compile error
//! here until it has its name, label, group, inputs and sentence.

use super::Op;

/// The menu group of an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Two operands into one: add, multiply, ...
    Combine,
    /// Rearranging entries: transpose, rows, columns.
    Shape,
    /// One number (or table) about a matrix.
    Measure,
    /// Solving and inverting.
    Solve,
    /// Factoring a matrix into meaningful parts.
    Decompose,
}

impl Group {
    /// Every group, in menu order.
    pub const ALL: [Group; 5] = [
        Group::Combine,
        Group::Shape,
        Group::Measure,
        Group::Solve,
        Group::Decompose,
    ];

    /// The group's heading.
    pub fn label(self) -> &'static str {
        match self {
            Group::Combine => "Combine",
            Group::Shape => "Shape",
            Group::Measure => "Measure",
            Group::Solve => "Solve",
            Group::Decompose => "Decompose",
        }
    }
}

/// The inputs an operation reads besides A.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uses {
    /// A second matrix B.
    pub b: bool,
    /// A third matrix C (`props`; B stands in for it when absent).
    pub c: bool,
    /// The right-hand side vector b.
    pub vector: bool,
    /// The scalar k.
    pub scalar: bool,
    /// The whole number k: a row, a column, a rank to keep.
    pub index: bool,
    /// A choice of norm.
    pub norm: bool,
    /// Whether A must be square.
    pub square: bool,
}

impl Uses {
    /// A alone.
    pub const A: Uses = Uses {
        b: false,
        c: false,
        vector: false,
        scalar: false,
        index: false,
        norm: false,
        square: false,
    };
}

/// What the page says and asks about an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpSpec {
    /// The name in links (`op=matmul`), following NumPy where it has one.
    pub name: &'static str,
    /// The label in the menu.
    pub label: &'static str,
    /// The menu group.
    pub group: Group,
    /// The inputs it reads besides A.
    pub uses: Uses,
    /// One plain sentence saying what it does.
    pub description: &'static str,
}

impl Op {
    /// Everything about the operation but how it runs: one arm per operation, so a new one
    /// is a compile error here until it is described.
    pub const fn spec(self) -> OpSpec {
        match self {
            Op::Add => OpSpec {
                name: "add",
                label: "Add",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Adds A and B entry by entry; they must have the same shape.",
            },
            Op::Sub => OpSpec {
                name: "sub",
                label: "Subtract",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Subtracts B from A entry by entry; they must have the same shape.",
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
            },
            Op::Matmul => OpSpec {
                name: "matmul",
                label: "Matrix product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Each entry of A·B is a row of A times a column of B, summed.",
            },
            Op::Hadamard => OpSpec {
                name: "hadamard",
                label: "Hadamard product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Multiplies A and B entry by entry (NumPy's A * B).",
            },
            Op::Dot => OpSpec {
                name: "dot",
                label: "Dot product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description:
                    "Multiplies two vectors entry by entry and adds the products into one number.",
            },
            Op::Outer => OpSpec {
                name: "outer",
                label: "Outer product",
                group: Group::Combine,
                uses: Uses { b: true, ..Uses::A },
                description: "Every entry of x times every entry of y, as a table.",
            },
            Op::Transpose => OpSpec {
                name: "transpose",
                label: "Transpose",
                group: Group::Shape,
                uses: Uses::A,
                description: "Turns the rows of A into columns.",
            },
            Op::Row => OpSpec {
                name: "row",
                label: "Row",
                group: Group::Shape,
                uses: Uses {
                    index: true,
                    ..Uses::A
                },
                description: "Row k of A (NumPy's A[k-1, :]).",
            },
            Op::Col => OpSpec {
                name: "col",
                label: "Column",
                group: Group::Shape,
                uses: Uses {
                    index: true,
                    ..Uses::A
                },
                description: "Column k of A (NumPy's A[:, k-1]).",
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
            },
            Op::Rank => OpSpec {
                name: "rank",
                label: "Rank",
                group: Group::Measure,
                uses: Uses::A,
                description: "How many independent directions the rows (or columns) of A span.",
            },
            Op::Cond => OpSpec {
                name: "cond",
                label: "Condition number",
                group: Group::Measure,
                uses: Uses::A,
                description: "How much A can magnify small errors; large means nearly singular.",
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
            },
            Op::Pinv => OpSpec {
                name: "pinv",
                label: "Pseudo-inverse",
                group: Group::Solve,
                uses: Uses::A,
                description: "The closest thing to an inverse that every matrix has.",
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
            },
            Op::Svd => OpSpec {
                name: "svd",
                label: "SVD",
                group: Group::Decompose,
                uses: Uses::A,
                description: "A as a rotation, a stretch along axes, and another rotation: U·Σ·Vᵀ.",
            },
            Op::Lu => OpSpec {
                name: "lu",
                label: "LU",
                group: Group::Decompose,
                uses: Uses::A,
                description: "Gaussian elimination written as P·A = L·U.",
            },
            Op::LowRank => OpSpec {
                name: "lowrank",
                label: "Low-rank approximation",
                group: Group::Decompose,
                uses: Uses {
                    index: true,
                    ..Uses::A
                },
                description:
                    "The closest matrix of rank k to A, by keeping its k largest singular values.",
            },
            Op::Cov => OpSpec {
                name: "cov",
                label: "Covariance",
                group: Group::Decompose,
                uses: Uses::A,
                description: "How the columns of A vary together, rows being samples.",
            },
            Op::Pca => OpSpec {
                name: "pca",
                label: "PCA",
                group: Group::Decompose,
                uses: Uses::A,
                description: "The directions along which the samples (rows of A) vary most.",
            },
        }
    }
}

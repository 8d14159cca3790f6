//! The operations the page offers, with their link names, labels, groups and the inputs
//! each one needs. One table (`Op::ALL`) drives menus and links.

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

/// An operation of the Matrix Lab.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    /// A + B.
    Add,
    /// A − B.
    Sub,
    /// k·A.
    Scale,
    /// A·B.
    Matmul,
    /// A ∘ B.
    Hadamard,
    /// Aᵀ.
    Transpose,
    /// x·y.
    Dot,
    /// x·yᵀ.
    Outer,
    /// ‖A‖.
    Norm,
    /// tr A.
    Trace,
    /// det A.
    Det,
    /// A⁻¹.
    Inv,
    /// A⁺.
    Pinv,
    /// rank A.
    Rank,
    /// A·x = b.
    Solve,
    /// Eigenvalues and eigenvectors.
    Eig,
    /// SVD.
    Svd,
    /// Condition number.
    Cond,
    /// The matmul identities on A, B, C.
    Props,
    /// Symmetric eigendecomposition.
    Eigh,
    /// P·A = L·U.
    Lu,
    /// Covariance of the columns.
    Cov,
    /// Principal components.
    Pca,
    /// Best rank-k approximation.
    LowRank,
    /// Row k of A.
    Row,
    /// Column k of A.
    Col,
}

impl Op {
    /// Every operation, in menu order (grouped).
    pub const ALL: [Op; 26] = [
        Op::Add,
        Op::Sub,
        Op::Scale,
        Op::Matmul,
        Op::Hadamard,
        Op::Dot,
        Op::Outer,
        Op::Transpose,
        Op::Row,
        Op::Col,
        Op::Norm,
        Op::Trace,
        Op::Det,
        Op::Rank,
        Op::Cond,
        Op::Props,
        Op::Solve,
        Op::Inv,
        Op::Pinv,
        Op::Eig,
        Op::Eigh,
        Op::Svd,
        Op::Lu,
        Op::LowRank,
        Op::Cov,
        Op::Pca,
    ];

    /// The name in links (`op=matmul`), following NumPy where it has one.
    pub fn name(self) -> &'static str {
        match self {
            Op::Add => "add",
            Op::Sub => "sub",
            Op::Scale => "scale",
            Op::Matmul => "matmul",
            Op::Hadamard => "hadamard",
            Op::Transpose => "transpose",
            Op::Dot => "dot",
            Op::Outer => "outer",
            Op::Norm => "norm",
            Op::Trace => "trace",
            Op::Det => "det",
            Op::Inv => "inv",
            Op::Pinv => "pinv",
            Op::Rank => "rank",
            Op::Solve => "solve",
            Op::Eig => "eig",
            Op::Svd => "svd",
            Op::Cond => "cond",
            Op::Props => "props",
            Op::Eigh => "eigh",
            Op::Lu => "lu",
            Op::Cov => "cov",
            Op::Pca => "pca",
            Op::LowRank => "lowrank",
            Op::Row => "row",
            Op::Col => "col",
        }
    }

    /// Reads a link name; `None` when unknown.
    pub fn from_name(name: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.name() == name)
    }

    /// The label on the button.
    pub fn label(self) -> &'static str {
        match self {
            Op::Add => "Add",
            Op::Sub => "Subtract",
            Op::Scale => "Scale",
            Op::Matmul => "Matrix product",
            Op::Hadamard => "Hadamard product",
            Op::Transpose => "Transpose",
            Op::Dot => "Dot product",
            Op::Outer => "Outer product",
            Op::Norm => "Norm",
            Op::Trace => "Trace",
            Op::Det => "Determinant",
            Op::Inv => "Inverse",
            Op::Pinv => "Pseudo-inverse",
            Op::Rank => "Rank",
            Op::Solve => "Solve Ax = b",
            Op::Eig => "Eigenvalues",
            Op::Svd => "SVD",
            Op::Cond => "Condition number",
            Op::Props => "Matmul identities",
            Op::Eigh => "Symmetric eigen",
            Op::Lu => "LU",
            Op::Cov => "Covariance",
            Op::Pca => "PCA",
            Op::LowRank => "Low-rank approximation",
            Op::Row => "Row",
            Op::Col => "Column",
        }
    }

    /// One plain sentence saying what the operation does.
    pub fn description(self) -> &'static str {
        match self {
            Op::Add => "Adds A and B entry by entry; they must have the same shape.",
            Op::Sub => "Subtracts B from A entry by entry; they must have the same shape.",
            Op::Scale => "Multiplies every entry of A by the number k.",
            Op::Matmul => "Each entry of A·B is a row of A times a column of B, summed.",
            Op::Hadamard => "Multiplies A and B entry by entry (NumPy's A * B).",
            Op::Transpose => "Turns the rows of A into columns.",
            Op::Dot => {
                "Multiplies two vectors entry by entry and adds the products into one number."
            }
            Op::Outer => "Every entry of x times every entry of y, as a table.",
            Op::Norm => "The size of A as one number, measured one of four ways.",
            Op::Trace => "The sum of the diagonal of A.",
            Op::Det => "How much A scales areas and volumes; zero means A squashes space flat.",
            Op::Inv => "The matrix that undoes A, if there is one.",
            Op::Pinv => "The closest thing to an inverse that every matrix has.",
            Op::Rank => "How many independent directions the rows (or columns) of A span.",
            Op::Solve => {
                "Finds x with A·x = b, or the x that comes closest when none fits exactly."
            }
            Op::Eig => {
                "Directions that A only stretches, and by how much (complex when A rotates)."
            }
            Op::Svd => "A as a rotation, a stretch along axes, and another rotation: U·Σ·Vᵀ.",
            Op::Cond => "How much A can magnify small errors; large means nearly singular.",
            Op::Props => {
                "Checks the distributive, associative and transpose rules on your A, B and C."
            }
            Op::Eigh => "Eigenvalues and perpendicular eigenvectors of a symmetric matrix.",
            Op::Lu => "Gaussian elimination written as P·A = L·U.",
            Op::Cov => "How the columns of A vary together, rows being samples.",
            Op::Pca => "The directions along which the samples (rows of A) vary most.",
            Op::LowRank => {
                "The closest matrix of rank k to A, by keeping its k largest singular values."
            }
            Op::Row => "Row k of A (NumPy's A[k-1, :]).",
            Op::Col => "Column k of A (NumPy's A[:, k-1]).",
        }
    }

    /// The menu group.
    pub fn group(self) -> Group {
        match self {
            Op::Add | Op::Sub | Op::Scale | Op::Matmul | Op::Hadamard | Op::Dot | Op::Outer => {
                Group::Combine
            }
            Op::Transpose | Op::Row | Op::Col => Group::Shape,
            Op::Norm | Op::Trace | Op::Det | Op::Rank | Op::Cond | Op::Props => Group::Measure,
            Op::Solve | Op::Inv | Op::Pinv => Group::Solve,
            Op::Eig | Op::Eigh | Op::Svd | Op::Lu | Op::LowRank | Op::Cov | Op::Pca => {
                Group::Decompose
            }
        }
    }

    /// Whether the operation needs a second matrix B.
    pub fn needs_b(self) -> bool {
        matches!(
            self,
            Op::Add | Op::Sub | Op::Matmul | Op::Hadamard | Op::Dot | Op::Outer | Op::Props
        )
    }

    /// Whether the operation can use a third matrix C (`props`; B stands in for it when absent).
    pub fn uses_c(self) -> bool {
        self == Op::Props
    }

    /// Whether the operation needs the right-hand side vector b.
    pub fn needs_vector(self) -> bool {
        self == Op::Solve
    }

    /// Whether the operation needs the scalar k.
    pub fn needs_scalar(self) -> bool {
        self == Op::Scale
    }

    /// Whether the operation needs the whole number k (a row, a column, a rank to keep).
    pub fn needs_index(self) -> bool {
        matches!(self, Op::Row | Op::Col | Op::LowRank)
    }

    /// Whether the operation needs a choice of norm.
    pub fn needs_norm(self) -> bool {
        self == Op::Norm
    }

    /// Whether A must be square.
    pub fn needs_square(self) -> bool {
        matches!(self, Op::Trace | Op::Det | Op::Inv | Op::Eig | Op::Eigh)
    }
}

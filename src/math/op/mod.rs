//! The operations the page offers: `Op::spec` describes each one (link name, label, group,
//! the inputs it reads, what it does) and `Op::ALL` orders them for menus and links.

mod spec;

use crate::math::error::MathError;
use crate::math::mathml::formulas::Ctx;
use crate::math::python::Py;
use crate::math::run::{Inputs, Partial};

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
    /// The whole number k (a row, a column, a rank to keep), by the label of its input.
    pub index: Option<&'static str>,
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
        index: None,
        norm: false,
        square: false,
    };
}

/// Everything about an operation: what the page says and asks, how large its inputs may be,
/// and the functions that run it, write its NumPy and PyTorch twins, and show its maths.
#[derive(Clone, Copy)]
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
    /// The most rows or columns A and B may have.
    pub limit: usize,
    /// Runs it: the value with its check and explanation.
    pub(crate) run: fn(&Inputs) -> Result<Partial, MathError>,
    /// Its lines of NumPy or PyTorch, after the inputs.
    pub(crate) python: fn(&Py) -> Vec<String>,
    /// Its maths, as MathML lines.
    pub(crate) maths: fn(&Ctx) -> Vec<String>,
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
    /// The reduced row echelon form.
    Rref,
    /// A basis of the null space.
    Null,
    /// A basis of the column space.
    Colspace,
    /// A = Q·R by Gram–Schmidt.
    Qr,
    /// The projection of b onto the column space of A.
    Proj,
    /// Aⁿ.
    Power,
}

impl Op {
    /// Every operation, in menu order (grouped).
    pub const ALL: [Op; 32] = [
        Op::Add,
        Op::Sub,
        Op::Scale,
        Op::Matmul,
        Op::Power,
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
        Op::Rref,
        Op::Null,
        Op::Colspace,
        Op::Solve,
        Op::Inv,
        Op::Pinv,
        Op::Proj,
        Op::Eig,
        Op::Eigh,
        Op::Svd,
        Op::Lu,
        Op::Qr,
        Op::LowRank,
        Op::Cov,
        Op::Pca,
    ];

    /// The name in links (`op=matmul`), following NumPy where it has one.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The label in the menu.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// One plain sentence saying what the operation does.
    pub fn description(self) -> &'static str {
        self.spec().description
    }

    /// The menu group.
    pub fn group(self) -> Group {
        self.spec().group
    }

    /// Whether the operation needs a second matrix B.
    pub fn needs_b(self) -> bool {
        self.spec().uses.b
    }

    /// Whether the operation can use a third matrix C (`props`; B stands in for it when absent).
    pub fn uses_c(self) -> bool {
        self.spec().uses.c
    }

    /// Whether the operation needs the right-hand side vector b.
    pub fn needs_vector(self) -> bool {
        self.spec().uses.vector
    }

    /// Whether the operation needs the scalar k.
    pub fn needs_scalar(self) -> bool {
        self.spec().uses.scalar
    }

    /// Whether the operation needs the whole number k (a row, a column, a rank to keep).
    pub fn needs_index(self) -> bool {
        self.spec().uses.index.is_some()
    }

    /// Whether the operation needs a choice of norm.
    pub fn needs_norm(self) -> bool {
        self.spec().uses.norm
    }

    /// Whether A must be square.
    pub fn needs_square(self) -> bool {
        self.spec().uses.square
    }

    /// Reads a link name; `None` when unknown.
    pub fn from_name(name: &str) -> Option<Op> {
        crate::math::named(&Op::ALL, Op::name, name)
    }
}

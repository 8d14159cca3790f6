//! Decompositions and solvers: LU, SVD, eigen, least squares, covariance and PCA.
//!
//! Every function validates its input (finite, non-empty, at most 256×256) and returns
//! errors as values.

pub mod eig;
pub mod elim;
pub mod lu;
mod schur;
pub mod solve;
pub mod spaces;
pub mod stats;
pub mod svd;

pub use eig::{try_eig, try_eigh, Eigen, C64};
pub use lu::{try_det, try_inv, try_lu, LuFactors};
pub use solve::{try_solve, Solution, SolveMethod};
pub use stats::{try_cov, try_pca, Pca};
pub use svd::{try_cond, try_low_rank, try_pinv, try_rank, try_singular_values, try_svd, Svd};

//! Pure Rust linear algebra, networks and datasets. No browser code lives here.

pub mod data;
pub mod error;
pub mod exact;
pub mod explain;
pub mod format;
pub mod gemm;
pub mod linalg;
pub mod mathml;
pub mod matrix;
pub mod nn;
pub mod op;
pub mod ops;
pub mod outcome;
pub mod parse;
pub mod python;
pub mod rng;
pub mod run;
mod run_linalg;
mod run_props;
mod run_spaces;
pub mod steps;
pub mod tensor;

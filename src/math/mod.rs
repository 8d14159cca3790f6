//! Pure Rust linear algebra, networks and datasets. No browser code lives here.

pub mod data;
pub mod gemm;
pub mod nn;
pub mod rng;

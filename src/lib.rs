//! Eigenplay: the linear algebra of deep learning, live in a browser tab.
//!
//! The dependency arrows point one way: `ui` → `share`, `gpu`, `plot` → `math`.
//! `math` knows nothing of the browser, so all of it runs and is tested natively.

pub mod gpu;
pub mod math;
pub mod plot;
pub mod share;
#[cfg(target_arch = "wasm32")]
pub mod ui;

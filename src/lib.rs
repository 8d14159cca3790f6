//! Eigenplay: the linear algebra of deep learning, live in a browser tab.
//!
//! The dependency arrows point one way: `ui` → `share` → `state`, `lessons`, and all of
//! them, `gpu` and `plot` → `math`. Only `ui` knows the browser, so everything else runs and
//! is tested natively.

pub mod gpu;
pub mod lessons;
pub mod math;
pub mod plot;
pub mod share;
pub mod state;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;

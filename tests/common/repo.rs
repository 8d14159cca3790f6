//! Files of the repository, found where the tests run from.
//!
//! Cargo sets `CARGO_MANIFEST_DIR` when it runs a test, so the path is this checkout's even
//! when the test binary was built from another checkout sharing the same target folder (cargo
//! reuses it when the sources look older than the build). The compile-time value is the
//! fallback for a binary run by hand.

use std::path::PathBuf;

/// The path of `relative` inside the repository.
pub fn repo_file(relative: &str) -> PathBuf {
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    root.join(relative)
}

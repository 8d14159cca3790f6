//! The handwritten digits once fetched. The page fetches `data/digits.bin` the first time a
//! person picks the digits and installs them here; every run after reads them from here.

use crate::math::data::{parse_digits, Digits};
use std::sync::OnceLock;

static LOADED: OnceLock<Digits> = OnceLock::new();

/// Reads the fetched file and keeps its images for every later run; `Err` says why the
/// bytes are not the digits, and nothing is kept.
pub fn install(bytes: &[u8]) -> Result<(), String> {
    let digits = parse_digits(bytes)?;
    let _ = LOADED.set(digits);
    Ok(())
}

/// The digits, once [`install`]ed.
pub fn loaded() -> Option<&'static Digits> {
    LOADED.get()
}

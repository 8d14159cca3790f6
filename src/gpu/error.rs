//! What can go wrong on the GPU path, in words the page shows.

use std::fmt;

/// Why there is no GPU path: shown to the person after `CPU · `.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GpuUnavailable {
    reason: String,
}

impl GpuUnavailable {
    /// A reason in words, e.g. "this browser has no WebGPU adapter".
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
        }
    }

    /// The reason in words.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// Why the GPU did not compute a product. The caller decides what to do: the page computes
/// it on the CPU and says so; the race shows no GPU time for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GpuFailure {
    /// The product needs buffers larger than the device allows.
    TooLarge,
    /// The device was lost, or the result could not be read back.
    Lost,
}

impl fmt::Display for GpuFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GpuFailure::TooLarge => "the product is larger than the GPU's buffers allow",
            GpuFailure::Lost => "the GPU was lost or could not return the result",
        })
    }
}

impl fmt::Display for GpuUnavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for GpuUnavailable {}

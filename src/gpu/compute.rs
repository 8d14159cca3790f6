//! The facade the views call: one product, on the GPU when there is one, on the CPU twin otherwise.

use std::fmt;

use super::{GpuContext, GpuUnavailable};
use crate::math::gemm;

/// Which backend runs products, and the words the status line shows for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActiveBackend {
    /// A GPU: `api` is "WebGPU" in the browser ("Vulkan" natively), `adapter` its name.
    Gpu {
        /// The graphics API under wgpu.
        api: &'static str,
        /// The adapter's name, never empty.
        adapter: String,
    },
    /// The CPU twin, with the reason there is no GPU.
    Cpu {
        /// Why, e.g. "this browser has no WebGPU adapter".
        reason: String,
    },
}

impl fmt::Display for ActiveBackend {
    /// `WebGPU · <adapter>` or `CPU · <reason>`, as the status line shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActiveBackend::Gpu { api, adapter } => write!(f, "{api} · {adapter}"),
            ActiveBackend::Cpu { reason } => write!(f, "CPU · {reason}"),
        }
    }
}

/// Runs matrix products on the GPU when one was found at start-up, else on the CPU.
#[derive(Debug)]
pub struct Compute {
    gpu: Result<GpuContext, GpuUnavailable>,
}

impl Compute {
    /// Looks for a GPU once; never fails, because the CPU path always exists.
    pub async fn new() -> Compute {
        Compute {
            gpu: GpuContext::new().await,
        }
    }

    /// The CPU path only, e.g. when the person switches the GPU off.
    pub fn cpu(reason: impl Into<String>) -> Compute {
        Compute {
            gpu: Err(GpuUnavailable::new(reason)),
        }
    }

    /// Wraps a context built elsewhere.
    pub fn from_gpu(gpu: GpuContext) -> Compute {
        Compute { gpu: Ok(gpu) }
    }

    /// Which backend runs products, and why.
    pub fn backend(&self) -> ActiveBackend {
        match &self.gpu {
            Ok(gpu) => ActiveBackend::Gpu {
                api: gpu.api_name(),
                adapter: gpu.adapter_name(),
            },
            Err(why) => ActiveBackend::Cpu {
                reason: why.to_string(),
            },
        }
    }

    /// The GPU context, when there is one.
    pub fn gpu(&self) -> Option<&GpuContext> {
        self.gpu.as_ref().ok()
    }

    /// C = A·B in f32; A is m×k, B is k×n, C is m×n, all row-major, with where it ran and why:
    /// on the GPU when there is one and it computes the product; on the CPU twin otherwise,
    /// and then [`Product::ran`] says why (no GPU, too large, the device lost).
    ///
    /// # Panics
    /// If `a.len() != m * k` or `b.len() != k * n`.
    pub async fn matmul(&self, a: &[f32], b: &[f32], m: usize, k: usize, n: usize) -> Product {
        let why = match &self.gpu {
            Ok(gpu) => match gpu.matmul(a, b, m, k, n).await {
                Ok(values) => {
                    return Product {
                        values,
                        ran: Ran::Gpu,
                    }
                }
                Err(failure) => failure.to_string(),
            },
            Err(why) => why.to_string(),
        };
        Product {
            values: gemm::matmul_f32(a, b, m, k, n),
            ran: Ran::Cpu(why),
        }
    }
}

/// A product's answer and where it was computed.
#[derive(Clone, Debug, PartialEq)]
pub struct Product {
    /// C, m×n row-major.
    pub values: Vec<f32>,
    /// Where it ran.
    pub ran: Ran,
}

/// Where a product was computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ran {
    /// On the GPU.
    Gpu,
    /// On the CPU twin, with the reason in words (no GPU, too large, the device lost).
    Cpu(String),
}

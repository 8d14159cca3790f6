//! The training kernels: their files, and how the host writes the values they read (the
//! activation codes and the little-endian words of their uniforms and buffers).

use crate::math::nn::Activation;

/// The training kernels in `shaders/`, in the order a step runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TrainKernel {
    /// `train_v1_gather.wgsl`: the batch's samples, in the epoch's order.
    Gather,
    /// `train_v1_forward.wgsl`: a dense layer, f(x·Wᵀ + b).
    Forward,
    /// `train_v1_loss.wgsl`: the batch's loss and dL/dz at the output.
    Loss,
    /// `train_v1_grad_params.wgsl`: δᵀ·x and Σ δ.
    GradParams,
    /// `train_v1_grad_input.wgsl`: (δ·W) ⊙ f'(x).
    GradInput,
    /// `train_v1_update.wgsl`: SGD, momentum or Adam.
    Update,
}

impl TrainKernel {
    /// Every training kernel.
    pub const ALL: [TrainKernel; 6] = [
        TrainKernel::Gather,
        TrainKernel::Forward,
        TrainKernel::Loss,
        TrainKernel::GradParams,
        TrainKernel::GradInput,
        TrainKernel::Update,
    ];

    /// The shader's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            TrainKernel::Gather => "train_v1_gather.wgsl",
            TrainKernel::Forward => "train_v1_forward.wgsl",
            TrainKernel::Loss => "train_v1_loss.wgsl",
            TrainKernel::GradParams => "train_v1_grad_params.wgsl",
            TrainKernel::GradInput => "train_v1_grad_input.wgsl",
            TrainKernel::Update => "train_v1_update.wgsl",
        }
    }

    /// The shader as the device compiles it: `shaders/` without comments (see `build.rs`).
    pub fn source(self) -> &'static str {
        match self {
            TrainKernel::Gather => include_str!(concat!(env!("OUT_DIR"), "/train_v1_gather.wgsl")),
            TrainKernel::Forward => {
                include_str!(concat!(env!("OUT_DIR"), "/train_v1_forward.wgsl"))
            }
            TrainKernel::Loss => include_str!(concat!(env!("OUT_DIR"), "/train_v1_loss.wgsl")),
            TrainKernel::GradParams => {
                include_str!(concat!(env!("OUT_DIR"), "/train_v1_grad_params.wgsl"))
            }
            TrainKernel::GradInput => {
                include_str!(concat!(env!("OUT_DIR"), "/train_v1_grad_input.wgsl"))
            }
            TrainKernel::Update => include_str!(concat!(env!("OUT_DIR"), "/train_v1_update.wgsl")),
        }
    }
}

/// Invocations per workgroup in every training kernel.
pub(super) const GROUP: u32 = 64;

/// The activation's code in the kernels (0 none, 1 relu, 2 sigmoid, 3 tanh).
pub(super) fn act_code(activation: Activation) -> Option<u32> {
    match activation {
        Activation::Linear => Some(0),
        Activation::Relu => Some(1),
        Activation::Sigmoid => Some(2),
        Activation::Tanh => Some(3),
        Activation::Softmax => None,
    }
}

/// u32 values as the bytes a buffer holds.
pub(super) fn words(values: &[u32]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_ne_bytes()).collect()
}

/// f64 values as the f32 bytes a buffer holds.
pub(super) fn floats(values: &[f64]) -> Vec<u8> {
    values
        .iter()
        .flat_map(|&v| (v as f32).to_ne_bytes())
        .collect()
}

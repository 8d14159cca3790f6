// Training, version 1: one optimizer step over every parameter, in place.
//
// Bindings (group 0):
//   0  params  storage, read_write  every parameter of the network, flat, f32
//   1  grads   storage, read        their gradients, laid out alike
//   2  m       storage, read_write  momentum's velocity, or Adam's first moment
//   3  v       storage, read_write  Adam's second moment (unused by the other rules)
//   4  rule    uniform              Rule
//   5  step    uniform              Step: alpha, the rate of this step
//
// rule: 0 SGD, θ −= α·g; 1 momentum, v = μ·v − α·g, θ += v; 2 Adam as Keras writes it, with
// the bias correction folded into α (the host computes α = lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) for step t):
// m += (g − m)(1 − β₁), v += (g² − v)(1 − β₂), θ −= α·m/(√v + ε). The CPU twins are
// math::nn::kernels::{sgd_update, momentum_update, adam_update}.
// One invocation updates one parameter.
// Dispatch: ceil(count / 64) workgroups along x.

struct Rule {
    count: u32,
    kind: u32,
    momentum: f32,
    one_minus_beta1: f32,
    one_minus_beta2: f32,
    eps: f32,
    unused0: u32,
    unused1: u32,
}

struct Step {
    rows: u32,
    start: u32,
    alpha: f32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read_write> params: array<f32>;
@group(0) @binding(1) var<storage, read> grads: array<f32>;
@group(0) @binding(2) var<storage, read_write> m: array<f32>;
@group(0) @binding(3) var<storage, read_write> v: array<f32>;
@group(0) @binding(4) var<uniform> rule: Rule;
@group(0) @binding(5) var<uniform> step: Step;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let i = gid.x;
    if i >= rule.count {
        return;
    }
    let g = grads[i];
    switch rule.kind {
        case 1u: {
            let velocity = rule.momentum * m[i] - step.alpha * g;
            m[i] = velocity;
            params[i] += velocity;
        }
        case 2u: {
            let m1 = m[i] + (g - m[i]) * rule.one_minus_beta1;
            let v1 = v[i] + (g * g - v[i]) * rule.one_minus_beta2;
            m[i] = m1;
            v[i] = v1;
            params[i] -= step.alpha * m1 / (sqrt(v1) + rule.eps);
        }
        default: {
            params[i] -= step.alpha * g;
        }
    }
}

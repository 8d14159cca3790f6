// Training, version 1: one dense layer's weight and bias gradients, dW = δᵀ·x and db = Σ δ.
//
// Bindings (group 0):
//   0  delta  storage, read        dL/dz of the layer, rows×units, row-major f32
//   1  x      storage, read        the layer's input, rows×inputs
//   2  grads  storage, read_write  every gradient of the network, laid out as the parameters
//                                  (dW at w_at, db at b_at); this layer's are overwritten
//   3  dims   uniform              Dims, as the forward kernel's
//   4  step   uniform              Step: rows in this batch
//
// One invocation computes one gradient: unit o = id / (inputs + 1) and input k = id % (inputs + 1),
// where k = inputs stands for the bias (skipped when the layer has none); summed over the rows
// in order.
// Dispatch: ceil(units·(inputs + 1) / 64) workgroups along x.

struct Dims {
    inputs: u32,
    units: u32,
    act: u32,
    w_at: u32,
    b_at: u32,
    has_bias: u32,
    unused0: u32,
    unused1: u32,
}

struct Step {
    rows: u32,
    start: u32,
    alpha: f32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read> delta: array<f32>;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read_write> grads: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;
@group(0) @binding(4) var<uniform> step: Step;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let span = dims.inputs + 1u;
    let o = gid.x / span;
    let k = gid.x % span;
    if o >= dims.units {
        return;
    }
    var g = 0.0;
    if k < dims.inputs {
        for (var r = 0u; r < step.rows; r++) {
            g += delta[r * dims.units + o] * x[r * dims.inputs + k];
        }
        grads[dims.w_at + o * dims.inputs + k] = g;
    } else if dims.has_bias == 1u {
        for (var r = 0u; r < step.rows; r++) {
            g += delta[r * dims.units + o];
        }
        grads[dims.b_at + o] = g;
    }
}

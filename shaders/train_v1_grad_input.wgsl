// Training, version 1: the gradient passed back through a dense layer to the one before,
// δ_prev = (δ·W) ⊙ f'(x), where x = f(z_prev) is the layer's input.
//
// Bindings (group 0):
//   0  delta       storage, read        dL/dz of the layer, rows×units, row-major f32
//   1  params      storage, read        the network's parameters (W at w_at, units×inputs)
//   2  x           storage, read        the layer's input, the previous layer's output, rows×inputs
//   3  delta_prev  storage, read_write  dL/dz of the previous layer, rows×inputs, overwritten
//   4  dims        uniform              Dims, as the forward kernel's; act is the previous
//                                       layer's (1 relu, 2 sigmoid, 3 tanh, 0 none)
//   5  step        uniform              Step: rows in this batch
//
// The derivative of each activation is read off its output, as the CPU twin does: relu's is
// 1 where x > 0, sigmoid's x(1 − x), tanh's 1 − x².
// One invocation computes one entry: row r = id / inputs, input k = id % inputs, summed over
// the units in order.
// Dispatch: ceil(capacity·inputs / 64) workgroups along x.

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
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read> x: array<f32>;
@group(0) @binding(3) var<storage, read_write> delta_prev: array<f32>;
@group(0) @binding(4) var<uniform> dims: Dims;
@group(0) @binding(5) var<uniform> step: Step;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let r = gid.x / dims.inputs;
    let k = gid.x % dims.inputs;
    if r >= step.rows {
        return;
    }
    var g = 0.0;
    for (var o = 0u; o < dims.units; o++) {
        g += delta[r * dims.units + o] * params[dims.w_at + o * dims.inputs + k];
    }
    let a = x[r * dims.inputs + k];
    switch dims.act {
        case 1u: {
            g = select(0.0, g, a > 0.0);
        }
        case 2u: {
            g *= a * (1.0 - a);
        }
        case 3u: {
            g *= 1.0 - a * a;
        }
        default: {}
    }
    delta_prev[r * dims.inputs + k] = g;
}

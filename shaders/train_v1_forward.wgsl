// Training, version 1: one dense layer's forward pass, out = f(x·Wᵀ + b).
//
// Bindings (group 0):
//   0  x       storage, read        the layer's input, rows×inputs, row-major f32
//   1  params  storage, read        every weight and bias of the network, flat, as the CPU
//                                   engine keeps them: W (units×inputs, row-major) at w_at,
//                                   then b (units) at b_at when has_bias is 1
//   2  out     storage, read_write  the layer's output, rows×units, row-major, overwritten
//   3  dims    uniform              Dims
//   4  step    uniform              Step: rows in this batch
//
// act: 0 none (the output layer, whose activation the loss kernel applies to the logits),
// 1 relu, 2 sigmoid, 3 tanh.
// One invocation computes one entry of out: row r = id / units, unit o = id % units, its sum
// taken in order of the inputs, as the CPU twin (math::nn::kernels::dense_forward) does.
// Dispatch: ceil(capacity·units / 64) workgroups along x.

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

@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> params: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;
@group(0) @binding(4) var<uniform> step: Step;

// The logistic function, without overflow for large |z| (the CPU twin's form).
fn sigmoid(z: f32) -> f32 {
    if z >= 0.0 {
        return 1.0 / (1.0 + exp(-z));
    }
    let e = exp(z);
    return e / (1.0 + e);
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let r = gid.x / dims.units;
    let o = gid.x % dims.units;
    if r >= step.rows {
        return;
    }
    var z = 0.0;
    let w = dims.w_at + o * dims.inputs;
    let xr = r * dims.inputs;
    for (var k = 0u; k < dims.inputs; k++) {
        z += x[xr + k] * params[w + k];
    }
    if dims.has_bias == 1u {
        z += params[dims.b_at + o];
    }
    switch dims.act {
        case 1u: {
            z = max(z, 0.0);
        }
        case 2u: {
            z = sigmoid(z);
        }
        case 3u: {
            z = tanh(z);
        }
        default: {}
    }
    out[r * dims.units + o] = z;
}

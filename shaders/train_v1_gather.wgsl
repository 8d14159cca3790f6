// Training, version 1: gathers one mini-batch, the samples the epoch's order names, into the
// batch buffers the first layer and the loss read. The data crossed to the GPU once.
//
// Bindings (group 0):
//   0  data     storage, read        every sample, its inputs then its targets,
//                                    samples×(features + targets), row-major f32
//   1  order    storage, read        the epoch's order of samples, u32
//   2  batch_x  storage, read_write  the batch's inputs, rows×features, overwritten
//   3  batch_y  storage, read_write  the batch's targets, rows×targets, overwritten
//   4  dims     uniform              Dims { features, targets }
//   5  step     uniform              Step: rows in this batch and where it starts in order
//
// One invocation copies one value: row r = id / (features + targets) of the batch, column
// j = id % (features + targets), an input where j < features and a target after.
// Dispatch: ceil(capacity·(features + targets) / 64) workgroups along x.

struct Dims {
    features: u32,
    targets: u32,
    unused0: u32,
    unused1: u32,
}

struct Step {
    rows: u32,
    start: u32,
    alpha: f32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read> data: array<f32>;
@group(0) @binding(1) var<storage, read> order: array<u32>;
@group(0) @binding(2) var<storage, read_write> batch_x: array<f32>;
@group(0) @binding(3) var<storage, read_write> batch_y: array<f32>;
@group(0) @binding(4) var<uniform> dims: Dims;
@group(0) @binding(5) var<uniform> step: Step;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let width = dims.features + dims.targets;
    let r = gid.x / width;
    let j = gid.x % width;
    if r >= step.rows {
        return;
    }
    let value = data[order[step.start + r] * width + j];
    if j < dims.features {
        batch_x[r * dims.features + j] = value;
    } else {
        batch_y[r * dims.targets + j - dims.features] = value;
    }
}

// Training, version 1: the batch's loss and its gradient at the output layer's logits.
//
// Bindings (group 0):
//   0  logits    storage, read        the output layer's z, rows×width, row-major f32
//   1  truth    storage, read        the batch's targets, rows×width
//   2  delta     storage, read_write  dL/dz, rows×width, overwritten
//   3  loss_sum  storage, read_write  one f32: the epoch's running sum of batch loss × rows
//   4  dims      uniform              Dims
//   5  step      uniform              Step: rows in this batch
//
// loss: 0 mean squared error, 1 binary cross-entropy (on sigmoid logits), 2 categorical
// cross-entropy (on softmax logits). act, the output activation for the squared error: 0 linear,
// 1 relu, 2 sigmoid, 3 tanh. The formulas are the CPU twin's (math::nn::loss): the
// cross-entropies are taken from the logits, so no logarithm of an underflowed 0 is taken.
// One workgroup of 64: one invocation takes rows r ≡ id (mod 64), writes their dL/dz and sums
// their loss; the workgroup adds the 64 sums, and invocation 0 adds the total × scale to
// loss_sum (scale = 1 / width for the means over every entry, 1 for the mean over rows).
// Dispatch: 1 workgroup.

struct Dims {
    width: u32,
    loss: u32,
    act: u32,
    unused0: u32,
    scale: f32,
    unused1: u32,
    unused2: u32,
    unused3: u32,
}

struct Step {
    rows: u32,
    start: u32,
    alpha: f32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read> logits: array<f32>;
@group(0) @binding(1) var<storage, read> truth: array<f32>;
@group(0) @binding(2) var<storage, read_write> delta: array<f32>;
@group(0) @binding(3) var<storage, read_write> loss_sum: array<f32>;
@group(0) @binding(4) var<uniform> dims: Dims;
@group(0) @binding(5) var<uniform> step: Step;

var<workgroup> partial: array<f32, 64>;

fn sigmoid(z: f32) -> f32 {
    if z >= 0.0 {
        return 1.0 / (1.0 + exp(-z));
    }
    let e = exp(z);
    return e / (1.0 + e);
}

// The row's loss; its dL/dz goes to delta.
fn row_loss(r: u32) -> f32 {
    let w = dims.width;
    let at = r * w;
    var total = 0.0;
    if dims.loss == 2u {
        var top = logits[at];
        for (var j = 1u; j < w; j++) {
            top = max(top, logits[at + j]);
        }
        var sum = 0.0;
        var weight = 0.0;
        for (var j = 0u; j < w; j++) {
            sum += exp(logits[at + j] - top);
            weight += truth[at + j];
        }
        let lse = top + log(sum);
        let scale = 1.0 / f32(step.rows);
        for (var j = 0u; j < w; j++) {
            let z = logits[at + j];
            let y = truth[at + j];
            total += y * (lse - z);
            delta[at + j] = scale * (exp(z - lse) * weight - y);
        }
        return total;
    }
    let scale = 1.0 / f32(step.rows * w);
    for (var j = 0u; j < w; j++) {
        let z = logits[at + j];
        let y = truth[at + j];
        if dims.loss == 1u {
            total += max(z, 0.0) - z * y + log(1.0 + exp(-abs(z)));
            delta[at + j] = scale * (sigmoid(z) - y);
        } else {
            var a = z;
            var slope = 1.0;
            switch dims.act {
                case 1u: {
                    a = max(z, 0.0);
                    slope = select(0.0, 1.0, a > 0.0);
                }
                case 2u: {
                    a = sigmoid(z);
                    slope = a * (1.0 - a);
                }
                case 3u: {
                    a = tanh(z);
                    slope = 1.0 - a * a;
                }
                default: {}
            }
            total += (a - y) * (a - y);
            delta[at + j] = 2.0 * scale * (a - y) * slope;
        }
    }
    return total;
}

@compute @workgroup_size(64)
fn main(@builtin(local_invocation_index) id: u32) {
    var mine = 0.0;
    for (var r = id; r < step.rows; r += 64u) {
        mine += row_loss(r);
    }
    partial[id] = mine;
    workgroupBarrier();
    for (var half = 32u; half > 0u; half /= 2u) {
        if id < half {
            partial[id] += partial[id + half];
        }
        workgroupBarrier();
    }
    if id == 0u {
        loss_sum[0] += partial[0] * dims.scale;
    }
}

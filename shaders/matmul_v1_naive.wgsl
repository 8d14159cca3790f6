// Matrix product C = A·B, version 1: naive, the reference the faster kernels are measured against.
//
// Bindings (group 0):
//   0  a     storage, read        A, m×k, row-major f32
//   1  b     storage, read        B, k×n, row-major f32
//   2  c     storage, read_write  C, m×n, row-major f32, overwritten
//   3  dims  uniform              Dims { m, k, n, unused }
//
// One invocation computes one entry: C[row, col] = Σ_p A[row, p]·B[p, col].
// Dispatch: ceil(n / 16) × ceil(m / 16) workgroups of 16×16 invocations.

struct Dims {
    m: u32,
    k: u32,
    n: u32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read> a: array<f32>;
@group(0) @binding(1) var<storage, read> b: array<f32>;
@group(0) @binding(2) var<storage, read_write> c: array<f32>;
@group(0) @binding(3) var<uniform> dims: Dims;

@compute @workgroup_size(16, 16)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
    let row = gid.y;
    let col = gid.x;
    // The grid is rounded up to whole workgroups; the extra invocations have no entry.
    if row >= dims.m || col >= dims.n {
        return;
    }
    var acc = 0.0;
    for (var p = 0u; p < dims.k; p++) {
        acc += a[row * dims.k + p] * b[p * dims.n + col];
    }
    c[row * dims.n + col] = acc;
}

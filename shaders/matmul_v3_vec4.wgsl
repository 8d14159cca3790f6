// Matrix product C = A·B, version 3: larger register blocks, read and written four floats at a time.
//
// Bindings (group 0), the same slots as versions 1 and 2, as vectors of four:
//   0  a     storage, read        A, m×k, row-major, k a multiple of 4 (the host pads with zeros)
//   1  b     storage, read        B, k×n, row-major, n a multiple of 4 (padded likewise)
//   2  c     storage, read_write  C, m×n, row-major, overwritten (the host drops the padding)
//   3  dims  uniform              Dims { m, k, n, unused }: k and n as padded
//
// One workgroup (16×16 invocations) computes a 128×64 tile of C. It walks k in steps of 16,
// staging a 128×16 panel of A and a 16×64 panel of B in workgroup memory (12 KiB) with
// vec4 loads, two of A and one of B per invocation. One invocation computes an 8×4 block
// of adjacent entries: rows 8·ly .. 8·ly + 7 of the tile, and the four columns of vector
// lx. Per four steps of k it reads eight vectors of A (invocations with the same ly read
// the same ones) and four of B, and does 32 vec4 multiply-adds: 2.7 times version 2's
// multiply-adds per workgroup-memory read.
// Dispatch: ceil(n / 64) × ceil(m / 128) workgroups.

struct Dims {
    m: u32,
    k: u32,
    n: u32,
    unused: u32,
}

@group(0) @binding(0) var<storage, read> a: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> b: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> c: array<vec4<f32>>;
@group(0) @binding(3) var<uniform> dims: Dims;

const ROWS: u32 = 128u;
const COLS: u32 = 64u;
const BK: u32 = 16u;

// A panel: 128 rows × 16 columns as 4 vectors per row, a_tile[r * 4 + p / 4].
var<workgroup> a_tile: array<vec4<f32>, 512>;
// B panel: 16 rows × 64 columns as 16 vectors per row, b_tile[p * 16 + col / 4].
var<workgroup> b_tile: array<vec4<f32>, 256>;

@compute @workgroup_size(16, 16)
fn main(
    @builtin(workgroup_id) wg: vec3<u32>,
    @builtin(local_invocation_id) lid: vec3<u32>,
) {
    let row0 = wg.y * ROWS;
    let col0 = wg.x * COLS / 4u;
    let tid = lid.y * 16u + lid.x;
    let k4 = dims.k / 4u;
    let n4 = dims.n / 4u;

    // acc[i] is C[row0 + 8 ly + i, the four columns of vector col0 + lx].
    var acc: array<vec4<f32>, 8>;

    // This invocation's share of the B panel: row tid / 16, vector tid % 16.
    let bc = col0 + tid % 16u;

    for (var p0 = 0u; p0 < dims.k; p0 += BK) {
        // 256 invocations stage 512 vectors of A: vectors tid and tid + 256.
        for (var s = 0u; s < 2u; s++) {
            let idx = tid + 256u * s;
            let ar = row0 + idx / 4u;
            let aq = p0 / 4u + idx % 4u;
            var av = vec4<f32>(0.0);
            if ar < dims.m && aq < k4 {
                av = a[ar * k4 + aq];
            }
            a_tile[idx] = av;
        }
        let bp = p0 + tid / 16u;
        var bv = vec4<f32>(0.0);
        if bp < dims.k && bc < n4 {
            bv = b[bp * n4 + bc];
        }
        b_tile[tid] = bv;
        workgroupBarrier();

        for (var q = 0u; q < BK / 4u; q++) {
            let b0 = b_tile[(4u * q) * 16u + lid.x];
            let b1 = b_tile[(4u * q + 1u) * 16u + lid.x];
            let b2 = b_tile[(4u * q + 2u) * 16u + lid.x];
            let b3 = b_tile[(4u * q + 3u) * 16u + lid.x];
            for (var i = 0u; i < 8u; i++) {
                let x = a_tile[(8u * lid.y + i) * 4u + q];
                acc[i] += x.x * b0 + x.y * b1 + x.z * b2 + x.w * b3;
            }
        }
        // The next panel overwrites the tiles only after every invocation has read them.
        workgroupBarrier();
    }

    let col = col0 + lid.x;
    if col < n4 {
        for (var i = 0u; i < 8u; i++) {
            let row = row0 + 8u * lid.y + i;
            if row < dims.m {
                c[row * n4 + col] = acc[i];
            }
        }
    }
}

// Matrix product C = A·B, version 2: shared-memory tiles and a 4×4 register block per invocation.
//
// Bindings (group 0), the same as version 1:
//   0  a     storage, read        A, m×k, row-major f32
//   1  b     storage, read        B, k×n, row-major f32
//   2  c     storage, read_write  C, m×n, row-major f32, overwritten
//   3  dims  uniform              Dims { m, k, n, unused }
//
// One workgroup (16×16 invocations) computes a 64×64 tile of C. It walks k in steps
// of 16, staging a 64×16 panel of A and a 16×64 panel of B in workgroup memory, so
// each value read from global memory is used 64 times instead of once.
// One invocation computes 16 entries of that tile: rows ly + 16·i and columns
// lx + 16·j for i, j in 0..4. The stride of 16 (not 4 adjacent entries) keeps
// neighbouring invocations on neighbouring words of workgroup memory.
// Entries past the edges of A and B are staged as zeros, so any m, k, n works.
// Dispatch: ceil(n / 64) × ceil(m / 64) workgroups.

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

const TILE: u32 = 64u;
const BK: u32 = 16u;

// A panel: 64 rows × 16 columns, a_tile[r * BK + p].
var<workgroup> a_tile: array<f32, 1024>;
// B panel: 16 rows × 64 columns, b_tile[p * TILE + col].
var<workgroup> b_tile: array<f32, 1024>;

@compute @workgroup_size(16, 16)
fn main(
    @builtin(workgroup_id) wg: vec3<u32>,
    @builtin(local_invocation_id) lid: vec3<u32>,
) {
    let row0 = wg.y * TILE;
    let col0 = wg.x * TILE;
    let tid = lid.y * 16u + lid.x;

    // acc[i][j] is C[row0 + ly + 16i, col0 + lx + 16j].
    var acc: array<vec4<f32>, 4>;

    for (var p0 = 0u; p0 < dims.k; p0 += BK) {
        // 256 invocations stage 1024 values of each panel: 4 each.
        for (var s = 0u; s < 4u; s++) {
            let idx = tid + s * 256u;

            let ar = row0 + idx / BK;
            let ap = p0 + idx % BK;
            var av = 0.0;
            if ar < dims.m && ap < dims.k {
                av = a[ar * dims.k + ap];
            }
            a_tile[idx] = av;

            let bp = p0 + idx / TILE;
            let bc = col0 + idx % TILE;
            var bv = 0.0;
            if bp < dims.k && bc < dims.n {
                bv = b[bp * dims.n + bc];
            }
            b_tile[idx] = bv;
        }
        workgroupBarrier();

        for (var p = 0u; p < BK; p++) {
            let bv = vec4<f32>(
                b_tile[p * TILE + lid.x],
                b_tile[p * TILE + lid.x + 16u],
                b_tile[p * TILE + lid.x + 32u],
                b_tile[p * TILE + lid.x + 48u],
            );
            for (var i = 0u; i < 4u; i++) {
                acc[i] += a_tile[(lid.y + 16u * i) * BK + p] * bv;
            }
        }
        // The next panel overwrites the tiles only after every invocation has read them.
        workgroupBarrier();
    }

    for (var i = 0u; i < 4u; i++) {
        let row = row0 + lid.y + 16u * i;
        if row < dims.m {
            for (var j = 0u; j < 4u; j++) {
                let col = col0 + lid.x + 16u * j;
                if col < dims.n {
                    c[row * dims.n + col] = acc[i][j];
                }
            }
        }
    }
}

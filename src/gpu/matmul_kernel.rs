//! The matrix-product kernels: their files, and the workgroups and row padding each wants.

/// The numbered matrix-product kernels in `shaders/`, slowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatmulKernel {
    /// `matmul_v1_naive.wgsl`: one invocation per entry of C; the reference.
    V1Naive,
    /// `matmul_v2_tiled.wgsl`: 64×64 tiles in workgroup memory, 4×4 entries per invocation.
    V2Tiled,
    /// `matmul_v3_vec4.wgsl`: version 2's tiles read and written as vectors of four, each
    /// invocation a 4×4 block of adjacent entries; k and n padded to multiples of 4.
    V3Vec4,
}

impl MatmulKernel {
    /// Every kernel, in version order.
    pub const ALL: [MatmulKernel; 3] = [
        MatmulKernel::V1Naive,
        MatmulKernel::V2Tiled,
        MatmulKernel::V3Vec4,
    ];

    /// The kernel [`GpuContext::matmul`] uses: the fastest one measured.
    pub const BEST: MatmulKernel = MatmulKernel::V3Vec4;

    /// The shader's file name.
    pub fn file_name(self) -> &'static str {
        match self {
            MatmulKernel::V1Naive => "matmul_v1_naive.wgsl",
            MatmulKernel::V2Tiled => "matmul_v2_tiled.wgsl",
            MatmulKernel::V3Vec4 => "matmul_v3_vec4.wgsl",
        }
    }

    /// The shader as the device compiles it: `shaders/` without comments (see `build.rs`).
    pub fn source(self) -> &'static str {
        match self {
            MatmulKernel::V1Naive => {
                include_str!(concat!(env!("OUT_DIR"), "/matmul_v1_naive.wgsl"))
            }
            MatmulKernel::V2Tiled => {
                include_str!(concat!(env!("OUT_DIR"), "/matmul_v2_tiled.wgsl"))
            }
            MatmulKernel::V3Vec4 => {
                include_str!(concat!(env!("OUT_DIR"), "/matmul_v3_vec4.wgsl"))
            }
        }
    }

    /// Workgroups to dispatch along x (columns of C) and y (rows of C).
    pub(super) fn grid(self, m: usize, n: usize) -> (usize, usize) {
        let (rows, cols) = match self {
            MatmulKernel::V1Naive => (16, 16),
            MatmulKernel::V2Tiled => (64, 64),
            MatmulKernel::V3Vec4 => (128, 64),
        };
        (n.div_ceil(cols), m.div_ceil(rows))
    }

    /// A row of `cols` values as the kernel reads it: version 3 reads vectors of four, so its
    /// rows of A and B (and C's) are padded with zeros to a multiple of 4.
    pub(super) fn padded(self, cols: usize) -> usize {
        match self {
            MatmulKernel::V3Vec4 => cols.next_multiple_of(4),
            MatmulKernel::V1Naive | MatmulKernel::V2Tiled => cols,
        }
    }
}

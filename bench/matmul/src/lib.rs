//! The benchmark's wasm module: Eigenplay's CPU product, nalgebra's, and the WebGPU kernels,
//! driven and timed by `page.js`.

// The app's own crate (without its UI): the product and the kernels the page runs.
pub use eigenplay::gpu;
pub use eigenplay::math;
use eigenplay::math::gemm;
use nalgebra::DMatrix;

/// The larger of two differences, NaN if either is (`f64::max` would drop a NaN).
fn worse(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.max(b)
    }
}

/// Fixed-seed entries in [-1, 1).
pub fn random(len: usize, seed: u64) -> Vec<f64> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0
        })
        .collect()
}

/// Two n×n inputs and an output, in every form the contenders want.
pub struct Case {
    n: usize,
    a64: Vec<f64>,
    b64: Vec<f64>,
    c64: Vec<f64>,
    a32: Vec<f32>,
    b32: Vec<f32>,
    c32: Vec<f32>,
    na64: (DMatrix<f64>, DMatrix<f64>, DMatrix<f64>),
    na32: (DMatrix<f32>, DMatrix<f32>, DMatrix<f32>),
}

impl Case {
    /// Fresh inputs of size n×n.
    pub fn new(n: usize) -> Case {
        let a64 = random(n * n, 1);
        let b64 = random(n * n, 2);
        let a32: Vec<f32> = a64.iter().map(|&v| v as f32).collect();
        let b32: Vec<f32> = b64.iter().map(|&v| v as f32).collect();
        Case {
            n,
            na64: (
                DMatrix::from_row_slice(n, n, &a64),
                DMatrix::from_row_slice(n, n, &b64),
                DMatrix::zeros(n, n),
            ),
            na32: (
                DMatrix::from_row_slice(n, n, &a32),
                DMatrix::from_row_slice(n, n, &b32),
                DMatrix::zeros(n, n),
            ),
            c64: vec![0.0; n * n],
            c32: vec![0.0; n * n],
            a64,
            b64,
            a32,
            b32,
        }
    }

    /// Eigenplay, f32.
    pub fn eigenplay_f32(&mut self) {
        let n = self.n;
        gemm::gemm_f32(&self.a32, &self.b32, &mut self.c32, n, n, n);
    }

    /// Eigenplay, f64.
    pub fn eigenplay_f64(&mut self) {
        let n = self.n;
        gemm::gemm_f64(&self.a64, &self.b64, &mut self.c64, n, n, n);
    }

    /// nalgebra's own product (matrixmultiply underneath), f32, into a preallocated C.
    pub fn nalgebra_f32(&mut self) {
        let (a, b, c) = &mut self.na32;
        c.gemm(1.0, a, b, 0.0);
    }

    /// nalgebra's own product, f64.
    pub fn nalgebra_f64(&mut self) {
        let (a, b, c) = &mut self.na64;
        c.gemm(1.0, a, b, 0.0);
    }

    /// The largest difference between Eigenplay's and nalgebra's last f32 and f64 results.
    pub fn disagreement(&self) -> f64 {
        let n = self.n;
        let mut worst = 0.0f64;
        for i in 0..n {
            for j in 0..n {
                worst = worse(worst, (self.c64[i * n + j] - self.na64.2[(i, j)]).abs());
                let d32 = (self.c32[i * n + j] - self.na32.2[(i, j)]).abs();
                worst = worse(worst, f64::from(d32));
            }
        }
        worst
    }

    /// The largest |c − Eigenplay's last f32 result|, for a GPU product of the same inputs.
    pub fn disagreement_f32(&self, c: &[f32]) -> f64 {
        if c.len() != self.c32.len() {
            return f64::INFINITY;
        }
        c.iter()
            .zip(&self.c32)
            .map(|(x, y)| f64::from((x - y).abs()))
            .fold(0.0, worse)
    }

    /// The f32 inputs, row-major.
    pub fn inputs_f32(&self) -> (&[f32], &[f32]) {
        (&self.a32, &self.b32)
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    //! The JavaScript face: `page.js` builds cases and times each call with performance.now().

    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    use crate::gpu::{GpuContext, MatmulKernel};

    /// One benchmark size, held on the wasm side.
    #[wasm_bindgen]
    pub struct Bench(crate::Case);

    #[wasm_bindgen]
    impl Bench {
        /// Inputs of size n×n.
        #[wasm_bindgen(constructor)]
        pub fn new(n: usize) -> Bench {
            Bench(crate::Case::new(n))
        }
        /// Runs one contender once: "eigenplay_f32", "eigenplay_f64", "nalgebra_f32", "nalgebra_f64".
        pub fn run(&mut self, which: &str) {
            match which {
                "eigenplay_f32" => self.0.eigenplay_f32(),
                "eigenplay_f64" => self.0.eigenplay_f64(),
                "nalgebra_f32" => self.0.nalgebra_f32(),
                "nalgebra_f64" => self.0.nalgebra_f64(),
                other => wasm_bindgen::throw_str(&format!("unknown contender {other}")),
            }
        }
        /// The largest |Eigenplay − nalgebra| over the last results.
        pub fn disagreement(&self) -> f64 {
            self.0.disagreement()
        }
        /// The f32 inputs, for TensorFlow.js.
        pub fn a_f32(&self) -> Vec<f32> {
            self.0.inputs_f32().0.to_vec()
        }
        /// The f32 inputs, for TensorFlow.js.
        pub fn b_f32(&self) -> Vec<f32> {
            self.0.inputs_f32().1.to_vec()
        }
        /// Eigenplay's last f32 result, to check TensorFlow.js against.
        pub fn c_f32(&self) -> Vec<f32> {
            self.0.c32.clone()
        }
    }

    /// Whether this module was built with simd128.
    #[wasm_bindgen]
    pub fn simd128() -> bool {
        cfg!(target_feature = "simd128")
    }

    thread_local! {
        static GPU: RefCell<Option<std::rc::Rc<GpuContext>>> = const { RefCell::new(None) };
    }

    /// Starts WebGPU; returns the status line ("WebGPU · …" or "CPU · …").
    #[wasm_bindgen]
    pub async fn gpu_init() -> String {
        match GpuContext::new().await {
            Ok(ctx) => {
                let line = format!("WebGPU · {}", ctx.adapter_name());
                GPU.with(|g| *g.borrow_mut() = Some(std::rc::Rc::new(ctx)));
                line
            }
            Err(why) => format!("CPU · {why}"),
        }
    }

    /// One f32 product n×n on WebGPU with kernel version 1, 2 or 3, upload and readback
    /// included; returns max |GPU − CPU| so the page can check it, and throws when the
    /// GPU computed nothing.
    #[wasm_bindgen]
    pub async fn gpu_matmul(bench: &Bench, version: u32) -> f64 {
        let Some(ctx) = GPU.with(|g| g.borrow().clone()) else {
            wasm_bindgen::throw_str("gpu_init found no adapter");
        };
        let Some(&kernel) = MatmulKernel::ALL.get((version as usize).wrapping_sub(1)) else {
            wasm_bindgen::throw_str(&format!("no kernel version {version}"));
        };
        let n = bench.0.n;
        let (a, b) = bench.0.inputs_f32();
        match ctx.matmul_with(kernel, a, b, n, n, n).await {
            Ok(c) => bench.0.disagreement_f32(&c),
            Err(why) => wasm_bindgen::throw_str(&format!("WebGPU v{version}, n = {n}: {why}")),
        }
    }
}

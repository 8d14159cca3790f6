//! The hot loops of a dense layer and of the optimizers, over contiguous
//! row-major `f64` slices.
//!
//! A batch is `rows × width`, stored row by row; a weight matrix is `(out, in)`,
//! stored row by row. No loop allocates.
//!
//! **Same bits everywhere.** Each product entry is summed in the order of the
//! naive loop (`0 + a₀b₀ + a₁b₁ + …`), and every vector lane does exactly what the
//! scalar code would (see [`lanes`]), so the blocked kernels give the naive loops'
//! bits, and native and wasm builds give each other's.
//!
//! **Speed.** The three products of a layer (forward, weight gradient, input
//! gradient) are one strided kernel, [`product`], that keeps a 4×4 tile of the
//! result in eight two-lane accumulators: each value loaded feeds several
//! multiply-adds, and the tile's sums run side by side, so none waits on the
//! latency of the one before. The release profile optimises for size, which
//! turns off LLVM's vectorisers and unrolling, so the tiles are written out by
//! hand. Keras example (5→64→32→1, batch 32, 50 epochs, release profile), before
//! → after this kernel: native 12.9 → 6.2 ms, wasm in Chromium 22.9 → 11.7 ms
//! (`tests/nn/bench.rs`, `tests/nn_speed.rs`).

mod lanes;
mod pointwise;

pub use pointwise::{adam_update, momentum_update, relu, relu_backprop, sgd_update, AdamStep};

use lanes::F2;
use std::mem::MaybeUninit;

/// x · y over the first `min(len)` entries, with four partial sums.
pub fn dot(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    let (x, y) = (&x[..n], &y[..n]);
    let mut acc = [0.0; 4];
    let quads = n / 4 * 4;
    let mut k = 0;
    while k < quads {
        acc[0] += x[k] * y[k];
        acc[1] += x[k + 1] * y[k + 1];
        acc[2] += x[k + 2] * y[k + 2];
        acc[3] += x[k + 3] * y[k + 3];
        k += 4;
    }
    let mut tail = 0.0;
    for k in quads..n {
        tail += x[k] * y[k];
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// y += a · x.
pub fn axpy(a: f64, x: &[f64], y: &mut [f64]) {
    let n = x.len().min(y.len());
    let (x, y) = (&x[..n], &mut y[..n]);
    for k in 0..n {
        y[k] += a * x[k];
    }
}

/// The shape and strides of one product `C(i, j) (+)= Σ_p A(i, p) · B(p, j)`.
///
/// A is read through two strides, so the same kernel reads δ, x and δᵀ; B and C
/// must have contiguous rows (j), which is what the two-lane loads run along.
#[derive(Clone, Copy)]
struct Product {
    m: usize,
    n: usize,
    depth: usize,
    a: *const f64,
    /// A(i, p) is `a[i * a_row + p * a_step]`.
    a_row: usize,
    a_step: usize,
    b: *const f64,
    /// B(p, j) is `b[p * b_row + j]`.
    b_row: usize,
    c: *mut f64,
    /// C(i, j) is `c[i * c_row + j]`.
    c_row: usize,
    /// Add to C's values instead of overwriting them.
    accumulate: bool,
}

/// C (+)= A·B with each entry summed in order of p, as the naive loop does.
///
/// # Panics
/// If an index the shape and strides reach lies outside its slice.
#[allow(clippy::too_many_arguments)]
fn product(
    (m, n, depth): (usize, usize, usize),
    a: &[f64],
    (a_row, a_step): (usize, usize),
    b: &[f64],
    b_row: usize,
    c: &mut [f64],
    c_row: usize,
    accumulate: bool,
) {
    if m == 0 || n == 0 {
        return;
    }
    // The largest index each operand is read or written at; everything below is in bounds.
    assert!((m - 1) * c_row + n <= c.len(), "C too short");
    if depth > 0 {
        assert!(
            (m - 1) * a_row + (depth - 1) * a_step < a.len(),
            "A too short"
        );
        assert!((depth - 1) * b_row + n <= b.len(), "B too short");
    }
    let k = Product {
        m,
        n,
        depth,
        a: a.as_ptr(),
        a_row,
        a_step,
        b: b.as_ptr(),
        b_row,
        c: c.as_mut_ptr(),
        c_row,
        accumulate,
    };
    // SAFETY: the asserts above bound every index the tiles touch: i < m, j < n, p < depth.
    unsafe { k.run() }
}

impl Product {
    /// # Safety
    /// Every A(i, p), B(p, j), C(i, j) with i < m, j < n, p < depth must be in bounds.
    unsafe fn run(&self) {
        let mut i = 0;
        while i + 4 <= self.m {
            let mut j = 0;
            while j + 4 <= self.n {
                // SAFETY (all calls): i + 4 ≤ m or i < m, j + width ≤ n, per the caller.
                unsafe { self.tile_4x4(i, j) };
                j += 4;
            }
            if j + 2 <= self.n {
                unsafe { self.tile_4x2(i, j) };
                j += 2;
            }
            if j < self.n {
                unsafe { self.tile_4x1(i, j) };
            }
            i += 4;
        }
        while i < self.m {
            let mut j = 0;
            while j + 4 <= self.n {
                unsafe { self.tile_1x4(i, j) };
                j += 4;
            }
            if j + 2 <= self.n {
                unsafe { self.tile_1x2(i, j) };
                j += 2;
            }
            if j < self.n {
                unsafe { self.tile_1x1(i, j) };
            }
            i += 1;
        }
    }

    /// C's two lanes at `p`, or zeros when the product overwrites C.
    #[inline(always)]
    unsafe fn start(&self, p: *const f64) -> F2 {
        if self.accumulate {
            // SAFETY: the tile's caller vouches for C.
            unsafe { F2::load(p) }
        } else {
            F2::zero()
        }
    }

    #[inline(always)]
    unsafe fn start1(&self, p: *const f64) -> f64 {
        if self.accumulate {
            // SAFETY: the tile's caller vouches for C.
            unsafe { *p }
        } else {
            0.0
        }
    }

    /// Rows i..i+4, columns j..j+4 of C: eight accumulators, two B loads and four
    /// broadcast A loads per step of p.
    #[inline(always)]
    unsafe fn tile_4x4(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and columns j..j+4 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c00, mut c01) = (self.start(c), self.start(c.add(2)));
            let (mut c10, mut c11) = (self.start(c.add(cr)), self.start(c.add(cr + 2)));
            let (mut c20, mut c21) = (self.start(c.add(2 * cr)), self.start(c.add(2 * cr + 2)));
            let (mut c30, mut c31) = (self.start(c.add(3 * cr)), self.start(c.add(3 * cr + 2)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let (b0, b1) = (F2::load(b), F2::load(b.add(2)));
                let x = F2::load_splat(a);
                c00 = c00.add(x.mul(b0));
                c01 = c01.add(x.mul(b1));
                let x = F2::load_splat(a.add(ar));
                c10 = c10.add(x.mul(b0));
                c11 = c11.add(x.mul(b1));
                let x = F2::load_splat(a.add(2 * ar));
                c20 = c20.add(x.mul(b0));
                c21 = c21.add(x.mul(b1));
                let x = F2::load_splat(a.add(3 * ar));
                c30 = c30.add(x.mul(b0));
                c31 = c31.add(x.mul(b1));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c00.store(c);
            c01.store(c.add(2));
            c10.store(c.add(cr));
            c11.store(c.add(cr + 2));
            c20.store(c.add(2 * cr));
            c21.store(c.add(2 * cr + 2));
            c30.store(c.add(3 * cr));
            c31.store(c.add(3 * cr + 2));
        }
    }

    /// Rows i..i+4, columns j..j+2.
    #[inline(always)]
    unsafe fn tile_4x2(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and columns j..j+2 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c0, mut c1) = (self.start(c), self.start(c.add(cr)));
            let (mut c2, mut c3) = (self.start(c.add(2 * cr)), self.start(c.add(3 * cr)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let b0 = F2::load(b);
                c0 = c0.add(F2::load_splat(a).mul(b0));
                c1 = c1.add(F2::load_splat(a.add(ar)).mul(b0));
                c2 = c2.add(F2::load_splat(a.add(2 * ar)).mul(b0));
                c3 = c3.add(F2::load_splat(a.add(3 * ar)).mul(b0));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
            c1.store(c.add(cr));
            c2.store(c.add(2 * cr));
            c3.store(c.add(3 * cr));
        }
    }

    /// Rows i..i+4 of column j, in scalars: four independent sums.
    #[inline(always)]
    unsafe fn tile_4x1(&self, i: usize, j: usize) {
        let (ar, cr) = (self.a_row, self.c_row);
        // SAFETY (whole body): rows i..i+4 and column j are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * cr + j);
            let (mut c0, mut c1) = (self.start1(c), self.start1(c.add(cr)));
            let (mut c2, mut c3) = (self.start1(c.add(2 * cr)), self.start1(c.add(3 * cr)));
            let mut a = self.a.add(i * ar);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let y = *b;
                c0 += *a * y;
                c1 += *a.add(ar) * y;
                c2 += *a.add(2 * ar) * y;
                c3 += *a.add(3 * ar) * y;
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            *c = c0;
            *c.add(cr) = c1;
            *c.add(2 * cr) = c2;
            *c.add(3 * cr) = c3;
        }
    }

    /// Row i, columns j..j+4.
    #[inline(always)]
    unsafe fn tile_1x4(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and columns j..j+4 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let (mut c0, mut c1) = (self.start(c), self.start(c.add(2)));
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                let x = F2::load_splat(a);
                c0 = c0.add(x.mul(F2::load(b)));
                c1 = c1.add(x.mul(F2::load(b.add(2))));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
            c1.store(c.add(2));
        }
    }

    /// Row i, columns j..j+2.
    #[inline(always)]
    unsafe fn tile_1x2(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and columns j..j+2 are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let mut c0 = self.start(c);
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                c0 = c0.add(F2::load_splat(a).mul(F2::load(b)));
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            c0.store(c);
        }
    }

    /// Row i, column j.
    #[inline(always)]
    unsafe fn tile_1x1(&self, i: usize, j: usize) {
        // SAFETY (whole body): row i and column j are in bounds (see `run`).
        unsafe {
            let c = self.c.add(i * self.c_row + j);
            let mut c0 = self.start1(c);
            let mut a = self.a.add(i * self.a_row);
            let mut b = self.b.add(j);
            let mut p = 0;
            while p < self.depth {
                c0 += *a * *b;
                a = a.add(self.a_step);
                b = b.add(self.b_row);
                p += 1;
            }
            *c = c0;
        }
    }
}

/// Wᵀ is packed into a stack panel of at most this many values (16 KiB) per pass.
const PANEL: usize = 2048;

/// out = x Wᵀ + b for a batch: `x` is (rows, n_in), `w` is (n_out, n_in), `out` is (rows, n_out).
///
/// Each output is `(Σ_k x[r,k]·w[o,k]) + b[o]`, summed in order of k.
pub fn dense_forward(x: &[f64], w: &[f64], b: Option<&[f64]>, n_in: usize, out: &mut [f64]) {
    let n_out = w.len() / n_in;
    let rows = out.len() / n_out;
    if n_out == 1 {
        // A single row of W is already the one column of Wᵀ.
        product((rows, 1, n_in), x, (n_in, 1), w, 1, out, 1, false);
    } else {
        // The product runs its lanes along the outputs, so it reads Wᵀ, (n_in, n_out):
        // packed here in blocks of kc inputs × oc outputs. Unset values are never read.
        let mut panel = [MaybeUninit::<f64>::uninit(); PANEL];
        let kc = n_in.min(PANEL / 4);
        let oc_max = (PANEL / kc).min(n_out);
        let mut o0 = 0;
        while o0 < n_out {
            let oc = oc_max.min(n_out - o0);
            let mut k0 = 0;
            while k0 < n_in {
                let kn = kc.min(n_in - k0);
                for kk in 0..kn {
                    let src = &w[o0 * n_in + k0 + kk..];
                    let dst = &mut panel[kk * oc..(kk + 1) * oc];
                    for jj in 0..oc {
                        dst[jj] = MaybeUninit::new(src[jj * n_in]);
                    }
                }
                // SAFETY: the loop above set panel[..kn * oc].
                let wt = unsafe { std::slice::from_raw_parts(panel.as_ptr().cast(), kn * oc) };
                let (xs, outs) = (&x[k0..], &mut out[o0..]);
                product((rows, oc, kn), xs, (n_in, 1), wt, oc, outs, n_out, k0 > 0);
                k0 += kn;
            }
            o0 += oc;
        }
    }
    if let Some(b) = b {
        let b = &b[..n_out];
        for r in 0..rows {
            add_in_place(&mut out[r * n_out..(r + 1) * n_out], b);
        }
    }
}

/// y += x, two lanes at a time. Inlined: it runs once per row of a batch, and a
/// call costs as much as a row of 32 adds.
#[inline(always)]
fn add_in_place(y: &mut [f64], x: &[f64]) {
    let n = y.len().min(x.len());
    let (y, x) = (&mut y[..n], &x[..n]);
    let mut k = 0;
    while k + 2 <= n {
        // SAFETY: k + 1 < n for both slices.
        unsafe {
            let v = F2::load(y.as_ptr().add(k)).add(F2::load(x.as_ptr().add(k)));
            v.store(y.as_mut_ptr().add(k));
        }
        k += 2;
    }
    if k < n {
        y[k] += x[k];
    }
}

/// Accumulates dW += δᵀ x and db += Σ_rows δ, the parameter gradients of one layer.
///
/// `delta` is (rows, n_out), `x` is (rows, n_in), `gw` is (n_out, n_in); each
/// entry adds its terms in order of the rows.
pub fn dense_grad_params(
    delta: &[f64],
    x: &[f64],
    n_in: usize,
    gw: &mut [f64],
    gb: Option<&mut [f64]>,
) {
    let n_out = gw.len() / n_in;
    let rows = delta.len() / n_out;
    // dW(o, k) += Σ_r δ(r, o) x(r, k): A = δᵀ read with strides (1, n_out), B = x.
    product(
        (n_out, n_in, rows),
        delta,
        (1, n_out),
        x,
        n_in,
        gw,
        n_in,
        true,
    );
    if let Some(gb) = gb {
        for r in 0..rows {
            add_in_place(&mut gb[..n_out], &delta[r * n_out..(r + 1) * n_out]);
        }
    }
}

/// dX = δ W: the gradient passed back to the layer's input. `dx` is (rows, n_in).
pub fn dense_grad_input(delta: &[f64], w: &[f64], n_in: usize, dx: &mut [f64]) {
    let n_out = w.len() / n_in;
    let rows = dx.len() / n_in;
    product(
        (rows, n_in, n_out),
        delta,
        (n_out, 1),
        w,
        n_in,
        dx,
        n_in,
        false,
    );
}

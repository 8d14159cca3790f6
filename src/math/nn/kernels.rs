//! The hot loops of a dense layer, over contiguous row-major `f64` slices.
//!
//! A batch is `rows × width`, stored row by row; a weight matrix is `(out, in)`,
//! stored row by row, so every inner loop walks memory in order. No loop
//! allocates.
//!
//! The release profile optimises for size, which turns off LLVM's vectorisers
//! and most inlining, so these loops are written to be fast as plain scalar
//! code: plain index loops (no iterator adaptors left un-inlined), four
//! outputs or four rows per pass so each load feeds several multiply-adds, and
//! no fused multiply-add, so native and wasm give the same bits.
//! Measured on the Keras example (5→64→32→1, batch 32, 50 epochs, native,
//! release profile): 17 ms with one dot product or axpy per output, 12 ms blocked.

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

/// y += a₀x₀ + a₁x₁ + a₂x₂ + a₃x₃, one pass over y instead of four.
fn axpy4(a: [f64; 4], x: [&[f64]; 4], y: &mut [f64]) {
    let n = y.len();
    let (x0, x1, x2, x3) = (&x[0][..n], &x[1][..n], &x[2][..n], &x[3][..n]);
    for k in 0..n {
        y[k] += a[0] * x0[k] + a[1] * x1[k] + a[2] * x2[k] + a[3] * x3[k];
    }
}

/// Collects nonzero (coefficient, row) pairs four at a time and applies them
/// with [`axpy4`]; ReLU zeroes about half the deltas, and a zero adds nothing.
fn sparse_axpy(
    coef: impl Iterator<Item = (f64, usize)>,
    rows: &[f64],
    width: usize,
    y: &mut [f64],
) {
    let row = |i: usize| &rows[i * width..(i + 1) * width];
    let (mut a, mut idx, mut filled) = ([0.0; 4], [0usize; 4], 0);
    for (c, i) in coef {
        if c == 0.0 {
            continue;
        }
        a[filled] = c;
        idx[filled] = i;
        filled += 1;
        if filled == 4 {
            axpy4(a, [row(idx[0]), row(idx[1]), row(idx[2]), row(idx[3])], y);
            filled = 0;
        }
    }
    for j in 0..filled {
        axpy(a[j], row(idx[j]), y);
    }
}

/// out = x Wᵀ + b for a batch: `x` is (rows, n_in), `w` is (n_out, n_in), `out` is (rows, n_out).
pub fn dense_forward(x: &[f64], w: &[f64], b: Option<&[f64]>, n_in: usize, out: &mut [f64]) {
    let n_out = w.len() / n_in;
    let rows = out.len() / n_out;
    let quads = n_out / 4 * 4;
    for r in 0..rows {
        let xr = &x[r * n_in..(r + 1) * n_in];
        let zr = &mut out[r * n_out..(r + 1) * n_out];
        let mut o = 0;
        while o < quads {
            // Four outputs at once: each x value loaded once feeds four products.
            let w0 = &w[o * n_in..(o + 1) * n_in];
            let w1 = &w[(o + 1) * n_in..(o + 2) * n_in];
            let w2 = &w[(o + 2) * n_in..(o + 3) * n_in];
            let w3 = &w[(o + 3) * n_in..(o + 4) * n_in];
            let mut acc = [0.0; 4];
            for k in 0..n_in {
                let xk = xr[k];
                acc[0] += xk * w0[k];
                acc[1] += xk * w1[k];
                acc[2] += xk * w2[k];
                acc[3] += xk * w3[k];
            }
            // Element by element: a 4-value copy_from_slice becomes a memcpy call at opt-level z.
            zr[o] = acc[0];
            zr[o + 1] = acc[1];
            zr[o + 2] = acc[2];
            zr[o + 3] = acc[3];
            o += 4;
        }
        for o in quads..n_out {
            zr[o] = dot(xr, &w[o * n_in..(o + 1) * n_in]);
        }
        if let Some(b) = b {
            for o in 0..n_out {
                zr[o] += b[o];
            }
        }
    }
}

/// Accumulates dW += δᵀ x and db += Σ_rows δ, the parameter gradients of one layer.
///
/// `delta` is (rows, n_out), `x` is (rows, n_in), `gw` is (n_out, n_in).
pub fn dense_grad_params(
    delta: &[f64],
    x: &[f64],
    n_in: usize,
    gw: &mut [f64],
    gb: Option<&mut [f64]>,
) {
    let n_out = gw.len() / n_in;
    let rows = delta.len() / n_out;
    for o in 0..n_out {
        // Row o of dW gathers row r of x weighted by δ[r, o], over the batch.
        let coef = (0..rows).map(|r| (delta[r * n_out + o], r));
        sparse_axpy(coef, x, n_in, &mut gw[o * n_in..(o + 1) * n_in]);
    }
    if let Some(gb) = gb {
        for r in 0..rows {
            for o in 0..n_out {
                gb[o] += delta[r * n_out + o];
            }
        }
    }
}

/// dX = δ W: the gradient passed back to the layer's input. `dx` is (rows, n_in).
pub fn dense_grad_input(delta: &[f64], w: &[f64], n_in: usize, dx: &mut [f64]) {
    let n_out = w.len() / n_in;
    let rows = dx.len() / n_in;
    for r in 0..rows {
        let dxr = &mut dx[r * n_in..(r + 1) * n_in];
        for v in dxr.iter_mut() {
            *v = 0.0;
        }
        let d = &delta[r * n_out..(r + 1) * n_out];
        sparse_axpy((0..n_out).map(|o| (d[o], o)), w, n_in, dxr);
    }
}

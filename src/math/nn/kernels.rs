//! The hot loops of a dense layer, over contiguous row-major `f64` slices.
//!
//! A batch is `rows × width`, stored row by row; a weight matrix is `(out, in)`,
//! stored row by row, so both the forward dot products and the backward
//! row updates walk memory in order. No loop allocates.

/// x · y with four independent partial sums, so the adds can overlap in the
/// pipeline even where the compiler does not vectorise (the release profile
/// optimises for size).
#[inline]
pub fn dot(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    let (x, y) = (&x[..n], &y[..n]);
    let mut acc = [0.0; 4];
    let mut xc = x.chunks_exact(4);
    let mut yc = y.chunks_exact(4);
    for (a, b) in (&mut xc).zip(&mut yc) {
        acc[0] += a[0] * b[0];
        acc[1] += a[1] * b[1];
        acc[2] += a[2] * b[2];
        acc[3] += a[3] * b[3];
    }
    let mut tail = 0.0;
    for (a, b) in xc.remainder().iter().zip(yc.remainder()) {
        tail += a * b;
    }
    (acc[0] + acc[1]) + (acc[2] + acc[3]) + tail
}

/// y += alpha · x.
#[inline]
pub fn axpy(alpha: f64, x: &[f64], y: &mut [f64]) {
    for (y, x) in y.iter_mut().zip(x) {
        *y += alpha * x;
    }
}

/// out = x Wᵀ + b for a batch: `x` is (rows, n_in), `w` is (n_out, n_in), `out` is (rows, n_out).
pub fn dense_forward(x: &[f64], w: &[f64], b: Option<&[f64]>, n_in: usize, out: &mut [f64]) {
    let n_out = w.len() / n_in;
    for (x_row, out_row) in x.chunks_exact(n_in).zip(out.chunks_exact_mut(n_out)) {
        for (o, (w_row, z)) in w.chunks_exact(n_in).zip(out_row.iter_mut()).enumerate() {
            *z = dot(x_row, w_row) + b.map_or(0.0, |b| b[o]);
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
    for (d_row, x_row) in delta.chunks_exact(n_out).zip(x.chunks_exact(n_in)) {
        for (&d, gw_row) in d_row.iter().zip(gw.chunks_exact_mut(n_in)) {
            // ReLU zeroes many deltas; skipping them is free and exact.
            if d != 0.0 {
                axpy(d, x_row, gw_row);
            }
        }
    }
    if let Some(gb) = gb {
        for d_row in delta.chunks_exact(n_out) {
            gb.iter_mut().zip(d_row).for_each(|(g, d)| *g += d);
        }
    }
}

/// dX = δ W: the gradient passed back to the layer's input. `dx` is (rows, n_in).
pub fn dense_grad_input(delta: &[f64], w: &[f64], n_in: usize, dx: &mut [f64]) {
    let n_out = w.len() / n_in;
    for (d_row, dx_row) in delta.chunks_exact(n_out).zip(dx.chunks_exact_mut(n_in)) {
        dx_row.fill(0.0);
        for (&d, w_row) in d_row.iter().zip(w.chunks_exact(n_in)) {
            if d != 0.0 {
                axpy(d, w_row, dx_row);
            }
        }
    }
}

//! The same training step as the GPU trainer's, done product by product: every product of
//! the step goes to the GPU on its own (`GpuContext::matmul`, the page's kernel: operands
//! uploaded, C read back), and everything between the products (transposes, bias,
//! activations, the loss, Adam) runs on the CPU in f32. What the resident trainer saves is
//! the difference: its parameters, moments and activations never leave the GPU.

use eigenplay_matmul_bench::gpu::{GpuContext, GpuFailure};
use eigenplay_matmul_bench::math::nn::presets;

/// One dense layer's parameters and Adam moments, in f32: W is (units, inputs), row-major.
struct Layer {
    inputs: usize,
    units: usize,
    w: Vec<f32>,
    b: Vec<f32>,
    moments: [Vec<f32>; 4],
}

/// Aᵀ for a row-major `rows × cols` A.
fn transposed(a: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut t = vec![0.0; a.len()];
    for r in 0..rows {
        for c in 0..cols {
            t[c * rows + r] = a[r * cols + c];
        }
    }
    t
}

/// Keras's Adam step (lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7) on `p` with gradient `g`.
fn adam(p: &mut [f32], g: &[f32], m: &mut [f32], v: &mut [f32], t: i32) {
    let alpha = 0.001 * (1.0 - 0.999f32.powi(t)).sqrt() / (1.0 - 0.9f32.powi(t));
    for i in 0..p.len() {
        m[i] += (g[i] - m[i]) * 0.1;
        v[i] += (g[i] * g[i] - v[i]) * 0.001;
        p[i] -= alpha * m[i] / (v[i].sqrt() + 1e-7);
    }
}

/// Trains 5→w→w→1 (relu, relu, sigmoid; binary cross-entropy; Adam; batches of 32 over the
/// Keras example's 100 samples, in order) for `epochs` epochs, product by product; returns
/// the milliseconds per epoch and each epoch's loss.
pub fn train(ctx: &GpuContext, w: usize, epochs: usize) -> Result<(f64, Vec<f64>), GpuFailure> {
    let data = presets::keras_example(1).data;
    let rows = data.rows();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut uniform = move |scale: f32| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        ((seed >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale
    };
    let mut layers: Vec<Layer> = [(5, w), (w, w), (w, 1)]
        .into_iter()
        .map(|(inputs, units)| {
            let limit = (6.0 / (inputs + units) as f32).sqrt();
            let count = inputs * units;
            Layer {
                inputs,
                units,
                w: (0..count).map(|_| uniform(limit)).collect(),
                b: vec![0.0; units],
                moments: [
                    vec![0.0; count],
                    vec![0.0; count],
                    vec![0.0; units],
                    vec![0.0; units],
                ],
            }
        })
        .collect();
    let x: Vec<f32> = data.x.iter().map(|&v| v as f32).collect();
    let y: Vec<f32> = data.y.iter().map(|&v| v as f32).collect();
    let started = std::time::Instant::now();
    let mut losses = Vec::new();
    let mut t = 0;
    for _ in 0..epochs {
        let (mut start, mut total) = (0, 0.0f64);
        while start < rows {
            let n = 32.min(rows - start);
            t += 1;
            // Forward: each layer's input kept for the backward pass.
            let mut acts = vec![x[start * 5..(start + n) * 5].to_vec()];
            for (l, layer) in layers.iter().enumerate() {
                let wt = transposed(&layer.w, layer.units, layer.inputs);
                let input = &acts[l];
                let mut z =
                    pollster::block_on(ctx.matmul(input, &wt, n, layer.inputs, layer.units))?;
                for (i, v) in z.iter_mut().enumerate() {
                    let s = *v + layer.b[i % layer.units];
                    *v = if l + 1 < layers.len() {
                        s.max(0.0)
                    } else {
                        1.0 / (1.0 + (-s).exp())
                    };
                }
                acts.push(z);
            }
            // Binary cross-entropy on the sigmoid's output, and dL/dz = (p − y) / n.
            let p = &acts[layers.len()];
            let target = &y[start..start + n];
            for (pi, yi) in p.iter().zip(target) {
                let pc = pi.clamp(1e-7, 1.0 - 1e-7);
                total -= f64::from(yi * pc.ln() + (1.0 - yi) * (1.0 - pc).ln());
            }
            let mut delta: Vec<f32> = p
                .iter()
                .zip(target)
                .map(|(pi, yi)| (pi - yi) / n as f32)
                .collect();
            // Backward: dW = δᵀ·x and δ_prev = (δ·W) ⊙ relu′, each product on the GPU.
            for l in (0..layers.len()).rev() {
                let layer = &layers[l];
                let dt = transposed(&delta, n, layer.units);
                let gw =
                    pollster::block_on(ctx.matmul(&dt, &acts[l], layer.units, n, layer.inputs))?;
                let mut gb = vec![0.0f32; layer.units];
                for (i, d) in delta.iter().enumerate() {
                    gb[i % layer.units] += d;
                }
                if l > 0 {
                    let mut back = pollster::block_on(ctx.matmul(
                        &delta,
                        &layer.w,
                        n,
                        layer.units,
                        layer.inputs,
                    ))?;
                    for (g, a) in back.iter_mut().zip(&acts[l]) {
                        if *a <= 0.0 {
                            *g = 0.0;
                        }
                    }
                    delta = back;
                }
                let layer = &mut layers[l];
                let [mw, vw, mb, vb] = &mut layer.moments;
                adam(&mut layer.w, &gw, mw, vw, t);
                adam(&mut layer.b, &gb, mb, vb, t);
            }
            start += n;
        }
        losses.push(total / rows as f64);
    }
    let ms = started.elapsed().as_secs_f64() * 1e3 / epochs as f64;
    Ok((ms, losses))
}

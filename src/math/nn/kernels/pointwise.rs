//! The entry-by-entry kernels: ReLU and its backprop, and the optimizers' updates. Each
//! vector lane does what the scalar loop would, so the bits match the naive code's.

use super::lanes::F2;

/// z ← max(z, 0) in place (NaN and −0 become +0).
pub fn relu(z: &mut [f64]) {
    let n = z.len();
    let mut k = 0;
    while k + 2 <= n {
        // SAFETY: k + 1 < n.
        unsafe {
            let p = z.as_mut_ptr().add(k);
            F2::load(p).relu().store(p);
        }
        k += 2;
    }
    if k < n {
        z[k] = if z[k] > 0.0 { z[k] } else { 0.0 };
    }
}

/// grad ← 0 wherever out ≤ 0: ReLU's backward pass, without a branch per value
/// (half the values are zero, in no pattern a branch predictor could learn).
pub fn relu_backprop(grad: &mut [f64], out: &[f64]) {
    let n = grad.len().min(out.len());
    let (grad, out) = (&mut grad[..n], &out[..n]);
    let mut k = 0;
    while k + 2 <= n {
        // SAFETY: k + 1 < n for both slices.
        unsafe {
            let g = grad.as_mut_ptr().add(k);
            F2::load(g)
                .zero_where_not_positive(F2::load(out.as_ptr().add(k)))
                .store(g);
        }
        k += 2;
    }
    if k < n && out[k] <= 0.0 {
        grad[k] = 0.0;
    }
}

/// One SGD step: θ ← θ − lr·g.
pub fn sgd_update(lr: f64, params: &mut [f64], grads: &[f64]) {
    let n = params.len().min(grads.len());
    let (p, g) = (&mut params[..n], &grads[..n]);
    let lr2 = F2::splat(lr);
    let mut i = 0;
    while i + 2 <= n {
        // SAFETY: i + 1 < n for both slices.
        unsafe {
            let pi = p.as_mut_ptr().add(i);
            F2::load(pi)
                .sub(lr2.mul(F2::load(g.as_ptr().add(i))))
                .store(pi);
        }
        i += 2;
    }
    if i < n {
        p[i] -= lr * g[i];
    }
}

/// One momentum step: v ← μ·v − lr·g; θ ← θ + v.
pub fn momentum_update(lr: f64, momentum: f64, params: &mut [f64], grads: &[f64], v: &mut [f64]) {
    let n = params.len().min(grads.len()).min(v.len());
    let (p, g, v) = (&mut params[..n], &grads[..n], &mut v[..n]);
    let (lr2, mu2) = (F2::splat(lr), F2::splat(momentum));
    let mut i = 0;
    while i + 2 <= n {
        // SAFETY: i + 1 < n for all three slices.
        unsafe {
            let (pi, vi) = (p.as_mut_ptr().add(i), v.as_mut_ptr().add(i));
            let g = F2::load(g.as_ptr().add(i));
            let vn = mu2.mul(F2::load(vi)).sub(lr2.mul(g));
            vn.store(vi);
            F2::load(pi).add(vn).store(pi);
        }
        i += 2;
    }
    if i < n {
        v[i] = momentum * v[i] - lr * g[i];
        p[i] += v[i];
    }
}

/// Adam's moment decays and step, with the bias correction folded into `alpha`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamStep {
    /// lr·√(1 − β₂ᵗ) / (1 − β₁ᵗ).
    pub alpha: f64,
    /// 1 − β₁.
    pub one_minus_beta1: f64,
    /// 1 − β₂.
    pub one_minus_beta2: f64,
    /// Added to √v before dividing.
    pub eps: f64,
}

/// One Adam step, as Keras writes it:
/// m ← m + (g − m)(1 − β₁); v ← v + (g² − v)(1 − β₂); θ ← θ − α·m / (√v + ε).
pub fn adam_update(s: AdamStep, params: &mut [f64], grads: &[f64], m: &mut [f64], v: &mut [f64]) {
    let n = params.len().min(grads.len()).min(m.len()).min(v.len());
    let (p, g, m, v) = (&mut params[..n], &grads[..n], &mut m[..n], &mut v[..n]);
    let (alpha, c1, c2, eps) = (
        F2::splat(s.alpha),
        F2::splat(s.one_minus_beta1),
        F2::splat(s.one_minus_beta2),
        F2::splat(s.eps),
    );
    let mut i = 0;
    while i + 2 <= n {
        // SAFETY: i + 1 < n for all four slices.
        unsafe {
            let (pi, mi, vi) = (
                p.as_mut_ptr().add(i),
                m.as_mut_ptr().add(i),
                v.as_mut_ptr().add(i),
            );
            let g = F2::load(g.as_ptr().add(i));
            let (m0, v0) = (F2::load(mi), F2::load(vi));
            let m1 = m0.add(g.sub(m0).mul(c1));
            let v1 = v0.add(g.mul(g).sub(v0).mul(c2));
            m1.store(mi);
            v1.store(vi);
            let step = alpha.mul(m1).div(v1.sqrt().add(eps));
            F2::load(pi).sub(step).store(pi);
        }
        i += 2;
    }
    if i < n {
        m[i] += (g[i] - m[i]) * s.one_minus_beta1;
        v[i] += (g[i] * g[i] - v[i]) * s.one_minus_beta2;
        p[i] -= s.alpha * m[i] / (v[i].sqrt() + s.eps);
    }
}

//! The blocked kernels against the naive loops, bit for bit, over sizes that
//! cross every tile edge (4×4 tiles of two-lane vectors, 2- and 1-wide tails,
//! the 2048-value panel of Wᵀ), and a fingerprint of a whole training run that
//! the wasm build must reproduce.

use crate::fingerprint::{self, RELU_MSE_FINGERPRINT};
use eigenplay::math::nn::kernels::{self, AdamStep};

/// Entries uniform in [-1, 1) from a fixed-seed generator, with every fifth one
/// zero (as after a ReLU).
fn random(len: usize, seed: u64) -> Vec<f64> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let v = (state >> 11) as f64 / (1u64 << 52) as f64 - 1.0;
            if i % 5 == 3 {
                0.0
            } else {
                v
            }
        })
        .collect()
}

fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

const ROWS: &[usize] = &[1, 2, 3, 4, 5, 7, 8, 9, 32, 33];
#[rustfmt::skip]
const LAYERS: &[(usize, usize)] = &[
    // (n_in, n_out)
    (1, 1), (2, 1), (5, 64), (64, 32), (32, 1), (3, 2), (7, 5), (4, 4), (9, 6),
    (2, 3), (1, 7), (13, 11), (600, 3), (5, 500), (1030, 9),
];

#[test]
fn dense_forward_matches_the_naive_loop() {
    for &(n_in, n_out) in LAYERS {
        for &rows in ROWS {
            let x = random(rows * n_in, 1);
            let w = random(n_out * n_in, 2);
            let b = random(n_out, 3);
            let (mut sums, mut want) = (vec![0.0; rows * n_out], vec![0.0; rows * n_out]);
            for r in 0..rows {
                for o in 0..n_out {
                    let mut s = 0.0;
                    for k in 0..n_in {
                        s += x[r * n_in + k] * w[o * n_in + k];
                    }
                    sums[r * n_out + o] = s;
                    want[r * n_out + o] = s + b[o];
                }
            }
            let mut got = vec![f64::NAN; rows * n_out];
            kernels::dense_forward(&x, &w, Some(&b), n_in, &mut got);
            assert_eq!(bits(&got), bits(&want), "{rows}×{n_in} → {n_out}");
            // Without a bias the sums stand alone.
            kernels::dense_forward(&x, &w, None, n_in, &mut got);
            assert_eq!(bits(&got), bits(&sums), "{rows}×{n_in} → {n_out}, no bias");
        }
    }
}

#[test]
fn dense_grad_params_matches_the_naive_loop() {
    for &(n_in, n_out) in LAYERS {
        for &rows in ROWS {
            let delta = random(rows * n_out, 4);
            let x = random(rows * n_in, 5);
            // The kernel adds to what is there, as backward() does.
            let (gw0, gb0) = (random(n_out * n_in, 6), random(n_out, 7));
            let (mut want_w, mut want_b) = (gw0.clone(), gb0.clone());
            for r in 0..rows {
                for o in 0..n_out {
                    for k in 0..n_in {
                        want_w[o * n_in + k] += delta[r * n_out + o] * x[r * n_in + k];
                    }
                    want_b[o] += delta[r * n_out + o];
                }
            }
            let (mut gw, mut gb) = (gw0.clone(), gb0.clone());
            kernels::dense_grad_params(&delta, &x, n_in, &mut gw, Some(&mut gb));
            assert_eq!(bits(&gw), bits(&want_w), "dW {rows}×{n_in} → {n_out}");
            assert_eq!(bits(&gb), bits(&want_b), "db {rows}×{n_in} → {n_out}");
            let mut gw = gw0.clone();
            kernels::dense_grad_params(&delta, &x, n_in, &mut gw, None);
            assert_eq!(bits(&gw), bits(&want_w), "dW without bias");
        }
    }
}

#[test]
fn dense_grad_input_matches_the_naive_loop() {
    for &(n_in, n_out) in LAYERS {
        for &rows in ROWS {
            let delta = random(rows * n_out, 8);
            let w = random(n_out * n_in, 9);
            let mut want = vec![0.0; rows * n_in];
            for r in 0..rows {
                for o in 0..n_out {
                    for k in 0..n_in {
                        want[r * n_in + k] += delta[r * n_out + o] * w[o * n_in + k];
                    }
                }
            }
            // Whatever dx held before is overwritten.
            let mut got = vec![f64::NAN; rows * n_in];
            kernels::dense_grad_input(&delta, &w, n_in, &mut got);
            assert_eq!(bits(&got), bits(&want), "dX {rows}×{n_in} → {n_out}");
        }
    }
}

#[test]
fn relu_and_its_backprop_match_the_scalar_rule() {
    for n in [0, 1, 2, 3, 4, 5, 17, 64] {
        let mut z = random(n, 10);
        if n > 2 {
            z[1] = f64::NAN;
            z[2] = -0.0;
        }
        let want: Vec<f64> = z.iter().map(|&v| if v > 0.0 { v } else { 0.0 }).collect();
        let mut got = z.clone();
        kernels::relu(&mut got);
        assert_eq!(bits(&got), bits(&want), "relu, n = {n}");

        let grad = random(n, 11);
        let want: Vec<f64> = grad
            .iter()
            .zip(&z)
            .map(|(&g, &a)| if a <= 0.0 { 0.0 } else { g })
            .collect();
        let mut got = grad.clone();
        kernels::relu_backprop(&mut got, &z);
        assert_eq!(bits(&got), bits(&want), "relu backprop, n = {n}");
    }
}

#[test]
fn updates_match_the_scalar_rules() {
    for n in [0, 1, 2, 3, 5, 8, 33] {
        let (p0, g, m0, v0) = (random(n, 12), random(n, 13), random(n, 14), random(n, 15));
        let v0: Vec<f64> = v0.iter().map(|v| v * v).collect();

        let mut want = p0.clone();
        want.iter_mut().zip(&g).for_each(|(p, g)| *p -= 0.03 * g);
        let mut got = p0.clone();
        kernels::sgd_update(0.03, &mut got, &g);
        assert_eq!(bits(&got), bits(&want), "sgd, n = {n}");

        let (mut want_p, mut want_v) = (p0.clone(), m0.clone());
        for i in 0..n {
            want_v[i] = 0.9 * want_v[i] - 0.03 * g[i];
            want_p[i] += want_v[i];
        }
        let (mut p, mut v) = (p0.clone(), m0.clone());
        kernels::momentum_update(0.03, 0.9, &mut p, &g, &mut v);
        assert_eq!((bits(&p), bits(&v)), (bits(&want_p), bits(&want_v)));

        let s = AdamStep {
            alpha: 0.0123,
            one_minus_beta1: 1.0 - 0.9,
            one_minus_beta2: 1.0 - 0.999,
            eps: 1e-7,
        };
        let (mut wp, mut wm, mut wv) = (p0.clone(), m0.clone(), v0.clone());
        for i in 0..n {
            wm[i] += (g[i] - wm[i]) * s.one_minus_beta1;
            wv[i] += (g[i] * g[i] - wv[i]) * s.one_minus_beta2;
            wp[i] -= s.alpha * wm[i] / (wv[i].sqrt() + s.eps);
        }
        let (mut p, mut m, mut v) = (p0.clone(), m0.clone(), v0.clone());
        kernels::adam_update(s, &mut p, &g, &mut m, &mut v);
        assert_eq!(bits(&p), bits(&wp), "adam θ, n = {n}");
        assert_eq!(bits(&m), bits(&wm), "adam m, n = {n}");
        assert_eq!(bits(&v), bits(&wv), "adam v, n = {n}");
    }
}

/// The same bits as the wasm build gives (`tests/nn_speed.rs` checks the same constant).
#[test]
fn training_fingerprint_is_stable() {
    let got = fingerprint::relu_mse_fingerprint();
    assert_eq!(got, RELU_MSE_FINGERPRINT, "{got:#x}");
}

//! Backpropagation against central finite differences, for every pairing of a
//! hidden activation with a loss and the output activations it accepts.

use eigenplay::math::nn::{Activation, LayerSpec, Loss, Mlp, NetSpec, Workspace};
use eigenplay::math::rng::Rng;

const ROWS: usize = 5;

fn loss_at(m: &Mlp, loss: Loss, x: &[f64], y: &[f64]) -> f64 {
    let mut ws = Workspace::new(m, ROWS);
    m.forward(&mut ws, x, ROWS);
    m.loss(&ws, loss, y)
}

/// Largest relative disagreement between backprop and finite differences.
fn worst_error(spec: &NetSpec, loss: Loss, seed: u64) -> f64 {
    let mut m = Mlp::new(spec, seed);
    let mut rng = Rng::new(seed + 100);
    // Non-zero biases, so their gradients and the kinks they shift are exercised.
    for p in m.parameters_mut() {
        *p += 0.1 * rng.normal();
    }
    let out = m.outputs();
    let x: Vec<f64> = (0..ROWS * spec.inputs).map(|_| rng.normal()).collect();
    let y: Vec<f64> = match loss {
        Loss::Mse => (0..ROWS * out).map(|_| rng.normal()).collect(),
        Loss::BinaryCrossEntropy => (0..ROWS * out).map(|_| rng.next_f64()).collect(),
        Loss::CategoricalCrossEntropy => (0..ROWS)
            .flat_map(|_| {
                let c = rng.below(out as u64) as usize;
                (0..out).map(move |k| f64::from(u8::from(k == c)))
            })
            .collect(),
    };
    let mut ws = Workspace::new(&m, ROWS);
    m.forward(&mut ws, &x, ROWS);
    m.zero_grad();
    let value = m.backward(&mut ws, loss, &y);
    assert!((value - loss_at(&m, loss, &x, &y)).abs() < 1e-14);
    let analytic = m.gradients().to_vec();
    let h = 1e-6;
    let mut worst: f64 = 0.0;
    for (i, &a) in analytic.iter().enumerate() {
        let orig = m.parameters()[i];
        m.parameters_mut()[i] = orig + h;
        let up = loss_at(&m, loss, &x, &y);
        m.parameters_mut()[i] = orig - h;
        let down = loss_at(&m, loss, &x, &y);
        m.parameters_mut()[i] = orig;
        let numeric = (up - down) / (2.0 * h);
        let err = (numeric - a).abs() / a.abs().max(numeric.abs()).max(1e-3);
        worst = worst.max(err);
    }
    worst
}

fn pairs() -> Vec<(Loss, Activation)> {
    let mut v: Vec<_> = Activation::ALL.iter().map(|&a| (Loss::Mse, a)).collect();
    v.push((Loss::BinaryCrossEntropy, Activation::Sigmoid));
    v.push((Loss::CategoricalCrossEntropy, Activation::Softmax));
    v
}

#[test]
fn backprop_matches_finite_differences_for_every_combination() {
    for hidden in Activation::ALL {
        for (loss, out_act) in pairs() {
            let units = if loss == Loss::BinaryCrossEntropy {
                1
            } else {
                3
            };
            let spec = NetSpec::new(3)
                .dense(4, hidden)
                .dense(4, Activation::Tanh)
                .dense(units, out_act);
            for seed in [1, 2] {
                let e = worst_error(&spec, loss, seed);
                assert!(
                    e < 1e-6,
                    "{hidden} hidden, {out_act} out, {loss}: error {e:e}"
                );
            }
        }
    }
}

#[test]
fn backprop_without_biases_matches_finite_differences() {
    let spec = NetSpec::new(2)
        .layer(LayerSpec::new(3, Activation::Tanh).without_bias())
        .layer(LayerSpec::new(2, Activation::Softmax).without_bias());
    let e = worst_error(&spec, Loss::CategoricalCrossEntropy, 9);
    assert!(e < 1e-6, "error {e:e}");
}

#[test]
fn backward_accumulates_until_zero_grad() {
    let spec = NetSpec::new(2)
        .dense(3, Activation::Relu)
        .dense(1, Activation::Linear);
    let mut m = Mlp::new(&spec, 4);
    let (x, y) = ([0.3, -0.2, 1.0, 0.5], [0.7, -1.0]);
    let mut ws = Workspace::new(&m, 2);
    m.forward(&mut ws, &x, 2);
    m.zero_grad();
    m.backward(&mut ws, Loss::Mse, &y);
    let once = m.gradients().to_vec();
    m.backward(&mut ws, Loss::Mse, &y);
    for (g, o) in m.gradients().iter().zip(&once) {
        assert_eq!(*g, 2.0 * o);
    }
    assert!(once.iter().any(|g| *g != 0.0));
    m.zero_grad();
    assert!(m.gradients().iter().all(|g| *g == 0.0));
}

#[test]
fn cross_entropy_stays_finite_for_saturated_logits() {
    // A huge logit makes σ(z) round to exactly 1; ln(1 − 1) would be −∞ without the fused form.
    let spec = NetSpec::new(1).layer(LayerSpec::new(1, Activation::Sigmoid).without_bias());
    let mut m = Mlp::new(&spec, 0);
    m.weights_mut(0)[0] = 1000.0;
    let mut ws = Workspace::new(&m, 1);
    m.forward(&mut ws, &[1.0], 1);
    m.zero_grad();
    let l = m.backward(&mut ws, Loss::BinaryCrossEntropy, &[0.0]);
    assert!((l - 1000.0).abs() < 1e-9, "loss {l}");
    assert!((m.gradients()[0] - 1.0).abs() < 1e-12);
}

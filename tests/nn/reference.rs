//! Training runs checked against an independent NumPy implementation
//! (`scripts/gen_nn_fixtures.py` → `tests/fixtures/nn/reference.json`).
//!
//! Tolerance: every final weight and epoch loss within 1e-9 · (1 + |reference|).
//! Both sides compute in f64; only the order of the sums differs, which moves
//! the last few bits and, over a few dozen steps, stays far below 1e-9.

use eigenplay::math::data::{Dataset, Task};
use eigenplay::math::nn::{
    Activation, LayerSpec, Loss, Mlp, NetSpec, OptState, Optimizer, TrainConfig, Trainer, Workspace,
};
use serde_json::Value;

const TOL: f64 = 1e-9;

fn load() -> Vec<Value> {
    let path = crate::repo::repo_file("tests/fixtures/nn/reference.json");
    let text = std::fs::read_to_string(path).expect("run scripts/gen_nn_fixtures.py");
    let v: Value = serde_json::from_str(&text).unwrap();
    v["cases"].as_array().unwrap().clone()
}

fn floats(v: &Value) -> Vec<f64> {
    v.as_array()
        .unwrap()
        .iter()
        .flat_map(|e| match e.as_array() {
            Some(row) => row.iter().map(|x| x.as_f64().unwrap()).collect(),
            None => vec![e.as_f64().unwrap()],
        })
        .collect()
}

fn optimizer(v: &Value) -> Optimizer {
    let lr = v["lr"].as_f64().unwrap();
    match v["kind"].as_str().unwrap() {
        "sgd" => Optimizer::sgd(lr),
        "momentum" => Optimizer::momentum(lr, v["momentum"].as_f64().unwrap()),
        "adam" => Optimizer::Adam {
            lr,
            beta1: v["beta1"].as_f64().unwrap(),
            beta2: v["beta2"].as_f64().unwrap(),
            eps: v["eps"].as_f64().unwrap(),
        },
        k => panic!("unknown optimizer {k}"),
    }
}

fn model(case: &Value) -> Mlp {
    let mut spec = NetSpec::new(case["inputs"].as_u64().unwrap() as usize);
    for l in case["layers"].as_array().unwrap() {
        let act = Activation::from_name(l["activation"].as_str().unwrap()).unwrap();
        let mut layer = LayerSpec::new(l["units"].as_u64().unwrap() as usize, act);
        if !l["bias"].as_bool().unwrap() {
            layer = layer.without_bias();
        }
        spec = spec.layer(layer);
    }
    let mut m = Mlp::new(&spec, 0);
    let initial = floats(&case["initial"]);
    assert_eq!(initial.len(), m.param_count(), "{}", case["name"]);
    m.parameters_mut().copy_from_slice(&initial);
    m
}

fn assert_close(name: &str, what: &str, got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= TOL * (1.0 + w.abs()),
            "{name}: {what}[{i}] = {g}, NumPy says {w}"
        );
    }
}

/// Mini-batches in the data's own order (the fixture does not shuffle), through
/// the same public pieces a Trainer uses.
fn run_in_order(
    mut m: Mlp,
    loss: Loss,
    opt: Optimizer,
    x: &[f64],
    y: &[f64],
    batch: usize,
    epochs: usize,
) -> (Mlp, Vec<f64>) {
    let (f, t) = (m.inputs(), m.outputs());
    let rows = x.len() / f;
    let mut state = OptState::new(opt, m.param_count());
    let mut ws = Workspace::new(&m, batch);
    let mut losses = Vec::new();
    for _ in 0..epochs {
        let mut total = 0.0;
        for start in (0..rows).step_by(batch) {
            let n = batch.min(rows - start);
            m.forward(&mut ws, &x[start * f..(start + n) * f], n);
            m.zero_grad();
            total += n as f64 * m.backward(&mut ws, loss, &y[start * t..(start + n) * t]);
            let (p, g) = m.parameters_and_gradients();
            state.step(p, g);
        }
        losses.push(total / rows as f64);
    }
    (m, losses)
}

#[test]
fn training_matches_numpy_for_every_loss_and_optimizer() {
    let cases = load();
    assert_eq!(cases.len(), 9);
    let mut seen = std::collections::HashSet::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let loss = Loss::from_name(case["loss"].as_str().unwrap()).unwrap();
        let opt = optimizer(&case["optimizer"]);
        seen.insert((loss.name(), opt.name()));
        let epochs = case["epochs"].as_u64().unwrap() as usize;
        let (x, y) = (floats(&case["x"]), floats(&case["y"]));
        let m = model(case);
        let (final_model, losses) = match case["batch_size"].as_u64() {
            Some(b) => run_in_order(m, loss, opt, &x, &y, b as usize, epochs),
            None => {
                let task = if loss == Loss::Mse {
                    Task::Regression
                } else {
                    Task::Binary
                };
                let data =
                    Dataset::new(name, x, case["inputs"].as_u64().unwrap() as usize, y, task);
                let mut t = Trainer::new(m, data, TrainConfig::new(loss, opt)).unwrap();
                t.run(epochs).unwrap();
                (t.model().clone(), t.history().to_vec())
            }
        };
        assert_close(name, "loss", &losses, &floats(&case["losses"]));
        assert_close(
            name,
            "weight",
            final_model.parameters(),
            &floats(&case["final"]),
        );
        // The run must have moved the weights, or the comparison proves nothing.
        let moved = final_model
            .parameters()
            .iter()
            .zip(floats(&case["initial"]))
            .any(|(a, b)| (a - b).abs() > 1e-3);
        assert!(moved, "{name}: weights did not move");
    }
    assert_eq!(seen.len(), 9, "every loss with every optimizer");
}

//! The trainer: replayability, the XOR and classification presets, divergence,
//! spec errors and the decision grid.

use eigenplay::math::data::plane::Feature;
use eigenplay::math::data::{self, Shape2d};
use eigenplay::math::nn::{
    presets, teach, Activation, Loss, Mlp, NetSpec, Optimizer, TrainConfig, TrainError, Trainer,
};

#[test]
fn an_epoch_taken_a_batch_at_a_time_is_the_same_epoch() {
    let p = presets::keras_example(7);
    let (mut whole, mut sliced) = (p.build(), p.build());
    for _ in 0..3 {
        let want = whole.step_epoch().unwrap();
        // 100 samples in batches of 32: three batches say nothing, the fourth ends the epoch.
        let said: Vec<Option<f64>> = (0..4).map(|_| sliced.step_batch().unwrap()).collect();
        assert_eq!(&said[..3], &[None, None, None]);
        assert_eq!(said[3].map(f64::to_bits), Some(want.to_bits()));
    }
    assert_eq!(sliced.epoch(), 3);
    let bits = |t: &Trainer| {
        t.model()
            .parameters()
            .iter()
            .map(|v| v.to_bits())
            .collect::<Vec<_>>()
    };
    assert_eq!(bits(&whole), bits(&sliced));
}

#[test]
fn same_seed_replays_the_same_run_bit_for_bit() {
    let p = presets::keras_example(7);
    let (mut a, mut b) = (p.build(), p.build());
    a.run(5).unwrap();
    b.run(5).unwrap();
    let bits = |t: &Trainer| {
        t.model()
            .parameters()
            .iter()
            .map(|v| v.to_bits())
            .collect::<Vec<_>>()
    };
    assert_eq!(bits(&a), bits(&b));
    let hist = |t: &Trainer| t.history().iter().map(|v| v.to_bits()).collect::<Vec<_>>();
    assert_eq!(hist(&a), hist(&b));
    assert_eq!(
        a.steps(),
        5 * 4,
        "100 samples in batches of 32 is 4 steps an epoch"
    );
    // A different shuffle seed alone changes the run.
    let mut c = p.clone();
    c.config = c.config.with_shuffle_seed(8);
    let mut c = c.build();
    c.run(5).unwrap();
    assert_ne!(bits(&a), bits(&c));
}

#[test]
fn training_in_slices_equals_training_at_once() {
    let p = presets::lesson_regression(5);
    let mut whole = p.build();
    whole.run(200).unwrap();
    let mut slices = p.build();
    for _ in 0..40 {
        slices.run(5).unwrap();
    }
    assert_eq!(whole.history(), slices.history());
    assert_eq!(whole.model().parameters(), slices.model().parameters());
}

#[test]
fn xor_with_one_hidden_relu_layer_reaches_full_accuracy() {
    let p = presets::xor(presets::DEFAULT_SEED);
    let mut t = p.build();
    assert!(t.accuracy().unwrap() < 0.9, "not solved before training");
    t.run(p.epochs).unwrap();
    assert_eq!(
        t.accuracy(),
        Some(1.0),
        "final loss {}",
        t.history().last().unwrap()
    );
    // A straight line cannot do it: the same data without the hidden layer.
    let spec = NetSpec::new(2).dense(1, Activation::Sigmoid);
    let cfg = TrainConfig::new(Loss::BinaryCrossEntropy, Optimizer::adam(0.05));
    let mut line = Trainer::new(Mlp::new(&spec, 1), p.data.clone(), cfg).unwrap();
    line.run(300).unwrap();
    assert!(line.accuracy().unwrap() < 0.8);
}

#[test]
fn classification_presets_learn_their_shapes() {
    for (shape, classes, want) in [
        (Shape2d::Blobs, 3, 0.95),
        (Shape2d::Circles, 2, 0.95),
        (Shape2d::Spiral, 3, 0.8),
    ] {
        let p = presets::classification(shape, classes, 0.05, 3);
        let mut t = p.build();
        t.run(p.epochs).unwrap();
        let acc = t.accuracy().unwrap();
        assert!(acc >= want, "{shape:?}: accuracy {acc}");
    }
}

#[test]
fn rate_ten_diverges_with_an_explanation_and_a_stable_rate() {
    let mut p = presets::lesson_regression(presets::DEFAULT_SEED);
    p.config.optimizer = Optimizer::sgd(10.0);
    let mut t = p.build();
    let limit = t.max_stable_rate().unwrap();
    assert!(limit > 0.5 && limit < 2.0, "2/λmax = {limit}");
    let err = t.run(1000).unwrap_err();
    let TrainError::Diverged(d) = &err;
    assert_eq!(d.epoch, t.history().len() + 1);
    assert!(d.epoch > 10 && d.epoch < 1000, "broke at epoch {}", d.epoch);
    assert!(!d.loss.is_finite());
    assert!(t.history().iter().all(|l| l.is_finite()));
    assert!(d.suggested_rate < limit && d.suggested_rate > 0.25 * limit);
    let msg = err.to_string();
    assert!(msg.contains(&format!("epoch {}", d.epoch)), "{msg}");
    assert!(
        msg.contains("2/λmax") && msg.contains(&d.suggested_rate.to_string()),
        "{msg}"
    );
    // Stopped stays stopped, without training further.
    assert_eq!(t.step_epoch().unwrap_err(), err);
    // The suggested rate trains.
    p.config.optimizer = Optimizer::sgd(d.suggested_rate);
    let mut ok = p.build();
    assert!(ok.run(200).unwrap() < 1e-6);
}

#[test]
fn divergence_without_known_curvature_suggests_a_tenth() {
    let data = data::regression(50, 0.0, 1);
    let spec = NetSpec::new(2)
        .dense(8, Activation::Relu)
        .dense(1, Activation::Linear);
    let cfg = TrainConfig::new(Loss::Mse, Optimizer::sgd(5.0));
    let mut t = Trainer::new(Mlp::new(&spec, 1), data, cfg).unwrap();
    let TrainError::Diverged(d) = t.run(1000).unwrap_err();
    assert_eq!(d.max_stable_rate, None);
    assert_eq!(d.suggested_rate, 0.5);
}

#[test]
fn mismatched_setups_are_refused_with_reasons() {
    let data = data::lesson_regression(1);
    let cfg = TrainConfig::new(Loss::BinaryCrossEntropy, Optimizer::sgd(0.1));
    let linear = NetSpec::new(2).dense(1, Activation::Linear);
    let e = Trainer::new(Mlp::new(&linear, 1), data.clone(), cfg).unwrap_err();
    assert!(e.0.contains("sigmoid"), "{e}");
    let wide = NetSpec::new(3).dense(1, Activation::Linear);
    let cfg = TrainConfig::new(Loss::Mse, Optimizer::sgd(0.1));
    let e = Trainer::new(Mlp::new(&wide, 1), data.clone(), cfg).unwrap_err();
    assert!(
        e.0.contains("3 inputs") && e.0.contains("2 features"),
        "{e}"
    );
    let zero = TrainConfig::new(Loss::Mse, Optimizer::sgd(0.0));
    let e = Trainer::new(Mlp::new(&linear, 1), data, zero).unwrap_err();
    assert!(e.0.contains("learning rate"), "{e}");
    assert!(Mlp::try_new(&NetSpec::new(2).dense(0, Activation::Relu), 1).is_err());
}

#[test]
fn decision_grid_agrees_with_predict() {
    let p = presets::xor(2);
    let mut t = p.build();
    t.run(50).unwrap();
    let m = t.model();
    let ((x0, x1), (y0, y1)) = teach::bounds_2d(&t.data().x, 0.1);
    assert!(x0 < -1.0 && x1 > 1.0 && y0 < -1.0 && y1 > 1.0);
    let g = teach::decision_grid(m, &Feature::PLAIN, (x0, x1), (y0, y1), 9);
    assert_eq!((g.class.len(), g.value.len()), (81, 81));
    assert_eq!((g.xs[0], g.xs[8], g.ys[8]), (x0, x1, y1));
    for (j, &y) in g.ys.iter().enumerate() {
        for (i, &x) in g.xs.iter().enumerate() {
            let p = m.predict(&[x, y], 1)[0];
            assert_eq!(g.value[j * 9 + i], p);
            assert_eq!(g.class[j * 9 + i], usize::from(p >= 0.5));
            // Each hidden unit's map holds what that unit outputs at the cell's point.
            let trace = m.trace(&[x, y]);
            assert_eq!(g.hidden.len(), trace.len() - 1);
            for (map, (_, a)) in g.hidden.iter().zip(&trace) {
                let k = j * 9 + i;
                for (got, want) in map[k * a.len()..(k + 1) * a.len()].iter().zip(a) {
                    assert!((got - want).abs() < 1e-12, "{got} against {want}");
                }
            }
        }
    }
}

#[test]
fn a_picture_of_the_plane_coarsens_for_a_network_it_would_take_long_through() {
    let net = |widths: &[usize]| {
        let spec = widths
            .iter()
            .fold(NetSpec::new(2), |s, &w| s.dense(w, Activation::Relu));
        Mlp::new(&spec.dense(1, Activation::Sigmoid), 1)
    };
    // Small networks get every point asked for.
    assert_eq!(teach::grid_side(&net(&[8]), 40), 40);
    assert_eq!(teach::grid_side(&net(&[64, 64]), 40), 40);
    // 2-256-256-1 (66,561 parameters): 10 a side, 6.7 million multiply-adds, not 107 million.
    assert_eq!(teach::grid_side(&net(&[256, 256]), 40), 10);
    // Five layers of 256: the fewest, 8 a side.
    assert_eq!(teach::grid_side(&net(&[256; 5]), 40), 8);
    assert_eq!(teach::grid_side(&net(&[256; 5]), 20), 8);
}

//! The numbers the two lessons print, reproduced.

use approx::assert_relative_eq;
use eigenplay::math::data;
use eigenplay::math::nn::{presets, teach, Activation, LayerSpec, Mlp, NetSpec};

#[test]
fn four_sample_step_gives_656_then_221_6144() {
    let d = data::four_samples();
    let s = teach::explain_linear_step(&d.x_matrix(), &d.y, &[5.0, 5.0], None, 0.01);
    assert_eq!(s.predictions, vec![15.0, 25.0, 35.0, 45.0]);
    assert_eq!(s.errors, vec![12.0, 20.0, 28.0, 36.0]);
    assert_eq!(s.loss, 656.0);
    // gradient = 2 Xᵀ(ŷ − y) / 4 = (280, 376) / 2
    assert_relative_eq!(s.gradient[0], 140.0, epsilon = 1e-12);
    assert_relative_eq!(s.gradient[1], 188.0, epsilon = 1e-12);
    assert_relative_eq!(s.new_weights[0], 3.6, epsilon = 1e-12);
    assert_relative_eq!(s.new_weights[1], 3.12, epsilon = 1e-12);
    let expected = [9.84, 16.56, 23.28, 30.0];
    for (p, e) in s.new_predictions.iter().zip(expected) {
        assert_relative_eq!(*p, e, epsilon = 1e-12);
    }
    assert_relative_eq!(s.new_loss, 221.6144, epsilon = 1e-9);
    assert!(s.bias_gradient.is_none() && s.new_bias.is_none());
}

#[test]
fn four_sample_trainer_takes_the_same_step() {
    let mut t = presets::four_samples_trainer();
    let step = t
        .explain_step()
        .expect("a single linear neuron on MSE and SGD");
    assert_eq!(step.loss, 656.0);
    assert_eq!(t.step_epoch().unwrap(), 656.0);
    assert_relative_eq!(t.evaluate(), 221.6144, epsilon = 1e-9);
    assert_eq!(t.model().weights(0), &step.new_weights[..]);
}

#[test]
fn pseudo_inverse_solves_the_four_samples_with_weights_one_one() {
    let d = data::four_samples();
    let ls = teach::least_squares(&d.x_matrix(), &d.y, false);
    assert_relative_eq!(ls.weights[0], 1.0, epsilon = 1e-10);
    assert_relative_eq!(ls.weights[1], 1.0, epsilon = 1e-10);
    assert_eq!(ls.rank, 2);
    assert!(ls.residual_norm < 1e-10);
    // With a bias column the design is rank 2 of 3 (x₂ = x₁ + 1): the minimum-norm answer.
    let lb = teach::least_squares(&d.x_matrix(), &d.y, true);
    assert_eq!(lb.rank, 2);
    assert!(lb.residual_norm < 1e-10, "still an exact fit");
}

#[test]
fn default_regression_learns_the_true_weights() {
    let p = presets::lesson_regression(presets::DEFAULT_SEED);
    let mut t = p.build();
    t.run(p.epochs).unwrap();
    let w = t.model().weights(0);
    let b = t.model().bias(0).unwrap()[0];
    eprintln!("regression after 200 epochs: w = {w:?}, b = {b}");
    assert!((w[0] - 3.0).abs() < 0.1, "w1 = {}", w[0]);
    assert!((w[1] + 2.0).abs() < 0.1, "w2 = {}", w[1]);
    assert!((b - 1.0).abs() < 0.1, "b = {b}");
    assert_eq!(t.history().len(), 200);
    // The closed form gets there in one solve, exactly (no noise).
    let ls = teach::least_squares(&t.data().x_matrix(), &t.data().y, true);
    assert_relative_eq!(ls.weights[0], 3.0, epsilon = 1e-10);
    assert_relative_eq!(ls.weights[1], -2.0, epsilon = 1e-10);
    assert_relative_eq!(ls.bias.unwrap(), 1.0, epsilon = 1e-10);
}

#[test]
fn hessian_of_the_four_samples_and_its_stable_rate() {
    let d = data::four_samples();
    let c = teach::mse_curvature(&d.x_matrix(), false);
    // H = (2/4) XᵀX = [[15, 20], [20, 27]]; λ = 21 ± √436.
    assert_relative_eq!(c.hessian[(0, 0)], 15.0, epsilon = 1e-12);
    assert_relative_eq!(c.hessian[(0, 1)], 20.0, epsilon = 1e-12);
    assert_relative_eq!(c.hessian[(1, 1)], 27.0, epsilon = 1e-12);
    let root = 436f64.sqrt();
    assert_relative_eq!(c.eigenvalues[0], 21.0 + root, epsilon = 1e-10);
    assert_relative_eq!(c.eigenvalues[1], 21.0 - root, epsilon = 1e-10);
    assert_relative_eq!(c.max_stable_rate, 2.0 / (21.0 + root), epsilon = 1e-12);
    // Hv = λv for the top pair.
    let v = c.eigenvectors.column(0);
    let r = &c.hessian * v - v * c.eigenvalues[0];
    assert!(r.norm() < 1e-10);
}

#[test]
fn rate_just_above_two_over_lambda_max_diverges_and_just_below_converges() {
    let d = data::four_samples();
    let c = teach::mse_curvature(&d.x_matrix(), false);
    let run = |rate: f64| {
        let mut w = vec![5.0, 5.0];
        for _ in 0..300 {
            w = teach::explain_linear_step(&d.x_matrix(), &d.y, &w, None, rate).new_weights;
        }
        teach::explain_linear_step(&d.x_matrix(), &d.y, &w, None, rate).loss
    };
    assert!(run(0.95 * c.max_stable_rate) < 1.0);
    assert!(run(1.05 * c.max_stable_rate) > 656.0);
}

#[test]
fn keras_example_has_2497_parameters() {
    let p = presets::keras_example(1);
    let m = Mlp::new(&p.spec, 1);
    assert_eq!(m.param_count(), 2497);
    let s = m.summary();
    let params: Vec<usize> = s.rows.iter().map(|r| r.params).collect();
    assert_eq!(params, vec![384, 2080, 33]);
    assert_eq!(s.rows[1].output_shape, "(None, 32)");
    let text = s.to_string();
    assert!(text.contains("Total params: 2,497"), "{text}");
    assert!(text.contains("dense_2 (Dense)"), "{text}");
}

#[test]
fn deep_linear_network_collapses_to_the_product_of_its_weights() {
    let spec = NetSpec::new(3)
        .dense(5, Activation::Linear)
        .dense(2, Activation::Linear)
        .dense(4, Activation::Linear);
    let mut m = Mlp::new(&spec, 7);
    // Give the biases values so they must be carried through the later layers.
    for (i, p) in m.bias_mut(0).unwrap().iter_mut().enumerate() {
        *p = 0.1 * i as f64 - 0.2;
    }
    let c = teach::collapse_linear(&m).unwrap();
    assert_eq!(c.matrix.shape(), (4, 3));
    assert_eq!(c.rank, 2, "a 2-wide middle layer caps the rank");
    let product = m.weight_matrix(2) * m.weight_matrix(1) * m.weight_matrix(0);
    assert_relative_eq!(c.matrix, product, epsilon = 1e-12);
    #[rustfmt::skip]
    let x = nalgebra::DMatrix::from_row_slice(2, 3, &[
        0.5, -1.0, 2.0,
        3.0,  0.0, -0.7,
    ]);
    let net = m.predict_matrix(&x);
    for i in 0..2 {
        let direct = &c.matrix * x.row(i).transpose() + &c.bias;
        assert_relative_eq!(net.row(i).transpose(), direct, epsilon = 1e-12);
    }
    let relu = NetSpec::new(3)
        .dense(5, Activation::Relu)
        .dense(1, Activation::Linear);
    let err = teach::collapse_linear(&Mlp::new(&relu, 1)).unwrap_err();
    assert!(err.contains("layer 1") && err.contains("relu"), "{err}");
}

#[test]
fn without_bias_the_fit_goes_through_the_origin() {
    let d = data::lesson_regression(3);
    let with = teach::least_squares(&d.x_matrix(), &d.y, true);
    let without = teach::least_squares(&d.x_matrix(), &d.y, false);
    assert!(without.bias.is_none());
    assert!(
        without.loss > 0.5,
        "the offset of 1 cannot be fitted: {}",
        without.loss
    );
    assert!(with.loss < 1e-20);
    let spec = NetSpec::new(2).layer(LayerSpec::new(1, Activation::Linear).without_bias());
    let m = Mlp::new(&spec, 3);
    assert_eq!(m.predict(&[0.0, 0.0], 1), vec![0.0]);
}

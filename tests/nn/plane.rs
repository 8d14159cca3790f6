//! TensorFlow Playground's controls for the generated 2-D sets: noise, a held-out share,
//! features computed from each point, weight penalties and learning-rate schedules.

use eigenplay::math::data::plane::{hold_out, lift, Feature};
use eigenplay::math::data::{self, Shape2d};
use eigenplay::math::nn::{Penalty, Schedule, Trainer};
use eigenplay::state::choices::{DataChoice, RegChoice};
use eigenplay::state::train::{Draft, LayerRow};

type Spoil = fn(&mut Draft);

fn circles() -> Draft {
    let mut d = Draft::lesson();
    d.choose_data(DataChoice::Shape(Shape2d::Circles));
    d
}

fn trained(draft: &Draft, epochs: usize) -> Trainer {
    let mut run = draft
        .check()
        .expect("a valid draft")
        .build()
        .expect("a run");
    run.run(epochs).expect("no divergence");
    run
}

#[test]
fn each_feature_is_computed_from_the_point() {
    let got = lift(&[0.5, -2.0], &Feature::ALL);
    let want = [0.5, -2.0, 0.25, 4.0, -1.0, 0.5f64.sin(), (-2.0f64).sin()];
    assert_eq!(got, want);
    for f in Feature::ALL {
        assert_eq!(Feature::from_name(f.name()), Some(f));
    }
}

#[test]
fn holding_out_a_share_puts_every_sample_on_exactly_one_side() {
    let d = data::classification(Shape2d::Circles, 200, 2, 0.1, 7);
    let (train, test) = hold_out(&d, 30, 7);
    let test = test.expect("30% held out");
    assert_eq!((train.rows(), test.rows()), (140, 60));
    let mut all: Vec<(u64, u64, u64)> = train
        .x
        .chunks(2)
        .zip(&train.y)
        .chain(test.x.chunks(2).zip(&test.y))
        .map(|(p, y)| (p[0].to_bits(), p[1].to_bits(), y.to_bits()))
        .collect();
    let mut original: Vec<(u64, u64, u64)> =
        d.x.chunks(2)
            .zip(&d.y)
            .map(|(p, y)| (p[0].to_bits(), p[1].to_bits(), y.to_bits()))
            .collect();
    all.sort_unstable();
    original.sort_unstable();
    assert_eq!(all, original, "the two sides together are the set");
    assert_eq!(
        hold_out(&d, 30, 7).1.unwrap(),
        test,
        "the seed decides the split"
    );
    assert_ne!(
        hold_out(&d, 30, 8).1.unwrap(),
        test,
        "another seed, another split"
    );
    assert!(hold_out(&d, 0, 7).1.is_none());
    assert_eq!(hold_out(&d, 90, 7).0.rows(), 20);
}

#[test]
fn the_circles_controls_hold_out_lift_and_train_with_a_test_curve() {
    let mut draft = circles();
    draft.test = "30".into();
    draft.features = vec![
        Feature::X1,
        Feature::X2,
        Feature::X1Squared,
        Feature::X2Squared,
    ];
    let s = draft.check().expect("valid");
    assert_eq!(s.dataset.features, 4);
    assert_eq!(s.spec.inputs, 4);
    assert_eq!(s.test.as_ref().map(|t| t.rows()), Some(60));
    let plane = s.plane.as_ref().expect("circles lie on the plane");
    assert_eq!(
        plane.points.len(),
        140 * 2,
        "the training points, before lifting"
    );
    assert_eq!(
        plane.points[..2],
        s.dataset.x[..2],
        "x₁ and x₂ lead the lifted rows"
    );
    let run = trained(&draft, 100);
    assert_eq!(run.test_history().len(), run.history().len());
    let accuracy = run.test_accuracy().expect("classes");
    assert!(accuracy > 0.9, "{accuracy} on the held-out points");
    assert_eq!(
        draft.net_field(),
        "4-16t-1s",
        "the link's network names its four inputs"
    );
}

#[test]
fn squared_features_let_a_single_neuron_separate_the_circles() {
    let mut draft = circles();
    draft.layers = vec![LayerRow::new(1, eigenplay::math::nn::Activation::Sigmoid)];
    draft.lr = "0.1".into();
    let plain = trained(&draft, 200).accuracy().unwrap();
    draft.features = vec![Feature::X1Squared, Feature::X2Squared];
    let squared = trained(&draft, 200).accuracy().unwrap();
    assert!(
        plain < 0.75,
        "no line separates a ring from its disc: {plain}"
    );
    assert!(
        squared >= 0.95,
        "x₁² + x₂² = r² is a line in the squares: {squared}"
    );
}

#[test]
fn the_controls_out_of_range_are_refused_in_words() {
    let cases: [(Spoil, &str); 5] = [
        (
            |d| d.noise = "0.9".into(),
            "The noise “0.9” must be a number from 0 to 0.5",
        ),
        (|d| d.noise = "lots".into(), "The noise “lots”"),
        (
            |d| d.test = "95".into(),
            "The test share “95” must be a whole percent from 0 to 90",
        ),
        (|d| d.features.clear(), "Pick at least one feature"),
        (
            |d| {
                d.reg = RegChoice::L2;
                d.reg_rate = "-1".into();
            },
            "The regularisation rate “-1” must be a number from 0 up",
        ),
    ];
    for (spoil, said) in cases {
        let mut d = circles();
        spoil(&mut d);
        let problems = d.check().expect_err(said);
        assert!(problems.iter().any(|p| p.starts_with(said)), "{problems:?}");
    }
    // A rate nobody uses is not a problem.
    let mut d = circles();
    d.reg_rate = "-1".into();
    assert!(d.check().is_ok());
}

#[test]
fn penalties_follow_keras_and_spare_the_biases() {
    assert_eq!(Penalty::L2(0.1).gradient(3.0), 0.6000000000000001);
    assert_eq!(Penalty::L1(0.1).gradient(-2.0), -0.1);
    assert_eq!(Penalty::L1(0.1).gradient(0.0), 0.0);
    let s = circles().check().unwrap();
    let mut model = s.build().unwrap().model().clone();
    model.zero_grad();
    model.add_penalty(Penalty::L2(0.5));
    for l in 0..model.layers().len() {
        assert_eq!(model.weight_gradients(l), model.weights(l), "2·0.5·w = w");
    }
    let weights: usize = (0..model.layers().len())
        .map(|l| model.weights(l).len())
        .sum();
    let touched = model.gradients().iter().filter(|g| **g != 0.0).count();
    assert_eq!(touched, weights, "no bias gradient moved");
}

#[test]
fn a_penalty_shrinks_the_trained_weights() {
    let norm = |draft: &Draft| -> f64 {
        let run = trained(draft, 100);
        let m = run.model();
        (0..m.layers().len())
            .flat_map(|l| m.weights(l).to_vec())
            .map(|w| w * w)
            .sum::<f64>()
            .sqrt()
    };
    let free = norm(&circles());
    let mut l2 = circles();
    l2.reg = RegChoice::L2;
    l2.reg_rate = "0.01".into();
    let mut l1 = l2.clone();
    l1.reg = RegChoice::L1;
    let (shrunk, sparse) = (norm(&l2), norm(&l1));
    assert!(shrunk < 0.7 * free, "L2: {shrunk} against {free}");
    assert!(sparse < 0.7 * free, "L1: {sparse} against {free}");
}

#[test]
fn schedules_follow_their_formulas_and_drive_the_run() {
    let step: Vec<f64> = [0, 24, 25, 50, 75, 99, 500]
        .iter()
        .map(|&e| Schedule::Step.rate(1.0, e, 100))
        .collect();
    assert_eq!(step, [1.0, 1.0, 0.5, 0.25, 0.125, 0.125, 0.125]);
    assert_eq!(Schedule::Cosine.rate(0.2, 0, 100), 0.2);
    assert!((Schedule::Cosine.rate(0.2, 50, 100) - 0.1).abs() < 1e-15);
    let last = Schedule::Cosine.rate(0.2, 99, 100);
    assert!(last > 0.0 && last < 0.2 * 1e-3, "{last}");
    assert_eq!(Schedule::Constant.rate(0.2, 99, 100), 0.2);
    let mut draft = circles();
    draft.schedule = Schedule::Cosine;
    draft.epochs = "100".into();
    let run = trained(&draft, 50);
    assert!(
        (run.rate_now() - 0.015).abs() < 1e-12,
        "half of 0.03 at mid-run"
    );
    let constant = trained(&circles(), 50);
    assert_ne!(
        run.history(),
        constant.history(),
        "the schedule changed the steps"
    );
    assert_eq!(
        trained(&draft, 50).history(),
        run.history(),
        "and replays bit for bit"
    );
}

#[test]
fn the_messages_name_the_limits_the_checks_use() {
    use eigenplay::state::train::{MAX_EPOCHS, MAX_NOISE, MAX_TEST_PERCENT};
    let said = |spoil: fn(&mut Draft)| {
        let mut d = circles();
        spoil(&mut d);
        d.check().unwrap_err().join(" ")
    };
    let cases: [(Spoil, String); 3] = [
        (
            |d| d.epochs = "0".into(),
            format!("from 1 to {MAX_EPOCHS}."),
        ),
        (|d| d.noise = "9".into(), format!("from 0 to {MAX_NOISE} ")),
        (
            |d| d.test = "99".into(),
            format!("from 0 to {MAX_TEST_PERCENT}."),
        ),
    ];
    for (spoil, limit) in cases {
        let text = said(spoil);
        assert!(text.contains(&limit), "{limit} in {text}");
    }
}

#[test]
fn a_weight_set_by_hand_rescores_the_run() {
    let mut draft = circles();
    draft.test = "30".into();
    let mut run = trained(&draft, 20);
    let (loss, test_loss) = (run.history()[19], run.test_history()[19]);
    let before = run.model().weights(0)[3];
    run.set_weight(0, 3, before + 5.0)
        .expect("a weight of layer 1");
    assert_eq!(run.model().weights(0)[3], before + 5.0);
    assert_eq!(run.epoch(), 20, "no epoch is trained");
    assert_eq!(
        run.history()[19],
        run.evaluate(),
        "the last loss is the edited network's"
    );
    assert_ne!(run.history()[19], loss);
    assert_ne!(run.test_history()[19], test_loss);
    let weights = run.model().parameters().to_vec();
    for (layer, index, value) in [(0, 32, 1.0), (5, 0, 1.0), (0, 0, f64::NAN)] {
        assert!(
            run.set_weight(layer, index, value).is_err(),
            "{layer} {index} {value}"
        );
    }
    assert_eq!(
        run.model().parameters(),
        &weights[..],
        "a refused edit changes nothing"
    );
}

#[test]
fn a_score_keeps_the_guesses_and_loss_of_the_weights_it_saw_until_the_next() {
    let mut draft = circles();
    draft.test = "30".into();
    let mut run = trained(&draft, 5);
    assert_eq!(
        run.scored(),
        &[None, None],
        "nothing before the first score"
    );
    assert_eq!(run.scored_loss(), None, "no loss before the first score");
    run.score();
    let at_five = run.scored().clone();
    let loss_at_five = run.evaluate();
    assert_eq!(
        run.scored_loss(),
        Some(loss_at_five),
        "the same pass's loss"
    );
    let test = run.test().expect("held out").clone();
    assert_eq!(at_five[0], run.guesses(run.data()), "the training data's");
    assert_eq!(at_five[1], run.guesses(&test), "the held-out data's");
    let (guess, truth) = at_five[1].as_ref().expect("classes");
    assert_eq!((guess.len(), truth.len()), (60, 60));
    run.run(200).expect("no divergence");
    assert_eq!(run.scored(), &at_five, "kept while the weights move on");
    assert_eq!(run.scored_loss(), Some(loss_at_five));
    run.score();
    assert_eq!(run.scored_loss(), Some(run.evaluate()));
    assert!(
        run.scored_loss() < Some(loss_at_five),
        "200 epochs lower the loss"
    );
    assert_eq!(run.scored()[1], run.guesses(&test));
    assert_ne!(run.scored(), &at_five, "200 epochs change some guesses");
}

#[test]
fn a_score_in_parts_reads_every_sample_once_and_starts_again_when_the_weights_change() {
    let mut draft = circles();
    draft.test = "30".into();
    let mut whole = trained(&draft, 5);
    whole.score();
    let mut parts = trained(&draft, 5);
    // 140 training samples, 64 a part: three parts, the held-out 60 read whole with the last.
    let done: Vec<bool> = (0..3).map(|_| parts.score_part(64)).collect();
    assert_eq!(done, [false, false, true]);
    assert_eq!(
        parts.scored(),
        whole.scored(),
        "the same classes as one pass"
    );
    let (one, split) = (whole.scored_loss().unwrap(), parts.scored_loss().unwrap());
    assert!(
        (one - split).abs() <= 1e-12 * one,
        "{one} in one pass, {split} in parts"
    );
    // A part read, then a weight changed: the score starts again with the new weights.
    assert!(!parts.score_part(100));
    parts.set_weight(0, 0, 3.0).expect("a weight of layer 1");
    assert!(
        !parts.score_part(100),
        "the 100 read before the edit are read again"
    );
    assert!(parts.score_part(40));
    let mut fresh = parts.clone();
    fresh.score();
    assert_eq!(
        parts.scored(),
        fresh.scored(),
        "no part read with the old weights"
    );
    assert_ne!(
        parts.scored(),
        whole.scored(),
        "the edit moved some classes"
    );
}

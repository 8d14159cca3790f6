//! The handwritten digits: the committed file reads as 1,797 labelled images, a damaged file
//! is refused in words, and the Train view's default network learns them.

use crate::repo::repo_file;
use eigenplay::math::data::digits::{CLASSES, PIXELS, TEST_EVERY};
use eigenplay::math::data::{parse_digits, Task};
use eigenplay::math::nn::teach::confusion;
use eigenplay::state::choices::DataChoice;
use eigenplay::state::digits;
use eigenplay::state::train::Draft;

fn file() -> Vec<u8> {
    std::fs::read(repo_file("data/digits.bin")).expect("data/digits.bin is committed")
}

#[test]
fn the_file_holds_1797_images_split_into_train_and_test() {
    let d = parse_digits(&file()).expect("the committed file reads");
    assert_eq!(d.train.rows() + d.test.rows(), 1797);
    for part in [&d.train, &d.test] {
        assert_eq!((part.features, part.targets), (PIXELS, CLASSES));
        assert_eq!(part.task, Task::Multiclass(CLASSES));
        assert!(part.x.iter().all(|&p| (0.0..=1.0).contains(&p)));
    }
    // Of each class, every fifth image is held out: its first, its sixth, ...
    let count = |part: &eigenplay::math::data::Dataset, c| {
        part.labels().unwrap().iter().filter(|&&l| l == c).count()
    };
    for c in 0..CLASSES {
        let (train, test) = (count(&d.train, c), count(&d.test, c));
        assert!(train + test > 170, "class {c} has {} images", train + test);
        assert_eq!(test, (train + test).div_ceil(TEST_EVERY), "class {c}");
    }
    // The first image of scikit-learn's set is a 0, and it is held out.
    assert_eq!(d.test.labels().unwrap()[0], 0);
    assert_eq!(
        d.test.x[..8],
        [
            0.0,
            0.0,
            5.0 / 16.0,
            13.0 / 16.0,
            9.0 / 16.0,
            1.0 / 16.0,
            0.0,
            0.0
        ]
    );
}

#[test]
fn a_damaged_file_is_refused_in_words() {
    let good = file();
    let html = b"<!doctype html><title>404</title>".to_vec();
    let short = good[..good.len() - 1].to_vec();
    let mut bright = good.clone();
    bright[10] = 17;
    let mut label = good.clone();
    label[10 + PIXELS] = 10;
    let mut count = good.clone();
    count[8] = 0;
    count[9] = 0;
    let cases: [(&[u8], &str); 6] = [
        (&html, "not the digits file"),
        (&good[..9], "ends before"),
        (&short, "cut short or corrupt"),
        (&bright, "image 1 has a pixel of 17"),
        (&label, "image 1 is labelled 10"),
        (&count, "should hold 0 images"),
    ];
    for (bytes, why) in cases {
        let err = parse_digits(bytes).expect_err(why);
        assert!(err.contains(why), "{err:?} should say {why:?}");
    }
}

#[test]
fn confusion_counts_each_true_class_by_its_guess() {
    let counts = confusion(&[0, 1, 1, 2, 0], &[0, 1, 2, 2, 1], 3);
    assert_eq!(counts, vec![1, 0, 0, 1, 1, 0, 0, 1, 1]);
    assert_eq!(counts.iter().sum::<usize>(), 5);
}

#[test]
fn the_default_network_learns_the_digits_it_never_saw() {
    let mut draft = Draft::lesson();
    draft.choose_data(DataChoice::Digits);
    // Before they arrive the draft says so (the e2e test of a failed fetch sees it); tests
    // here share one process, where another may have installed them already.
    digits::install(&file()).unwrap();
    let settings = draft.check().expect("the digits are in");
    assert_eq!(settings.epochs, 50);
    let mut run = settings.build().unwrap();
    run.run(settings.epochs).unwrap();
    assert_eq!(run.test_history().len(), 50);
    let first = run.test_history()[0];
    let last = *run.test_history().last().unwrap();
    assert!(last < first / 4.0, "test loss {first} → {last}");
    let accuracy = run.test_accuracy().unwrap();
    assert!(accuracy >= 0.95, "test accuracy {accuracy}");
    let (guess, truth) = run.guesses(run.test().unwrap()).unwrap();
    let counts = confusion(&guess, &truth, CLASSES);
    let right: usize = (0..CLASSES).map(|c| counts[c * CLASSES + c]).sum();
    assert_eq!(right as f64 / truth.len() as f64, accuracy);
}

#[test]
fn a_trace_shows_each_layer_of_the_forward_pass() {
    let d = parse_digits(&file()).unwrap();
    let mut draft = Draft::lesson();
    draft.choose_data(DataChoice::Digits);
    digits::install(&file()).unwrap();
    let run = draft.check().unwrap().build().unwrap();
    let model = run.model();
    let x = d.test.input(0);
    let trace = model.trace(x);
    assert_eq!(trace.len(), 2);
    let (z1, h) = &trace[0];
    assert_eq!((z1.len(), h.len()), (32, 32));
    // The first layer by hand: W₁x + b₁, then ReLU.
    let w = model.weights(0);
    let b = model.bias(0).unwrap();
    for u in 0..32 {
        let by_hand: f64 = (0..PIXELS).map(|i| w[u * PIXELS + i] * x[i]).sum::<f64>() + b[u];
        assert!((z1[u] - by_hand).abs() < 1e-12);
        assert_eq!(h[u], z1[u].max(0.0));
    }
    let (_, p) = &trace[1];
    assert!(
        (p.iter().sum::<f64>() - 1.0).abs() < 1e-12,
        "softmax sums to 1"
    );
    assert_eq!(p, &model.predict(x, 1));
}

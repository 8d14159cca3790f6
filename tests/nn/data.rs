//! Datasets: regenerable from their seed, shaped as promised, and the CSV reader.

use eigenplay::math::data::{self, parse_csv, parse_csv_with_target, Shape2d, Task};

#[test]
fn generators_are_regenerable_from_their_seed() {
    assert_eq!(data::lesson_regression(4), data::lesson_regression(4));
    assert_ne!(data::lesson_regression(4).x, data::lesson_regression(5).x);
    for shape in Shape2d::ALL {
        let a = data::classification(shape, 60, 3, 0.1, 2);
        assert_eq!(a, data::classification(shape, 60, 3, 0.1, 2));
        assert_eq!(a.rows(), 60);
        assert_eq!(a.features, 2);
    }
}

#[test]
fn lesson_regression_follows_its_formula() {
    let d = data::lesson_regression(1);
    assert_eq!((d.rows(), d.features, d.targets), (100, 2, 1));
    for i in 0..d.rows() {
        let x = d.input(i);
        assert!((d.y[i] - (3.0 * x[0] - 2.0 * x[1] + 1.0)).abs() < 1e-12);
    }
    assert_eq!(d.true_weights, Some(vec![3.0, -2.0]));
    let noisy = data::regression(100, 0.5, 1);
    let resid: f64 = (0..100)
        .map(|i| {
            let x = noisy.input(i);
            (noisy.y[i] - (3.0 * x[0] - 2.0 * x[1] + 1.0)).powi(2)
        })
        .sum::<f64>()
        / 100.0;
    assert!(resid > 0.1 && resid < 0.5, "noise variance {resid}");
}

#[test]
fn keras_data_is_100_by_5_in_the_unit_interval() {
    let d = data::keras_random(1);
    assert_eq!((d.rows(), d.features, d.task), (100, 5, Task::Binary));
    assert!(d.x.iter().chain(&d.y).all(|v| (0.0..1.0).contains(v)));
    let hard = data::keras_random_labels(1);
    assert!(hard.y.iter().all(|&v| v == 0.0 || v == 1.0));
    let ones = hard.y.iter().filter(|&&v| v == 1.0).count();
    assert!((30..70).contains(&ones));
}

#[test]
fn classification_sets_have_balanced_classes_and_the_right_labels() {
    let spiral = data::classification(Shape2d::Spiral, 90, 3, 0.0, 1);
    assert_eq!(spiral.task, Task::Multiclass(3));
    let labels = spiral.labels().unwrap();
    assert_eq!(
        (0..3)
            .map(|c| labels.iter().filter(|&&l| l == c).count())
            .collect::<Vec<_>>(),
        vec![30, 30, 30]
    );
    let xor = data::classification(Shape2d::Xor, 100, 5, 0.0, 1);
    assert_eq!(xor.task, Task::Binary, "XOR always has two classes");
    for i in 0..xor.rows() {
        let p = xor.input(i);
        assert!(
            p[0].abs() >= 0.1 && p[1].abs() >= 0.1,
            "margin around the axes"
        );
        assert_eq!(xor.y[i], f64::from(u8::from(p[0] * p[1] > 0.0)));
    }
    let circles = data::classification(Shape2d::Circles, 100, 2, 0.0, 1);
    for i in 0..circles.rows() {
        let r = circles.input(i).iter().map(|v| v * v).sum::<f64>().sqrt();
        assert_eq!(circles.y[i] == 1.0, r > 0.6, "radius {r}");
    }
}

#[test]
fn csv_with_header_uses_the_last_column_as_target() {
    let d = parse_csv("hours, sleep, score\n1, 8, 50\n2,7,60\n\n# comment\n3,6,70\n").unwrap();
    assert_eq!(d.rows(), 3);
    assert_eq!(d.feature_names, vec!["hours", "sleep"]);
    assert_eq!(d.target_names, vec!["score"]);
    assert_eq!(d.x, vec![1.0, 8.0, 2.0, 7.0, 3.0, 6.0]);
    assert_eq!(d.y, vec![50.0, 60.0, 70.0]);
    let first = parse_csv_with_target("1;2;3\n4;5;6", Some(0)).unwrap();
    assert_eq!(
        (first.x.clone(), first.y.clone()),
        (vec![2.0, 3.0, 5.0, 6.0], vec![1.0, 4.0])
    );
    assert_eq!(first.feature_names, vec!["column 2", "column 3"]);
}

#[test]
fn csv_errors_name_the_line_and_column() {
    let e = parse_csv("a,b,y\n1,2,3\n4,x5,6\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, 2));
    assert_eq!(e.to_string(), "line 3, column 2: 'x5' is not a number");
    let e = parse_csv("1,2,3\n\n4,5\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, 3));
    assert!(e.message.contains("2 values"), "{e}");
    let e = parse_csv("1,2\n3,\n").unwrap_err();
    assert_eq!((e.line, e.column), (2, 2));
    assert!(e.message.contains("empty"), "{e}");
    assert_eq!(parse_csv("  \n").unwrap_err().line, 1);
    assert!(parse_csv("x\n1\n").is_err(), "one column has no target");
    assert!(parse_csv_with_target("1,2\n", Some(5)).is_err());
}

#[test]
fn csv_targets_can_be_read_as_classes() {
    let d = parse_csv("x1,x2,c\n0,0,0\n1,0,2\n0,1,1\n").unwrap();
    let c = d.to_classes().unwrap();
    assert_eq!(c.task, Task::Multiclass(3));
    assert_eq!(c.labels().unwrap(), vec![0, 2, 1]);
    let e = parse_csv("x,c\n0,0.5\n").unwrap().to_classes().unwrap_err();
    assert!(e.contains("row 1"), "{e}");
}

/// 270,000 rows of class 999 once asked for a 270-million-entry one-hot table before any
/// check, and the page died of a capacity overflow. Sizes are checked first now.
#[test]
fn csv_classes_are_refused_before_a_huge_one_hot_table() {
    let many = "0,999\n".repeat(270_000);
    let e = parse_csv(&many).unwrap().to_classes().unwrap_err();
    assert!(e.contains("class 999"), "{e}");
    let wide = "0,200\n".repeat(30_000);
    let e = parse_csv(&wide).unwrap().to_classes().unwrap_err();
    assert!(e.contains("one-hot entries"), "{e}");
    let fine = "0,3\n1,0\n".repeat(1000);
    assert_eq!(
        parse_csv(&fine).unwrap().to_classes().unwrap().task,
        Task::Multiclass(4)
    );
}

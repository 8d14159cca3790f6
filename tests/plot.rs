//! The plots, drawn into SVG strings: what they contain, and that they carry no inline
//! style (the page's Content-Security-Policy forbids it).

use eigenplay::plot::{
    self, decision_boundary, downsample, heatmap, loss_curve, BoundarySpec, CurveSpec, PlaneEigen,
    PlaneMap, SpaceMap,
};

fn curve_svg(values: &[f64], log: bool, broke_at: Option<f64>) -> (String, plot::CurveFrame) {
    let points = downsample(values, 400);
    let spec = CurveSpec {
        points: &points,
        x_max: values.len() as f64,
        log,
        broke_at,
    };
    plot::to_svg(640, 280, |root| loss_curve(root, &spec)).unwrap()
}

/// The number of points in the first polyline drawn in the accent colour.
fn accent_points(svg: &str) -> usize {
    let line = svg
        .lines()
        .find(|l| l.contains("<polyline") && l.contains("stroke=\"#030303\""))
        .expect("the loss line");
    let start = line.find("points=\"").unwrap() + 8;
    let end = start + line[start..].find('"').unwrap();
    line[start..end].split_whitespace().count()
}

#[test]
fn downsample_keeps_short_histories_whole() {
    let v: Vec<f64> = (0..50).map(|i| 1.0 / (i + 1) as f64).collect();
    let d = downsample(&v, 400);
    assert_eq!(d.len(), 50);
    assert_eq!(d[0], (1.0, 1.0));
    assert_eq!(d[49].0, 50.0);
}

#[test]
fn downsample_of_ten_thousand_epochs_keeps_ends_and_spikes() {
    let mut v: Vec<f64> = (0..10_000)
        .map(|i| 100.0 * (-(i as f64) / 500.0).exp())
        .collect();
    v[6_543] = 1e6;
    let d = downsample(&v, 400);
    assert!(d.len() <= 402, "{} points", d.len());
    assert!(d.len() >= 200);
    assert_eq!(d.first().unwrap().0, 1.0);
    assert_eq!(d.last().unwrap().0, 10_000.0);
    assert!(
        d.iter().any(|&(e, y)| e == 6_544.0 && y == 1e6),
        "the spike survives"
    );
    assert!(d.windows(2).all(|w| w[0].0 < w[1].0), "epochs increase");
}

#[test]
fn loss_curve_draws_every_point_axes_and_labels() {
    let v: Vec<f64> = (0..200).map(|i| 10.0 / (i + 1) as f64).collect();
    let (svg, frame) = curve_svg(&v, false, None);
    assert!(svg.starts_with("<svg"));
    assert_eq!(accent_points(&svg), 200);
    assert!(svg.contains("\nepoch\n</text>"), "x axis name");
    assert!(svg.contains("loss"), "y axis name");
    assert!(svg.matches("<text").count() >= 8, "tick labels");
    assert!(!svg.contains("style="), "no inline style");
    assert!(frame.left < frame.right && frame.top < frame.bottom);
    assert!((frame.epoch_at(frame.right as f64) - 200.0).abs() < 1e-9);
    assert!((frame.x_of(100.0) - (frame.left + frame.right) as f64 / 2.0).abs() < 1.0);
}

#[test]
fn ten_thousand_epochs_draw_a_few_hundred_points() {
    let v: Vec<f64> = (0..10_000).map(|i| 1.0 / (i + 1) as f64).collect();
    let (svg, _) = curve_svg(&v, true, None);
    let n = accent_points(&svg);
    assert!((200..=402).contains(&n), "{n} points");
    assert!(svg.contains("log scale"));
}

#[test]
fn a_divergence_is_marked_on_the_curve() {
    let v = [4.0, 9.0, 100.0, 1e5];
    let (svg, _) = curve_svg(&v, false, Some(5.0));
    assert!(svg.contains("diverged at epoch 5"));
    assert!(
        svg.contains("stroke=\"#040404\""),
        "the break is drawn in the error colour"
    );
}

#[test]
fn heatmap_draws_one_cell_per_entry() {
    let w: Vec<f64> = (0..12).map(|i| i as f64 - 6.0).collect();
    let (svg, ()) = plot::to_svg(120, 90, |root| heatmap(root, &w, 3, 4)).unwrap();
    // 12 cells and the frame.
    assert_eq!(svg.matches("<rect").count(), 13);
    assert!(!svg.contains("style="));
}

#[test]
fn decision_boundary_draws_the_grid_and_the_samples() {
    let n = 10;
    let class: Vec<usize> = (0..n * n).map(|k| usize::from(k % n >= n / 2)).collect();
    let conf = vec![0.8; n * n];
    let points = [-0.5, -0.5, 0.5, 0.5, 0.4, -0.2];
    let labels = [0, 1, 1];
    let spec = BoundarySpec {
        x_range: (-1.0, 1.0),
        y_range: (-1.0, 1.0),
        n,
        cell_class: &class,
        cell_confidence: &conf,
        points: &points,
        labels: &labels,
    };
    let (svg, ()) = plot::to_svg(300, 300, |root| decision_boundary(root, &spec)).unwrap();
    assert!(svg.matches("<rect").count() >= n * n);
    assert_eq!(svg.matches("<circle").count(), 3);
    assert!(!svg.contains("style="));
}

#[test]
fn ticks_fall_on_round_numbers_inside_the_range() {
    assert_eq!(
        plot::ticks(&(0.0..200.0), 6),
        vec![0.0, 50.0, 100.0, 150.0, 200.0]
    );
    assert_eq!(plot::ticks(&(-2.3..1.04), 5), vec![-2.0, -1.0, 0.0, 1.0]);
    let tenths: Vec<String> = plot::ticks(&(0.0..0.3), 3)
        .into_iter()
        .map(plot::axis_number)
        .collect();
    assert_eq!(tenths, ["0", "0.1", "0.2", "0.3"]);
    for (range, count) in [
        (-7.5..1e4, 6),
        (1e-3..2e-3, 5),
        (-1.0..-0.2, 4),
        (3.0..3.7, 5),
    ] {
        let ticks = plot::ticks(&range, count);
        assert!(
            (2..=count + 1).contains(&ticks.len()),
            "{range:?}: {ticks:?}"
        );
        assert!(
            ticks.iter().all(|t| range.contains(t) || *t == range.end),
            "{range:?}: {ticks:?}"
        );
    }
    assert!(
        plot::ticks(&(1.0..1.0), 5).is_empty(),
        "an empty range has no ticks"
    );
    assert!(plot::ticks(&(0.0..f64::INFINITY), 5).is_empty());
}

#[test]
fn axis_numbers_are_short() {
    assert_eq!(plot::axis_number(0.0), "0");
    assert_eq!(plot::axis_number(2500.0), "2500");
    assert_eq!(plot::axis_number(0.125), "0.125");
    assert_eq!(plot::axis_number(1.5e-6), "1.5e-6");
}

fn plane(a: [[f64; 2]; 2]) -> (PlaneMap, String) {
    let map = PlaneMap::new(a);
    let (svg, ()) = plot::to_svg(360, 360, |root| plot::map_picture(root, &map.sketch())).unwrap();
    (map, svg)
}

/// Lines drawn in the eigen-directions' green.
fn eigen_lines(svg: &str) -> usize {
    svg.lines()
        .filter(|l| l.contains("<polyline") && l.contains("stroke=\"#16A34A\""))
        .count()
}

#[test]
fn a_symmetric_map_stretches_two_perpendicular_directions() {
    let (map, svg) = plane([[2.0, 1.0], [1.0, 2.0]]);
    let h = std::f64::consts::FRAC_1_SQRT_2;
    let PlaneEigen::Two([(l1, v1), (l2, v2)]) = map.eigen else {
        panic!("two directions, got {:?}", map.eigen)
    };
    assert!((l1 - 3.0).abs() < 1e-12 && (l2 - 1.0).abs() < 1e-12);
    assert!((v1[0] - h).abs() < 1e-12 && (v1[1] - h).abs() < 1e-12);
    assert!((v2[0] - h).abs() < 1e-12 && (v2[1] + h).abs() < 1e-12);
    assert_eq!(map.det, 3.0);
    assert_eq!(eigen_lines(&svg), 2);
    for label in ["Ae₁", "Ae₂", "λ = 3", "λ = 1"] {
        assert!(svg.contains(label), "{label} in the picture");
    }
    assert!(!svg.contains("style="), "no inline style");
    let said = map.sentences().join(" ");
    assert!(said.contains("e₁ to (2, 1) and e₂ to (1, 2)"), "{said}");
    assert!(said.contains("area det A = 3."), "{said}");
    assert!(
        said.contains("along (0.707107, 0.707107) by λ = 3"),
        "{said}"
    );
}

#[test]
fn a_shear_keeps_one_direction_a_turn_keeps_none() {
    let (shear, svg) = plane([[1.0, 1.0], [0.0, 1.0]]);
    assert_eq!(shear.eigen, PlaneEigen::One(1.0, [1.0, 0.0]));
    assert_eq!(eigen_lines(&svg), 1);
    assert!(shear.sentences()[2].contains("sheared"));

    let (turn, svg) = plane([[0.0, -1.0], [1.0, 0.0]]);
    assert_eq!(turn.eigen, PlaneEigen::Turning { re: 0.0, im: 1.0 });
    assert_eq!(eigen_lines(&svg), 0);
    assert!(turn.sentences()[2].contains("complex, 0 ± 1i"));

    assert_eq!(
        PlaneMap::new([[2.0, 0.0], [0.0, 2.0]]).eigen,
        PlaneEigen::Every(2.0)
    );
}

#[test]
fn a_flip_and_a_flattening_are_named() {
    let flip = PlaneMap::new([[0.0, 1.0], [1.0, 0.0]]);
    assert_eq!(flip.det, -1.0);
    assert!(flip.sentences()[1].contains("flipped over"));
    let flat = PlaneMap::new([[1.0, 2.0], [2.0, 4.0]]);
    assert_eq!(flat.det, 0.0);
    assert!(flat.sentences()[1].contains("no inverse"));
}

#[test]
fn eigen_directions_satisfy_av_equals_lambda_v() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        ((state >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 20.0
    };
    let (mut real, mut complex) = (0, 0);
    for _ in 0..2000 {
        let a = [[next(), next()], [next(), next()]];
        let map = PlaneMap::new(a);
        let trace = a[0][0] + a[1][1];
        match map.eigen {
            PlaneEigen::Two(pairs) => {
                real += 1;
                for (l, [x, y]) in pairs {
                    assert!((x.hypot(y) - 1.0).abs() < 1e-12);
                    let (ax, ay) = map.apply(x, y);
                    let miss = (ax - l * x).hypot(ay - l * y);
                    assert!(
                        miss < 1e-9 * (1.0 + l.abs()),
                        "A = {a:?}: |Av − λv| = {miss}"
                    );
                }
                let sum = pairs[0].0 + pairs[1].0;
                let product = pairs[0].0 * pairs[1].0;
                assert!((sum - trace).abs() < 1e-9 && (product - map.det).abs() < 1e-8);
            }
            PlaneEigen::Turning { re, im } => {
                complex += 1;
                assert!((2.0 * re - trace).abs() < 1e-12);
                assert!((re * re + im * im - map.det).abs() < 1e-9 * (1.0 + map.det.abs()));
            }
            other => panic!("A = {a:?} is generic, got {other:?}"),
        }
    }
    assert!(
        real > 500 && complex > 200,
        "both kinds met: {real} real, {complex} complex"
    );
}

#[test]
fn the_image_grid_is_straight_lines_cut_at_the_edge() {
    // A = [[2, 1], [1, 2]] sends the grid's lines along (2, 1) and (1, 2): slopes ½ and 2 (the
    // SVG's y grows downwards, so −½ and −2). A line pinned to the chart's corner would not be.
    let (_, svg) = plane([[2.0, 1.0], [1.0, 2.0]]);
    let mut faint = 0;
    for line in svg
        .lines()
        .filter(|l| l.contains("<polyline") && l.contains("opacity=\"0.3\""))
    {
        let start = line.find("points=\"").unwrap() + 8;
        let end = start + line[start..].find('"').unwrap();
        let pts: Vec<(f64, f64)> = line[start..end]
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        let ((x0, y0), (x1, y1)) = (pts[0], pts[pts.len() - 1]);
        if (x1 - x0).hypot(y1 - y0) < 40.0 {
            continue; // a corner clipped short: too few pixels for a slope
        }
        let slope = (y1 - y0) / (x1 - x0);
        assert!(
            (slope + 0.5).abs() < 0.06 || (slope + 2.0).abs() < 0.25,
            "a grid line with slope {slope}: {line}"
        );
        faint += 1;
    }
    assert!(faint >= 8, "the image grid is drawn ({faint} lines)");
}

#[test]
fn a_3x3_map_finds_volume_and_directions_and_draws_the_box() {
    let map = SpaceMap::new([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]]);
    assert_eq!(map.det, 24.0);
    assert_eq!(map.turning, None);
    let mut lambdas: Vec<f64> = map.stretched.iter().map(|s| s.0).collect();
    lambdas.sort_by(f64::total_cmp);
    assert_eq!(lambdas, [2.0, 3.0, 4.0]);
    let (svg, ()) = plot::to_svg(360, 360, |root| plot::map_picture(root, &map.sketch())).unwrap();
    assert_eq!(eigen_lines(&svg), 3);
    for label in ["Ae₁", "Ae₂", "Ae₃", "λ = 4"] {
        assert!(svg.contains(label), "{label} in the picture");
    }
    // 12 cube edges, 12 box edges, 3 axes, 3 eigen-lines, 3 columns.
    assert_eq!(svg.matches("<polyline").count(), 33);
    assert!(map.sentences()[1].contains("volume det A = 24."));
}

/// The (x, y) points of every polyline drawn in `stroke`.
fn polyline_points(svg: &str, stroke: &str) -> Vec<(f64, f64)> {
    svg.lines()
        .filter(|l| l.contains("<polyline") && l.contains(&format!("stroke=\"{stroke}\"")))
        .flat_map(|line| {
            let start = line.find("points=\"").unwrap() + 8;
            let end = start + line[start..].find('"').unwrap();
            line[start..end]
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn turning_the_3x3_view_keeps_the_whole_box_in_the_picture() {
    // The box's edges are in the accent colour; whatever the turn, none is cut at the edge
    // (the picture spans pixels 6 to 353) and all twelve are drawn.
    let mut rng = eigenplay::math::rng::Rng::new(11);
    for _ in 0..50 {
        let a = [0, 1, 2].map(|_| [0, 1, 2].map(|_| rng.uniform(-3.0, 3.0)));
        let map = SpaceMap::new(a);
        let widths = [-90, -45, 0, 30, 90].map(|turn: i32| {
            let turn_radians = f64::from(turn).to_radians();
            let sketch = map.sketch_in(map.reach(turn_radians), turn_radians);
            let (svg, ()) =
                plot::to_svg(360, 360, |root| plot::map_picture(root, &sketch)).unwrap();
            let edges = polyline_points(&svg, "#030303");
            assert_eq!(edges.len(), 24, "{a:?} turned {turn}°");
            for &(x, y) in &edges {
                assert!(
                    (7.0..353.0).contains(&x) && (7.0..353.0).contains(&y),
                    "{a:?} turned {turn}°: ({x}, {y})"
                );
            }
            edges.iter().map(|p| p.0).fold(f64::MIN, f64::max)
                - edges.iter().map(|p| p.0).fold(f64::MAX, f64::min)
        });
        // Turning changes what is seen.
        assert!(
            widths.iter().any(|w| (w - widths[0]).abs() > 1.0),
            "{a:?}: {widths:?}"
        );
    }
}

/// Where each text of the picture is anchored, by its words.
fn text_anchors(svg: &str) -> Vec<(String, (f64, f64))> {
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        tag[start..start + tag[start..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let words = t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()]
                .trim()
                .to_string();
            (words, (attr(t, "x"), attr(t, "y")))
        })
        .collect()
}

#[test]
fn eigenvalue_labels_keep_clear_of_the_column_names() {
    let plane_svg = |a| {
        plot::to_svg(360, 360, |root| {
            plot::map_picture(root, &PlaneMap::new(a).sketch())
        })
        .unwrap()
        .0
    };
    let space_svg = |a| {
        plot::to_svg(360, 360, |root| {
            plot::map_picture(root, &SpaceMap::new(a).sketch())
        })
        .unwrap()
        .0
    };
    let pictures = [
        plane_svg([[2.0, 1.0], [1.0, 2.0]]),
        plane_svg([[3.0, 0.0], [0.0, 2.0]]),
        plane_svg([[1.0, 1.0], [0.0, 1.0]]),
        space_svg([[2.0, 0.0, 0.0], [0.0, 3.0, 0.0], [0.0, 0.0, 4.0]]),
        space_svg([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]),
    ];
    for svg in &pictures {
        let anchors = text_anchors(svg);
        let (lambdas, names): (Vec<_>, Vec<_>) =
            anchors.iter().partition(|(w, _)| w.starts_with('λ'));
        assert!(!lambdas.is_empty() && !names.is_empty(), "{anchors:?}");
        for (l, (lx, ly)) in &lambdas {
            for (n, (nx, ny)) in &names {
                let gap = (lx - nx).hypot(ly - ny);
                assert!(gap > 40.0, "{l} is {gap:.0} px from {n}: {anchors:?}");
            }
        }
    }
}

#[test]
fn a_3x3_turn_keeps_its_axis_and_a_mirror_is_named() {
    let turn = SpaceMap::new([[0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]);
    assert_eq!(turn.turning, Some((0.0, 1.0)));
    assert_eq!(turn.stretched.len(), 1);
    let (l, v) = turn.stretched[0];
    assert!(
        (l - 1.0).abs() < 1e-12 && (v[2] - 1.0).abs() < 1e-12,
        "{l} {v:?}"
    );
    assert!(turn.sentences()[2].contains("turns the plane around it"));

    let mirror = SpaceMap::new([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]]);
    assert_eq!(mirror.det, -1.0);
    assert!(mirror.sentences()[1].contains("mirrored"));
    // Every direction found satisfies A·v = λ·v.
    for &(l, v) in &mirror.stretched {
        let av = mirror.apply(v);
        assert!(
            (0..3).all(|i| (av[i] - l * v[i]).abs() < 1e-12),
            "{l} {v:?}"
        );
    }
    let flat = SpaceMap::new([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]);
    assert!(flat.det.abs() < 1e-9);
}

//! A 2×2 A as a map of the plane and a 3×3 A as a map of space: the geometry, the words,
//! and where the picture puts its lines and labels.

use eigenplay::plot::{self, PlaneEigen, PlaneMap, SpaceMap};

use super::svg::{polylines, text_anchors};

fn plane(a: [[f64; 2]; 2]) -> (PlaneMap, String) {
    let map = PlaneMap::new(a);
    let (svg, ()) = plot::to_svg(360, 360, |root| plot::map_picture(root, &map.sketch())).unwrap();
    (map, svg)
}

/// Lines drawn in the eigen-directions' bluish green.
fn eigen_lines(svg: &str) -> usize {
    svg.lines()
        .filter(|l| l.contains("<polyline") && l.contains("stroke=\"#009E73\""))
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
    for pts in polylines(&svg, |l| l.contains("opacity=\"0.3\"")) {
        let ((x0, y0), (x1, y1)) = (pts[0], pts[pts.len() - 1]);
        if (x1 - x0).hypot(y1 - y0) < 40.0 {
            continue; // a corner clipped short: too few pixels for a slope
        }
        let slope = (y1 - y0) / (x1 - x0);
        assert!(
            (slope + 0.5).abs() < 0.06 || (slope + 2.0).abs() < 0.25,
            "a grid line with slope {slope}: {pts:?}"
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
            let edges: Vec<(f64, f64)> =
                polylines(&svg, |l| l.contains("stroke=\"#030303\"")).concat();
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

#[test]
fn a_pixel_of_the_picture_names_the_point_of_the_plane_drawn_there() {
    // The picture of [−4, 4]² in 360 px: the margin is 6 px, so 348 px span 8 units.
    let at = |px, py| plot::plane_point(px, py, 360.0, 4.0);
    assert_eq!(at(180.0, 180.0), (0.0, 0.0));
    assert_eq!(at(6.0, 6.0), (-4.0, 4.0));
    assert_eq!(at(354.0, 354.0), (4.0, -4.0));
    let (x, y) = at(180.0 + 87.0, 180.0 - 43.5);
    assert!(
        (x - 2.0).abs() < 1e-12 && (y - 1.0).abs() < 1e-12,
        "({x}, {y})"
    );
}

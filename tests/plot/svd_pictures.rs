//! The SVD's pictures: A = U·Σ·Vᵀ as three moves of the unit circle, and a small picture's
//! best rank-k approximation. Geometry checked with numbers (NumPy's where noted), the words,
//! and the SVG (its labels, no inline style).

use eigenplay::plot::{self, LowRank, SvdStages, CIRCLE_POINTS};

use super::svg::{polylines, text_anchors};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

fn assert_map(m: [[f64; 2]; 2], want: [[f64; 2]; 2], tol: f64) {
    for i in 0..2 {
        for j in 0..2 {
            assert!(close(m[i][j], want[i][j], tol), "{m:?} vs {want:?}");
        }
    }
}

fn mul(a: [[f64; 2]; 2], b: [[f64; 2]; 2]) -> [[f64; 2]; 2] {
    let e = |i: usize, j: usize| a[i][0] * b[0][j] + a[i][1] * b[1][j];
    [[e(0, 0), e(0, 1)], [e(1, 0), e(1, 1)]]
}

fn det(m: [[f64; 2]; 2]) -> f64 {
    m[0][0] * m[1][1] - m[0][1] * m[1][0]
}

fn svg_of_sketch(sketch: &plot::Sketch) -> String {
    plot::to_svg(360, 360, |root| plot::map_picture(root, sketch))
        .unwrap()
        .0
}

fn words(svg: &str) -> Vec<String> {
    text_anchors(svg).into_iter().map(|(w, _)| w).collect()
}

// --- The SVD as rotate, stretch, rotate ---

/// NumPy: np.linalg.svd([[2, 3], [0, 2]]) has σ = (4, 1) and v₁ = ±(1, 2)/√5.
const A: [[f64; 2]; 2] = [[2.0, 3.0], [0.0, 2.0]];

#[test]
fn the_svd_stages_end_at_a_and_pass_through_vt_and_sigma_vt() {
    let s = SvdStages::new(A).unwrap();
    assert!(close(s.sigma[0], 4.0, 1e-12) && close(s.sigma[1], 1.0, 1e-12));
    let h = 1.0 / 5f64.sqrt();
    assert!(close(s.v()[0].0, h, 1e-12) && close(s.v()[0].1, 2.0 * h, 1e-12));
    assert_map(s.map_at(0.0), [[1.0, 0.0], [0.0, 1.0]], 0.0);
    assert_map(s.map_at(1.0), s.v_t, 1e-12);
    let sigma = [[s.sigma[0], 0.0], [0.0, s.sigma[1]]];
    assert_map(s.map_at(2.0), mul(sigma, s.v_t), 1e-12);
    assert_map(s.map_at(3.0), A, 1e-12);
    assert_map(s.map_at(7.0), A, 1e-12);
}

#[test]
fn the_circle_becomes_the_ellipse_a_of_the_circle_with_semi_axes_sigma() {
    let s = SvdStages::new(A).unwrap();
    let circle = s.points_at(0.0);
    assert_eq!(circle.len(), CIRCLE_POINTS + 1);
    assert_eq!(circle[0], circle[CIRCLE_POINTS], "closed");
    for &(x, y) in &circle {
        assert!(close(x.hypot(y), 1.0, 1e-12), "on the unit circle");
    }
    let ellipse = s.points_at(3.0);
    for (&(x, y), &(ex, ey)) in circle.iter().zip(&ellipse) {
        let (ax, ay) = (A[0][0] * x + A[0][1] * y, A[1][0] * x + A[1][1] * y);
        assert!(close(ax, ex, 1e-12) && close(ay, ey, 1e-12), "A·circle");
    }
    let lengths: Vec<f64> = ellipse.iter().map(|&(x, y)| x.hypot(y)).collect();
    let far = lengths.iter().copied().fold(0.0, f64::max);
    let near = lengths.iter().copied().fold(f64::INFINITY, f64::min);
    assert!(close(far, s.sigma[0], 1e-9), "farthest point {far}");
    assert!(close(near, s.sigma[1], 1e-9), "nearest point {near}");
    // The farthest point is σ₁u₁ (or −σ₁u₁).
    let [u1, _] = s.u_columns();
    let (x, y) = ellipse[0];
    assert!(close(x, 4.0 * u1.0, 1e-12) && close(y, 4.0 * u1.1, 1e-12));
}

#[test]
fn rotations_go_by_angle_so_the_circle_stays_a_circle_in_stage_one() {
    let s = SvdStages::new(A).unwrap();
    // try_svd's signs make both U and Vᵀ reflections here; the picture shows two rotations.
    assert!(!s.v_turn.flip && !s.u_turn.flip, "det Vᵀ = {}", det(s.v_t));
    assert!(close(det(s.v_t), 1.0, 1e-12) && close(det(s.u), 1.0, 1e-12));
    for t in [0.13, 0.5, 0.91] {
        let m = s.map_at(t);
        assert!(close(det(m), 1.0, 1e-12), "a rotation at t = {t}");
        for (x, y) in s.points_at(t) {
            assert!(close(x.hypot(y), 1.0, 1e-12), "t = {t}");
        }
    }
    // Halfway through stage 1, half the angle.
    let half = s.map_at(0.5);
    let angle = half[1][0].atan2(half[0][0]);
    assert!(close(2.0 * angle, s.v_turn.angle, 1e-12));
}

#[test]
fn a_reflection_is_shown_as_a_flip_then_a_rotation() {
    // det < 0: exactly one of U and Vᵀ reflects.
    let a = [[1.0, 2.0], [3.0, 4.0]];
    let s = SvdStages::new(a).unwrap();
    assert_ne!(s.u_turn.flip, s.v_turn.flip);
    assert_eq!(s.v_turn.flip, det(s.v_t) < 0.0);
    assert_eq!(s.u_turn.flip, det(s.u) < 0.0);
    assert_map(s.map_at(1.0), s.v_t, 1e-12);
    assert_map(s.map_at(3.0), a, 1e-12);
    let (flip_start, name) = if s.v_turn.flip {
        (0.0, "Vᵀ flips, then rotates")
    } else {
        (2.0, "U flips, then rotates")
    };
    assert_eq!(s.stage_name(flip_start + 0.5), name);
    // The flip turns the plane over like a page: an eighth in, the y-axis is seen at 45°
    // (areas shrink by cos 45°), a quarter in, edge-on (a line).
    let before = if s.v_turn.flip {
        1.0
    } else {
        s.sigma[0] * s.sigma[1]
    };
    let eighth = det(s.map_at(flip_start + 0.125)).abs() / before;
    assert!(
        close(eighth, std::f64::consts::FRAC_1_SQRT_2, 1e-12),
        "{eighth}"
    );
    assert!(close(det(s.map_at(flip_start + 0.25)), 0.0, 1e-12));
    assert!(s.sentences().join(" ").contains("is a reflection"));
}

#[test]
fn stage_names_and_a_fixed_reach() {
    let s = SvdStages::new(A).unwrap();
    let names: Vec<&str> = [0.0, 0.5, 1.0, 1.5, 2.0, 2.9, 3.0]
        .iter()
        .map(|&t| s.stage_name(t))
        .collect();
    assert_eq!(
        names,
        [
            "Vᵀ rotates",
            "Vᵀ rotates",
            "Σ stretches",
            "Σ stretches",
            "U rotates",
            "U rotates",
            "U rotates"
        ]
    );
    let reach = s.sketch_at(0.0).reach();
    for k in 0..=30 {
        let t = f64::from(k) / 10.0;
        assert_eq!(s.sketch_at(t).reach(), reach, "t = {t}");
        for (x, y) in s.points_at(t) {
            assert!(x.abs() < reach && y.abs() < reach, "inside at t = {t}");
        }
    }
}

#[test]
fn the_svd_pictures_name_what_they_show() {
    let s = SvdStages::new(A).unwrap();
    let start = svg_of_sketch(&s.sketch_at(0.0));
    let end = svg_of_sketch(&s.sketch_at(3.0));
    for label in ["e₁", "e₂", "v₁", "v₂"] {
        assert!(
            words(&start).contains(&label.to_string()),
            "{label} at t = 0"
        );
    }
    for label in ["Ae₁", "Ae₂", "σ₁u₁", "σ₂u₂"] {
        assert!(words(&end).contains(&label.to_string()), "{label} at t = 3");
    }
    // Plotters cuts a long polyline into pieces; together they hold every point.
    let points = |stroke: &str| -> usize {
        let mut all: Vec<(f64, f64)> = polylines(&end, |l| l.contains(stroke))
            .into_iter()
            .flatten()
            .collect();
        all.sort_by(|a, b| a.partial_cmp(b).unwrap());
        all.dedup();
        all.len()
    };
    let circle = points("stroke=\"#050505\" stroke-width=\"2\"");
    let ellipse = points("stroke=\"#030303\" stroke-width=\"3\"");
    assert!(
        circle >= CIRCLE_POINTS * 3 / 4,
        "the grey unit circle: {circle}"
    );
    assert!(ellipse >= CIRCLE_POINTS * 3 / 4, "the ellipse: {ellipse}");
    assert!(!start.contains("style=") && !end.contains("style="));
    let said = s.sentences().join(" ");
    assert!(
        said.contains("σ₁ = 4 stretches along v₁ = (0.447, 0.894)"),
        "{said}"
    );
    assert!(said.contains("semi-axes σ₁ = 4 and σ₂ = 1"), "{said}");
    let flat = SvdStages::new([[1.0, 2.0], [2.0, 4.0]]).unwrap();
    assert!(flat.sentences().join(" ").contains("rank 1"));
}

// --- A low-rank picture ---

#[test]
fn the_low_rank_error_falls_with_k_and_vanishes_at_full_rank() {
    let image = plot::smiley();
    assert_eq!(image.shape(), (24, 24));
    assert_eq!(image, plot::smiley(), "deterministic");
    assert!(image.iter().all(|v| (0.0..=1.0).contains(v)));
    let s = LowRank::new(&image, 1).unwrap().singular_values;
    let rank = s.iter().filter(|&&x| x > 1e-10 * s[0]).count();
    // NumPy: matrix_rank = 12 (the face is symmetric), σ = 15.84841535, 4.17094868, ...
    assert_eq!(rank, 12);
    assert!(close(s[0], 15.84841535, 1e-8) && close(s[1], 4.17094868, 1e-8));
    let mut last = f64::INFINITY;
    for k in 1..=24 {
        let low = LowRank::new(&image, k).unwrap();
        let e = low.relative_error();
        if k < rank {
            assert!(e < last && e > 1e-9, "k = {k}: {e} after {last}");
        } else {
            assert!(e < 1e-12, "k = {k} ≥ rank {rank}: {e}");
        }
        let s = &low.singular_values;
        let tail: f64 = s[k..].iter().map(|x| x * x).sum();
        let all: f64 = s.iter().map(|x| x * x).sum();
        assert!(
            close(e, (tail / all).sqrt(), 1e-9),
            "Eckart–Young at k = {k}"
        );
        assert!(close(low.stored_fraction(), (k * 49) as f64 / 576.0, 1e-15));
        last = e;
    }
    assert!(LowRank::new(&image, 1).unwrap().relative_error() > 0.05);
    assert!(LowRank::new(&image, 24).unwrap().relative_error() < 1e-12);
    assert_eq!(LowRank::new(&image, 99).unwrap().k, 24);
}

#[test]
fn the_low_rank_picture_shows_both_in_gray_and_says_what_is_kept() {
    let low = LowRank::new(&plot::smiley(), 4).unwrap();
    let (svg, ()) = plot::to_svg(360, 210, |root| plot::low_rank_picture(root, &low)).unwrap();
    assert_eq!(svg.matches("<rect").count(), 2 * (576 + 1));
    let cells: Vec<&str> = svg
        .split("<rect")
        .skip(1)
        .map(|t| &t[..t.find('>').unwrap()])
        .filter(|t| t.contains("fill=\"#"))
        .collect();
    assert_eq!(cells.len(), 2 * 576, "every cell filled, the frames not");
    for rect in cells {
        let fill = &rect[rect.find("fill=\"#").unwrap() + 7..][..6];
        let hue = u32::from_str_radix(fill, 16).unwrap();
        assert!(
            !(1..=5).any(|k| hue == k * 0x010101),
            "a cell in a sentinel colour"
        );
    }
    assert_eq!(plot::gray(0.0), plotters::style::RGBColor(8, 8, 8));
    let titles = words(&svg);
    assert!(titles.contains(&"original".to_string()));
    assert!(
        titles.iter().any(|t| t.starts_with("rank 4, ")),
        "{titles:?}"
    );
    assert!(!svg.contains("style="));
    let said = low.sentences().join(" ");
    assert!(
        said.contains("k·(m + n + 1) = 196 numbers instead of m·n = 576"),
        "{said}"
    );
    assert!(said.contains("It has rank 12"), "{said}");
}

#[test]
fn a_typed_matrix_past_one_still_shows_its_pattern() {
    // Entries 1 to 9, not brightnesses: the smallest is black and the largest white, and
    // every entry its own gray; clamping to [0, 1] would paint all nine white.
    let a = eigenplay::math::matrix::Matrix::from_row_slice(
        3,
        3,
        &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0],
    );
    let low = LowRank::new(&a, 1).unwrap();
    assert_eq!(low.shade_range(), (1.0, 9.0));
    let (svg, ()) = plot::to_svg(360, 210, |root| plot::low_rank_picture(root, &low)).unwrap();
    // The original's nine cells are the first filled rectangles after the background.
    let original: std::collections::BTreeSet<String> = svg
        .split("fill=\"#")
        .skip(1)
        .map(|t| t[..6].to_lowercase())
        .filter(|f| f != "010101")
        .take(9)
        .collect();
    assert_eq!(original.len(), 9, "{original:?}");
    let lower: Vec<String> = original.iter().map(|f| f.to_lowercase()).collect();
    assert!(
        lower.contains(&"080808".into()) && lower.contains(&"ffffff".into()),
        "{lower:?}"
    );
    assert!(
        low.sentences()[0].contains("1 black and 9 white"),
        "{:?}",
        low.sentences()
    );
    // Brightnesses in [0, 1] keep their own scale.
    assert_eq!(
        LowRank::new(&plot::smiley(), 2).unwrap().shade_range(),
        (0.0, 1.0)
    );
}

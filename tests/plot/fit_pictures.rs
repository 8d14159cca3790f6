//! Fitting pictures: least squares as a projection (and a line through more samples than
//! three) and PCA of a point cloud. Geometry checked with numbers (NumPy's where noted), the
//! words, and the SVG (its labels, no inline style).

use eigenplay::math::matrix::{Matrix, Vector};
use eigenplay::plot::{self, LineFit, PcaCloud, PlotFrame, Projection};

use super::svg::{circles, polylines, text_anchors};

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

fn svg_of_sketch(sketch: &plot::Sketch) -> String {
    plot::to_svg(360, 360, |root| plot::map_picture(root, sketch))
        .unwrap()
        .0
}

fn words(svg: &str) -> Vec<String> {
    text_anchors(svg).into_iter().map(|(w, _)| w).collect()
}

// --- Least squares as a projection ---

fn projection(rows: &[&[f64]], b: &[f64]) -> Projection {
    let a = Matrix::from_fn(rows.len(), rows[0].len(), |i, j| rows[i][j]);
    Projection::new(&a, &Vector::from_column_slice(b)).unwrap()
}

#[test]
fn in_space_p_is_the_foot_of_the_perpendicular_on_the_plane() {
    // NumPy: lstsq([[1, 0], [1, 1], [1, 2]], [6, 0, 0]) = (5, −3); p = (5, 2, −1).
    let pr = projection(&[&[1.0, 0.0], &[1.0, 1.0], &[1.0, 2.0]], &[6.0, 0.0, 0.0]);
    for (got, want) in pr.x_hat.iter().zip([5.0, -3.0]) {
        assert!(close(*got, want, 1e-12), "{:?}", pr.x_hat);
    }
    for (got, want) in pr.p.iter().zip([5.0, 2.0, -1.0]) {
        assert!(close(*got, want, 1e-12), "{:?}", pr.p);
    }
    for v in &pr.at_r {
        assert!(v.abs() < 1e-12, "Aᵀr = {:?}", pr.at_r);
    }
    let svg = svg_of_sketch(&pr.sketch(0.0));
    for label in ["a₁", "a₂", "b", "p = Ax̂", "r"] {
        assert!(words(&svg).contains(&label.to_string()), "{label}");
    }
    assert!(svg.contains("<polygon"), "the plane is shaded");
    assert!(!svg.contains("style="));
    let said = pr.sentences().join(" ");
    assert!(
        said.contains("p = A·x̂ = (5, 2, -1) with x̂ = (5, -3)"),
        "{said}"
    );
    assert!(said.contains("‖r‖ = 2.45"), "{said}");
    assert!(said.contains("perpendicular to every column"), "{said}");
}

#[test]
fn in_the_plane_b_is_projected_onto_the_columns_line() {
    // NumPy: lstsq([[2], [1]], [1, 3]) = 1; p = (2, 1), r = (−1, 2).
    let pr = projection(&[&[2.0], &[1.0]], &[1.0, 3.0]);
    assert!(close(pr.x_hat[0], 1.0, 1e-12));
    assert!(close(pr.r[0], -1.0, 1e-12) && close(pr.r[1], 2.0, 1e-12));
    let svg = svg_of_sketch(&pr.sketch(0.0));
    assert!(!svg.contains("<polygon"), "a line, no plane");
    // The right angle: two short ink lines at p; the axes are the other two ink lines.
    let ink = polylines(&svg, |l| {
        l.contains("stroke=\"#010101\"") && l.contains("stroke-width=\"1\"")
    });
    assert_eq!(ink.len(), 2, "{ink:?}");
    assert!(
        pr.sentences()[2].contains("‖Aᵀr‖ = 0"),
        "{:?}",
        pr.sentences()
    );
}

#[test]
fn r_is_perpendicular_to_the_columns_for_random_problems() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 2001) as f64 / 100.0 - 10.0
    };
    for (m, n) in [(2, 1), (3, 1), (3, 2), (2, 2)] {
        for _ in 0..50 {
            let a = Matrix::from_fn(m, n, |_, _| next());
            let b = Vector::from_fn(m, |_, _| next());
            let Ok(pr) = Projection::new(&a, &b) else {
                continue;
            };
            let scale = a.norm() * b.norm();
            for v in &pr.at_r {
                assert!(v.abs() < 1e-10 * scale.max(1.0), "{m}×{n}: {:?}", pr.at_r);
            }
            for i in 0..m {
                assert!(close(pr.p[i] + pr.r[i], b[i], 1e-12 * b.norm().max(1.0)));
            }
        }
    }
}

#[test]
fn projection_refuses_what_it_cannot_draw() {
    let b4 = Vector::from_column_slice(&[1.0, 2.0, 3.0, 4.0]);
    assert!(Projection::new(&Matrix::from_element(4, 2, 1.0), &b4).is_err());
    let dependent = Matrix::from_row_slice(3, 2, &[1.0, 2.0, 2.0, 4.0, 3.0, 6.0]);
    let b3 = Vector::from_column_slice(&[1.0, 0.0, 0.0]);
    assert!(Projection::new(&dependent, &b3).is_err());
    let inside = projection(&[&[1.0, 0.0], &[0.0, 1.0], &[1.0, 1.0]], &[1.0, 2.0, 3.0]);
    assert!(inside.sentences().join(" ").contains("solved exactly"));
}

#[test]
fn a_line_through_four_samples_with_vertical_residuals() {
    let chapter = LineFit::four_samples();
    assert_eq!(chapter.t, [1.0, 2.0, 3.0, 4.0]);
    assert_eq!(chapter.equation(), "y = 1 + 2t");
    assert!(chapter.r.iter().all(|r| r.abs() < 1e-12));
    // NumPy: lstsq([[1, t]], y) for t = 1..4, y = (2, 3, 5, 6) = (0.5, 1.4).
    let fit = LineFit::new(&[1.0, 2.0, 3.0, 4.0], &[2.0, 3.0, 5.0, 6.0]).unwrap();
    assert!(close(fit.x_hat[0], 0.5, 1e-12) && close(fit.x_hat[1], 1.4, 1e-12));
    assert!(fit.at_r.iter().all(|v| v.abs() < 1e-12), "{:?}", fit.at_r);
    let (svg, ()) = plot::to_svg(360, 360, |root| plot::line_fit_picture(root, &fit)).unwrap();
    assert_eq!(circles(&svg).len(), 4);
    // The residuals: one vertical segment per sample.
    let vertical = polylines(&svg, |l| l.contains("stroke=\"#CC79A7\""))
        .into_iter()
        .filter(|p| p.len() == 2 && p[0].0 == p[1].0)
        .count();
    assert_eq!(vertical, 4);
    assert!(words(&svg).contains(&"y = 0.5 + 1.4t".to_string()));
    assert!(!svg.contains("style="));
    let said = fit.sentences().join(" ");
    assert!(said.contains("perpendicular to both columns"), "{said}");
    assert!(LineFit::new(&[2.0, 2.0], &[1.0, 3.0]).is_err());
}

// --- PCA of a point cloud ---

const CLOUD: [(f64, f64); 5] = [(1.0, 2.0), (2.0, 3.5), (3.0, 3.0), (4.0, 5.5), (5.0, 6.0)];

#[test]
fn pca_agrees_with_numpy() {
    // NumPy: np.cov(P.T) = [[2.5, 2.5], [2.5, 2.875]]; eigh → 0.18047861, 5.19452139 with
    // PC1 = (0.68015074, 0.73307228).
    let cloud = PcaCloud::new(&CLOUD);
    let f = cloud.fit.as_ref().unwrap();
    assert_eq!(f.mean, (3.0, 4.0));
    assert_map(f.cov, [[2.5, 2.5], [2.5, 2.875]], 1e-12);
    assert!(close(f.lambda[0], 5.19452139, 1e-8) && close(f.lambda[1], 0.18047861, 1e-8));
    assert!(close(f.axes[0].0, 0.68015074, 1e-8) && close(f.axes[0].1, 0.73307228, 1e-8));
    assert!(close(f.explained[0], 0.96642258, 1e-8));
    assert!(close(f.explained[0] + f.explained[1], 1.0, 1e-15));
    let [(a, b), (c, d)] = f.axes;
    assert!(close(a * c + b * d, 0.0, 1e-12), "perpendicular axes");
    let said = cloud.sentences().join(" ");
    assert!(said.contains("[[2.5, 2.5], [2.5, 2.88]]"), "{said}");
    assert!(said.contains("λ₁ = 5.19 and λ₂ = 0.18"), "{said}");
    assert!(said.contains("PC1 explains 96.6%"), "{said}");
    assert!(said.contains("PC1 points along (0.68, 0.733)"), "{said}");
}

#[test]
fn each_point_is_joined_to_its_foot_on_pc1() {
    let cloud = PcaCloud::new(&CLOUD);
    let f = cloud.fit.as_ref().unwrap();
    let (u, m) = (f.axes[0], f.mean);
    for (&(x, y), &(px, py)) in cloud.points.iter().zip(&cloud.projections()) {
        assert!(
            close((px - m.0) * u.1 - (py - m.1) * u.0, 0.0, 1e-12),
            "on PC1"
        );
        assert!(
            close((x - px) * u.0 + (y - py) * u.1, 0.0, 1e-12),
            "perpendicular"
        );
    }
    for (k, [p, q]) in cloud.axis_ends().into_iter().enumerate() {
        let half = 0.5 * (q.0 - p.0).hypot(q.1 - p.1);
        assert!(close(half, 2.0 * f.lambda[k].sqrt(), 1e-12), "2·√λ");
    }
    let frame = cloud.frame(360);
    let (svg, ()) = plot::to_svg(360, 360, |root| plot::pca_picture(root, &cloud, &frame)).unwrap();
    let drawn = circles(&svg);
    assert_eq!(drawn.len(), 10, "five points and five projections");
    for (&(x, y), &(cx, cy)) in CLOUD.iter().zip(&drawn) {
        let (px, py) = frame.to_px(x, y);
        assert!(close(px, cx, 0.5) && close(py, cy, 0.5));
        assert!(
            (0.0..360.0).contains(&px) && (0.0..360.0).contains(&py),
            "inside"
        );
    }
    assert!(words(&svg).contains(&"PC1".to_string()));
    assert!(words(&svg).contains(&"PC2".to_string()));
    assert!(!svg.contains("style="));
}

#[test]
fn pixels_and_data_round_trip() {
    let frame = PlotFrame {
        side_px: 360,
        x_range: (-2.0, 6.0),
        y_range: (1.0, 9.0),
    };
    assert_eq!(frame.to_px(-2.0, 9.0), (0.0, 0.0), "top left");
    assert_eq!(frame.to_px(6.0, 1.0), (360.0, 360.0), "bottom right");
    assert_eq!(frame.to_data(180.0, 180.0), (2.0, 5.0));
    for (x, y) in [(0.3, 7.1), (-1.9, 1.2), (5.5, 8.8)] {
        let (px, py) = frame.to_px(x, y);
        let (bx, by) = frame.to_data(px, py);
        assert!(close(bx, x, 1e-12) && close(by, y, 1e-12));
    }
    let square = PcaCloud::new(&CLOUD).frame(300);
    let width = square.x_range.1 - square.x_range.0;
    assert!(
        close(width, square.y_range.1 - square.y_range.0, 1e-12),
        "same scale"
    );
}

#[test]
fn pca_needs_two_distinct_points() {
    for points in [vec![], vec![(1.0, 1.0)], vec![(2.0, 3.0); 4]] {
        let cloud = PcaCloud::new(&points);
        assert!(cloud.fit.is_none());
        assert!(cloud.sentences()[0].contains("PCA needs two distinct points"));
        let frame = cloud.frame(360);
        let (svg, ()) =
            plot::to_svg(360, 360, |root| plot::pca_picture(root, &cloud, &frame)).unwrap();
        assert_eq!(circles(&svg).len(), points.len());
    }
    let two = PcaCloud::new(&[(0.0, 0.0), (3.0, 4.0)]);
    let f = two.fit.unwrap();
    assert!(close(f.explained[0], 1.0, 1e-12) && close(f.lambda[1], 0.0, 1e-12));
    assert!(close(f.axes[0].0, 0.6, 1e-12) && close(f.axes[0].1, 0.8, 1e-12));
}

//! The charts: the loss curve, the weight heatmap, the decision regions, and their axes.

use eigenplay::plot::{self, decision_boundary, downsample, loss_curve, BoundarySpec, CurveSpec};

use super::svg::{axis_labels, circles, pixel_on, polylines};

fn curve_svg(values: &[f64], log: bool, broke_at: Option<f64>) -> (String, plot::CurveFrame) {
    let points = downsample(values, 400);
    let spec = CurveSpec {
        points: &points,
        test_points: &[],
        x_max: values.len() as f64,
        log,
        broke_at,
    };
    plot::to_svg(640, 280, |root| loss_curve(root, &spec)).unwrap()
}

/// The points of the first polyline drawn in the accent colour: the loss line, in pixels.
fn accent_line(svg: &str) -> Vec<(f64, f64)> {
    polylines(svg, |l| l.contains("stroke=\"#030303\""))
        .into_iter()
        .next()
        .expect("the loss line")
}

/// The number of points in the loss line.
fn accent_points(svg: &str) -> usize {
    accent_line(svg).len()
}

/// The tick labels' values, smallest first.
fn values(labels: &[(f64, f64)]) -> Vec<f64> {
    let mut v: Vec<f64> = labels.iter().map(|l| l.0).collect();
    v.sort_by(f64::total_cmp);
    v
}

/// Larger values sit further right on the x axis and higher up on the y axis.
fn assert_axes_grow_right_and_up(xs: &[(f64, f64)], ys: &[(f64, f64)]) {
    let rising = |labels: &[(f64, f64)], sign: f64| {
        let mut l = labels.to_vec();
        l.sort_by(|a, b| a.0.total_cmp(&b.0));
        l.windows(2).all(|w| sign * (w[1].1 - w[0].1) > 0.0)
    };
    assert!(rising(xs, 1.0), "x labels {xs:?}");
    assert!(rising(ys, -1.0), "y labels {ys:?}");
}

/// Each epoch's loss is drawn where the axes' labels say it is, and at the column
/// [`plot::CurveFrame`] gives for it, so the pointed-epoch readout names the epoch drawn there.
fn assert_points_on_the_axes(svg: &str, frame: &plot::CurveFrame, losses: &[f64], log: bool) {
    let (xs, ys) = axis_labels(svg);
    assert!(xs.len() >= 2 && ys.len() >= 2, "{xs:?} {ys:?}");
    assert_axes_grow_right_and_up(&xs, &ys);
    let scale = |v: f64| if log { v.log10() } else { v };
    let line = accent_line(svg);
    assert_eq!(line.len(), losses.len());
    for (k, (&(px, py), &loss)) in line.iter().zip(losses).enumerate() {
        let epoch = (k + 1) as f64;
        let (x, y) = (pixel_on(&xs, epoch, |e| e), pixel_on(&ys, loss, scale));
        assert!(
            (px - x).abs() <= 1.5 && (py - y).abs() <= 1.5,
            "epoch {epoch}, loss {loss}: drawn at ({px}, {py}), the axes say ({x:.1}, {y:.1})"
        );
        let behind = frame.x_of(epoch) - px;
        assert!(
            (-0.01..1.0).contains(&behind),
            "epoch {epoch}: drawn at column {px}, the frame says {}",
            frame.x_of(epoch)
        );
        assert_eq!(
            frame.epoch_at(px).round(),
            epoch,
            "the readout at column {px}"
        );
    }
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
    let (xs, ys) = axis_labels(&svg);
    assert_eq!(values(&xs), [0.0, 50.0, 100.0, 150.0, 200.0]);
    assert_eq!(values(&ys), [0.0, 5.0, 10.0], "the loss axis starts at 0");
    assert_points_on_the_axes(&svg, &frame, &v, false);
}

#[test]
fn a_log_scale_curve_ticks_powers_of_ten_and_draws_each_loss_on_them() {
    // Losses from 10 down to 0.05: the axis spans 0.01 to 10, a tick every decade.
    let v: Vec<f64> = (0..200).map(|i| 10.0 / (i + 1) as f64).collect();
    let (svg, frame) = curve_svg(&v, true, None);
    assert!(svg.contains("loss (log scale)"));
    let (_, ys) = axis_labels(&svg);
    assert_eq!(values(&ys), [0.01, 0.1, 1.0, 10.0], "{ys:?}");
    // Each decade is as tall as the next.
    let mut rows: Vec<f64> = ys.iter().map(|l| l.1).collect();
    rows.sort_by(f64::total_cmp);
    let gaps: Vec<f64> = rows.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(
        gaps.iter().all(|g| (g - gaps[0]).abs() <= 1.0 && *g > 20.0),
        "{ys:?}"
    );
    assert_points_on_the_axes(&svg, &frame, &v, true);
}

#[test]
fn a_log_scale_axis_always_has_powers_of_ten_around_the_losses() {
    let decades = |losses: &[f64]| {
        let (svg, _) = curve_svg(losses, true, None);
        let (_, ys) = axis_labels(&svg);
        let ticks = values(&ys);
        assert!(
            ticks.len() >= 2
                && ticks
                    .iter()
                    .all(|t| (t.log10() - t.log10().round()).abs() < 1e-9),
            "{} losses, {:?} to {:?}: ticks {ticks:?}",
            losses.len(),
            losses.first(),
            losses.last()
        );
        ticks
    };
    // Within one decade, 0.9 down to 0.41: the decade's ends.
    let narrow: Vec<f64> = (0..50).map(|i| 0.9 - 0.01 * f64::from(i)).collect();
    assert_eq!(decades(&narrow), [0.1, 1.0]);
    // A loss that is itself a power of ten still has a decade above it.
    assert_eq!(decades(&[1.0, 1.0, 1.0]), [1.0, 10.0]);
    // Ten decades: a tick every second one, still powers of ten.
    let wide: Vec<f64> = (0..1000)
        .map(|i| 10f64.powf(2.0 - f64::from(i) / 100.0))
        .collect();
    let ticks = decades(&wide);
    assert!(
        ticks[0] <= 1e-8 && *ticks.last().unwrap() >= 100.0,
        "{ticks:?}"
    );
    assert!(ticks.len() <= 6, "{ticks:?}");
    // No positive loss at all: still an axis of decades, and nothing drawn on it.
    decades(&[0.0, -1.0, f64::NAN]);
}

#[test]
fn a_short_run_labels_each_epoch_once() {
    for epochs in 1..=12u32 {
        let v: Vec<f64> = (0..epochs).map(|i| 1.0 / f64::from(i + 1)).collect();
        let (svg, _) = curve_svg(&v, false, None);
        let (xs, _) = axis_labels(&svg);
        let ticks = values(&xs);
        assert!(
            ticks.iter().all(|t| t.fract() == 0.0) && ticks.windows(2).all(|w| w[0] < w[1]),
            "{epochs} epochs: {ticks:?}"
        );
        assert!(ticks.len() >= 2, "{epochs} epochs: {ticks:?}");
        if epochs <= 5 {
            let every: Vec<f64> = (0..=epochs).map(f64::from).collect();
            assert_eq!(ticks, every, "{epochs} epochs");
        }
    }
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
fn a_curve_of_one_epoch_shows_it_as_a_dot() {
    // A run resumed from a link has one loss: a line through one point draws nothing.
    let (svg, _) = curve_svg(&[0.25], false, None);
    assert_eq!(svg.matches("<circle").count(), 1, "{svg}");
    let (svg, _) = curve_svg(&[0.25, 0.2], false, None);
    assert_eq!(svg.matches("<circle").count(), 0);
}

#[test]
fn a_wide_matrix_is_shrunk_to_block_means_for_its_heatmap() {
    // 5×7 into at most 3 a side: blocks of 3, the last ones smaller.
    let w: Vec<f64> = (0..35).map(f64::from).collect();
    let (cells, r, c, k) = plot::block_means(&w, 5, 7, 3);
    assert_eq!((r, c, k), (2, 3, 3));
    // The first block: rows 0–2, columns 0–2; the last: rows 3–4, column 6.
    assert_eq!(
        cells[0],
        [0, 1, 2, 7, 8, 9, 14, 15, 16].iter().sum::<i32>() as f64 / 9.0
    );
    assert_eq!(cells[5], (27 + 34) as f64 / 2.0);
    // A 256×256 layer: 52×52 cells of 5×5, not 65,536 rectangles.
    let big = vec![1.0; 256 * 256];
    let (cells, r, c, k) = plot::block_means(&big, 256, 256, 60);
    assert_eq!((r, c, k, cells.len()), (52, 52, 5, 52 * 52));
    // Small enough: the matrix itself.
    let (cells, r, c, k) = plot::block_means(&w, 5, 7, 60);
    assert_eq!((cells, r, c, k), (w, 5, 7, 1));
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
    let (frame, overlay) = plot::to_svg(300, 300, |root| decision_boundary(root, &spec)).unwrap();
    let svg = plot::with_overlay(&frame, &overlay);
    assert!(
        svg.ends_with("</svg>\n") || svg.ends_with("</svg>"),
        "{svg}"
    );
    // One path per class and shade, not a rectangle per cell; each class's half of the grid.
    assert_eq!(svg.matches("<path").count(), 2, "{overlay}");
    for half in overlay.split("<path").skip(1) {
        assert_eq!(half.matches('z').count(), n * n / 2, "{half}");
    }
    assert!(
        overlay.starts_with("<svg x="),
        "the regions sit inside the axes: {overlay}"
    );
    assert_eq!(svg.matches("<circle").count(), 3);
    assert!(
        svg.find("<circle") > svg.find("<path"),
        "the samples lie on top of the regions"
    );
    assert!(!svg.contains("style="));
    // Both axes run from −1 to 1 at round numbers, and each sample sits where they say.
    let (xs, ys) = axis_labels(&svg);
    for ticks in [values(&xs), values(&ys)] {
        assert_eq!(ticks.first(), Some(&-1.0), "{ticks:?}");
        assert_eq!(ticks.last(), Some(&1.0), "{ticks:?}");
        assert!(ticks.len() >= 3, "{ticks:?}");
    }
    assert_axes_grow_right_and_up(&xs, &ys);
    for (&(cx, cy), p) in circles(&svg).iter().zip(points.chunks_exact(2)) {
        let (x, y) = (pixel_on(&xs, p[0], |v| v), pixel_on(&ys, p[1], |v| v));
        assert!(
            (cx - x).abs() <= 1.5 && (cy - y).abs() <= 1.5,
            "{p:?} drawn at ({cx}, {cy}), the axes say ({x:.1}, {y:.1})"
        );
    }
}

#[test]
fn axis_numbers_are_short() {
    assert_eq!(plot::axis_number(0.0), "0");
    assert_eq!(plot::axis_number(2500.0), "2500");
    assert_eq!(plot::axis_number(0.125), "0.125");
    assert_eq!(plot::axis_number(1.5e-6), "1.5e-6");
}

#[test]
fn a_held_out_curve_is_drawn_in_orange_and_both_are_named() {
    let train: Vec<f64> = (0..50).map(|i| 2.0 / (i + 1) as f64).collect();
    // The test loss ends above the training loss and above its highest point.
    let test: Vec<f64> = (0..50).map(|i| 3.0 - i as f64 * 0.01).collect();
    let (points, test_points) = (downsample(&train, 400), downsample(&test, 400));
    let spec = CurveSpec {
        points: &points,
        test_points: &test_points,
        x_max: 50.0,
        log: false,
        broke_at: None,
    };
    let (svg, frame) = plot::to_svg(640, 280, |root| loss_curve(root, &spec)).unwrap();
    let orange = polylines(&svg, |l| l.contains("stroke=\"#D55E00\""));
    assert_eq!(orange.len(), 1, "one test curve");
    assert_eq!(orange[0].len(), 50);
    assert!(svg.contains("\ntest\n</text>") && svg.contains("\ntraining\n</text>"));
    // The axis reaches the test loss: its first point sits inside the plotting area.
    let (_, y) = orange[0][0];
    assert!(
        y >= frame.top as f64 - 0.5,
        "test loss 3 at row {y}, top {}",
        frame.top
    );
    assert_points_on_the_axes(&svg, &frame, &train, false);
}

/// A chart saved as a file carries the theme's colours for every sentinel and a background.
#[test]
fn a_saved_chart_has_the_theme_colours_and_a_background() {
    let (svg, _) = curve_svg(&[4.0, 2.0, 1.0, 0.5], false, None);
    assert!(
        svg.contains("#030303") && svg.contains("#010101"),
        "the page's SVG uses sentinels"
    );
    // Each variable's colour named after it, so the test sees which went where.
    let colour = |variable: &str| format!("#{}", &variable[2..]);
    let saved = plot::standalone_svg(&svg, &colour, "rgb(9, 9, 9)");
    for (sentinel, _) in plot::THEME_COLOURS {
        assert!(!saved.contains(sentinel), "{sentinel} left in the file");
    }
    // The loss line in the accent colour, the axis text in the text colour.
    assert!(saved.contains(r##"stroke="#accent""##), "{saved}");
    assert!(saved.contains(r##""#text""##), "{saved}");
    let opening = saved.find('>').unwrap();
    assert!(saved[..opening].starts_with("<svg"));
    assert!(saved[opening + 1..]
        .starts_with(r#"<rect width="100%" height="100%" fill="rgb(9, 9, 9)"/>"#));
}

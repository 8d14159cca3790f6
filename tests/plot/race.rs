//! The GPU view's race: where the GPU overtakes the CPU, and the chart of GFLOP/s against n.

use eigenplay::plot::race::{crossover, race_chart, RaceRow};
use eigenplay::plot::to_svg;

use super::svg::{axis_labels, pixel_on, polylines, text_anchors};

/// A row of n with the CPU's and (where given) the GPU's ms per product.
fn row(n: usize, cpu_ms: f64, gpu_ms: Option<f64>) -> RaceRow {
    RaceRow {
        n,
        cpu_ms,
        gpu_ms,
        gpu_error: gpu_ms.map(|_| 1e-7),
        gpu_failure: None,
    }
}

#[test]
fn the_crossover_is_the_first_size_from_which_the_gpu_wins_every_larger_one() {
    let race = |gpu: [f64; 5]| -> Vec<RaceRow> {
        [16, 32, 64, 128, 256]
            .iter()
            .zip(gpu)
            .map(|(&n, g)| row(n, 1.0, Some(g)))
            .collect()
    };
    assert_eq!(crossover(&race([2.0, 2.0, 0.5, 0.5, 0.5])), Some(64));
    // A win at 16 that the GPU loses again at 32 is not a crossover: 128 is.
    assert_eq!(crossover(&race([0.5, 2.0, 2.0, 0.5, 0.5])), Some(128));
    assert_eq!(crossover(&race([0.5; 5])), Some(16));
    // Losing the largest size means no crossover, and a tie is not a win.
    assert_eq!(crossover(&race([2.0, 0.5, 0.5, 0.5, 2.0])), None);
    assert_eq!(crossover(&race([1.0; 5])), None);
    // No GPU time at a size (no GPU, or it failed) breaks a run of wins.
    let mut failed = race([0.5; 5]);
    failed[4].gpu_ms = None;
    assert_eq!(crossover(&failed), None);
    failed[2].gpu_ms = None;
    failed[4].gpu_ms = Some(0.5);
    assert_eq!(crossover(&failed), Some(128));
    assert_eq!(crossover(&[]), None);
}

/// The chart of a race, drawn for sizes 16 to `largest`.
fn chart(rows: &[RaceRow], largest: usize) -> String {
    to_svg(640, 320, |root| race_chart(root, rows, (16, largest)))
        .unwrap()
        .0
}

#[test]
fn the_race_chart_draws_each_rate_where_its_log_axes_say_and_marks_the_crossover() {
    // The CPU at 1 GFLOP/s everywhere; the GPU 10× slower at 16, even at 64 (a tie is no
    // win) and 10× faster at 256: 2n³ / (ms·10⁶) GFLOP/s for a time of ms.
    let ms = |n: usize, gflops: f64| 2.0 * (n as f64).powi(3) / (gflops * 1e6);
    let gpu = [0.1, 0.3, 1.0, 3.0, 10.0];
    let sizes = [16, 32, 64, 128, 256];
    let rows: Vec<RaceRow> = sizes
        .iter()
        .zip(gpu)
        .map(|(&n, g)| row(n, ms(n, 1.0), Some(ms(n, g))))
        .collect();
    let svg = chart(&rows, 512);
    let (xs, ys) = axis_labels(&svg);
    // One tick per power of two from 16 to 512, the last size the race will reach.
    let ticks: Vec<f64> = xs.iter().map(|t| t.0).collect();
    assert_eq!(ticks, [16.0, 32.0, 64.0, 128.0, 256.0, 512.0], "{xs:?}");
    // Whole decades: 0.1, 1 and 10 GFLOP/s.
    let mut decades: Vec<f64> = ys.iter().map(|t| t.0).collect();
    decades.sort_by(f64::total_cmp);
    assert_eq!(decades, [0.1, 1.0, 10.0], "{ys:?}");
    let lines = |colour: &str| polylines(&svg, |l| l.contains(colour));
    let (cpu, gpu_line) = (lines("#050505"), lines("#030303"));
    assert_eq!(cpu.len(), 1, "the CPU's line, muted");
    // The accent colour draws the GPU's line and nothing else.
    assert_eq!(gpu_line.len(), 1, "the GPU's line, the accent");
    for (line, rates) in [(&cpu[0], [1.0; 5]), (&gpu_line[0], gpu)] {
        assert_eq!(line.len(), 5);
        for ((&(px, py), &n), rate) in line.iter().zip(&sizes).zip(rates) {
            assert!(
                (px - pixel_on(&xs, n as f64, f64::log2)).abs() < 1.5,
                "n = {n}"
            );
            assert!(
                (py - pixel_on(&ys, rate, f64::log10)).abs() < 1.5,
                "{rate} GFLOP/s"
            );
        }
    }
    // The crossover: the GPU is faster from 128 on, marked by a vertical line with its words.
    let texts = text_anchors(&svg);
    let words = texts
        .iter()
        .find(|t| t.0.starts_with("GPU faster from n = 128"))
        .unwrap_or_else(|| panic!("{texts:?}"));
    let marks = polylines(&svg, |l| l.contains("#010101"));
    let at = pixel_on(&xs, 128.0, f64::log2);
    assert!(
        marks
            .iter()
            .any(|m| m.len() == 2 && (m[0].0 - at).abs() < 1.5 && m[0].0 == m[1].0),
        "{marks:?}"
    );
    assert!((words.1 .0 - at).abs() < 1.5);
    // Each line is named at its end.
    assert!(texts.iter().any(|t| t.0 == "CPU") && texts.iter().any(|t| t.0 == "GPU"));
}

#[test]
fn a_race_without_a_gpu_or_a_crossover_draws_no_mark_and_a_single_size_is_a_dot() {
    let cpu_only: Vec<RaceRow> = [16, 32].map(|n| row(n, 0.01, None)).into();
    let svg = chart(&cpu_only, 64);
    assert!(
        polylines(&svg, |l| l.contains("#030303")).is_empty(),
        "no GPU line"
    );
    assert!(!svg.contains("GPU faster"));
    let slower: Vec<RaceRow> = [16, 32].map(|n| row(n, 0.01, Some(1.0))).into();
    assert!(!chart(&slower, 64).contains("GPU faster"));
    // One size raced so far: a dot for each side, so the chart is not empty.
    let one = chart(&[row(16, 0.01, Some(1.0))], 2048);
    assert_eq!(super::svg::circles(&one).len(), 2);
    let (xs, _) = axis_labels(&one);
    assert_eq!(xs.last().map(|t| t.0), Some(2048.0));
}

//! The GPU view's race: as a table (per size, the CPU's and the GPU's time and GFLOP/s, the
//! speed-up, whether the GPU's answer agrees with the CPU's, and a bar of each rate; markup,
//! since the page only displays it), as a chart of GFLOP/s against n, and its crossover.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{axis_number, ACCENT, INK, MUTED};
use crate::math::mathml::escape;
use std::fmt::Write;

/// The GPU computes in f32 in a different order: a relative error this small is agreement.
pub const TOLERANCE: f32 = 1e-4;

/// One size's results.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceRow {
    /// The side of the two n×n matrices multiplied.
    pub n: usize,
    /// Milliseconds per product on the CPU.
    pub cpu_ms: f64,
    /// Milliseconds per product on the GPU, where it computed one.
    pub gpu_ms: Option<f64>,
    /// max |GPU − CPU| / max |CPU|.
    pub gpu_error: Option<f32>,
    /// Why the GPU computed no answer, where it failed.
    pub gpu_failure: Option<String>,
}

impl RaceRow {
    /// The rate of a product of this size that took `ms`.
    pub fn gflops(&self, ms: f64) -> f64 {
        2.0 * (self.n as f64).powi(3) / (ms * 1e6)
    }
}

/// A time for the table: three decimals below a millisecond, so a fast product does not read 0.00.
fn milliseconds(ms: f64) -> String {
    if ms < 1.0 {
        format!("{ms:.3}")
    } else {
        format!("{ms:.2}")
    }
}

/// The table named "Race results"; the bars are scaled to the best rate in it.
pub fn race_table(rows: &[RaceRow]) -> String {
    let mut best = 1e-9f64;
    for r in rows {
        best = best.max(r.gflops(r.cpu_ms));
        if let Some(ms) = r.gpu_ms {
            best = best.max(r.gflops(ms));
        }
    }
    let mut out = String::from(
        r#"<table class="race" aria-label="Race results"><thead><tr><th scope="col">n</th><th scope="col">CPU ms</th><th scope="col">CPU GFLOP/s</th><th scope="col">GPU ms</th><th scope="col">GPU GFLOP/s</th><th scope="col">GPU vs CPU</th><th scope="col">GPU agrees with CPU</th><th scope="col" class="bars-head">GFLOP/s</th></tr></thead><tbody>"#,
    );
    let none = || "—".to_string();
    for row in rows {
        let cpu_rate = row.gflops(row.cpu_ms);
        let gpu_rate = row.gpu_ms.map(|ms| row.gflops(ms));
        let (class, agreement) = match row.gpu_error {
            Some(e) if e < 1e-7 => ("good", "✓ relative error < 1e-7".to_string()),
            Some(e) if e <= TOLERANCE => ("good", format!("✓ relative error {:.1e}", f64::from(e))),
            Some(e) => ("bad", format!("✗ relative error {:.1e}", f64::from(e))),
            None => match &row.gpu_failure {
                Some(why) => ("bad", format!("✗ not computed: {}", escape(why))),
                None => ("", none()),
            },
        };
        let bar = |rate: f64| format!("{:.1}", 100.0 * rate / best);
        let _ = write!(
            out,
            r#"<tr><th scope="row">{}</th><td>{}</td><td>{cpu_rate:.2}</td><td>{}</td><td>{}</td><td>{}</td><td class="{class}">{agreement}</td><td class="bars"><svg viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label="CPU {cpu_rate:.1}, GPU {} GFLOP/s"><rect class="bar-cpu" x="0" y="0" height="5" width="{}"/>"#,
            row.n,
            milliseconds(row.cpu_ms),
            row.gpu_ms.map_or_else(none, milliseconds),
            gpu_rate.map_or_else(none, |r| format!("{r:.2}")),
            row.gpu_ms
                .map_or_else(none, |ms| format!("{:.2}×", row.cpu_ms / ms)),
            gpu_rate.map_or("none".to_string(), |r| format!("{r:.1}")),
            bar(cpu_rate),
        );
        if let Some(r) = gpu_rate {
            let _ = write!(
                out,
                r#"<rect class="bar-gpu" x="0" y="7" height="5" width="{}"/>"#,
                bar(r)
            );
        }
        out.push_str("</svg></td></tr>");
    }
    out + "</tbody></table>"
}

/// The smallest size from which the GPU beat the CPU at every size raced, that one and all
/// larger; `None` where it never did, or has no time (rows in the order raced, n growing).
pub fn crossover(rows: &[RaceRow]) -> Option<usize> {
    let mut from = None;
    for row in rows {
        match row.gpu_ms {
            Some(gpu) if gpu < row.cpu_ms => from = from.or(Some(row.n)),
            _ => from = None,
        }
    }
    from
}

/// GFLOP/s against n on log–log axes, the CPU's line and the GPU's, each named at its end,
/// and the crossover marked where there is one; in the table's colours (the CPU muted, the GPU
/// the accent). The x axis runs from `smallest` to `largest`, the sizes the race will reach.
pub fn race_chart<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rows: &[RaceRow],
    (smallest, largest): (usize, usize),
) -> Result<(), String> {
    // Both axes are linear in the logarithm: x in log₂ n, so each size raced is a whole
    // number and gets a tick; y in log₁₀ GFLOP/s, whole decades as the loss curve's.
    // (`ilog2`, not `f64::log2`: the sizes are powers of two, and libm's log2 brings a 4 KB table.)
    let x_of = |n: usize| f64::from(n.ilog2());
    let (mut cpu, mut gpu) = (Vec::new(), Vec::new());
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for row in rows {
        for (ms, line) in [(Some(row.cpu_ms), &mut cpu), (row.gpu_ms, &mut gpu)] {
            if let Some(ms) = ms {
                let y = row.gflops(ms).log10();
                (lo, hi) = (lo.min(y), hi.max(y));
                line.push((x_of(row.n), y));
            }
        }
    }
    let (lo, hi) = if lo.is_finite() {
        (lo.floor(), hi.ceil().max(lo.floor() + 1.0))
    } else {
        (-1.0, 1.0)
    };
    let (left, right) = (x_of(smallest), x_of(largest.max(2 * smallest)));
    // An integer shift, not `2f64.powf`: LLVM turns that into libm's exp2 and its 4 KB table.
    let x_label = |v: &f64| (1u64 << v.round().clamp(0.0, 63.0) as u32).to_string();
    let y_label = |v: &f64| axis_number(10f64.powf(v.round()));
    let pad = 0.04 * (hi - lo);
    let axes = super::curve::Axes {
        x: (left - 0.25, right + 0.25),
        y: (lo - pad, hi + pad),
        labels: ((right - left) as usize + 1, ((hi - lo) as usize + 1).min(6)),
        label: (&x_label, &y_label),
        desc: ("n (log scale)", "GFLOP/s (log scale)"),
    };
    let mark = crossover(rows).map(|n| (x_of(n), format!("GPU faster from n = {n} ",), INK));
    super::curve::draw(
        root,
        &axes,
        [(cpu, MUTED, "CPU"), (gpu, ACCENT, "GPU")],
        true,
        mark,
    )?;
    Ok(())
}

//! The live plots: the loss curve with a hover readout, and the decision regions.

use leptos::prelude::*;

use super::panels::sig;
use super::TrainState;
use crate::math::format::fmt_number;
use crate::math::nn::{teach, TrainError};
use crate::plot::{self, BoundarySpec, CurveFrame, CurveSpec};

/// The loss curve's size in SVG units; the page scales it to the panel's width.
const CURVE_W: u32 = 640;
const CURVE_H: u32 = 280;
/// Points drawn at most: 10,000 epochs still redraw in about a millisecond.
const CURVE_POINTS: usize = 400;

/// Loss against epoch, linear or log scale; pointing at it reads one epoch's loss.
#[component]
pub fn LossCurve() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let frame = StoredValue::new(None::<CurveFrame>);
    let hover = RwSignal::new(None::<f64>);
    let svg = move || {
        state.curve_tick.track();
        let log = state.log_scale.get();
        let (points, test_points, broke) = state
            .with_trainer(|t| {
                let broke = t.stopped().map(|TrainError::Diverged(d)| d.epoch as f64);
                // A run resumed from a link starts its history at its last epoch.
                let before = t.resumed_from() as f64;
                let shifted = |h| -> Vec<(f64, f64)> {
                    plot::downsample(h, CURVE_POINTS)
                        .into_iter()
                        .map(|(x, y)| (x + before, y))
                        .collect()
                };
                (shifted(t.history()), shifted(t.test_history()), broke)
            })
            .unwrap_or_default();
        let last = points.last().map_or(0.0, |p| p.0);
        let spec = CurveSpec {
            points: &points,
            test_points: &test_points,
            x_max: (state.target() as f64).max(last).max(broke.unwrap_or(0.0)),
            log,
            broke_at: broke,
        };
        match plot::to_svg(CURVE_W, CURVE_H, |root| plot::loss_curve(root, &spec)) {
            Ok((svg, f)) => {
                frame.set_value(Some(f));
                svg
            }
            Err(_) => String::new(),
        }
    };
    let on_move = move |ev: leptos::ev::MouseEvent| {
        // The hover layer covers the plot exactly, so offsetX is relative to the plot.
        let el = event_target::<web_sys::HtmlElement>(&ev);
        let width = f64::from(el.client_width().max(1));
        let x = f64::from(ev.offset_x()) * f64::from(CURVE_W) / width;
        hover.set(Some(x));
    };
    // The epoch under the pointer, its loss, and where to draw the marker.
    let picked = move || {
        state.tick.track();
        let x = hover.get()?;
        let f = frame.get_value()?;
        state
            .with_trainer(|t| {
                let h = t.history();
                if h.is_empty() {
                    return None;
                }
                let first = t.resumed_from() + 1;
                let epoch = (f.epoch_at(x).round() as usize).clamp(first, t.epoch());
                let test = t.test_history().get(epoch - first).copied();
                Some((epoch, (h[epoch - first], test), f.x_of(epoch as f64), f))
            })
            .flatten()
    };
    view! {
        <div class="curve-head">
            <label class="inline">
                <input
                    type="checkbox"
                    prop:checked=move || state.log_scale.get()
                    on:change=move |ev| state.log_scale.set(event_target_checked(&ev))
                />
                <span>"Log scale"</span>
            </label>
            <crate::ui::download::SaveChart name="loss-curve" what="loss curve" />
            <span class="hover-readout" aria-label="Pointed epoch">
                {move || match picked() {
                    Some((e, (v, None), _, _)) => format!("epoch {e}: loss {}", sig(v)),
                    Some((e, (v, Some(test)), _, _)) => {
                        format!("epoch {e}: loss {}, test loss {}", sig(v), sig(test))
                    }
                    None => "Point at the curve to read an epoch's loss.".to_string(),
                }}
            </span>
        </div>
        <div class="curve-wrap">
            <div class="plot curve" role="img" aria-label="Loss curve" inner_html=svg></div>
            <svg
                class="marker"
                viewBox=format!("0 0 {CURVE_W} {CURVE_H}")
                aria-hidden="true"
            >
                {move || {
                    picked()
                        .map(|(_, _, x, f)| {
                            view! {
                                <line
                                    x1=x.to_string()
                                    x2=x.to_string()
                                    y1=f.top.to_string()
                                    y2=f.bottom.to_string()
                                ></line>
                            }
                        })
                }}
            </svg>
            <div
                class="hover-layer"
                on:mousemove=on_move
                on:mouseleave=move |_| hover.set(None)
            ></div>
        </div>
    }
}

/// Most points a side of the grid each neuron's thumbnail is drawn on.
const NEURON_GRID: usize = 20;

/// For 2-D classification: which class the network picks at every point of the plane.
#[component]
pub fn BoundaryPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let shown = move || {
        state
            .checked
            .with(|c| c.as_ref().is_ok_and(|s| s.plane.is_some()))
    };
    // The 2-D set and the box its three pictures span: its points', widened 15% each side.
    let framed = move || {
        let plane = state.checked.with(|c| c.as_ref().ok()?.plane.clone())?;
        let frame = teach::bounds_2d(&plane.points, 0.15);
        Some((plane, frame))
    };
    // Each picture waits for its stage's first frame: drawn while the view opened, they held
    // the main thread past 50 ms for a 2-256-256-256-256-256-1 network (traced).
    let svg = move || {
        if state.score_tick.get() == 0 {
            return String::new();
        }
        let Some((plane, (xr, yr))) = framed() else {
            return String::new();
        };
        state
            .with_trainer(|t| {
                let labels = t.data().labels()?;
                let n = teach::grid_side(t.model(), 40);
                let g = teach::decision_grid(t.model(), &plane.features, xr, yr, n);
                let conf: Vec<f64> = if t.model().outputs() == 1 {
                    g.value.iter().map(|p| (2.0 * p - 1.0).abs()).collect()
                } else {
                    g.value.clone()
                };
                let spec = BoundarySpec {
                    x_range: xr,
                    y_range: yr,
                    n,
                    cell_class: &g.class,
                    cell_confidence: &conf,
                    points: &plane.points,
                    labels: &labels,
                };
                plot::to_svg(360, 360, |root| plot::decision_boundary(root, &spec))
                    .ok()
                    .map(|(frame, overlay)| plot::with_overlay(&frame, &overlay))
            })
            .flatten()
            .unwrap_or_default()
    };
    // The frame after the regions: both in one held the main thread past 50 ms on the spiral.
    let neurons = move || {
        if state.panel_tick.get() == 0 {
            return String::new();
        }
        let Some((plane, (xr, yr))) = framed() else {
            return String::new();
        };
        state
            .with_trainer(|t| {
                let n = teach::grid_side(t.model(), NEURON_GRID);
                let g = teach::decision_grid(t.model(), &plane.features, xr, yr, n);
                let acts: Vec<_> = t.model().layers().iter().map(|d| d.activation).collect();
                plot::markup::neuron_maps(&g.hidden, n, &acts)
            })
            .unwrap_or_default()
    };
    // The network's answer where the pointer is, written into the readout as it moves (a
    // signal and a reactive text for it cost the page's wasm 1.5 KB gzipped). The shaded square
    // is an SVG of its own (its x set) inside the plot.
    let on_move = move |ev: leptos::ev::MouseEvent| {
        let el = event_target::<web_sys::Element>(&ev);
        let Some(square) = el.closest("svg[x]").ok().flatten() else {
            return;
        };
        let r = square.get_bounding_client_rect();
        let fx = (f64::from(ev.client_x()) - r.left()) / r.width().max(1.0);
        let fy = (f64::from(ev.client_y()) - r.top()) / r.height().max(1.0);
        let Some((plane, ((x0, x1), (y0, y1)))) = framed() else {
            return;
        };
        let (x, y) = (x0 + fx * (x1 - x0), y1 - fy * (y1 - y0));
        let said = state.with_trainer(|t| {
            let g = teach::decision_grid(t.model(), &plane.features, (x, x), (y, y), 1);
            let (class, p) = (g.class[0], g.value[0]);
            // One sigmoid output gives P(class 1).
            let sure = if t.model().outputs() == 1 && class == 0 {
                1.0 - p
            } else {
                p
            };
            let round = |v: f64, to: f64| fmt_number((v * to).round() / to);
            format!(
                "x₁ = {}, x₂ = {}: class {class}, {}% sure",
                round(x, 100.0),
                round(y, 100.0),
                round(sure * 100.0, 10.0)
            )
        });
        if let Some(said) = said {
            crate::ui::write_text("train-db-read", &said);
        }
    };
    view! {
        <section class="panel" aria-labelledby="train-db-h" hidden=move || !shown()>
            <h2 id="train-db-h">"Decision regions"</h2>
            <p class="hover-readout" id="train-db-read" aria-label="Pointed point">
                "Point at the regions to read the network's answer there."
            </p>
            <div
                class="plot boundary"
                role="img"
                aria-label="Decision regions"
                inner_html=svg
                on:mousemove=on_move
            ></div>
            <p class="muted">
                "Dots are the samples, coloured by their true class; the background is the class the network predicts there, deeper where it is surer."
            </p>
            <crate::ui::download::SaveChart name="decision-regions" what="decision regions" />
            <div inner_html=neurons></div>
        </section>
    }
}

/// Most classes a confusion matrix is drawn for.
const CONFUSION_MOST: usize = 12;

/// For every classification set: how often each true class was read as each class, on the
/// held-out data where there is some, else on the training data.
#[component]
pub fn ConfusionPanel() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let panel = move || {
        state.class_tick.track();
        state
            .with_trainer(|t| {
                let data = t.test().unwrap_or(t.data());
                let [train, test] = t.scored();
                let (guess, truth) = test.as_ref().or(train.as_ref())?;
                let names: Vec<String> = if data.targets == 1 {
                    vec!["0".into(), "1".into()]
                } else {
                    data.target_names.clone()
                };
                let k = names.len();
                (k <= CONFUSION_MOST).then(|| {
                    format!(
                        r#"<section class="panel" aria-labelledby="train-conf-h"><h2 id="train-conf-h">Confusion matrix</h2><p class="muted">Rows are the true class, columns the class the network picks, counted on the {} data; the diagonal holds the right answers.</p>{}</section>"#,
                        if t.test().is_some() { "held-out" } else { "training" },
                        plot::markup::confusion_table(&teach::confusion(guess, truth, k), &names)
                    )
                })
            })
            .flatten()
            .unwrap_or_default()
    };
    view! { <div inner_html=panel></div> }
}

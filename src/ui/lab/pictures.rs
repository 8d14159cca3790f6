//! The pictures "A as a map" shows for the operation at hand, besides the map itself: the SVD
//! as rotate, stretch, rotate; least squares as a projection; PCA of a cloud of points the
//! person drags and adds; and a picture's low-rank approximation.

use crate::ui::download::SaveChart;
use leptos::prelude::*;

use super::map::TurnSlider;
use super::LabState;
use crate::math::format::{fmt_number, to_exact_cells};
use crate::math::matrix::{Matrix, Vector};
use crate::math::op::Op;
use crate::math::parse::parse_cells;
use crate::plot::{self, LineFit, LowRank, PcaCloud, PlotFrame, Projection, SvdStages};
use crate::ui::clock;

/// The picture's side in SVG pixels; CSS scales it to the column.
const SIDE: u32 = 360;
/// How long Play takes to go through the three stages of the SVD.
const SVD_PLAY_MS: f64 = 6000.0;
/// The low-rank picture: the original and the approximation side by side.
const LOW_RANK_SIZE: (u32, u32) = (360, 210);

/// Which picture the panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A 2×2 or 3×3 A as a map of the plane or of space.
    Map,
    /// The SVD of a 2×2 A in three stages.
    Svd,
    /// b, its projection on A's column space, and the residual.
    Projection,
    /// The rows of an n×2 A as points, with their principal axes.
    Pca,
    /// A as a grayscale picture, beside its best rank-k approximation.
    LowRank,
}

impl Picture {
    /// The picture for `op` on an A of `shape`, if any.
    pub fn for_op(op: Op, shape: (usize, usize)) -> Option<Picture> {
        let (m, n) = shape;
        match op {
            Op::Svd if shape == (2, 2) => Some(Picture::Svd),
            Op::Proj if (2..=3).contains(&m) && (1..=2).contains(&n) => Some(Picture::Projection),
            Op::Proj if m > 3 && n == 2 => Some(Picture::Projection),
            Op::Pca | Op::Cov if n == 2 && m >= 1 => Some(Picture::Pca),
            Op::LowRank if m >= 2 && n >= 2 => Some(Picture::LowRank),
            _ if matches!(shape, (2, 2) | (3, 3)) => Some(Picture::Map),
            _ => None,
        }
    }

    /// The panel's title.
    pub fn title(self, shape: (usize, usize)) -> &'static str {
        match self {
            Picture::Map if shape == (3, 3) => "A as a map of space",
            Picture::Map => "A as a map of the plane",
            Picture::Svd => "A = U·Σ·Vᵀ: rotate, stretch, rotate",
            Picture::Projection if shape.0 > 3 => {
                "Least squares: the best line through the samples"
            }
            Picture::Projection => "Least squares as a projection",
            Picture::Pca => "The rows of A as points, and their principal directions",
            Picture::LowRank => "A as a picture, and its best rank-k approximation",
        }
    }
}

/// A, when its cells parse.
fn read_a(lab: &LabState) -> Option<Matrix> {
    lab.a.cells.with(|c| parse_cells("A", c).ok())
}

fn as_2x2(a: &Matrix) -> Option<[[f64; 2]; 2]> {
    (a.shape() == (2, 2)).then(|| [[a[(0, 0)], a[(0, 1)]], [a[(1, 0)], a[(1, 1)]]])
}

/// Sentences under a picture.
pub(super) fn said(lines: Vec<String>) -> impl IntoView {
    lines
        .into_iter()
        .map(|s| view! { <p>{s}</p> })
        .collect_view()
}

/// The SVD in three stages, with a slider over them and Play.
#[component]
pub fn SvdPicture() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let stage = lab.stage;
    let stages = move || read_a(&lab).and_then(|a| SvdStages::new(as_2x2(&a)?).ok());
    let run = StoredValue::new(0u32);
    let svg = move || {
        let s = stages()?;
        let sketch = s.sketch_at(stage.get());
        plot::to_svg(SIDE, SIDE, |root| plot::map_picture(root, &sketch))
            .ok()
            .map(|(svg, _)| svg)
    };
    // Stages 0 to 3 in hundredths, as the slider steps.
    let play = move |_| {
        clock::play(run, SVD_PLAY_MS, move |k| {
            stage.set((k * 300.0).round() / 100.0)
        })
    };
    let slide = move |ev: leptos::ev::Event| {
        run.update_value(|r| *r += 1);
        if let Ok(t) = event_target_value(&ev).parse::<f64>() {
            stage.set(t.clamp(0.0, 3.0));
        }
    };
    let name = move || {
        stages()
            .map(|s| s.stage_name(stage.get()))
            .unwrap_or_default()
    };
    view! {
        <figure class="map svd-picture">
            <div class="map-view">
                <div class="plot" role="img" aria-label="The SVD in three stages" inner_html=svg></div>
                <div class="morph">
                    <button class="small" on:click=play>"Play Vᵀ, Σ, U"</button>
                    <label>
                        <span>"Stage"</span>
                        <input
                            type="range"
                            min="0"
                            max="3"
                            step="0.01"
                            prop:value=move || stage.get().to_string()
                            on:input=slide
                        />
                    </label>
                    <output aria-label="Stage shown">{name}</output>
                    <SaveChart name="svd" what="SVD picture" />
                </div>
            </div>
            <figcaption>
                <p class="legend">
                    "The unit circle, with e₁ and e₂, goes through Vᵀ (a rotation, maybe a flip), then Σ (a stretch along the axes by σ₁ and σ₂), then U (another rotation): the ellipse it ends as is A times the circle."
                </p>
                {move || said(stages().map(|s| s.sentences()).unwrap_or_default())}
            </figcaption>
        </figure>
    }
}

/// b, its projection p = A·x̂ on the column space and the residual; for more than three
/// samples with a column of ones, the fitted line through them.
#[component]
pub fn ProjectionPicture() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let rhs = move || {
        lab.rhs
            .cells
            .with(|c| parse_cells("b", c).ok())
            .map(|m| Vector::from_iterator(m.len(), m.iter().copied()))
    };
    // Either the picture in space or in the plane, or the line through the samples.
    let drawn = move || -> Option<Result<(String, Vec<String>), String>> {
        let (a, b) = (read_a(&lab)?, rhs()?);
        if a.nrows() != b.len() {
            return Some(Err(format!(
                "A has {} rows and b has {} entries; they must match.",
                a.nrows(),
                b.len()
            )));
        }
        Some(if a.nrows() > 3 {
            let t: Vec<f64> = a.column(1).iter().copied().collect();
            LineFit::new(&t, b.as_slice()).and_then(|fit| {
                plot::to_svg(SIDE, SIDE, |root| plot::line_fit_picture(root, &fit))
                    .map(|(svg, _)| (svg, fit.sentences()))
            })
        } else {
            Projection::new(&a, &b).and_then(|p| {
                let turn = f64::from(lab.map_turn.get()).to_radians();
                let sketch = p.sketch(turn);
                plot::to_svg(SIDE, SIDE, |root| plot::map_picture(root, &sketch))
                    .map(|(svg, _)| (svg, p.sentences()))
            })
        })
    };
    view! {
        <figure class="map projection-picture">
            {move || match drawn() {
                Some(Ok((svg, lines))) => view! {
                    <div class="map-view">
                        <div class="plot" role="img" aria-label="The projection of b" inner_html=svg></div>
                        <div class="morph">
                            <TurnSlider hidden=move || read_a(&lab).is_none_or(|a| a.nrows() != 3) />
                            <SaveChart name="projection" what="projection picture" />
                        </div>
                    </div>
                    <figcaption>
                        <p class="legend">
                            "b, its projection p = A·x̂ on the column space of A (the closest point there), and the residual r = b − p, at a right angle to every column."
                        </p>
                        {said(lines)}
                    </figcaption>
                }
                .into_any(),
                Some(Err(why)) => view! { <p class="note">{why}</p> }.into_any(),
                None => ().into_any(),
            }}
        </figure>
    }
}

/// The rows of A as points in the plane, their principal axes, and their projections on the
/// first. Click to add a point; drag one to move it: A's rows follow.
#[component]
pub fn PcaPicture() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let points = move || {
        read_a(&lab).filter(|a| a.ncols() == 2).map(|a| {
            (0..a.nrows())
                .map(|i| (a[(i, 0)], a[(i, 1)]))
                .collect::<Vec<_>>()
        })
    };
    // While a point is dragged: its row, and the frame the view keeps.
    let dragging = RwSignal::new(None::<(usize, PlotFrame)>);
    let cloud = move || points().map(|p| PcaCloud::new(&p));
    let svg = move || {
        let cloud = cloud()?;
        let frame = dragging.get().map_or_else(|| cloud.frame(SIDE), |(_, f)| f);
        plot::to_svg(SIDE, SIDE, |root| plot::pca_picture(root, &cloud, &frame))
            .ok()
            .map(|(svg, _)| svg)
    };
    let picture_el = NodeRef::<leptos::html::Div>::new();
    let pointed = move |ev: &web_sys::PointerEvent, frame: &PlotFrame| {
        // The element itself, not the event's: Leptos delegates pointer events to the document.
        let el = picture_el.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let scale = f64::from(SIDE) / rect.width().max(1.0);
        let px = (f64::from(ev.client_x()) - rect.left()) * scale;
        let py = (f64::from(ev.client_y()) - rect.top()) * scale;
        Some(frame.to_data(px, py))
    };
    let tenth = |v: f64| fmt_number((v * 10.0).round() / 10.0);
    let set_row = move |row: usize, (x, y): (f64, f64)| {
        lab.a.cells.update(|cells| {
            if let Some(r) = cells.get_mut(row) {
                if r.len() == 2 {
                    r[0] = tenth(x);
                    r[1] = tenth(y);
                }
            }
        });
    };
    let grab = move |ev: web_sys::PointerEvent| {
        let Some(cloud) = cloud() else { return };
        let frame = cloud.frame(SIDE);
        let Some(at) = pointed(&ev, &frame) else {
            return;
        };
        ev.prevent_default();
        if let Some(el) = picture_el.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        let reach = (frame.x_range.1 - frame.x_range.0) / 30.0;
        let near = cloud
            .points
            .iter()
            .enumerate()
            .map(|(i, &(x, y))| (i, (x - at.0).hypot(y - at.1)))
            .filter(|&(_, d)| d <= reach)
            .min_by(|p, q| p.1.total_cmp(&q.1));
        let row = match near {
            Some((row, _)) => row,
            None => {
                // A new point: a new row of A, up to the grid's limit.
                let rows = lab.a.shape().0;
                if rows >= crate::state::lab::MAX_SIDE {
                    return;
                }
                lab.a
                    .cells
                    .update(|c| c.push(vec![tenth(at.0), tenth(at.1)]));
                rows
            }
        };
        dragging.set(Some((row, frame)));
    };
    let drag = move |ev: web_sys::PointerEvent| {
        if let Some((row, frame)) = dragging.get_untracked() {
            if let Some(at) = pointed(&ev, &frame) {
                set_row(row, at);
            }
        }
    };
    let drop_point = move |_| dragging.set(None);
    view! {
        <figure class="map pca-picture">
            <div class="map-view">
                <div
                    node_ref=picture_el
                    class="plot draggable"
                    role="img"
                    aria-label="The rows of A as points, with their principal directions"
                    title="Click to add a point; drag a point to move it"
                    inner_html=svg
                    on:pointerdown=grab
                    on:pointermove=drag
                    on:pointerup=drop_point
                    on:pointercancel=drop_point
                ></div>
                <div class="morph">
                    <SaveChart name="pca" what="PCA picture" />
                </div>
            </div>
            <figcaption>
                <p class="legend">
                    "Each row of A is a point (x, y). The axes from the mean point along the eigenvectors of the covariance matrix, each 2·√λ long; the small orange points are their projections on the first. Click to add a point, drag one to move it: A follows."
                </p>
                {move || said(cloud().map(|c| c.sentences()).unwrap_or_default())}
            </figcaption>
        </figure>
    }
}

/// A drawn as a grayscale picture beside its best rank-k approximation, with k on a slider.
#[component]
pub fn LowRankPicture() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let k = move || {
        lab.index
            .with(|t| t.trim().parse::<usize>().ok())
            .unwrap_or(1)
    };
    let low = move || read_a(&lab).and_then(|a| LowRank::new(&a, k()).ok());
    let svg = move || {
        let low = low()?;
        let (w, h) = LOW_RANK_SIZE;
        plot::to_svg(w, h, |root| plot::low_rank_picture(root, &low))
            .ok()
            .map(|(svg, _)| svg)
    };
    let most = move || read_a(&lab).map_or(1, |a| a.nrows().min(a.ncols()));
    let use_picture = move |_| {
        lab.a.cells.set(to_exact_cells(&plot::smiley()));
        lab.index.set("3".into());
    };
    view! {
        <figure class="map low-rank-picture">
            <div class="map-view">
                <div class="plot" role="img" aria-label="A and its rank-k approximation" inner_html=svg></div>
                <div class="morph">
                    <label>
                        <span>"Rank k"</span>
                        <input
                            type="range"
                            min="1"
                            prop:max=move || most().to_string()
                            step="1"
                            prop:value=move || k().to_string()
                            on:input=move |ev| lab.index.set(event_target_value(&ev))
                        />
                    </label>
                    <output aria-label="Rank shown">{move || format!("k = {}", k())}</output>
                    <button class="small" on:click=use_picture>
                        {format!("Use a {0}×{0} picture as A", plot::SMILEY_SIDE)}
                    </button>
                    <SaveChart name="low-rank" what="low-rank picture" />
                </div>
            </div>
            <figcaption>
                <p class="legend">
                    "Each entry of A is a shade of gray. Keeping the k largest singular values keeps the picture's broad shapes first."
                </p>
                {move || said(low().map(|l| l.sentences()).unwrap_or_default())}
            </figcaption>
        </figure>
    }
}

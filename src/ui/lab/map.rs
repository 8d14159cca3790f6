//! "A as a map": a 2×2 A drawn as what it does to the plane, a 3×3 A as what it does to
//! space, beside its determinant and eigenvalues, for any operation while A has that shape.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::pictures::{LowRankPicture, PcaPicture, Picture, ProjectionPicture, SvdPicture};
use super::LabState;
use crate::math::format::fmt_number;
use crate::math::matrix::Matrix;
use crate::math::parse::parse_cells;
use crate::plot::{self, PlaneMap, Sketch, SpaceMap};
use crate::ui::clock;

/// The picture's side in SVG pixels; CSS scales it to the column.
const SIDE: u32 = 360;
/// How long Play takes to move the picture from the identity to A.
const PLAY_MS: f64 = 2500.0;

/// A seen as a map.
enum MapOf {
    Plane(PlaneMap),
    Space(SpaceMap),
}

impl MapOf {
    fn legend(&self) -> &'static str {
        match self {
            MapOf::Plane(_) => "Grey: the unit square. Shaded: its image. Blue: Ae₁. Orange: Ae₂ (drag either tip to change A). Green: directions A only stretches.",
            MapOf::Space(_) => "Seen from a little above, x to the right, y up and z towards you; the slider below turns the view. Grey: the unit cube. Outlined and shaded: the box it becomes. Blue, orange, purple: Ae₁, Ae₂, Ae₃. Green: directions A only stretches.",
        }
    }

    /// The map of (1 − t)·I + t·A: the identity at t = 0, A itself at t = 1.
    fn between(a: &Matrix, t: f64) -> Option<Self> {
        let entry = |i: usize, j: usize| (1.0 - t) * f64::from(u8::from(i == j)) + t * a[(i, j)];
        match a.shape() {
            (2, 2) => Some(MapOf::Plane(PlaneMap::new(
                [0, 1].map(|i| [0, 1].map(|j| entry(i, j))),
            ))),
            (3, 3) => Some(MapOf::Space(SpaceMap::new(
                [0, 1, 2].map(|i| [0, 1, 2].map(|j| entry(i, j))),
            ))),
            _ => None,
        }
    }

    /// How far the picture reaches; a 3×3 map's view turned by `turn` degrees.
    fn reach(&self, turn: i8) -> f64 {
        match self {
            MapOf::Plane(m) => m.reach(),
            MapOf::Space(m) => m.reach(f64::from(turn).to_radians()),
        }
    }

    /// The picture; a 3×3 map's view turned by `turn` degrees about the vertical axis.
    fn sketch_in(&self, reach: f64, turn: i8) -> Sketch {
        match self {
            MapOf::Plane(m) => m.sketch_in(reach),
            MapOf::Space(m) => m.sketch_in(reach, f64::from(turn).to_radians()),
        }
    }

    fn sentences(&self) -> Vec<String> {
        match self {
            MapOf::Plane(m) => m.sentences(),
            MapOf::Space(m) => m.sentences(),
        }
    }
}

/// A, when its cells parse as a finite 2×2 or 3×3 matrix.
fn read_a(lab: &LabState) -> Option<Matrix> {
    let a = lab.a.cells.with(|c| parse_cells("A", c).ok())?;
    matches!(a.shape(), (2, 2) | (3, 3)).then_some(a)
}

/// The panel, present while A is 2×2 or 3×3; drawn only while open. A slider and Play move
/// the picture from the identity to A, through (1 − t)·I + t·A, in a view that stays still.
#[component]
pub fn MapDetails() -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let open = lab.map_open;
    let a = move || read_a(&lab);
    let whole = move || a().and_then(|a| MapOf::between(&a, 1.0));
    // The picture for the operation at hand: the SVD's stages, a projection, PCA, a low-rank
    // picture, or else the map itself while A is 2×2 or 3×3.
    let shape = move || {
        lab.a
            .cells
            .with(|c| parse_cells("A", c).ok())
            .map(|a| a.shape())
    };
    let picture = Memo::new(move |_| shape().and_then(|s| Picture::for_op(lab.op.get(), s)));
    let is_map = move || picture.get() == Some(Picture::Map);
    let title = move || match (picture.get(), shape()) {
        (Some(p), Some(s)) => p.title(s),
        _ => "",
    };
    // How far from I to A the picture is; Play counts up its run so that a newer run, or the
    // slider, stops an older one.
    let t = RwSignal::new(1.0f64);
    let turn = lab.map_turn;
    let run = StoredValue::new(0u32);
    let toggled = move |ev: leptos::ev::Event| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            open.set(el.has_attribute("open"));
        }
    };
    // While a tip of Ae₁ or Ae₂ is dragged: which column, and the reach the view keeps, so
    // the plane does not rescale under the pointer.
    let dragging = RwSignal::new(None::<(usize, f64)>);
    let svg = move || {
        let a = a().filter(|_| open.get() && is_map())?;
        let reach = match dragging.get() {
            Some((_, reach)) => reach,
            None => MapOf::between(&a, 1.0)?.reach(turn.get()),
        };
        let shown = MapOf::between(&a, t.get())?;
        plot::to_svg(SIDE, SIDE, |root| {
            plot::map_picture(root, &shown.sketch_in(reach, turn.get_untracked()))
        })
        .ok()
        .map(|(svg, _)| svg)
    };
    // Slow at both ends, so the start and the end can be seen.
    let play = move |_| clock::play(run, PLAY_MS, move |k| t.set(k * k * (3.0 - 2.0 * k)));
    let picture_el = NodeRef::<leptos::html::Div>::new();
    // The point of the plane under the pointer, in the picture's own coordinates.
    let pointed = move |ev: &web_sys::PointerEvent, reach: f64| {
        // The element itself, not the event's: Leptos delegates pointer events to the document.
        let el = picture_el.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let scale = f64::from(SIDE) / rect.width().max(1.0);
        let px = (f64::from(ev.client_x()) - rect.left()) * scale;
        let py = (f64::from(ev.client_y()) - rect.top()) * scale;
        Some(plot::plane_point(px, py, f64::from(SIDE), reach))
    };
    let grab = move |ev: web_sys::PointerEvent| {
        let Some(a) = a().filter(|a| a.shape() == (2, 2) && t.get_untracked() >= 1.0) else {
            return;
        };
        let Some(reach) = MapOf::between(&a, 1.0).map(|m| m.reach(0)) else {
            return;
        };
        let Some((x, y)) = pointed(&ev, reach) else {
            return;
        };
        // The nearer tip, if the pointer is within a tenth of the view's half-width of it.
        let near = (0..2)
            .map(|j| (j, (a[(0, j)] - x).hypot(a[(1, j)] - y)))
            .filter(|&(_, d)| d <= reach / 10.0)
            .min_by(|p, q| p.1.total_cmp(&q.1));
        if let Some((column, _)) = near {
            ev.prevent_default();
            if let Some(el) = picture_el.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            dragging.set(Some((column, reach)));
        }
    };
    let drag = move |ev: web_sys::PointerEvent| {
        let Some((column, reach)) = dragging.get_untracked() else {
            return;
        };
        let Some((x, y)) = pointed(&ev, reach) else {
            return;
        };
        // Tenths, so the cells read as a person would type them.
        let tenth = |v: f64| fmt_number((v.clamp(-reach, reach) * 10.0).round() / 10.0);
        lab.a.cells.update(|cells| {
            if let [top, bottom] = cells.as_mut_slice() {
                if let (Some(p), Some(q)) = (top.get_mut(column), bottom.get_mut(column)) {
                    *p = tenth(x);
                    *q = tenth(y);
                }
            }
        });
    };
    let drop_tip = move |_| dragging.set(None);
    let slide = move |ev: leptos::ev::Event| {
        run.update_value(|r| *r += 1);
        if let Ok(percent) = event_target_value(&ev).parse::<f64>() {
            t.set((percent / 100.0).clamp(0.0, 1.0));
        }
    };
    let shown = move || {
        let t = t.get();
        if t >= 1.0 {
            "A itself".to_string()
        } else {
            format!(
                "(1 − t)·I + t·A at t = {}",
                fmt_number((t * 100.0).round() / 100.0)
            )
        }
    };
    view! {
        <details
            class="panel map-panel"
            hidden=move || picture.get().is_none()
            prop:open=move || open.get()
            on:toggle=toggled
        >
            <summary>{title}</summary>
            {move || match picture.get().filter(|_| open.get()) {
                Some(Picture::Svd) => view! { <SvdPicture /> }.into_any(),
                Some(Picture::Projection) => view! { <ProjectionPicture /> }.into_any(),
                Some(Picture::Pca) => view! { <PcaPicture /> }.into_any(),
                Some(Picture::LowRank) => view! { <LowRankPicture /> }.into_any(),
                _ => ().into_any(),
            }}
            <figure class="map" hidden=move || !is_map()>
                <div class="map-view">
                    <div
                        class="plot"
                        node_ref=picture_el
                        class:draggable=move || a().is_some_and(|a| a.nrows() == 2)
                        role="img"
                        aria-label=title
                        title=move || {
                            a()
                                .filter(|a| a.nrows() == 2)
                                .map(|_| "Drag the tip of Ae₁ or Ae₂ to change A's columns")
                        }
                        inner_html=svg
                        on:pointerdown=grab
                        on:pointermove=drag
                        on:pointerup=drop_tip
                        on:pointercancel=drop_tip
                    ></div>
                    <div class="morph">
                        <button class="small" on:click=play>"Play I → A"</button>
                        <label>
                            <span>"From I to A"</span>
                            <input
                                type="range"
                                min="0"
                                max="100"
                                step="any"
                                prop:value=move || (t.get() * 100.0).to_string()
                                on:input=slide
                            />
                        </label>
                        <output aria-label="Shown">{shown}</output>
                        <TurnSlider hidden=move || a().is_none_or(|a| a.nrows() != 3) />
                        <crate::ui::download::SaveChart name="map" what="map" />
                    </div>
                </div>
                <figcaption>
                    <p class="legend">{move || whole().map_or("", |m| m.legend())}</p>
                    {move || {
                        super::pictures::said(
                            whole().filter(|_| open.get()).map_or_else(Vec::new, |m| m.sentences()),
                        )
                    }}
                </figcaption>
            </figure>
        </details>
    }
}

/// The slider that turns a view of space about its vertical axis, in 5° steps from −90° to
/// 90° (`map_turn`, kept in the link): the 3×3 map's and the projection's in space.
#[component]
pub(super) fn TurnSlider(hidden: impl Fn() -> bool + Send + 'static) -> impl IntoView {
    let turn = crate::ui::provided::<LabState>().map_turn;
    view! {
        <label hidden=hidden>
            <span>"Turn the view"</span>
            <input
                type="range"
                min="-90"
                max="90"
                step="5"
                prop:value=move || i32::from(turn.get()).to_string()
                on:input=move |ev| {
                    if let Ok(degrees) = event_target_value(&ev).parse::<f64>() {
                        turn.set(degrees.clamp(-90.0, 90.0) as i8);
                    }
                }
            />
        </label>
    }
}

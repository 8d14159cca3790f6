//! "A as a map": a 2×2 A drawn as what it does to the plane, a 3×3 A as what it does to
//! space, beside its determinant and eigenvalues, for any operation while A has that shape.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::LabState;
use crate::math::parse::parse_cells;
use crate::plot::{self, PlaneMap, Sketch, SpaceMap};

/// The picture's side in SVG pixels; CSS scales it to the column.
const SIDE: u32 = 360;

/// A seen as a map.
enum MapOf {
    Plane(PlaneMap),
    Space(SpaceMap),
}

impl MapOf {
    fn title(&self) -> &'static str {
        match self {
            MapOf::Plane(_) => "A as a map of the plane",
            MapOf::Space(_) => "A as a map of space",
        }
    }

    fn legend(&self) -> &'static str {
        match self {
            MapOf::Plane(_) => "Grey: the unit square. Shaded: its image. Blue: Ae₁. Orange: Ae₂. Green: directions A only stretches.",
            MapOf::Space(_) => "Seen from the front, with z towards you and down. Grey: the unit cube. Outlined and shaded: the box it becomes. Blue, orange, purple: Ae₁, Ae₂, Ae₃. Green: directions A only stretches.",
        }
    }

    fn sketch(&self) -> Sketch {
        match self {
            MapOf::Plane(m) => m.sketch(),
            MapOf::Space(m) => m.sketch(),
        }
    }

    fn sentences(&self) -> Vec<String> {
        match self {
            MapOf::Plane(m) => m.sentences(),
            MapOf::Space(m) => m.sentences(),
        }
    }
}

/// A as a map, when its cells parse as a finite 2×2 or 3×3 matrix.
fn read_map(lab: &LabState) -> Option<MapOf> {
    let a = lab.a.cells.with(|c| parse_cells("A", c).ok())?;
    match a.shape() {
        (2, 2) => Some(MapOf::Plane(PlaneMap::new(
            [0, 1].map(|i| [0, 1].map(|j| a[(i, j)])),
        ))),
        (3, 3) => Some(MapOf::Space(SpaceMap::new(
            [0, 1, 2].map(|i| [0, 1, 2].map(|j| a[(i, j)])),
        ))),
        _ => None,
    }
}

/// The panel, present while A is 2×2 or 3×3; drawn only while open.
#[component]
pub fn MapDetails() -> impl IntoView {
    let lab = expect_context::<LabState>();
    let open = lab.map_open;
    let map = move || read_map(&lab);
    let toggled = move |ev: leptos::ev::Event| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            open.set(el.has_attribute("open"));
        }
    };
    let picture = move || {
        let map = map().filter(|_| open.get())?;
        let svg = plot::to_svg(SIDE, SIDE, |root| plot::map_picture(root, &map.sketch()))
            .ok()?
            .0;
        Some(view! {
            <figure class="map">
                <div class="plot" role="img" aria-label=map.title() inner_html=svg></div>
                <figcaption>
                    <p class="legend">{map.legend()}</p>
                    {map.sentences().into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                </figcaption>
            </figure>
        })
    };
    view! {
        <details
            class="panel map-panel"
            hidden=move || map().is_none()
            prop:open=move || open.get()
            on:toggle=toggled
        >
            <summary>{move || map().map_or("", |m| m.title())}</summary>
            {picture}
        </details>
    }
}

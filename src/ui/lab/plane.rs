//! "A as a map of the plane": a 2×2 matrix drawn as what it does to the unit square, beside
//! its determinant and eigenvalues, for any operation while A is 2×2.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::LabState;
use crate::math::parse::parse_cells;
use crate::plot::{self, PlaneMap};

/// The picture's side in SVG pixels; CSS scales it to the column.
const SIDE: u32 = 360;

/// A as a map, when its cells parse as a finite 2×2 matrix.
fn read_map(lab: &LabState) -> Option<PlaneMap> {
    let a = lab.a.cells.with(|c| parse_cells("A", c).ok())?;
    (a.nrows() == 2 && a.ncols() == 2)
        .then(|| PlaneMap::new([[a[(0, 0)], a[(0, 1)]], [a[(1, 0)], a[(1, 1)]]]))
}

/// The panel, present while A is 2×2; drawn only while open.
#[component]
pub fn PlaneDetails() -> impl IntoView {
    let lab = expect_context::<LabState>();
    let open = lab.plane_open;
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
        let svg = plot::to_svg(SIDE, SIDE, |root| plot::plane_map(root, &map))
            .ok()?
            .0;
        let said = map.sentences();
        Some(view! {
            <figure class="plane">
                <div class="plot" role="img" aria-label="A as a map of the plane" inner_html=svg></div>
                <figcaption>
                    <p class="legend">
                        "Grey: the unit square. Shaded: its image. Blue: Ae₁. Orange: Ae₂. Green: directions A only stretches."
                    </p>
                    {said.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
                </figcaption>
            </figure>
        })
    };
    view! {
        <details
            class="panel plane-panel"
            hidden=move || map().is_none()
            prop:open=move || open.get()
            on:toggle=toggled
        >
            <summary>"A as a map of the plane"</summary>
            {picture}
        </details>
    }
}

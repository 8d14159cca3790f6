//! The handwritten digits: fetching them when picked, the test digits with the network's
//! reading of each, the first layer's units as images, and a pad to draw a digit on and
//! follow it through the network's products.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::TrainState;
use crate::math::data::digits::{DIGITS_PATH, PIXELS, SIDE};
use crate::math::nn::Activation;
use crate::plot::markup;
use crate::state::choices::DataChoice;
use crate::state::digits as loaded;

/// Test digits drawn at most, the ones read wrong first.
const SHOWN_TEST_DIGITS: usize = 40;
/// First-layer units drawn as images at most.
const SHOWN_UNITS: usize = 64;

/// Where the fetch of the digits stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetch {
    /// Not asked for yet.
    Idle,
    /// On its way.
    Loading,
    /// Failed, and why.
    Failed(String),
}

/// Fetches the digits file, once, when the digits are picked and not yet here; when they
/// arrive the settings check again and the run is built.
pub fn fetch_when_picked(state: TrainState) {
    let fetch = state.digits_fetch;
    Effect::new(move |_| {
        let picked = state.draft.with(|d| d.data == DataChoice::Digits);
        if picked && loaded::loaded().is_none() && fetch.get() == Fetch::Idle {
            fetch.set(Fetch::Loading);
            leptos::task::spawn_local(async move {
                let arrived = match bytes(DIGITS_PATH).await {
                    Ok(b) => loaded::install(&b),
                    Err(why) => Err(why),
                };
                match arrived {
                    Ok(()) => {
                        fetch.set(Fetch::Idle);
                        // Nothing in the draft changed, but what it checks to did.
                        state.edit(|_| ());
                    }
                    Err(why) => fetch.set(Fetch::Failed(format!(
                        "The handwritten digits could not be loaded: {why}. Every other dataset still works."
                    ))),
                }
            });
        }
    });
}

async fn bytes(path: &str) -> Result<Vec<u8>, String> {
    let offline = |_| "the network did not answer".to_string();
    let window = web_sys::window().ok_or("there is no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let buffer = response.array_buffer().map_err(|_| "no body")?;
    let buffer = JsFuture::from(buffer).await.map_err(offline)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Under the dataset picker: where the images come from, the fetch in progress, or Try
/// again after a failure (whose reason the run panel's problems give).
#[component]
pub fn DigitsNote() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let fetch = state.digits_fetch;
    let picked = move || state.draft.with(|d| d.data == DataChoice::Digits);
    let text = move || {
        match fetch.get() {
        Fetch::Loading => "Fetching the digits (46 KB)…",
        Fetch::Failed(_) => "The digits did not arrive.",
        Fetch::Idle => "1,797 images of 8×8 pixels from the UCI Optical Recognition of Handwritten Digits set (CC BY 4.0), as scikit-learn ships it. A fifth of each digit is held out: the network never trains on them, and the test figures are theirs.",
    }
    };
    view! {
        <p class="note digits-note" hidden=move || !picked()>
            {text}
            " "
            <button
                class="small"
                hidden=move || !matches!(fetch.get(), Fetch::Failed(_))
                on:click=move |_| fetch.set(Fetch::Idle)
            >
                "Try again"
            </button>
        </p>
    }
}

/// Why the digits could not be fetched, for the run panel's problems.
pub fn fetch_problem(state: TrainState) -> Option<String> {
    match state.digits_fetch.get() {
        Fetch::Failed(why) => Some(why),
        _ => None,
    }
}

/// The digits panels: the test digits as read, the first layer's units, and the draw pad.
#[component]
pub fn DigitsPanels() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let shown = move || {
        state.checked.with(|c| {
            c.as_ref()
                .is_ok_and(|s| s.data == DataChoice::Digits && s.spec.inputs == PIXELS)
        })
    };
    let test_digits = move || {
        state.class_tick.track();
        if !shown() {
            return String::new();
        }
        state
            .with_trainer(|t| {
                let test = t.test()?;
                let (guess, truth) = t.scored()[1].as_ref()?;
                Some(markup::test_digits(test, guess, truth, SHOWN_TEST_DIGITS))
            })
            .flatten()
            .unwrap_or_default()
    };
    let units = move || {
        state.slow_tick.track();
        if !shown() {
            return String::new();
        }
        state
            .with_trainer(|t| {
                let cells = markup::unit_images(t.model().weights(0), SIDE, SHOWN_UNITS);
                markup::image_grid("First-layer units", &cells)
            })
            .unwrap_or_default()
    };
    view! {
        <div class="digits" hidden=move || !shown()>
            <section class="panel" aria-labelledby="train-testdig-h">
                <h2 id="train-testdig-h">"Test digits"</h2>
                <div inner_html=test_digits></div>
            </section>
            <section class="panel" aria-labelledby="train-units-h">
                <h2 id="train-units-h">"What the first layer looks for"</h2>
                <p class="muted">
                    "Each image is one unit's row of W₁: its 64 weights placed on the pixels they multiply. Orange pixels push the unit up when inked, blue ones down."
                </p>
                <div class="units" inner_html=units></div>
            </section>
            <DrawPad />
        </div>
    }
}

/// A pad of 8×8 cells to draw a digit on with a mouse, a finger or the keyboard, and the
/// drawn digit's way through the network: every layer's product and activation, in numbers.
#[component]
fn DrawPad() -> impl IntoView {
    let state = crate::ui::provided::<TrainState>();
    let ink = RwSignal::new(vec![0.0f64; PIXELS]);
    let drawing = RwSignal::new(false);
    let focused = RwSignal::new(false);
    let cursor = RwSignal::new(PIXELS / 2 - SIDE / 2);
    // A brush: full ink where it lands, half on the four cells beside it.
    let paint = move |cell: usize| {
        let (r, c) = ((cell / SIDE) as i32, (cell % SIDE) as i32);
        ink.update(|px| {
            for (dr, dc, v) in [
                (0, 0, 1.0),
                (-1, 0, 0.5),
                (1, 0, 0.5),
                (0, -1, 0.5),
                (0, 1, 0.5),
            ] {
                let (r, c) = (r + dr, c + dc);
                if (0..SIDE as i32).contains(&r) && (0..SIDE as i32).contains(&c) {
                    let p = &mut px[r as usize * SIDE + c as usize];
                    *p = f64::max(*p, v);
                }
            }
        });
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent, starts: bool| {
        if starts {
            drawing.set(true);
        }
        if !drawing.get_untracked() {
            return;
        }
        let el = event_target::<web_sys::Element>(&ev);
        let Some(pad) = el.closest(".pad").ok().flatten() else {
            return;
        };
        let rect = pad.get_bounding_client_rect();
        let x = (f64::from(ev.client_x()) - rect.left()) / rect.width();
        let y = (f64::from(ev.client_y()) - rect.top()) / rect.height();
        if (0.0..1.0).contains(&x) && (0.0..1.0).contains(&y) {
            paint((y * SIDE as f64) as usize * SIDE + (x * SIDE as f64) as usize);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let at = cursor.get_untracked();
        let (r, c) = (at / SIDE, at % SIDE);
        let moved = match ev.key().as_str() {
            "ArrowUp" => r.saturating_sub(1) * SIDE + c,
            "ArrowDown" => (r + 1).min(SIDE - 1) * SIDE + c,
            "ArrowLeft" => r * SIDE + c.saturating_sub(1),
            "ArrowRight" => r * SIDE + (c + 1).min(SIDE - 1),
            " " | "Enter" => {
                paint(at);
                at
            }
            "Delete" | "Backspace" => {
                ink.update(|px| px[at] = 0.0);
                at
            }
            _ => return,
        };
        ev.prevent_default();
        cursor.set(moved);
    };
    let pad = move || ink.with(|x| markup::pad_svg(x, SIDE, focused.get().then(|| cursor.get())));
    let reading = move || {
        state.panel_tick.track();
        let x = ink.get();
        if x.iter().all(|&p| p == 0.0) {
            return r#"<p class="note" role="status">The pad is blank: draw a digit on it to see the network read it.</p>"#.to_string();
        }
        state
            .with_trainer(|t| {
                let acts: Vec<Activation> =
                    t.model().layers().iter().map(|d| d.activation).collect();
                markup::forward_pass(&t.model().trace(&x), &acts)
            })
            .unwrap_or_default()
    };
    view! {
        <section class="panel" aria-labelledby="train-pad-h">
            <h2 id="train-pad-h">"Draw a digit"</h2>
            <p class="muted">
                "Draw with the mouse or a finger; or focus the pad, move with the arrow keys, ink with Space and erase with Delete."
            </p>
            <div class="pad-row">
                <div
                    class="pad plot"
                    role="img"
                    tabindex="0"
                    aria-label="Draw pad, 8 by 8"
                    on:pointerdown=move |ev| on_pointer(ev, true)
                    on:pointermove=move |ev| on_pointer(ev, false)
                    on:pointerup=move |_| drawing.set(false)
                    on:pointerleave=move |_| drawing.set(false)
                    on:keydown=on_key
                    // The keyboard's cell shows when the keyboard brought focus, not a click.
                    on:focus=move |ev| {
                        let el = event_target::<web_sys::Element>(&ev);
                        focused.set(el.matches(":focus-visible").unwrap_or(true));
                    }
                    on:blur=move |_| focused.set(false)
                    inner_html=pad
                ></div>
                <button class="small" on:click=move |_| ink.set(vec![0.0; PIXELS])>"Clear"</button>
            </div>
            <div inner_html=reading></div>
        </section>
    }
}

//! The page's clock: milliseconds since the page opened, waiting for the next frame, and
//! playing an animation over a number of milliseconds.

use leptos::prelude::{window, GetValue, SetValue, StoredValue};

/// Milliseconds since the page opened (`performance.now()`).
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Resolves at the next animation frame, after the page has painted.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Plays an animation over `ms` milliseconds: `frame(k)` once per animation frame, k from 0
/// up to 1, the last call with k = 1. Each call takes the next number in `run`; the animation
/// stops as soon as `run` holds another (a second Play, a slider moved by hand) or is gone
/// (the person left the view mid-play).
pub fn play(run: StoredValue<u32>, ms: f64, frame: impl Fn(f64) + 'static) {
    let this_run = run.get_value() + 1;
    run.set_value(this_run);
    let frame: Box<dyn Fn(f64)> = Box::new(frame);
    leptos::task::spawn_local(async move {
        let start = now();
        while run.try_get_value() == Some(this_run) {
            let k = ((now() - start) / ms).min(1.0);
            frame(k);
            if k >= 1.0 {
                break;
            }
            next_frame().await;
        }
    });
}

//! The page's clock: milliseconds since the page opened, and waiting for the next frame.

use leptos::prelude::window;

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

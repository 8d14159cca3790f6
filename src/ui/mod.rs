//! Leptos components only: the page shell and one module per view.

mod clock;
mod deck;
mod download;
mod gpu_view;
mod lab;
mod lessons;
mod menu;
mod page;
mod present;
mod qr;
mod shell;
mod status;
mod theme;
mod train;
mod views;

use leptos::prelude::*;

pub use shell::App;

/// Mounts the app into `<body>`, replacing the boot message.
pub fn mount() {
    console_panic_message();
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// The state of type `T` (`Shell`, `LabState`, `TrainState`) that a component above provides.
/// One function per type, not `expect_context` at each use: that is inlined, with its panic
/// message and the caller's place, into every component that asks (DESIGN.md, Size).
#[inline(never)]
pub(crate) fn provided<T: Clone + 'static>() -> T {
    expect_context()
}

/// The whole address of `fragment` on this page: where the page is, and the state. A phone
/// that scans it, or a class that opens a copied deck, needs all of it.
fn page_address(fragment: &str) -> String {
    let place = window().location();
    format!(
        "{}{}{fragment}",
        place.origin().unwrap_or_default(),
        place.pathname().unwrap_or_default()
    )
}

/// Sets the text of the element with this id, if it is on the page: the pointer readouts,
/// which follow the pointer alone and so need no signal (one costs more than the readout).
fn write_text(id: &str, text: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.set_text_content(Some(text));
    }
}

/// A panic in wasm is otherwise an opaque "unreachable"; say what happened, where a person looks.
fn console_panic_message() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Eigenplay stopped: {info}").into());
    }));
}

//! Presenter mode, for a class in front of a projector: the page larger, the header faded
//! until the pointer or the keyboard comes to it, and keys a presenter reaches for: P presents
//! or stops, F goes fullscreen or back; while presenting, → and ← step through a lesson (as
//! PageDown and PageUp always do), Space plays or pauses training, and S turns on a spotlight
//! that follows the pointer and dims the rest of the page. The mode is a switch on
//! `<html>` (`data-present`) that the stylesheet reads: the page's state does not change, and
//! a shared link never opens in it.

use leptos::prelude::*;

/// Whether presenter mode is on.
pub fn presenting() -> bool {
    document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-present"))
}

/// Turns presenter mode on or off, and says so on its button.
pub fn toggle() {
    let Some(root) = document().document_element() else {
        return;
    };
    let on = !presenting();
    let _ = if on {
        root.set_attribute("data-present", "")
    } else {
        // The spotlight goes with presenter mode.
        let _ = root.remove_attribute("data-spotlight");
        root.remove_attribute("data-present")
    };
    super::write_text("present", if on { "Stop presenting" } else { "Present" });
}

/// Fullscreen on or off. A browser that refuses (no user gesture, an embedding frame) leaves
/// the page as it is.
fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Whether a key goes to something a person types or chooses in (a cell, a text box, a menu),
/// which the page's own keys leave alone.
pub fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// Whether a key press is a plain one (no Ctrl, Alt or Meta: Ctrl+P still prints) that the
/// page may take: not typed into a text box, and not already taken by the element it went to
/// (the arrows of a weight heatmap, Space on the draw pad).
pub fn plain_key(ev: &web_sys::KeyboardEvent) -> bool {
    !(ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() || typing(ev))
}

/// The spotlight on or off (while presenting).
fn toggle_spotlight() {
    if let Some(root) = document().document_element() {
        let _ = root.toggle_attribute("data-spotlight");
    }
}

/// P, F and S, Q for the QR code (`qr_open`), Escape to close it or the deck sheet, and the
/// spotlight's pointer, for as long as the page lives.
pub fn listen(qr_open: RwSignal<bool>) {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if !plain_key(&ev) {
            return;
        }
        match ev.key().as_str() {
            "p" | "P" => toggle(),
            "f" | "F" => toggle_fullscreen(),
            "s" | "S" if presenting() => toggle_spotlight(),
            "q" | "Q" => qr_open.update(|o| *o = !*o),
            "Escape" => {
                qr_open.set(false);
                super::deck::show(false);
            }
            _ => {}
        }
    });
    // The spotlight's centre: two CSS variables on <html> (set through the CSSOM, which the
    // page's Content-Security-Policy allows, unlike a style attribute).
    let pointer = window_event_listener(leptos::ev::pointermove, |ev| {
        let Some(root) = document().document_element() else {
            return;
        };
        if !root.has_attribute("data-spotlight") {
            return;
        }
        if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
            let style = root.style();
            let _ = style.set_property("--spot-x", &format!("{}px", ev.client_x()));
            let _ = style.set_property("--spot-y", &format!("{}px", ev.client_y()));
        }
    });
    // The listeners live as long as the page.
    std::mem::forget((keys, pointer));
}

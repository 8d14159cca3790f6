//! The QR code of the state on screen, large over the page, so that a class opens on their
//! phones what the projector shows. Its button in the header or Q opens and closes it;
//! Escape closes it. It follows the state while open: a step later, it is that step's link.
//! It is the students' link: a deck in it has no notes.

use leptos::prelude::*;

use super::page::Shell;
use crate::share::write_state;
use crate::state::deck::for_students;

/// The QR code sheet; `open` is shared with the header's button and the page's keys.
#[component]
pub fn QrSheet(open: RwSignal<bool>) -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    // Drawn only while open, from the state on screen as students get it: a deck's notes
    // stay with the teacher.
    let sheet = move || {
        if !open.get() {
            return String::new();
        }
        let mut state = shell.state.get();
        state.deck = for_students(&state.deck);
        crate::plot::qr::qr_sheet(&super::page_address(&write_state(&state)))
    };
    view! {
        <div class="overlay" hidden=move || !open.get()>
            <div class="overlay-body" inner_html=sheet></div>
            <button class="primary" on:click=move |_| open.set(false)>"Close"</button>
        </div>
    }
}

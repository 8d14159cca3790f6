//! The deck a teacher builds: "Add to deck" keeps the state on screen as a slide with a title
//! and a note; the sheet lists the slides to reorder or remove, plays them under the lesson
//! bar, and copies two links: the teacher's, with the notes, and the students', without.
//! The sheet is markup with one listener for its clicks and one for its form (a view per
//! button cost the page a kilobyte), shown and hidden on the element itself.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::page::Shell;
use crate::share::{slide_link, write_state};
use crate::state::deck::{for_students, one_line, Slide};

/// The sheet's fixed part: the form that adds the state on screen, and the deck's buttons.
const SHEET: &str = r#"<h2>Your deck</h2><form class="deck-add"><input id="deck-title" aria-label="Slide title" placeholder="Title of this state"><input id="deck-note" aria-label="Note for the teacher" placeholder="Note (teacher's link only)"><button class="primary">Add this state</button></form>"#;
const BUTTONS: &str = r#"<button class="copy-link" data-do="play">Play from slide 1</button><button class="copy-link" data-do="teacher">Copy teacher link</button><button class="copy-link" data-do="student">Copy student link</button><button class="primary" data-do="close">Close</button>"#;

/// Shows or hides the deck sheet; shown, the title box has the keys.
pub fn show(on: bool) {
    let document = document();
    if let Some(sheet) = document.get_element_by_id("deck-sheet") {
        let _ = sheet.toggle_attribute_with_force("hidden", !on);
    }
    if let (true, Some(title)) = (on, input("deck-title")) {
        let _ = title.focus();
    }
}

fn input(id: &str) -> Option<HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The deck sheet.
#[component]
pub fn DeckSheet() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    // The slide is the state on screen, without the deck or a lesson around it.
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(title), Some(note)) = (input("deck-title"), input("deck-note")) else {
            return;
        };
        shell.state.update(|s| {
            let mut here = s.clone();
            here.deck.clear();
            here.lesson = None;
            here.embed = false;
            let typed = one_line(&title.value());
            s.deck.push(Slide {
                title: if typed.is_empty() {
                    format!("Slide {}", s.deck.len() + 1)
                } else {
                    typed
                },
                note: one_line(&note.value()),
                state: write_state(&here),
            });
        });
        title.set_value("");
        note.set_value("");
    };
    // The first slide's link, the teacher's or the students'; none for an empty deck.
    let first_slide = move |students: bool| {
        shell.state.with_untracked(|s| {
            let deck = if students {
                for_students(&s.deck)
            } else {
                s.deck.clone()
            };
            (!deck.is_empty()).then(|| slide_link(&deck, 0))
        })
    };
    let clicked = move |ev: leptos::ev::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[data-do]").ok().flatten())
        else {
            return;
        };
        let at: usize = button
            .get_attribute("data-at")
            .and_then(|a| a.parse().ok())
            .unwrap_or(usize::MAX);
        match button.get_attribute("data-do").unwrap_or_default().as_str() {
            "close" => show(false),
            "play" => {
                if let Some(link) = first_slide(false) {
                    show(false);
                    shell.open(&link);
                }
            }
            which @ ("teacher" | "student") => {
                if let Some(link) = first_slide(which == "student") {
                    super::download::copy(&super::page_address(&link));
                }
            }
            action => shell.state.update(|s| {
                let deck = &mut s.deck;
                match action {
                    "up" if (1..deck.len()).contains(&at) => deck.swap(at, at - 1),
                    "down" if at + 1 < deck.len() => deck.swap(at, at + 1),
                    "remove" if at < deck.len() => {
                        deck.remove(at);
                    }
                    _ => {}
                }
            }),
        }
    };
    view! {
        <div id="deck-sheet" class="overlay" hidden on:click=clicked on:submit=add>
            <div class="overlay-body" inner_html=SHEET></div>
            <ol class="deck-list" inner_html=move || {
                shell.state.with(|s| crate::lessons::deck_list_html(&s.deck))
            }></ol>
            <div class="deck-buttons" inner_html=BUTTONS></div>
        </div>
    }
}

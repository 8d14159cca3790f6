//! The two source lessons as guided walk-throughs: each step says what to look for in
//! a sentence or two and opens the exact state that shows it. A step's link carries
//! `lesson=<id>.<n>`, and the page it opens shows the lesson bar: the step, what to notice,
//! and Previous / Next, so a class can be taken through a lesson like a slide deck.

use leptos::prelude::*;

use super::page::Shell;
use std::rc::Rc;

use crate::lessons::{find_step, part_of, step_figure, step_link};
use crate::share::{slide_link, PageState};
use crate::state::deck::deck_slide;

/// The Lessons view.
#[component]
pub fn LessonsView() -> impl IntoView {
    view! {
        <section class="view lessons-view" aria-labelledby="view-title">
            <h1 id="view-title">"Lessons"</h1>
            <p class="lede">
                "Two lessons step by step, and seven questions to ponder, each answered by a live state. Each step opens the exact matrices or network it talks about; change them and see what follows. Every step is a link you can share with a class; opened, it shows Previous and Next, and PageUp and PageDown (what a presentation clicker sends) step through the lesson."
            </p>
            <div class="lessons" inner_html=crate::lessons::contents_html()></div>
        </section>
    }
}

/// A button of the lesson bar.
#[derive(Clone, Copy)]
enum Pressed {
    Previous,
    Next,
}

thread_local! {
    /// The bar's button that opened the step now opening.
    static PRESSED: std::cell::Cell<Option<Pressed>> = const { std::cell::Cell::new(None) };
}

/// What the lesson bar steps through: a lesson's steps, or the slides of the person's deck.
struct Walk {
    /// Where the bar is: the lesson and its part, or the deck.
    place: String,
    /// What one of them is called: "Step" or "Slide".
    unit: &'static str,
    index: usize,
    count: usize,
    title: String,
    notice: String,
    /// A picture under the words, as markup (chapter 2's tensor); empty for most.
    figure: String,
    /// The fragment that opens each of them.
    link: Rc<dyn Fn(usize) -> String>,
}

/// The walk that the `lesson` field names: a lesson's step (`demystified.3`) or a slide of
/// the deck in the link (`deck.2`). The link table let only a real one into the state.
fn walk(s: &PageState) -> Option<Walk> {
    let field = s.lesson.as_deref()?;
    if let Some((lesson, index)) = find_step(field) {
        let step = &lesson.steps[index];
        return Some(Walk {
            place: format!(
                "{}{}",
                lesson.title,
                part_of(lesson, index)
                    .map(|part| format!(" · {part}"))
                    .unwrap_or_default()
            ),
            unit: "Step",
            index,
            count: lesson.steps.len(),
            title: step.title.into(),
            notice: step.notice.into(),
            figure: step_figure(lesson, index).unwrap_or_default(),
            link: Rc::new(move |to| step_link(lesson, to)),
        });
    }
    let index = deck_slide(field, s.deck.len())?;
    let deck = s.deck.clone();
    let slide = &deck[index];
    Some(Walk {
        place: "Your deck".into(),
        unit: "Slide",
        index,
        count: deck.len(),
        title: slide.title.clone(),
        // The teacher's note; the student's link has none.
        notice: if slide.note.is_empty() {
            String::new()
        } else {
            format!("Note: {}", slide.note)
        },
        figure: String::new(),
        link: Rc::new(move |to| slide_link(&deck, to)),
    })
}

/// Above any view opened from a lesson step or a slide of a deck: where it is, what to
/// notice, and Previous / Next. PageUp and PageDown do the same, which is what presentation
/// clickers send.
#[component]
pub fn LessonBar() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let Walk {
        place,
        unit,
        index,
        count,
        title,
        notice,
        figure,
        link,
    } = shell.state.with_untracked(walk)?;
    let last = count - 1;
    let link = StoredValue::new_local(link);
    // Opened at once, not when `hashchange` comes: a clicker's quick presses all count. A
    // page framed in another (`embed=1`) stays framed from step to step.
    let go = move |to: usize| {
        let mut link = link.with_value(|link| link(to));
        shell.state.with_untracked(|s| {
            if s.embed {
                link += "&embed=1";
            }
        });
        shell.open(&link);
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // A clicker's keys work even with the caret in a cell; the arrows, while presenting,
        // only where they do not move a caret.
        let in_text = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| el.tag_name() == "TEXTAREA");
        let arrows = super::present::presenting() && super::present::plain_key(&ev);
        match ev.key().as_str() {
            "PageDown" if index < last && !in_text => go(index + 1),
            "ArrowRight" if index < last && arrows => go(index + 1),
            "PageUp" if index > 0 && !in_text => go(index - 1),
            "ArrowLeft" if index > 0 && arrows => go(index - 1),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    // Leaving reopens the same state without the bar.
    let leave = move |_| {
        let mut state = shell.state.get_untracked();
        state.lesson = None;
        shell.open(&crate::share::write_state(&state));
    };
    // The step opens in a new bar: the button pressed in the old one keeps the focus, or the
    // other one where it is now disabled, so a keyboard can go on stepping.
    let (previous, next) = (
        NodeRef::<leptos::html::Button>::new(),
        NodeRef::<leptos::html::Button>::new(),
    );
    Effect::new(move |_| {
        let order = match PRESSED.take() {
            Some(Pressed::Next) => [next, previous],
            Some(Pressed::Previous) => [previous, next],
            None => return,
        };
        for button in order {
            if let Some(button) = button.get().filter(|b| !b.disabled()) {
                let _ = button.focus();
                break;
            }
        }
    });
    Some(view! {
            <nav class="lesson-bar" aria-label="Lesson">
                <p class="lesson-where">
                    {place}
                    " · "
                    <strong>{format!("{unit} {} of {count}: {title}", index + 1)}</strong>
                </p>
                <p class="lesson-notice">{notice}</p>
                <div class="lesson-figure" inner_html=figure></div>
                <div class="lesson-buttons">
                    <button
                        class="small"
                        node_ref=previous
                        disabled=index == 0
                        on:click=move |_| {
                            PRESSED.set(Some(Pressed::Previous));
                            go(index.saturating_sub(1))
                        }
                    >
                        "Previous"
                    </button>
                    <button
                        class="primary"
                        node_ref=next
                        disabled=index == last
                        on:click=move |_| {
                            PRESSED.set(Some(Pressed::Next));
                            go(index + 1)
                        }
                    >
                        "Next"
                    </button>
                    <button class="small" on:click=leave>
                        {if unit == "Slide" { "Leave the deck" } else { "Leave the lesson" }}
                    </button>
                </div>
            </nav>
    })
}

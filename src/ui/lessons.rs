//! The two source lessons as guided walk-throughs: each step says what to look for in
//! a sentence or two and opens the exact state that shows it. A step's link carries
//! `lesson=<id>.<n>`, and the page it opens shows the lesson bar: the step, what to notice,
//! and Previous / Next, so a class can be taken through a lesson like a slide deck.

use leptos::prelude::*;

use super::page::Shell;
use crate::lessons::{find_step, part_of, step_link};

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

/// Above any view opened from a lesson step: where it is in the lesson, what to notice, and
/// Previous / Next. PageUp and PageDown do the same, which is what presentation clickers send.
#[component]
pub fn LessonBar() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    // The link table let only a real step into the state.
    let (lesson, index) = shell
        .state
        .with_untracked(|s| s.lesson.as_deref().and_then(find_step))?;
    let last = lesson.steps.len() - 1;
    // Opened at once, not when `hashchange` comes: a clicker's quick presses all count. A
    // page framed in another (`embed=1`) stays framed from step to step.
    let go = move |to: usize| {
        let mut link = step_link(lesson, to);
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
    let step = &lesson.steps[index];
    Some(view! {
            <nav class="lesson-bar" aria-label="Lesson">
                <p class="lesson-where">
                    {lesson.title}
                    {part_of(lesson, index).map(|part| format!(" · {part}")).unwrap_or_default()}
                    " · "
                    <strong>{format!("Step {} of {}: {}", index + 1, last + 1, step.title)}</strong>
                </p>
                <p class="lesson-notice">{step.notice}</p>
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
                    <button class="small" on:click=leave>"Leave the lesson"</button>
                </div>
            </nav>
    })
}

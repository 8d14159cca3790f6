//! The view on screen, chosen in the header or by the link.

use leptos::prelude::*;

use super::shell::Shell;
use crate::share::View;

/// Renders whichever view is active.
#[component]
pub fn ActiveView() -> impl IntoView {
    let shell = expect_context::<Shell>();
    move || match shell.view.get() {
        View::Lab => view! { <super::lab::LabView /> }.into_any(),
        View::Train => view! { <TrainPlaceholder /> }.into_any(),
        View::Lessons => view! { <LessonsPlaceholder /> }.into_any(),
        View::Gpu => view! { <GpuPlaceholder /> }.into_any(),
    }
}

#[component]
fn TrainPlaceholder() -> impl IntoView {
    view! {
        <section class="view" aria-labelledby="view-title">
            <h1 id="view-title">"Train"</h1>
            <p class="lede">"Build a small network and train it live."</p>
        </section>
    }
}

#[component]
fn LessonsPlaceholder() -> impl IntoView {
    view! {
        <section class="view" aria-labelledby="view-title">
            <h1 id="view-title">"Lessons"</h1>
            <p class="lede">"The two source lessons as guided walk-throughs."</p>
        </section>
    }
}

#[component]
fn GpuPlaceholder() -> impl IntoView {
    view! {
        <section class="view" aria-labelledby="view-title">
            <h1 id="view-title">"GPU"</h1>
            <p class="lede">"Why GPUs: the same product on the CPU and the GPU."</p>
        </section>
    }
}

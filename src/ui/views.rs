//! The view on screen, chosen in the header or by the link.

use leptos::prelude::*;

use super::page::Shell;
use crate::share::View;

/// Renders whichever view is active.
#[component]
pub fn ActiveView() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    move || {
        // A link opened in place builds the view anew, even when it is the same view.
        shell.opened.track();
        match shell.view.get() {
            View::Lab => view! { <super::lab::LabView /> }.into_any(),
            View::Train => view! { <super::train::TrainView /> }.into_any(),
            View::Lessons => view! { <super::lessons::LessonsView /> }.into_any(),
            View::Gpu => view! { <super::gpu_view::GpuView /> }.into_any(),
        }
    }
}

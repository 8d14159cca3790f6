//! The Train view: it makes the view's `TrainState`, keeps the link following the controls,
//! and lays out the panels.

use leptos::prelude::*;

use super::{charts, controls, digits, model, panels, teach, TrainState};
use crate::ui::page::Shell;

/// The Train view.
#[component]
pub fn TrainView() -> impl IntoView {
    let shell = crate::ui::provided::<Shell>();
    let state = TrainState::new(shell.state.with_untracked(|s| s.train.clone()));
    provide_context(state);
    // The link follows every change of the controls, through the page's state.
    Effect::new(move |_| {
        let draft = state.draft.get();
        shell.state.update(|s| s.train = draft);
    });
    // The first run; every later change of the settings rebuilds it in `edit`.
    state.open();
    digits::fetch_when_picked(state);
    on_cleanup(move || {
        state.playing.set(false);
        state.run_id.update_value(|id| *id += 1);
    });

    view! {
        <section class="view" aria-labelledby="view-title">
            <h1 id="view-title">"Train"</h1>
            <p class="lede">
                "Build a small network, pick data and train it live. Every layer is a matrix: watch its rank and singular values change."
            </p>
            <div class="train">
                <div class="train-side">
                    <controls::Controls />
                </div>
                <div class="train-main">
                    <panels::RunPanel />
                    <panels::StepPanel />
                    <panels::FitPanel />
                    <charts::BoundaryPanel />
                    <charts::ConfusionPanel />
                    <digits::DigitsPanels />
                    <teach::TeachPanels />
                    <model::SummaryPanel />
                    <model::WeightsPanel />
                </div>
            </div>
        </section>
    }
}

//! The Train view: build a small network, pick data, train it live, and see the
//! gradient step in numbers, every weight matrix, and the maths behind the rate.
//!
//! Training runs in slices, one per animation frame, each stopping after a few
//! milliseconds, so the page never freezes; the cheap readouts follow every frame,
//! the loss curve every 100 ms, the matrices and their SVDs every half second.

mod charts;
mod controls;
mod digits;
mod model;
mod panels;
mod redraw;
mod teach;
mod view;

use leptos::prelude::*;

pub use view::TrainView;

use crate::math::nn::teach::LinearStep;
use crate::math::nn::Trainer;
use crate::state::train::{Draft, Settings};
use crate::state::trained::{Trained, MAX_LINK_PARAMS};
use crate::ui::clock::now;
use redraw::{CURVE_EVERY_MS, SLOW_EVERY_MS};

/// Milliseconds of training per animation frame: room to draw within 16 ms, far below 50.
const FRAME_BUDGET_MS: f64 = 8.0;
/// The run and everything the view shows about it, shared through context.
#[derive(Clone, Copy)]
pub struct TrainState {
    /// The controls, as typed.
    pub draft: RwSignal<Draft>,
    /// The controls, checked.
    pub checked: Memo<Result<Settings, Vec<String>>>,
    /// The run; `None` while the settings cannot build one.
    pub trainer: StoredValue<Option<Trainer>>,
    /// Why the checked settings still could not build a run (e.g. the network does not fit the data).
    pub build_error: RwSignal<Option<String>>,
    /// Whether frames are training.
    pub playing: RwSignal<bool>,
    /// The epoch Play stops at.
    target: StoredValue<usize>,
    /// Which Play the running frames belong to; an older loop stops itself.
    run_id: StoredValue<u64>,
    /// Bumped after every slice of training: epoch and loss readouts follow it.
    pub tick: RwSignal<u64>,
    /// Bumped at most every [`CURVE_EVERY_MS`]: the loss curve follows it.
    pub curve_tick: RwSignal<u64>,
    /// Bumped at most every [`SLOW_EVERY_MS`]: heatmaps, SVDs and the code export follow it.
    pub slow_tick: RwSignal<u64>,
    /// Bumped the frame after `slow_tick`: the decision regions and the readout's accuracies
    /// when they are a long pass over the data.
    pub score_tick: RwSignal<u64>,
    /// Bumped the frame after `score_tick`: the neurons' maps over the plane, the summary
    /// and the drawn digit's reading follow it.
    pub panel_tick: RwSignal<u64>,
    /// Bumped the frame after `panel_tick`: the panels that classify the data again (the
    /// confusion matrix, the held-out digits).
    pub class_tick: RwSignal<u64>,
    /// Which of the four slow redraws the next frame makes ([`TrainState::stages`]), if any.
    stage_due: StoredValue<usize>,
    last_curve: StoredValue<f64>,
    last_slow: StoredValue<f64>,
    /// The last Step worked out in numbers, when the model is simple enough to show it.
    pub last_step: RwSignal<Option<LinearStep>>,
    /// Draw the loss on a log scale.
    pub log_scale: RwSignal<bool>,
    /// Where the fetch of the handwritten digits stands.
    pub digits_fetch: RwSignal<digits::Fetch>,
}

impl TrainState {
    fn new(draft: Draft) -> Self {
        let draft = RwSignal::new(draft);
        TrainState {
            draft,
            checked: Memo::new(move |_| draft.with(Draft::check)),
            trainer: StoredValue::new(None),
            build_error: RwSignal::new(None),
            playing: RwSignal::new(false),
            target: StoredValue::new(0),
            run_id: StoredValue::new(0),
            tick: RwSignal::new(0),
            curve_tick: RwSignal::new(0),
            slow_tick: RwSignal::new(0),
            score_tick: RwSignal::new(0),
            panel_tick: RwSignal::new(0),
            class_tick: RwSignal::new(0),
            stage_due: StoredValue::new(usize::MAX),
            last_curve: StoredValue::new(0.0),
            last_slow: StoredValue::new(0.0),
            last_step: RwSignal::new(None),
            log_scale: RwSignal::new(false),
            digits_fetch: RwSignal::new(digits::Fetch::Idle),
        }
    }

    /// Changes the controls, and rebuilds the run at once when the settings changed: no
    /// panel ever sees new settings beside the run of the old ones.
    pub fn edit(self, f: impl FnOnce(&mut Draft)) {
        let mut f = Some(f);
        self.edit_with(&mut |draft| {
            if let Some(f) = f.take() {
                f(draft);
            }
        });
    }

    /// [`TrainState::edit`]'s body, compiled once: generic, it was a copy per call site.
    /// A state already disposed takes no edit: a text box's `change` can fire after its
    /// view was replaced (a clicker's key pressed with the caret in it, into another Train
    /// step), and the new view has a state of its own.
    fn edit_with(self, f: &mut dyn FnMut(&mut Draft)) {
        let Some(before) = self.checked.try_get_untracked() else {
            return;
        };
        self.draft.update(|draft| f(draft));
        if self.checked.with_untracked(|now| *now != before) {
            self.reset();
        }
    }

    /// Reads the run, if there is one.
    pub fn with_trainer<R>(&self, f: impl FnOnce(&Trainer) -> R) -> Option<R> {
        self.trainer.with_value(|t| t.as_ref().map(f))
    }

    /// The planned number of epochs.
    pub fn target(&self) -> usize {
        self.target.get_value()
    }

    /// The first run: the trained network the link carries, or a fresh one from the seed.
    fn open(self) {
        self.build();
        let Some(trained) = self.draft.with_untracked(|d| d.trained.clone()) else {
            return;
        };
        let mut resumed = Ok(());
        self.trainer.update_value(|t| {
            if let Some(t) = t {
                resumed = t.resume(&trained.params, trained.epochs, trained.loss);
            }
        });
        if resumed.is_err() {
            self.forget_trained();
        }
        self.redraw_all();
    }

    /// A fresh run from the current settings: the same settings replay the same run. The
    /// link stops carrying trained weights.
    pub fn reset(self) {
        self.forget_trained();
        self.build();
    }

    fn forget_trained(self) {
        if self.draft.with_untracked(|d| d.trained.is_some()) {
            self.draft.update(|d| d.trained = None);
        }
    }

    /// Puts the run's weights in the link while it rests, when they are finite and the
    /// network is small enough ([`MAX_LINK_PARAMS`]); else the link keeps the seed.
    fn remember_trained(self) {
        let trained = self
            .with_trainer(|t| {
                let params = t.model().parameters();
                let loss = t.history().last().copied()?;
                let fits = t.epoch() > 0 && params.len() <= MAX_LINK_PARAMS;
                (fits && params.iter().all(|p| p.is_finite())).then(|| Trained {
                    epochs: t.epoch(),
                    loss,
                    params: params.to_vec(),
                })
            })
            .flatten();
        if self.draft.with_untracked(|d| d.trained != trained) {
            self.draft.update(|d| d.trained = trained);
        }
    }

    fn build(self) {
        self.playing.set(false);
        self.run_id.update_value(|id| *id += 1);
        let built = self
            .checked
            .with_untracked(|c| c.as_ref().ok().map(|s| (s.build(), s.epochs)));
        match built {
            Some((Ok(t), epochs)) => {
                self.trainer.set_value(Some(t));
                self.build_error.set(None);
                self.target.set_value(epochs);
            }
            Some((Err(why), _)) => {
                self.trainer.set_value(None);
                self.build_error.set(Some(why));
            }
            None => {
                self.trainer.set_value(None);
                self.build_error.set(None);
            }
        }
        self.last_step.set(None);
        self.redraw_all();
    }

    /// Trains in slices until the planned epoch (another round of epochs if already there).
    pub fn play(self) {
        if self.playing.get_untracked() {
            return;
        }
        let Some((epoch, stopped)) = self.with_trainer(|t| (t.epoch(), t.stopped().is_some()))
        else {
            return;
        };
        if stopped {
            return;
        }
        if epoch >= self.target.get_value() {
            let more = self
                .checked
                .with_untracked(|c| c.as_ref().map_or(1, |s| s.epochs));
            self.target.set_value(epoch + more);
        }
        self.last_step.set(None);
        self.forget_trained();
        self.playing.set(true);
        self.run_id.update_value(|id| *id += 1);
        let id = self.run_id.get_value();
        request_animation_frame(move || self.frame(id));
    }

    /// Stops after the current slice.
    pub fn pause(self) {
        self.playing.set(false);
        self.run_id.update_value(|id| *id += 1);
        self.remember_trained();
        self.redraw_all();
    }

    /// Sets one weight by hand (layer `layer`, entry `index` row by row): training pauses, the
    /// run is scored at the edited weights, and every panel and the link follow.
    pub fn set_weight(self, layer: usize, index: usize, value: f64) -> Result<(), String> {
        self.pause();
        let mut done = Err("there is no run to edit".to_string());
        self.trainer.update_value(|t| {
            if let Some(t) = t {
                done = t.set_weight(layer, index, value);
            }
        });
        self.remember_trained();
        self.redraw_all();
        done
    }

    /// One epoch, worked out in numbers first when the model is a single linear neuron.
    pub fn step(self) {
        self.pause();
        let explained = self.with_trainer(|t| t.explain_step()).flatten();
        self.trainer.update_value(|t| {
            if let Some(t) = t {
                let _ = t.step_epoch();
            }
        });
        self.last_step.set(explained);
        self.remember_trained();
        self.redraw_all();
    }

    fn frame(self, id: u64) {
        // A frame asked for before the view was left finds its values disposed: it stops.
        let current = self.run_id.try_get_value() == Some(id);
        if !current || self.playing.try_get_untracked() != Some(true) {
            return;
        }
        let start = now();
        request_animation_frame(move || self.frame(id));
        // A frame that makes a slow redraw does only that: with training they held the main
        // thread 55 to 91 ms on the digits (scripts/longtasks.mjs), each alone under 40.
        let mut stage = self.stage_due.get_value();
        if stage >= self.stages().len() && start - self.last_slow.get_value() > SLOW_EVERY_MS {
            self.last_slow.set_value(start);
            stage = 0;
        }
        if stage < self.stages().len() {
            if self.redraw_stage(stage) == Some(true) {
                self.stage_due.set_value(stage + 1);
            }
            return;
        }
        let target = self.target.get_value();
        let mut done = true;
        self.trainer.update_value(|t| {
            let Some(t) = t else {
                return;
            };
            // A batch at a time: an epoch of a wide network is longer than a frame. No batch
            // starts that would end past the budget, if it takes as long as the last one.
            let mut batch_start = now();
            while t.epoch() < target && t.step_batch().is_ok() {
                let batch_end = now();
                let next_would_end = batch_end + (batch_end - batch_start);
                if next_would_end - start > FRAME_BUDGET_MS {
                    done = false;
                    break;
                }
                batch_start = batch_end;
            }
        });
        if done {
            self.playing.set(false);
            self.remember_trained();
            self.redraw_all();
            return;
        }
        self.tick.update(|n| *n += 1);
        if start - self.last_curve.get_value() > CURVE_EVERY_MS {
            self.last_curve.set_value(start);
            self.redraw_curve();
        }
    }
}

//! When the Train view redraws what: the quick readouts every frame, the loss curve (and a
//! cheap score of the run) every 100 ms, and the slow panels one stage a frame, the score
//! stage spread over as many frames as its pass over the data needs.

use leptos::prelude::*;

use super::TrainState;
use crate::ui::clock::now;

/// The most multiply-adds a pass over all the data may take to score the run with every curve
/// redraw (about a millisecond in wasm); past it, only the score stage scores it, twice a
/// second (a 256-wide network's took 6.5 ms of a frame).
const SCORE_WORK: usize = 8_000_000;
/// The most multiply-adds the score stage spends in one frame: a longer pass over the data
/// takes as many frames as it needs (the widest network on the digits scored in one took
/// 85 to 137 ms).
const SCORE_SLICE: usize = 32_000_000;
/// Which of [`TrainState::stages`] scores the run.
const SCORE_STAGE: usize = 1;
/// How often the loss curve is redrawn while training.
pub(super) const CURVE_EVERY_MS: f64 = 100.0;
/// How often the matrices, their SVDs and the decision regions are redrawn.
pub(super) const SLOW_EVERY_MS: f64 = 500.0;

impl TrainState {
    /// The slow redraws, one a frame and in this order (the second, [`SCORE_STAGE`], scores
    /// the run first): all at once held the main thread 50
    /// to 60 ms as the digits finished training, and 40 ms for a 256-wide network (traced).
    pub(super) fn stages(self) -> [RwSignal<u64>; 4] {
        [
            self.slow_tick,
            self.score_tick,
            self.panel_tick,
            self.class_tick,
        ]
    }

    /// Scores the run (`Trainer::score`: the guesses the readout's accuracies, the confusion
    /// matrix and the test digits read) for a curve redraw while a pass over all the data is
    /// at most [`SCORE_WORK`], and for every score stage (`stage`), [`SCORE_SLICE`] a frame.
    /// False while the stage's score needs more frames.
    fn score(self, stage: bool) -> bool {
        let mut whole = true;
        self.trainer.try_update_value(|t| {
            if let Some(t) = t {
                let params = t.model().param_count();
                let rows = t.data().rows() + t.test().map_or(0, |d| d.rows());
                if stage {
                    whole = t.score_part(SCORE_SLICE / params.max(1));
                } else if rows * params <= SCORE_WORK {
                    t.score();
                }
            }
        });
        whole
    }

    /// Redraws the loss curve and the readout, scoring the run first when that is cheap.
    pub(super) fn redraw_curve(self) {
        self.score(false);
        self.curve_tick.update(|n| *n += 1);
    }

    /// Makes slow redraw `stage` of [`TrainState::stages`]: `Some(false)` while the score
    /// stage needs another frame, `None` once the view is gone.
    pub(super) fn redraw_stage(self, stage: usize) -> Option<bool> {
        if stage == SCORE_STAGE && !self.score(true) {
            return Some(false);
        }
        self.stages()[stage].try_update(|n| *n += 1).map(|_| true)
    }

    /// Redraws every panel: the quick ones now, the slow ones one stage a frame from the next.
    pub(super) fn redraw_all(self) {
        self.tick.update(|n| *n += 1);
        self.redraw_curve();
        self.redraw_from(0);
        let t = now();
        self.last_curve.set_value(t);
        self.last_slow.set_value(t);
    }

    fn redraw_from(self, stage: usize) {
        request_animation_frame(move || match self.redraw_stage(stage) {
            Some(false) => self.redraw_from(stage),
            Some(true) if stage + 1 < self.stages().len() => self.redraw_from(stage + 1),
            _ => {}
        });
    }
}

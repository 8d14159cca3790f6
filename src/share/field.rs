//! What a link field is: its name, the views it belongs to, how it is read and written, and
//! the two values the tests walk it with. The fields themselves are the table in `fields.rs`.

use crate::state::{PageState, View};

/// One field of the link.
pub struct Field {
    /// Its name in the link (`op`, `A`, `lr`).
    pub name: &'static str,
    /// The views that use it; empty for every view.
    pub views: &'static [View],
    /// What it sets, in words, for the sentence that says it was ignored.
    pub what: &'static str,
    /// Reads the link's text into the state; `Err` says why the text was refused, and the
    /// field keeps its default.
    pub read: fn(&mut PageState, &str) -> Result<(), String>,
    /// The field's text for a state.
    pub write: fn(&PageState) -> String,
    /// Whether picking a dataset sets the default (the network and training that suit it).
    pub set_by_data: bool,
    /// A value other than the default that reads back as written, and one that is refused:
    /// the tests walk every field with these.
    pub example: &'static str,
    /// A value the field refuses.
    pub malformed: &'static str,
}

pub(super) const LAB: &[View] = &[View::Lab];
pub(super) const TRAIN: &[View] = &[View::Train];
pub(super) const ALL: &[View] = &[];

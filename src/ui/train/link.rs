//! The Train view's part of the share link: read once at start, written on every change.

use leptos::prelude::*;

use super::choices::{loss_from_name, loss_short, DataChoice, InitChoice, OptKind};
use super::settings::{clip, Draft, MAX_EPOCHS};
use crate::ui::shell::Shell;

/// A pasted table in the link: rows joined by `;`, cells by `,`.
fn csv_to_link(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.replace(['\t', ';'], ","))
        .collect::<Vec<_>>()
        .join(";")
}

fn csv_from_link(text: &str) -> String {
    text.split(';').collect::<Vec<_>>().join("\n")
}

/// The draft the opening link describes; anything malformed keeps its default and
/// adds a note to the shell.
pub fn initial_draft(shell: Shell) -> Draft {
    let get = |k: &str| shell.link.with_untracked(|l| l.get(k).map(str::to_string));
    let mut notes = Vec::new();
    let mut d = Draft::lesson();
    if let Some(name) = get("data") {
        match DataChoice::from_name(&name) {
            Some(choice) => d.choose_data(choice),
            None => notes.push(format!(
                "“{}” is not a dataset (regression, four, keras, blobs, xor, circles, spiral, csv), so the lesson's regression is used",
                clip(&name)
            )),
        }
    }
    if let Some(text) = get("csv") {
        d.csv = csv_from_link(&text);
    }
    if let Some(text) = get("net") {
        if let Err(why) = d.set_layers_field(&text) {
            notes.push(format!("{why}, so the default network is used"));
        }
    }
    if let Some(name) = get("init") {
        match InitChoice::from_name(&name) {
            Some(i) => d.init = i,
            None => notes.push(format!(
                "“{}” is not an initialisation (auto, glorot, he, zeros, fives)",
                clip(&name)
            )),
        }
    }
    if let Some(name) = get("loss") {
        match loss_from_name(&name) {
            Some(l) => d.loss = l,
            None => notes.push(format!("“{}” is not a loss (mse, bce, cce)", clip(&name))),
        }
    }
    if let Some(name) = get("opt") {
        match OptKind::from_name(&name) {
            Some(o) => d.opt = o,
            None => notes.push(format!(
                "“{}” is not an optimizer (sgd, momentum, adam)",
                clip(&name)
            )),
        }
    }
    let number_ok =
        |t: &str| crate::math::parse::parse_number(t).is_some_and(|r| r > 0.0 && r.is_finite());
    if let Some(t) = get("lr") {
        if number_ok(&t) {
            d.lr = t;
        } else {
            notes.push(format!(
                "the learning rate “{}” is not a positive number",
                clip(&t)
            ));
        }
    }
    if let Some(t) = get("batch") {
        if t == "full" || t.parse::<usize>().is_ok_and(|b| b >= 1) {
            d.batch = t;
        } else {
            notes.push(format!(
                "the batch size “{}” is not a whole number or full",
                clip(&t)
            ));
        }
    }
    if let Some(t) = get("epochs") {
        if t.parse::<usize>()
            .is_ok_and(|e| (1..=MAX_EPOCHS).contains(&e))
        {
            d.epochs = t;
        } else {
            notes.push(format!(
                "the number of epochs “{}” is not a whole number from 1 to {MAX_EPOCHS}",
                clip(&t)
            ));
        }
    }
    if let Some(t) = get("seed") {
        if t.parse::<u64>().is_ok() {
            d.seed = t;
        } else {
            notes.push(format!("the seed “{}” is not a whole number", clip(&t)));
        }
    }
    if !notes.is_empty() {
        shell.link_notes.update(|n| n.extend(notes));
    }
    d
}

/// Keeps the address bar in step with the controls; `inputs` is the data's width.
pub fn follow_in_link(shell: Shell, draft: RwSignal<Draft>, inputs: Signal<usize>) {
    Effect::new(move |_| {
        let d = draft.get();
        let net = format!("{}-{}", inputs.get(), d.layers_field());
        shell.link.update(|l| {
            l.set("data", d.data.name());
            l.set("net", &net);
            l.set("init", d.init.name());
            l.set("loss", loss_short(d.loss));
            l.set("opt", d.opt.name());
            l.set("lr", d.lr.trim());
            l.set("batch", d.batch.trim());
            l.set("epochs", d.epochs.trim());
            l.set("seed", d.seed.trim());
            if d.data == DataChoice::Csv {
                l.set("csv", &csv_to_link(&d.csv));
            } else {
                l.remove("csv");
            }
        });
    });
}

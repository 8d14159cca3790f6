//! The one table of link fields: for each, its name, the views it belongs to, how it is read
//! into the page's state (or why it was ignored) and how it is written. `share::read` and
//! `share::write` walk it; `DESIGN.md` says how to add a field. The page's and the Lab's
//! fields are written here, Train's in `fields/train.rs`; the table lists them all in order.

use super::field::{Field, ALL, LAB};
use crate::lessons::find_step;
use crate::math::matrix::NormKind;
use crate::math::op::Op;
use crate::state::deck::{deck_from_text, deck_slide, deck_to_text};
use crate::state::lab::{cells_from_text, cells_to_text, vector_from_text, PANELS};
use crate::state::View;

mod train;

/// A, B or C: a matrix of the lab, kept as typed.
macro_rules! matrix_field {
    ($name:literal, $slot:ident, $example:literal, $malformed:literal) => {
        Field {
            name: $name,
            views: LAB,
            what: concat!("the default ", $name, " is shown"),
            read: |s, t| {
                s.lab.$slot = cells_from_text(t)?;
                Ok(())
            },
            write: |s| cells_to_text(&s.lab.$slot),
            set_by_data: false,
            example: $example,
            malformed: $malformed,
        }
    };
}

/// D to H: a matrix on the shelf, present only while it is there.
macro_rules! shelf_field {
    ($name:literal, $letter:literal, $example:literal) => {
        Field {
            name: $name,
            views: LAB,
            what: concat!($name, " is not put on the shelf"),
            read: |s, t| {
                s.lab.set_shelved($letter, Some(cells_from_text(t)?));
                Ok(())
            },
            write: |s| {
                s.lab
                    .shelved($letter)
                    .map(cells_to_text)
                    .unwrap_or_default()
            },
            set_by_data: false,
            example: $example,
            malformed: "1,2;3",
        }
    };
}

/// Every field, in the order they are read and written.
pub const FIELDS: &[Field] = &[
    Field {
        name: "view",
        views: ALL,
        what: "the Matrix Lab opens",
        read: |s, t| {
            s.view = View::from_name(t).ok_or("is not a view (lab, train, lessons or gpu)")?;
            Ok(())
        },
        write: |s| s.view.name().into(),
        set_by_data: false,
        example: "train",
        malformed: "moon",
    },
    // Before `lesson`, which can name one of its slides.
    Field {
        name: "deck",
        views: ALL,
        what: "no deck is kept",
        read: |s, t| {
            s.deck = deck_from_text(t)?;
            Ok(())
        },
        write: |s| deck_to_text(&s.deck),
        set_by_data: false,
        example: "Intro\tAsk what AB means first\t#view=lab\nTraining\t\t#view=train",
        malformed: "a title alone",
    },
    Field {
        name: "lesson",
        views: ALL,
        what: "no lesson bar is shown",
        read: |s, t| {
            if find_step(t).is_none() && deck_slide(t, s.deck.len()).is_none() {
                return Err("is not a step of a lesson or a slide of the deck".into());
            }
            s.lesson = Some(t.to_string());
            Ok(())
        },
        write: |s| s.lesson.clone().unwrap_or_default(),
        set_by_data: false,
        example: "chapter2.3",
        malformed: "demystified.42",
    },
    Field {
        name: "embed",
        views: ALL,
        what: "the whole page is shown",
        read: |s, t| {
            s.embed = match t {
                "1" => true,
                "0" => false,
                _ => {
                    return Err(
                        "is not 1 (the view alone, for a frame in another page) or 0".into(),
                    )
                }
            };
            Ok(())
        },
        write: |s| if s.embed { "1".into() } else { String::new() },
        set_by_data: false,
        example: "1",
        malformed: "yes",
    },
    Field {
        name: "products",
        views: ALL,
        what: "products run where they pay (Auto)",
        read: |s, t| {
            s.products = crate::state::ProductsOn::from_name(t)
                .ok_or("is not auto, gpu or cpu (where matrix products run)")?;
            Ok(())
        },
        write: |s| s.products.name().into(),
        set_by_data: false,
        example: "gpu",
        malformed: "tpu",
    },
    Field {
        name: "op",
        views: LAB,
        what: "the matrix product is shown",
        read: |s, t| {
            s.lab.op = Op::from_name(t).ok_or("is not an operation Eigenplay knows")?;
            Ok(())
        },
        write: |s| s.lab.op.name().into(),
        set_by_data: false,
        example: "svd",
        malformed: "banana",
    },
    matrix_field!("A", a, "1,-2.5e-3;x,4", "1,2;3"),
    matrix_field!("B", b, "1,2,3", "1;2,3"),
    matrix_field!("C", c, "0,1;1,0", "1,2;3"),
    shelf_field!("D", 'D', "7"),
    shelf_field!("E", 'E', "1,0;0,1"),
    shelf_field!("F", 'F', "2;3"),
    shelf_field!("G", 'G', "1,2"),
    shelf_field!("H", 'H', "9,8;7,6"),
    Field {
        name: "b",
        views: LAB,
        what: "the default b is shown",
        read: |s, t| {
            s.lab.rhs = vector_from_text(t)?;
            Ok(())
        },
        write: |s| cells_to_text(&s.lab.rhs),
        set_by_data: false,
        example: "1;2;3",
        malformed: "1,2;3,4",
    },
    Field {
        name: "k",
        views: LAB,
        what: "k stays 2",
        read: |s, t| {
            crate::math::parse::parse_number(t)
                .filter(|k| k.is_finite())
                .ok_or("is not a finite number")?;
            s.lab.k = t.trim().to_string();
            Ok(())
        },
        write: |s| s.lab.k.trim().to_string(),
        set_by_data: false,
        example: "-0.5",
        malformed: "x",
    },
    Field {
        name: "i",
        views: LAB,
        what: "i stays 1",
        read: |s, t| {
            t.trim()
                .parse::<usize>()
                .ok()
                .filter(|&i| i >= 1)
                .ok_or("is not a whole number from 1 up")?;
            s.lab.i = t.trim().to_string();
            Ok(())
        },
        write: |s| s.lab.i.trim().to_string(),
        set_by_data: false,
        example: "2",
        malformed: "-4",
    },
    Field {
        name: "norm",
        views: LAB,
        what: "the Frobenius norm is used",
        read: |s, t| {
            s.lab.norm = NormKind::from_name(t).ok_or("is not a norm (fro, 1, 2 or inf)")?;
            Ok(())
        },
        write: |s| s.lab.norm.name().into(),
        set_by_data: false,
        example: "inf",
        malformed: "banana",
    },
    Field {
        name: "show",
        views: LAB,
        what: "the other panels named open",
        read: |s, t| {
            let names: Vec<&str> = t
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            s.lab.maths_open = names.contains(&"maths");
            s.lab.map_open = names.contains(&"map");
            if names.iter().any(|n| !PANELS.contains(n)) {
                return Err("names no panel of the lab (it has maths and map)".into());
            }
            Ok(())
        },
        write: |s| s.lab.show(),
        set_by_data: false,
        example: "maths,map",
        malformed: "graph",
    },
    Field {
        name: "turn",
        views: LAB,
        what: "the view is not turned",
        read: |s, t| {
            // Read as f64 and i32, whose parsing and printing the page has anyway (i8's
            // were 770 bytes of wasm of their own).
            let degrees = t
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|t| t.fract() == 0.0 && (-90.0..=90.0).contains(t))
                .ok_or("is not a turn of the view in whole degrees from -90 to 90")?;
            s.lab.turn = degrees as i8;
            Ok(())
        },
        write: |s| i32::from(s.lab.turn).to_string(),
        set_by_data: false,
        example: "-30",
        malformed: "400",
    },
    Field {
        name: "exact",
        views: LAB,
        what: "exact fractions are shown where the inputs allow",
        read: |s, t| {
            s.lab.decimals = match t {
                "on" => false,
                "off" => true,
                _ => return Err("is not on or off".into()),
            };
            Ok(())
        },
        write: |s| if s.lab.decimals { "off" } else { "on" }.into(),
        set_by_data: false,
        example: "off",
        malformed: "maybe",
    },
    Field {
        name: "stage",
        views: LAB,
        what: "the SVD picture shows A itself",
        read: |s, t| {
            s.lab.stage = t
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|t| (0.0..=3.0).contains(t))
                .ok_or("is not a stage of the SVD picture from 0 to 3")?;
            Ok(())
        },
        write: |s| crate::math::format::fmt_number((s.lab.stage * 100.0).round() / 100.0),
        set_by_data: false,
        example: "1.5",
        malformed: "7",
    },
    train::DATA,
    train::CSV,
    train::NET,
    train::INIT,
    train::LOSS,
    train::OPT,
    train::LR,
    train::BATCH,
    train::EPOCHS,
    train::SEED,
    train::NOISE,
    train::TEST,
    train::FEAT,
    train::REG,
    train::SCHED,
    train::TRAINED,
];

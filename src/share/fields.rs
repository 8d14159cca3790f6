//! The one table of link fields: for each, its name, the views it belongs to, how it is read
//! into the page's state (or why it was ignored) and how it is written. `share::read` and
//! `share::write` walk it; `DESIGN.md` says how to add a field.

use super::field::{Field, ALL, LAB, TRAIN};
use crate::lessons::find_step;
use crate::math::data::plane::Feature;
use crate::math::matrix::NormKind;
use crate::math::nn::Mlp;
use crate::math::nn::Schedule;
use crate::math::op::Op;
use crate::state::choices::RegChoice;
use crate::state::choices::{loss_from_name, loss_short, DataChoice, InitChoice, OptKind};
use crate::state::lab::{cells_from_text, cells_to_text, vector_from_text, PANELS};
use crate::state::train::{noise_level, penalty_rate, test_percent, MAX_EPOCHS};
use crate::state::trained::Trained;
use crate::state::View;

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
    Field {
        name: "lesson",
        views: ALL,
        what: "no lesson bar is shown",
        read: |s, t| {
            find_step(t).ok_or("is not a step of a lesson")?;
            s.lesson = Some(t.to_string());
            Ok(())
        },
        write: |s| s.lesson.clone().unwrap_or_default(),
        set_by_data: false,
        example: "chapter2.3",
        malformed: "demystified.42",
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
            s.lab.turn = t
                .trim()
                .parse::<i8>()
                .ok()
                .filter(|t| (-90..=90).contains(t))
                .ok_or("is not a turn of the view in whole degrees from -90 to 90")?;
            Ok(())
        },
        write: |s| s.lab.turn.to_string(),
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
    Field {
        name: "data",
        views: TRAIN,
        what: "the lesson's regression is used",
        read: |s, t| {
            let choice = DataChoice::from_name(t).ok_or(
                "is not a dataset (regression, four, keras, blobs, xor, circles, spiral, digits, csv)",
            )?;
            s.train.choose_data(choice);
            Ok(())
        },
        write: |s| s.train.data.name().into(),
        set_by_data: false,
        example: "spiral",
        malformed: "moons",
    },
    Field {
        name: "csv",
        views: TRAIN,
        what: "the sample table is used",
        read: |s, t| {
            s.train.csv = t.split(';').collect::<Vec<_>>().join("\n");
            Ok(())
        },
        write: |s| {
            s.train
                .csv
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| l.replace(['\t', ';'], ","))
                .collect::<Vec<_>>()
                .join(";")
        },
        set_by_data: false,
        example: "a,b,y;1,2,3;4,5,6",
        // Any text is kept as typed, like a cell: the Train view says what is wrong with it.
        malformed: "",
    },
    Field {
        name: "net",
        views: TRAIN,
        what: "the data's own network is used",
        read: |s, t| s.train.set_layers_field(t),
        write: |s| s.train.net_field(),
        set_by_data: true,
        example: "2-8t-4rn-1s",
        malformed: "2-0r-1s",
    },
    Field {
        name: "init",
        views: TRAIN,
        what: "the data's own initialisation is used",
        read: |s, t| {
            s.train.init = InitChoice::from_name(t)
                .ok_or("is not an initialisation (auto, glorot, he, zeros, fives)")?;
            Ok(())
        },
        write: |s| s.train.init.name().into(),
        set_by_data: true,
        example: "he",
        malformed: "ones",
    },
    Field {
        name: "loss",
        views: TRAIN,
        what: "the data's own loss is used",
        read: |s, t| {
            s.train.loss = loss_from_name(t).ok_or("is not a loss (mse, bce, cce)")?;
            Ok(())
        },
        write: |s| loss_short(s.train.loss).into(),
        set_by_data: true,
        example: "bce",
        malformed: "hinge",
    },
    Field {
        name: "opt",
        views: TRAIN,
        what: "the data's own optimizer is used",
        read: |s, t| {
            s.train.opt =
                OptKind::from_name(t).ok_or("is not an optimizer (sgd, momentum, adam)")?;
            Ok(())
        },
        write: |s| s.train.opt.name().into(),
        set_by_data: true,
        example: "momentum",
        malformed: "rmsprop",
    },
    Field {
        name: "lr",
        views: TRAIN,
        what: "the data's own learning rate is used",
        read: |s, t| {
            crate::math::parse::parse_number(t)
                .filter(|r| *r > 0.0 && r.is_finite())
                .ok_or("is not a positive number")?;
            s.train.lr = t.trim().to_string();
            Ok(())
        },
        write: |s| s.train.lr.trim().to_string(),
        set_by_data: true,
        example: "0.5",
        malformed: "abc",
    },
    Field {
        name: "batch",
        views: TRAIN,
        what: "the data's own batch size is used",
        read: |s, t| {
            let t = t.trim();
            if t != "full" && !t.parse::<usize>().is_ok_and(|b| b >= 1) {
                return Err("is not a whole number from 1 up, or full".into());
            }
            s.train.batch = t.to_string();
            Ok(())
        },
        write: |s| s.train.batch.trim().to_string(),
        set_by_data: true,
        example: "16",
        malformed: "0",
    },
    Field {
        name: "epochs",
        views: TRAIN,
        what: "the data's own number of epochs is used",
        read: |s, t| {
            t.trim()
                .parse::<usize>()
                .ok()
                .filter(|e| (1..=MAX_EPOCHS).contains(e))
                .ok_or_else(|| format!("is not a whole number from 1 to {MAX_EPOCHS}"))?;
            s.train.epochs = t.trim().to_string();
            Ok(())
        },
        write: |s| s.train.epochs.trim().to_string(),
        set_by_data: true,
        example: "1000",
        malformed: "1e9",
    },
    Field {
        name: "seed",
        views: TRAIN,
        what: "the seed stays 42",
        read: |s, t| {
            t.trim()
                .parse::<u64>()
                .map_err(|_| "is not a whole number from 0 up")?;
            s.train.seed = t.trim().to_string();
            Ok(())
        },
        write: |s| s.train.seed.trim().to_string(),
        set_by_data: false,
        example: "7",
        malformed: "-1",
    },
    Field {
        name: "noise",
        views: TRAIN,
        what: "the set's own noise is used",
        read: |s, t| {
            noise_level(t).ok_or("is not a number from 0 to 0.5")?;
            s.train.noise = t.trim().to_string();
            Ok(())
        },
        write: |s| s.train.noise.trim().to_string(),
        set_by_data: true,
        example: "0.25",
        malformed: "0.9",
    },
    Field {
        name: "test",
        views: TRAIN,
        what: "nothing is held out",
        read: |s, t| {
            test_percent(t).ok_or("is not a whole percent from 0 to 90")?;
            s.train.test = t.trim().to_string();
            Ok(())
        },
        write: |s| s.train.test.trim().to_string(),
        set_by_data: false,
        example: "30",
        malformed: "95",
    },
    Field {
        name: "feat",
        views: TRAIN,
        what: "the network reads x₁ and x₂",
        read: |s, t| {
            let bad = "is not a list of features (x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2)";
            let mut named = Vec::new();
            for name in t.split(',') {
                named.push(Feature::from_name(name).ok_or(bad)?);
            }
            // Kept in the controls' order, so a link and a click give the same network.
            let features = Feature::ALL
                .into_iter()
                .filter(|f| named.contains(f))
                .collect();
            s.train.features = features;
            Ok(())
        },
        write: |s| {
            let names: Vec<&str> = s.train.features.iter().map(|f| f.name()).collect();
            names.join(",")
        },
        set_by_data: false,
        example: "x1,x2,x1x2,sinx1",
        malformed: "x3",
    },
    Field {
        name: "reg",
        views: TRAIN,
        what: "no penalty is used",
        read: |s, t| {
            let bad = "is not a penalty and rate like l2:0.001 (l1 or l2, a rate from 0 up)";
            let (kind, rate) = t.split_once(':').ok_or(bad)?;
            let kind = RegChoice::from_name(kind).ok_or(bad)?;
            penalty_rate(rate).ok_or(bad)?;
            s.train.reg = kind;
            s.train.reg_rate = rate.trim().to_string();
            Ok(())
        },
        write: |s| match s.train.reg {
            RegChoice::None => String::new(),
            kind => format!("{}:{}", kind.name(), s.train.reg_rate.trim()),
        },
        set_by_data: false,
        example: "l2:0.003",
        malformed: "l3:0.1",
    },
    Field {
        name: "sched",
        views: TRAIN,
        what: "the rate stays constant",
        read: |s, t| {
            s.train.schedule =
                Schedule::from_name(t).ok_or("is not a schedule (constant, step, cosine)")?;
            Ok(())
        },
        write: |s| s.train.schedule.name().into(),
        set_by_data: false,
        example: "cosine",
        malformed: "linear",
    },
    Field {
        name: "trained",
        views: TRAIN,
        what: "the network trains afresh from its seed",
        read: |s, t| {
            // Read last, so it is checked against the network the other fields built.
            let unmatched = "cannot be matched with a network that is not valid";
            let spec = s.train.check().map_err(|_| unmatched)?.spec;
            let expected = Mlp::try_new(&spec, 0).map_err(|_| unmatched)?.param_count();
            s.train.trained = Some(Trained::from_field(t, expected)?);
            Ok(())
        },
        write: |s| {
            s.train
                .trained
                .as_ref()
                .map(Trained::to_field)
                .unwrap_or_default()
        },
        set_by_data: false,
        // The lesson's regression: two weights and a bias, after 3 epochs.
        example: "3:0.15:2,1.25,-0.5",
        malformed: "3:0.1:2,x",
    },
];

//! Train's link fields: the dataset and its 2-D controls, the network, its training, and the
//! trained weights. `FIELDS` (in `fields.rs`) lists them in the order they are read.

use crate::math::data::plane::Feature;
use crate::math::nn::Mlp;
use crate::math::nn::Schedule;
use crate::share::field::{Field, TRAIN};
use crate::state::choices::RegChoice;
use crate::state::choices::{loss_from_name, loss_short, DataChoice, InitChoice, OptKind};
use crate::state::train::{noise_level, penalty_rate, test_percent, MAX_EPOCHS};
use crate::state::trained::Trained;

pub(super) const DATA: Field = Field {
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
};

pub(super) const CSV: Field = Field {
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
};

pub(super) const NET: Field = Field {
    name: "net",
    views: TRAIN,
    what: "the data's own network is used",
    read: |s, t| s.train.set_layers_field(t),
    write: |s| s.train.net_field(),
    set_by_data: true,
    example: "2-8t-4rn-1s",
    malformed: "2-0r-1s",
};

pub(super) const INIT: Field = Field {
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
};

pub(super) const LOSS: Field = Field {
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
};

pub(super) const OPT: Field = Field {
    name: "opt",
    views: TRAIN,
    what: "the data's own optimizer is used",
    read: |s, t| {
        s.train.opt = OptKind::from_name(t).ok_or("is not an optimizer (sgd, momentum, adam)")?;
        Ok(())
    },
    write: |s| s.train.opt.name().into(),
    set_by_data: true,
    example: "momentum",
    malformed: "rmsprop",
};

pub(super) const LR: Field = Field {
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
};

pub(super) const BATCH: Field = Field {
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
};

pub(super) const EPOCHS: Field = Field {
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
};

pub(super) const SEED: Field = Field {
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
};

pub(super) const NOISE: Field = Field {
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
};

pub(super) const TEST: Field = Field {
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
};

pub(super) const FEAT: Field = Field {
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
};

pub(super) const REG: Field = Field {
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
};

pub(super) const SCHED: Field = Field {
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
};

pub(super) const TRAINED: Field = Field {
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
};

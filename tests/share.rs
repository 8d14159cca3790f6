//! The share link: the raw fields of a URL, and the table that reads them into the page's
//! state and writes them back.

#[path = "common/repo.rs"]
mod repo;

use eigenplay::lessons::{glossary_link, step_link, GLOSSARY, LESSONS};
use eigenplay::math::op::Op;
use eigenplay::share::{field, read, write};
use eigenplay::share::{read_state, write_state, Link, PageState, View, FIELDS};

#[test]
fn the_fragment_wins_over_the_query() {
    let (state, notes) = read_state("?view=train&op=det", "#view=gpu");
    assert_eq!(state.view, View::Gpu);
    assert_eq!(state.lab.op, Op::Det);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn matrices_and_vectors_read_as_written() {
    let (state, notes) = read_state("", "#view=lab&A=1,2;3,4&B=5,6;7,8&b=8,13&op=matmul");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(state.lab.a, vec![vec!["1", "2"], vec!["3", "4"]]);
    // A vector written as one row reads as one column.
    assert_eq!(state.lab.rhs, vec![vec!["8"], vec!["13"]]);
}

#[test]
fn matrices_stay_readable_in_the_written_link() {
    let (state, _) = read_state("", "#view=lab&A=1,-2.5e-3;3,4&op=det");
    // No %-escapes for , ; . - e; the defaults (B, b, k, ...) are not written.
    assert_eq!(write_state(&state), "#view=lab&op=det&A=1,-2.5e-3;3,4");
}

#[test]
fn the_default_state_writes_only_its_view() {
    let state = PageState::default();
    assert_eq!(write_state(&state), "#view=lab");
    assert_eq!(read_state("", "").0, state);
}

/// Every field, set to its example in a link, reads into the state and is written back as it
/// was, also alongside a view and an operation that do not use it.
#[test]
fn every_field_round_trips() {
    for f in FIELDS {
        let fragment = format!("#view=gpu&op=svd&{}={}", f.name, f.example);
        let (state, notes) = read_state("", &fragment);
        assert!(notes.is_empty(), "{}: {notes:?}", f.name);
        let back = write(&state);
        assert_eq!(
            back.get(f.name),
            Some(f.example),
            "{} did not round-trip",
            f.name
        );
        let defaults = if f.set_by_data {
            state.defaults()
        } else {
            PageState::default()
        };
        assert_ne!(
            (f.write)(&state),
            (f.write)(&defaults),
            "{}'s example is its default",
            f.name
        );
        let (again, _) = read_state("", &back.to_fragment());
        assert_eq!(again, state, "{} read back differently", f.name);
    }
}

/// Every malformed value is named in a note with its field and value, and leaves the default.
#[test]
fn every_malformed_value_is_named() {
    for f in FIELDS.iter().filter(|f| !f.malformed.is_empty()) {
        let (state, notes) = read_state("", &format!("#{}={}", f.name, f.malformed));
        assert_eq!(notes.len(), 1, "{}: {notes:?}", f.name);
        let want = format!("{}=“{}”", f.name, f.malformed);
        assert!(notes[0].contains(&want), "{}: {}", f.name, notes[0]);
        assert_eq!(
            (f.write)(&state),
            (f.write)(&PageState::default()),
            "{} kept a malformed value",
            f.name
        );
    }
}

#[test]
fn the_issue_s_silent_values_are_now_named() {
    for (fragment, named) in [
        ("#view=lab&norm=banana", "norm=“banana”"),
        ("#k=x", "k=“x”"),
        ("#i=-4", "i=“-4”"),
    ] {
        let (_, notes) = read_state("", fragment);
        assert!(
            notes.iter().any(|n| n.contains(named)),
            "{fragment}: {notes:?}"
        );
    }
}

#[test]
fn a_value_the_operation_does_not_use_stays_in_the_link() {
    let (state, _) = read_state("", "#op=svd&B=1,2;3,4&b=1;2&k=3&i=2&norm=inf");
    let link = write(&state);
    for (name, value) in [
        ("B", "1,2;3,4"),
        ("b", "1;2"),
        ("k", "3"),
        ("i", "2"),
        ("norm", "inf"),
    ] {
        assert_eq!(link.get(name), Some(value), "{name} was dropped");
    }
}

#[test]
fn the_train_fields_default_to_the_data_s_own_recipe() {
    // XOR picks its own network and rate; a link that names only the data writes only that.
    let (state, notes) = read_state("", "#view=train&data=xor");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(write_state(&state), "#view=train&data=xor");
    // A field set after the data overrides the data's recipe, whatever its place in the link.
    let (state, _) = read_state("", "#lr=0.5&data=xor");
    assert_eq!(state.train.lr, "0.5");
    assert_eq!(write(&state).get("lr"), Some("0.5"));
}

#[test]
fn unknown_fields_and_views_are_named_not_obeyed() {
    let (state, notes) = read_state("?colour=red", "#view=moon");
    assert_eq!(state.view, View::Lab);
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes[0].contains("colour"));
    assert!(notes[1].contains("moon"));
}

#[test]
fn matrices_past_h_are_named() {
    let (state, notes) = read_state("", "#D=1&K=2&Z=3");
    assert_eq!(state.lab.shelf.len(), 1);
    assert_eq!(
        notes,
        ["the lab holds matrices A to H, so K, Z in the link were ignored"]
    );
}

#[test]
fn hostile_and_huge_values_are_clipped_in_messages() {
    let long = "x".repeat(10_000);
    let (state, notes) = read_state("", &format!("#view={long}&{long}=1"));
    assert_eq!(state.view, View::Lab);
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n.chars().count() < 200), "{notes:?}");
}

#[test]
fn percent_escapes_decode_and_broken_ones_stay_literal() {
    let link = Link::read("", "#A=1%2C2%3B3%2C4&k=5%ZZ&b=7%");
    assert_eq!(link.get("A"), Some("1,2;3,4"));
    assert_eq!(link.get("k"), Some("5%ZZ"));
    assert_eq!(link.get("b"), Some("7%"));
    // Text a person typed into a cell survives the round trip, whatever it is.
    let (state, _) = read_state("", "#A=%3Cb%3E%26%3D%23,2");
    assert_eq!(state.lab.a[0][0], "<b>&=#");
    let (again, _) = read_state("", &write_state(&state));
    assert_eq!(again.lab.a, state.lab.a);
}

#[test]
fn every_view_round_trips_by_name() {
    for view in View::ALL {
        assert_eq!(View::from_name(view.name()), Some(view));
    }
}

#[test]
fn table_reads_every_field_it_writes() {
    let mut names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), FIELDS.len(), "a field is in the table twice");
    for f in FIELDS {
        assert!(field(f.name).is_some());
    }
    let (state, _) = read(&Link::read("", ""));
    assert_eq!(state, PageState::default());
}

/// No step of either lesson opens with a note: every step link is well formed.
#[test]
fn every_lesson_step_link_reads_without_a_note() {
    for lesson in LESSONS {
        for index in 0..lesson.steps.len() {
            let link = step_link(lesson, index);
            let (state, notes) = read_state("", &link);
            assert!(notes.is_empty(), "{link}: {notes:?}");
            assert!(state.lesson.is_some(), "{link}");
        }
    }
}

/// Every glossary term opens a step or a state, and none with a note.
#[test]
fn every_glossary_link_opens_without_a_note() {
    for (term, _, place) in GLOSSARY {
        let link = glossary_link(place).unwrap_or_else(|| panic!("{term}: {place} is no step"));
        let (_, notes) = read_state("", &link);
        assert!(notes.is_empty(), "{term}: {link}: {notes:?}");
    }
}

/// The README's table of link fields has one row per field of the table, and names the same
/// views, so the two cannot drift apart.
#[test]
fn the_readme_documents_every_field_and_nothing_else() {
    let readme =
        std::fs::read_to_string(repo::repo_file("README.md")).expect("README.md beside Cargo.toml");
    let section = readme
        .split("## Share links")
        .nth(1)
        .expect("the README has a Share links section");
    // Rows look like `| `A`, `B`, `C` | lab | ... |`.
    let mut documented: Vec<(String, String)> = Vec::new();
    for row in section.lines().filter_map(|l| l.strip_prefix("| `")) {
        let mut cells = row.split(" | ");
        let (names, views) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        for name in names.split(", ") {
            documented.push((name.trim_matches('`').to_string(), views.trim().to_string()));
        }
    }
    for f in FIELDS {
        let views = if f.views.is_empty() {
            "all".to_string()
        } else {
            f.views
                .iter()
                .map(|v| v.name())
                .collect::<Vec<_>>()
                .join(", ")
        };
        assert!(
            documented.contains(&(f.name.to_string(), views.clone())),
            "the README's table has no row for `{}` (views: {views})",
            f.name
        );
    }
    for (name, _) in &documented {
        assert!(
            field(name).is_some(),
            "the README documents `{name}`, which the table lacks"
        );
    }
}

/// The trainer a state's settings build, trained `epochs` epochs.
fn trained_run(state: &PageState, epochs: usize) -> eigenplay::math::nn::Trainer {
    let mut t = state.train.check().unwrap().build().unwrap();
    t.run(epochs).unwrap();
    t
}

#[test]
fn a_trained_network_reopens_from_its_link_bit_for_bit() {
    use eigenplay::state::trained::Trained;
    // XOR with its hidden layer, trained 150 epochs: the link carries every weight.
    let (opened, notes) = read_state("", "view=train&data=xor");
    assert!(notes.is_empty(), "{notes:?}");
    let t = trained_run(&opened, 150);
    let mut state = opened.clone();
    state.train.trained = Some(Trained {
        epochs: t.epoch(),
        loss: *t.history().last().unwrap(),
        params: t.model().parameters().to_vec(),
    });
    let link = write_state(&state);
    assert!(link.contains("&trained=150:"), "{link}");
    // A fresh page reads it, checks it against the network, and resumes without training.
    let (back, notes) = read_state("", &link);
    assert!(notes.is_empty(), "{notes:?}");
    let trained = back.train.trained.clone().unwrap();
    let bits = |p: &[f64]| p.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&trained.params), bits(t.model().parameters()));
    let mut resumed = back.train.check().unwrap().build().unwrap();
    resumed
        .resume(&trained.params, trained.epochs, trained.loss)
        .unwrap();
    assert_eq!(resumed.epoch(), 150);
    assert_eq!(resumed.history().last(), t.history().last());
    assert_eq!(resumed.evaluate().to_bits(), t.evaluate().to_bits());
    assert_eq!(resumed.accuracy(), t.accuracy());
    assert!(t.accuracy().unwrap() > 0.5);
    // It trains on from there, and resuming twice is refused.
    resumed.step_epoch().unwrap();
    assert_eq!(resumed.epoch(), 151);
    assert!(resumed.resume(&trained.params, 3, 0.1).is_err());
}

#[test]
fn every_float_survives_the_trained_field() {
    use eigenplay::state::trained::Trained;
    let params = vec![
        0.1,
        -0.0,
        1e-300,
        5e-324,
        f64::MAX,
        -f64::MIN_POSITIVE,
        std::f64::consts::PI,
        123456789.125,
    ];
    let t = Trained {
        epochs: 7,
        loss: 2.0 / 3.0,
        params: params.clone(),
    };
    let back = Trained::from_field(&t.to_field(), params.len()).unwrap();
    assert_eq!(back.epochs, 7);
    assert_eq!(back.loss.to_bits(), t.loss.to_bits());
    for (a, b) in params.iter().zip(&back.params) {
        assert_eq!(a.to_bits(), b.to_bits(), "{a:e}");
    }
}

#[test]
fn a_broken_trained_field_falls_back_to_the_seed_with_a_note() {
    let good = "3:0.15:2,1.25,-0.5";
    for (value, why) in [
        ("3:0.15:2,1.25", "holds 2 weights, but this network has 3"),
        ("3:0.15:2,1.25,-0.5,1", "holds 4 weights"),
        ("3:0.15", "is not epochs:loss:weights"),
        ("0:0.15:2,1.25,-0.5", "number of epochs from 1"),
        ("3:nan:2,1.25,-0.5", "loss that is not a finite number"),
        ("3:0.15:2,inf,-0.5", "weight that is not a finite number"),
        ("3:0.15:2,,-0.5", "weight that is not a finite number"),
        ("AAAA", "is not epochs:loss:weights"),
    ] {
        let (state, notes) = read_state("", &format!("view=train&trained={value}"));
        assert_eq!(state.train.trained, None, "{value}");
        assert_eq!(notes.len(), 1, "{value}: {notes:?}");
        assert!(notes[0].contains(why), "{value}: {}", notes[0]);
        assert!(notes[0].ends_with("so the network trains afresh from its seed"));
    }
    // Weights for another network (XOR's 2-4-1 shape, here the regression's): named too.
    let (_, notes) = read_state("", &format!("view=train&data=xor&trained={good}"));
    assert!(
        notes[0].contains("holds 3 weights, but this network has"),
        "{notes:?}"
    );
    // Settings that cannot train (a table of text) cannot be matched.
    let (_, notes) = read_state(
        "",
        &format!("view=train&data=csv&csv=a,y;x,z&trained={good}"),
    );
    assert!(
        notes.iter().any(|n| n.contains("cannot be matched")),
        "{notes:?}"
    );
}

/// A value whose escapes are not UTF-8 stays as written (`%FF`), so the Lab names the cell
/// that holds it ("A[1,2] “%FF” is not a number") rather than a guessed U+FFFD.
#[test]
fn escapes_that_are_not_utf8_stay_as_written() {
    let (state, notes) = read_state("", "#view=lab&op=det&A=1,%FF;3,4");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(state.lab.a, vec![vec!["1", "%FF"], vec!["3", "4"]]);
    // A broken escape, too.
    let (state, _) = read_state("", "#view=lab&op=det&A=1,5%ZZ;3,4");
    assert_eq!(state.lab.a, vec![vec!["1", "5%ZZ"], vec!["3", "4"]]);
}

#[test]
fn products_go_where_the_link_says_and_auto_by_size() {
    use eigenplay::state::ProductsOn;
    let (state, notes) = read_state("", "#view=lab&products=GPU");
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(state.products, ProductsOn::Gpu);
    assert_eq!(write_state(&state), "#view=lab&products=gpu");
    // Auto is the default and leaves the link.
    let (state, _) = read_state("", "#view=lab&products=auto");
    assert_eq!(write_state(&state), "#view=lab");
    // Auto sends a product to the GPU from 256×256×256 multiply-adds; the Lab's 64³ stays.
    let auto = ProductsOn::AUTO_GPU_SIDE.pow(3);
    assert!(ProductsOn::Auto.wants_gpu(256 * 256 * 256, auto));
    assert!(!ProductsOn::Auto.wants_gpu(256 * 256 * 256 - 1, auto));
    assert!(!ProductsOn::Auto.wants_gpu(64 * 64 * 64, auto));
    // A crossover measured at n = 64 moves Auto's threshold down to 64³.
    assert!(ProductsOn::Auto.wants_gpu(64 * 64 * 64, 64 * 64 * 64));
    assert!(ProductsOn::Gpu.wants_gpu(1, auto));
    assert!(!ProductsOn::Cpu.wants_gpu(usize::MAX, auto));
}

//! The classroom's plain parts: a teacher's deck as the link holds it and as its sheet lists
//! it, and the picture of chapter 2's tensor step.

use eigenplay::lessons::LESSONS;
use eigenplay::share::{read_state, View};

/// A teacher's deck: slides read and written as the link holds them, a slide opened through
/// the link table with the deck and `lesson=deck.<n>`, and the students' deck without notes.
#[test]
fn a_deck_round_trips_opens_its_slides_and_keeps_notes_from_students() {
    use eigenplay::share::slide_link;
    use eigenplay::state::deck::{deck_from_text, deck_to_text, for_students, one_line, Slide};

    let deck = vec![
        Slide {
            title: "Determinant".into(),
            note: "Ask for the sign & the size".into(),
            state: "#view=lab&op=det&A=1,2;3,4".into(),
        },
        Slide {
            title: "Training".into(),
            note: String::new(),
            state: "#view=train".into(),
        },
    ];
    assert_eq!(deck_from_text(&deck_to_text(&deck)), Ok(deck.clone()));

    let (state, notes) = read_state("", &slide_link(&deck, 1));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(state.view, View::Train);
    assert_eq!(state.lesson.as_deref(), Some("deck.2"));
    assert_eq!(state.deck, deck);
    let (first, _) = read_state("", &slide_link(&deck, 0));
    assert_eq!(
        (first.lab.op.name(), first.lesson.as_deref()),
        ("det", Some("deck.1"))
    );

    let students = slide_link(&for_students(&deck), 0);
    assert!(!students.contains("sign"), "{students}");
    assert_eq!(read_state("", &students).0.deck[0].title, "Determinant");

    // A tab typed into a title stays out of the deck's separators; a slide past the deck's
    // end is refused.
    assert_eq!(one_line("  two\tparts  "), "two parts");
    let (past, notes) = read_state("", &format!("{}&lesson=deck.3", slide_link(&deck, 0)));
    assert_eq!(past.lesson, None);
    assert!(notes[0].contains("lesson=“deck.3”"), "{notes:?}");
    let too_many = vec![deck_to_text(&deck[..1]); 61].join("\n");
    assert!(deck_from_text(&too_many).unwrap_err().contains("61 slides"));
}

#[test]
fn the_deck_sheet_lists_slides_escaped_with_buttons_that_cannot_leave_the_deck() {
    use eigenplay::lessons::deck_list_html;
    use eigenplay::state::deck::Slide;
    let slide = |title: &str| Slide {
        title: title.into(),
        note: "<b>mind</b>".into(),
        state: "#view=lab".into(),
    };
    let html = deck_list_html(&[slide("One"), slide("<Two>")]);
    assert_eq!(html.matches("<li>").count(), 2);
    assert!(
        html.contains("&lt;Two&gt;") && html.contains("&lt;b&gt;mind") && !html.contains("<b>")
    );
    // The first cannot go up, the last cannot go down.
    assert!(html.contains(r#"data-do="up" data-at="0" aria-label="Move One up" disabled"#));
    assert!(
        html.contains(r#"data-do="down" data-at="1" aria-label="Move &lt;Two&gt; down" disabled"#)
    );
    assert!(!html.contains(r#"data-at="0" aria-label="Move One down" disabled"#));
    assert!(deck_list_html(&[]).contains("No slides yet"));
}

/// Chapter 2's tensor step: each index's marked entries are what the tensor engine's slices
/// of `np.arange(27).reshape(3, 3, 3)` hold, and only the tensor step has a picture.
#[test]
fn the_tensor_step_marks_what_each_index_keeps_as_the_engine_slices_it() {
    use eigenplay::lessons::{step_figure, tensor_html};
    use eigenplay::math::tensor::Tensor3;
    let t = Tensor3::from_fn([3, 3, 3], |i, j, k| (9 * i + 3 * j + k) as f64);
    let html = tensor_html();
    let figures: Vec<&str> = html.split("<figure>").skip(1).collect();
    assert_eq!(figures.len(), 4);
    // Each figure: its caption, then T[0], T[1] and T[2], row by row.
    let kept = |figure: &str| -> Vec<f64> {
        figure
            .split(r#"<td class="kept">"#)
            .skip(1)
            .map(|cell| cell.split('<').next().unwrap().parse().unwrap())
            .collect()
    };
    let engine = |axis: usize, index: usize| -> Vec<f64> {
        let m = t.try_slice(axis, index).unwrap();
        // The slice's entries in the order the figure walks T: by i, then j, then k.
        let mut cells = Vec::new();
        for r in 0..m.nrows() {
            for c in 0..m.ncols() {
                cells.push(m[(r, c)]);
            }
        }
        cells.sort_by(f64::total_cmp);
        cells
    };
    for (figure, (caption, axis, index)) in
        figures
            .iter()
            .zip([("T[0]", 0, 0), ("T[:, 1, :]", 1, 1), ("T[..., 2]", 2, 2)])
    {
        assert!(figure.contains(&format!(
            "<code>{caption}</code>, shape <code>(3, 3)</code>"
        )));
        assert_eq!(kept(figure), engine(axis, index), "{caption}");
        assert_eq!(figure.matches("<td").count(), 27, "all of T, three slices");
    }
    assert!(figures[3].contains("<code>T[0, 1, 2]</code>, shape <code>()"));
    assert_eq!(kept(figures[3]), [t.get(0, 1, 2).unwrap()]);

    let chapter2 = LESSONS.iter().find(|l| l.id == "chapter2").unwrap();
    assert!(chapter2.steps[2].title.starts_with("Tensors"));
    assert_eq!(step_figure(chapter2, 2), Some(html));
    let others = LESSONS
        .iter()
        .flat_map(|l| (0..l.steps.len()).map(move |i| (l, i)))
        .filter(|&(l, i)| step_figure(l, i).is_some());
    assert_eq!(others.count(), 1);
}

//! A teacher's own deck: states of the page in an order, each with a title and a note that
//! only the teacher's link carries. The deck travels in the link (`deck=`), and a slide opens
//! as a lesson step does, with the lesson bar (`lesson=deck.<n>`).

/// One slide: what the bar calls it, the teacher's note, and the state it opens.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Slide {
    /// A few words, shown in the bar as the step's title.
    pub title: String,
    /// For the presenter's eyes: shown in the bar of the teacher's link, absent from the
    /// student's.
    pub note: String,
    /// The fragment that opens the slide's state (`#view=lab&op=det&A=1,2;3,4`).
    pub state: String,
}

/// The most slides a deck holds: a class hour's worth, and a link a phone still opens.
pub const MOST_SLIDES: usize = 60;

/// A deck from its link text: slides one to a line, each `title`, `note` and `state`
/// separated by tabs (the link %-encodes both, and neither comes from a one-line box).
pub fn deck_from_text(text: &str) -> Result<Vec<Slide>, String> {
    let mut deck = Vec::new();
    for line in text.split('\n') {
        let mut parts = line.split('\t');
        let (Some(title), Some(note), Some(state), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err("is not a deck (slides of a title, a note and a state)".into());
        };
        deck.push(Slide {
            title: title.into(),
            note: note.into(),
            state: state.into(),
        });
    }
    if deck.len() > MOST_SLIDES {
        return Err(format!(
            "has {} slides; a deck holds {MOST_SLIDES}",
            deck.len()
        ));
    }
    Ok(deck)
}

/// The link text of a deck (empty for none): the inverse of [`deck_from_text`].
pub fn deck_to_text(deck: &[Slide]) -> String {
    let lines: Vec<String> = deck
        .iter()
        .map(|s| format!("{}\t{}\t{}", s.title, s.note, s.state))
        .collect();
    lines.join("\n")
}

/// A line a person typed, as a slide keeps it: a tab (the deck's separator between a slide's
/// parts) becomes a space, and the ends are trimmed. A one-line box never gives a line break.
pub fn one_line(text: &str) -> String {
    text.trim().replace('\t', " ")
}

/// The deck a class gets: the same slides without the teacher's notes.
pub fn for_students(deck: &[Slide]) -> Vec<Slide> {
    let mut deck = deck.to_vec();
    for slide in &mut deck {
        slide.note.clear();
    }
    deck
}

/// The 0-based slide that `lesson=deck.<n>` names in a deck of `len` slides.
pub fn deck_slide(field: &str, len: usize) -> Option<usize> {
    let n: usize = field.strip_prefix("deck.")?.parse().ok()?;
    (1..=len).contains(&n).then(|| n - 1)
}

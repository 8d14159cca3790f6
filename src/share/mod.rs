//! The page state <-> the share link, through one table of fields (`fields.rs`).
//!
//! The page writes its state into the URL fragment (`#view=lab&A=1,2;3,4&op=matmul`):
//! a fragment never reaches a server, so no server limits its length and no log
//! records a person's matrices. The same fields in the query string are read too,
//! for links written by hand; where both are present the fragment wins.

mod field;
pub mod fields;

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::state::clip;
use crate::state::deck::{deck_to_text, Slide};
use crate::state::lab::SHELF_NAMES;
pub use crate::state::{PageState, View};
pub use field::Field;
pub use fields::FIELDS;

/// Characters %-encoded in a link: all but letters, digits and `, ; . - _ ~ + * :`, so
/// matrices stay readable (`1,-2.5e-3;3,4`).
const ENCODED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b',')
    .remove(b';')
    .remove(b'.')
    .remove(b'-')
    .remove(b'_')
    .remove(b'~')
    .remove(b'+')
    .remove(b'*')
    .remove(b':');

/// The raw `name=value` pairs of a link, in order, after %-decoding.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    pairs: Vec<(String, String)>,
}

impl Link {
    /// Reads the query string (`?a=b`) and the fragment (`#a=b`) of a URL; where a field is
    /// in both, the fragment wins.
    pub fn read(query: &str, fragment: &str) -> Link {
        let mut link = Link::default();
        for part in [
            query.trim_start_matches('?'),
            fragment.trim_start_matches('#'),
        ] {
            for piece in part.split('&').filter(|p| !p.is_empty()) {
                let (key, value) = piece.split_once('=').unwrap_or((piece, ""));
                link.set(&decode(key), &decode(value));
            }
        }
        link
    }

    /// The value of a field, if the link has it.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a field, replacing any earlier value but keeping its place.
    pub fn set(&mut self, name: &str, value: &str) {
        match self.pairs.iter_mut().find(|(k, _)| k == name) {
            Some(pair) => pair.1 = value.to_string(),
            None => self.pairs.push((name.to_string(), value.to_string())),
        }
    }

    /// The names of the fields present, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(k, _)| k.as_str())
    }

    /// The fragment that holds these fields, starting with `#`.
    pub fn to_fragment(&self) -> String {
        let body: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        format!("#{}", body.join("&"))
    }
}

fn encode(text: &str) -> String {
    utf8_percent_encode(text, ENCODED).to_string()
}

/// A broken escape (`5%ZZ`) stays as written, and so does a value whose escapes are not UTF-8
/// (`%FF`): the field that reads it names what it cannot read. (The lossy decoding, U+FFFD for
/// bad bytes, brought its own UTF-8 repair loop, 1.3 KB of wasm.)
fn decode(text: &str) -> String {
    percent_decode_str(text)
        .decode_utf8()
        .map_or_else(|_| text.to_string(), |decoded| decoded.into_owned())
}

/// Reads a whole link into the page's state, with a sentence for each part that was ignored.
pub fn read_state(query: &str, fragment: &str) -> (PageState, Vec<String>) {
    read(&Link::read(query, fragment))
}

/// The fragment that reopens `state`, starting with `#`: every field that differs from its
/// default, in the table's order.
pub fn write_state(state: &PageState) -> String {
    write(state).to_fragment()
}

/// The fragment that opens slide `k` of `deck` under the lesson bar: the slide's own state,
/// with the deck and `lesson=deck.<k + 1>` added.
pub fn slide_link(deck: &[Slide], k: usize) -> String {
    let mut link = Link::read("", &deck[k].state);
    link.set("deck", &deck_to_text(deck));
    link.set("lesson", &format!("deck.{}", k + 1));
    link.to_fragment()
}

/// The field a link name belongs to.
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The sentence that says a field's value was ignored: the field, the value, why, and what
/// is used instead.
fn note(f: &Field, value: &str, why: &str) -> String {
    format!("{}=“{}” {why}, so {}", f.name, clip(value), f.what)
}

/// Reads a link into the page's state, the fields in the table's order, so `data` is read
/// before the fields it sets (`net`, `loss`, ...) and those then override it; each part that
/// was ignored gets a sentence.
pub fn read(link: &Link) -> (PageState, Vec<String>) {
    let mut state = PageState::default();
    let mut notes = Vec::new();
    let mut beyond = Vec::new();
    for name in link.names() {
        if field(name).is_some() {
            continue;
        }
        let matrix = name.len() == 1 && name.as_bytes()[0].is_ascii_uppercase();
        if matrix {
            beyond.push(name.to_string());
        } else {
            notes.push(format!(
                "the link field “{}” is not one Eigenplay knows",
                clip(name)
            ));
        }
    }
    if !beyond.is_empty() {
        notes.push(format!(
            "the lab holds matrices A to {}, so {} in the link {} ignored",
            SHELF_NAMES[SHELF_NAMES.len() - 1],
            beyond.join(", "),
            if beyond.len() == 1 { "was" } else { "were" }
        ));
    }
    for f in FIELDS {
        if let Some(value) = link.get(f.name) {
            if let Err(why) = (f.read)(&mut state, value) {
                notes.push(note(f, value, &why));
            }
        }
    }
    (state, notes)
}

/// The link of a state: every field whose text differs from its default's, in table order, so
/// a link holds only what the person changed, also while the view does not use it.
pub fn write(state: &PageState) -> Link {
    let (plain, by_data) = (PageState::default(), state.defaults());
    let mut link = Link::default();
    for f in FIELDS {
        let text = (f.write)(state);
        let default = (f.write)(if f.set_by_data { &by_data } else { &plain });
        // `view` is always written, so a copied link is never the bare address, which
        // reopens whatever the opener's own browser saved last.
        if text != default || f.name == "view" {
            link.set(f.name, &text);
        }
    }
    link
}

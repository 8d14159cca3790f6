//! The page state <-> the share link, driven by one table of fields.
//!
//! The page writes its state into the URL fragment (`#view=lab&A=1,2;3,4&op=matmul`):
//! a fragment never reaches a server, so no server limits its length and no log
//! records a person's matrices. The same fields in the query string are read too,
//! for links written by hand; where both are present the fragment wins.

/// The views of the page, in the order the header shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    /// Edit matrices and run every operation.
    #[default]
    Lab,
    /// Build and train small networks.
    Train,
    /// The two source lessons as guided walk-throughs.
    Lessons,
    /// Why GPUs: the same product on CPU and GPU.
    Gpu,
}

impl View {
    /// Every view, in header order.
    pub const ALL: [View; 4] = [View::Lab, View::Train, View::Lessons, View::Gpu];

    /// The name used in links (`view=lab`).
    pub fn name(self) -> &'static str {
        match self {
            View::Lab => "lab",
            View::Train => "train",
            View::Lessons => "lessons",
            View::Gpu => "gpu",
        }
    }

    /// The name a person reads in the header.
    pub fn label(self) -> &'static str {
        match self {
            View::Lab => "Matrix Lab",
            View::Train => "Train",
            View::Lessons => "Lessons",
            View::Gpu => "GPU",
        }
    }

    /// The view a link names, if it names one.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// Every field a link may carry besides the matrices (`A`, `B`, ...). Names not here are
/// reported as ignored. The README's table says what each one means; a test holds the two
/// in step.
pub const FIELDS: &[&str] = &[
    "view", "lesson", "op", "b", "k", "i", "norm", "show", "turn", "data", "net", "init", "loss",
    "opt", "lr", "batch", "epochs", "seed", "csv",
];

/// Whether a key is a field of the table; capital letters name matrices (`A`, `B`, ...)
/// and are always allowed.
fn is_known(name: &str) -> bool {
    FIELDS.contains(&name) || is_matrix_name(name)
}

/// Matrices are named with one capital letter.
pub fn is_matrix_name(name: &str) -> bool {
    name.len() == 1 && name.as_bytes()[0].is_ascii_uppercase()
}

/// The fields read from a link, in order, with what was ignored and why.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    pairs: Vec<(String, String)>,
    /// Sentences naming each part of the link that was ignored, for the page to show.
    pub ignored: Vec<String>,
}

impl Link {
    /// Reads a link from the query string (`?a=b`) and the fragment (`#a=b`) of a URL.
    /// Where a field is in both, the fragment wins.
    pub fn read(query: &str, fragment: &str) -> Link {
        let mut link = Link::default();
        for part in [
            query.trim_start_matches('?'),
            fragment.trim_start_matches('#'),
        ] {
            for piece in part.split('&').filter(|p| !p.is_empty()) {
                let (raw_key, raw_value) = piece.split_once('=').unwrap_or((piece, ""));
                let key = percent_decode(raw_key);
                if !is_known(&key) {
                    link.ignored.push(format!(
                        "the link field “{}” is not one Eigenplay knows",
                        clip(&key)
                    ));
                    continue;
                }
                link.set(&key, &percent_decode(raw_value));
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

    /// Removes a field, if present.
    pub fn remove(&mut self, name: &str) {
        self.pairs.retain(|(k, _)| k != name);
    }

    /// The view the link names; a missing or unknown name gives the Matrix Lab and,
    /// when unknown, a note in `ignored`.
    pub fn view(&mut self) -> View {
        match self.get("view").map(str::to_string) {
            None => View::default(),
            Some(name) => View::from_name(&name).unwrap_or_else(|| {
                self.ignored.push(format!(
                    "“{}” is not a view (lab, train, lessons or gpu), so the Matrix Lab opened",
                    clip(&name)
                ));
                View::default()
            }),
        }
    }

    /// The fragment that reopens this state, starting with `#`.
    pub fn to_fragment(&self) -> String {
        let body: Vec<String> = self
            .pairs
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
            .collect();
        format!("#{}", body.join("&"))
    }
}

/// Keeps hostile or accidental long values from flooding a message.
fn clip(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

/// Characters that stay readable in a link; everything else is %-encoded.
fn is_link_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, ',' | ';' | '.' | '-' | '_' | '~' | '+' | '*' | ':')
}

fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_link_safe(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    out
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

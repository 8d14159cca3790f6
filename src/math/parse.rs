//! Reading matrices from what people type or paste: cells, NumPy/PyTorch literals,
//! spreadsheet rows, and the link form `1,2;3,4`.

use super::error::{MathError, PRODUCT_LIMIT};
use super::matrix::{try_validate, Matrix, Vector};

/// Reads one number: plain decimals, scientific notation, a leading `+`, the Unicode minus `−`,
/// and fractions like `1/3`. `nan` and `inf` read as themselves so the caller can refuse them
/// by cell. `None` when the text is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace('−', "-").replace('_', "");
    let t = t.trim_matches(|c| c == '"' || c == '\'');
    if t.is_empty() {
        return None;
    }
    if let Some((num, den)) = t.split_once('/') {
        let (n, d) = (parse_plain(num)?, parse_plain(den)?);
        return Some(n / d);
    }
    parse_plain(t)
}

fn parse_plain(t: &str) -> Option<f64> {
    let t = t.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    // "inf" and "nan" read as themselves; they are refused later, by cell.
    t.parse().ok()
}

fn cell(name: &str, row: usize, col: usize, text: &str) -> Result<f64, MathError> {
    parse_number(text).ok_or_else(|| MathError::BadNumber {
        name: name.to_string(),
        row,
        col,
        text: text.trim().to_string(),
    })
}

/// Builds a matrix from a grid of cell texts, refusing ragged rows, non-numbers and
/// non-finite values, each named by cell (`A[2,1]`).
pub fn parse_cells<S: AsRef<str>>(name: &str, cells: &[Vec<S>]) -> Result<Matrix, MathError> {
    let mut rows = Vec::with_capacity(cells.len());
    for (i, r) in cells.iter().enumerate() {
        let mut row = Vec::with_capacity(r.len());
        for (j, s) in r.iter().enumerate() {
            row.push(cell(name, i, j, s.as_ref())?);
        }
        rows.push(row);
    }
    from_number_rows(name, rows)
}

fn from_number_rows(name: &str, rows: Vec<Vec<f64>>) -> Result<Matrix, MathError> {
    let expected = rows.first().map_or(0, Vec::len);
    if expected == 0 {
        return Err(MathError::Empty {
            name: name.to_string(),
        });
    }
    if let Some((row, r)) = rows.iter().enumerate().find(|(_, r)| r.len() != expected) {
        return Err(MathError::Ragged {
            name: name.to_string(),
            row,
            expected,
            found: r.len(),
        });
    }
    let m = Matrix::from_fn(rows.len(), expected, |i, j| rows[i][j]);
    try_validate(name, &m, PRODUCT_LIMIT)?;
    Ok(m)
}

/// Reads a matrix from any text form, telling them apart by shape:
/// a bracketed literal (`[[1, 2], [3, 4]]`, `np.array(...)`, `torch.tensor(..., dtype=...)`,
/// optionally after `A =`), the link form on one line (`1,2;3,4`), or rows on lines with
/// entries separated by tabs, commas or spaces (a spreadsheet paste).
/// A 1-D list (`[8, 13]`) becomes a column vector, as NumPy treats it in `A @ x`.
pub fn parse_text(name: &str, text: &str) -> Result<Matrix, MathError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(MathError::Empty {
            name: name.to_string(),
        });
    }
    if t.contains('[') {
        return parse_literal(name, t);
    }
    if !t.contains('\n') && t.contains(';') {
        return parse_share(name, t);
    }
    let rows: Vec<Vec<String>> = t
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(split_entries)
        .collect();
    parse_cells(name, &rows)
}

fn split_entries(line: &str) -> Vec<String> {
    let mut entries = Vec::new();
    let mut push = |s: &str| entries.push(s.trim().to_string());
    if line.contains('\t') {
        line.split('\t').for_each(&mut push);
    } else if line.contains(',') {
        line.split(',').for_each(&mut push);
    } else {
        line.split_whitespace().for_each(&mut push);
    }
    entries
}

/// Reads the link form: rows separated by `;`, entries by `,` (or spaces), e.g. `1,2;3,4`.
/// A single row `8,13` is a 1×2 matrix and `8;13` a 2×1 one.
pub fn parse_share(name: &str, text: &str) -> Result<Matrix, MathError> {
    let rows: Vec<Vec<String>> = text
        .trim()
        .trim_end_matches(';')
        .split(';')
        .map(split_entries)
        .collect();
    parse_cells(name, &rows)
}

/// Reads a vector from any text form; one row or one column both give the same vector.
pub fn parse_vector(name: &str, text: &str) -> Result<Vector, MathError> {
    let m = parse_text(name, text)?;
    super::matrix::try_as_vector(name, &m)
}

/// A parsed bracketed list: a number (its text) or a list of nodes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Node {
    /// A number as typed.
    Num(String),
    /// A bracketed list.
    List(Vec<Node>),
}

impl Node {
    /// Nesting depth: 0 for a number, 1 for a flat list, ...
    pub(crate) fn depth(&self) -> usize {
        match self {
            Node::Num(_) => 0,
            Node::List(items) => 1 + items.iter().map(Node::depth).max().unwrap_or(0),
        }
    }
}

/// Strips `A =`, `np.array(` ... `)` around the outermost brackets and parses the list.
pub(crate) fn parse_nested(name: &str, text: &str) -> Result<Node, MathError> {
    let syntax = |reason: &str| MathError::Syntax {
        name: name.to_string(),
        reason: reason.to_string(),
    };
    let open = text
        .find('[')
        .ok_or_else(|| syntax("there is no opening bracket"))?;
    let close = text
        .rfind(']')
        .ok_or_else(|| syntax("there is no closing bracket"))?;
    let prefix = text[..open].trim();
    // Allow `A = np.array(`: drop an assignment, then the call name must be a dotted identifier.
    let prefix = prefix.rsplit_once('=').map_or(prefix, |(_, p)| p).trim();
    let call = prefix.strip_suffix('(');
    let is_ident = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
    };
    match call {
        Some(c) if is_ident(c.trim()) => {
            let suffix = text[close + 1..].trim();
            if !suffix.ends_with(')') {
                return Err(syntax("the closing parenthesis is missing"));
            }
        }
        None if prefix.is_empty() => {
            if !text[close + 1..].trim().is_empty() {
                return Err(syntax("there is text after the closing bracket"));
            }
        }
        _ => {
            return Err(syntax(
                "only a list, np.array(...) or torch.tensor(...) can be read",
            ))
        }
    }
    let mut chars = text[open..=close].chars().peekable();
    let node =
        parse_node(&mut chars).ok_or_else(|| syntax("the brackets or commas do not match"))?;
    if chars.any(|c| !c.is_whitespace()) {
        return Err(syntax("the brackets do not match"));
    }
    Ok(node)
}

fn parse_node(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Option<Node> {
    skip_ws(chars);
    if chars.peek() == Some(&'[') {
        chars.next();
        let mut items = Vec::new();
        loop {
            skip_ws(chars);
            if chars.peek() == Some(&']') {
                chars.next();
                return Some(Node::List(items));
            }
            items.push(parse_node(chars)?);
            skip_ws(chars);
            match chars.next()? {
                ',' => {}
                ']' => return Some(Node::List(items)),
                _ => return None,
            }
        }
    }
    let mut text = String::new();
    while let Some(&c) = chars.peek() {
        if c == ',' || c == ']' || c == '[' {
            break;
        }
        text.push(c);
        chars.next();
    }
    let text = text.trim().to_string();
    if text.is_empty() {
        None
    } else {
        Some(Node::Num(text))
    }
}

fn skip_ws(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while chars.peek().is_some_and(|c| c.is_whitespace()) {
        chars.next();
    }
}

/// Reads a NumPy/PyTorch literal as a matrix; a 1-D list becomes a column vector.
pub fn parse_literal(name: &str, text: &str) -> Result<Matrix, MathError> {
    let node = parse_nested(name, text)?;
    let syntax = |reason: &str| MathError::Syntax {
        name: name.to_string(),
        reason: reason.to_string(),
    };
    let Node::List(items) = node else {
        return Err(syntax("expected a list"));
    };
    match items.first().map(Node::depth) {
        None => Err(MathError::Empty {
            name: name.to_string(),
        }),
        Some(0) => {
            let rows: Vec<Vec<String>> = items.iter().map(|n| vec![num_text(n)]).collect();
            if items.iter().any(|n| n.depth() != 0) {
                return Err(syntax("a list mixes numbers and lists"));
            }
            parse_cells(name, &rows)
        }
        Some(1) => {
            let mut rows = Vec::with_capacity(items.len());
            for item in &items {
                match item {
                    Node::List(row) if row.iter().all(|n| n.depth() == 0) => {
                        rows.push(row.iter().map(num_text).collect::<Vec<_>>())
                    }
                    _ => return Err(syntax("a list mixes numbers and lists")),
                }
            }
            parse_cells(name, &rows)
        }
        Some(_) => Err(syntax(
            "it has more than two dimensions; a matrix has rows and columns only",
        )),
    }
}

fn num_text(n: &Node) -> String {
    match n {
        Node::Num(s) => s.clone(),
        Node::List(_) => String::new(),
    }
}

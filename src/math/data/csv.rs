//! A table pasted by the person, read as CSV.
//!
//! Kept deliberately small: one delimiter per table (comma, semicolon or tab,
//! guessed from the first line), an optional header, numbers only, no quoting.
//! Every error names the 1-based line and column, because the person has to
//! find the bad cell in what they pasted.

use super::{Dataset, Task};
use std::fmt;

/// Why a pasted table could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based line in the pasted text.
    pub line: usize,
    /// 1-based column (field) in that line.
    pub column: usize,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for CsvError {}

/// Reads a table whose last column is the target; see [`parse_csv_with_target`].
pub fn parse_csv(text: &str) -> Result<Dataset, CsvError> {
    parse_csv_with_target(text, None)
}

/// Reads a numeric table; `target` is the 0-based target column (`None`: the last).
///
/// A first line with any non-numeric field is a header and names the columns.
/// Blank lines and lines starting with `#` are skipped. The result is a
/// regression set; [`Dataset::to_classes`] reads it as classes instead.
pub fn parse_csv_with_target(text: &str, target: Option<usize>) -> Result<Dataset, CsvError> {
    let err = |line, column, message: String| CsvError {
        line,
        column,
        message,
    };
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let Some(&(first_no, first)) = lines.first() else {
        return Err(err(1, 1, "the table is empty".into()));
    };
    let delim = [',', ';', '\t']
        .into_iter()
        .find(|d| first.contains(*d))
        .unwrap_or(',');
    let fields =
        |l: &str| -> Vec<String> { l.split(delim).map(|f| f.trim().to_string()).collect() };

    let head = fields(first);
    let width = head.len();
    let is_header = head.iter().any(|f| f.parse::<f64>().is_err());
    let names: Vec<String> = if is_header {
        head.clone()
    } else {
        (1..=width).map(|i| format!("column {i}")).collect()
    };
    if width < 2 {
        return Err(err(
            first_no,
            1,
            format!("found one column; need inputs and a target separated by '{delim}'"),
        ));
    }
    let target = target.unwrap_or(width - 1);
    if target >= width {
        return Err(err(
            first_no,
            width,
            format!(
                "target column {} does not exist; the table has {width}",
                target + 1
            ),
        ));
    }

    let mut x = Vec::new();
    let mut y = Vec::new();
    for &(no, line) in lines.iter().skip(usize::from(is_header)) {
        let row = fields(line);
        if row.len() != width {
            return Err(err(
                no,
                row.len().min(width) + 1,
                format!(
                    "this row has {} values, the first row has {width}",
                    row.len()
                ),
            ));
        }
        for (c, f) in row.iter().enumerate() {
            let v: f64 = f.parse().map_err(|_| {
                let shown = if f.is_empty() {
                    "an empty cell"
                } else {
                    f.as_str()
                };
                err(no, c + 1, format!("'{shown}' is not a number"))
            })?;
            if !v.is_finite() {
                return Err(err(no, c + 1, format!("'{f}' is not a finite number")));
            }
            if c == target {
                y.push(v);
            } else {
                x.push(v);
            }
        }
    }
    if y.is_empty() {
        return Err(err(
            first_no,
            1,
            "the table has a header but no rows".into(),
        ));
    }
    let mut d = Dataset::new("pasted table", x, width - 1, y, Task::Regression);
    d.target_names = vec![names[target].clone()];
    d.feature_names = names
        .into_iter()
        .enumerate()
        .filter(|(c, _)| *c != target)
        .map(|(_, n)| n)
        .collect();
    Ok(d)
}

//! The NumPy fixture files (`tests/fixtures/linalg/`, written by `scripts/gen_fixtures.py`),
//! read into cases for `fixtures.rs`.

use eigenplay::math::matrix::{Matrix, Vector};
use serde_json::Value as Json;

/// One fixture: a matrix and what NumPy computed from it.
pub struct Case {
    /// What the case is, e.g. `random 4x4` or `singular 3x3`.
    pub name: String,
    /// `general` or the special family it belongs to.
    pub kind: String,
    /// The input.
    pub a: Matrix,
    /// NumPy's results, by operation.
    pub json: Json,
}

/// A matrix written as a list of rows.
pub fn matrix(j: &Json) -> Matrix {
    let rows = j.as_array().expect("a list of rows");
    let ncols = rows[0].as_array().unwrap().len();
    Matrix::from_fn(rows.len(), ncols, |i, k| {
        rows[i][k].as_f64().expect("a number")
    })
}

/// A vector written as a list.
pub fn vector(j: &Json) -> Vector {
    Vector::from_iterator(
        j.as_array().unwrap().len(),
        j.as_array().unwrap().iter().map(|x| x.as_f64().unwrap()),
    )
}

fn load(file: &str) -> Vec<Case> {
    let path = crate::repo::repo_file(&format!("tests/fixtures/linalg/{file}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let root: Json = serde_json::from_str(&text).unwrap();
    root["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            name: c["name"].as_str().unwrap().to_string(),
            kind: c["kind"].as_str().unwrap().to_string(),
            a: matrix(&c["a"]),
            json: c.clone(),
        })
        .collect()
}

/// Every case of the fixture files.
pub fn all_cases() -> Vec<Case> {
    let mut cases = load("general.json");
    cases.extend(load("special.json"));
    cases.extend(load("awkward.json"));
    assert!(cases.len() >= 400, "only {} fixture cases", cases.len());
    cases
}

/// The fixture case called `name`, from any file.
pub fn case_named(name: &str) -> Case {
    all_cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no fixture case {name}"))
}

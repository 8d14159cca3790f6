//! Exact mode against SymPy: every field of every case of `tests/fixtures/exact/` (written by
//! `scripts/gen_exact_fixtures.py`), compared exactly.

use eigenplay::math::exact::{self, BigRational, ExactSolution, QMatrix};
use serde_json::Value as Json;

/// One fixture: a matrix and what SymPy computed from it.
pub struct Case {
    /// What the case is, e.g. `hilbert-12`.
    pub name: String,
    /// The input.
    pub a: QMatrix,
    /// SymPy's results, by field.
    pub json: Json,
}

/// A rational written `p/q` or `p`, read by num-rational itself (not by exact mode's reader).
pub fn q(j: &Json) -> BigRational {
    j.as_str()
        .expect("a rational as a string")
        .parse()
        .expect("p/q")
}

/// A vector written as a list of rationals.
pub fn vector(j: &Json) -> Vec<BigRational> {
    j.as_array().expect("a list").iter().map(q).collect()
}

/// A matrix written as a list of rows of rationals.
pub fn matrix(j: &Json) -> QMatrix {
    let rows: Vec<Vec<BigRational>> = j.as_array().expect("rows").iter().map(vector).collect();
    QMatrix::from_rows(&rows).expect("a rectangular matrix")
}

fn load(file: &str) -> Vec<Case> {
    let path = crate::repo::repo_file(&format!("tests/fixtures/exact/{file}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let root: Json = serde_json::from_str(&text).unwrap();
    root["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            name: c["name"].as_str().unwrap().to_string(),
            a: matrix(&c["a"]),
            json: c.clone(),
        })
        .collect()
}

/// Every case of the fixture files.
pub fn all_cases() -> Vec<Case> {
    let cases: Vec<Case> = ["small", "fractions", "rectangular", "large"]
        .iter()
        .flat_map(|f| load(&format!("{f}.json")))
        .collect();
    assert!(
        cases.len() >= 70,
        "only {} exact fixture cases",
        cases.len()
    );
    cases
}

/// The fixture case called `name`.
pub fn case_named(name: &str) -> Case {
    all_cases()
        .into_iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no exact fixture case {name}"))
}

#[test]
fn determinant_and_inverse_match_sympy() {
    let mut square = 0;
    for c in all_cases().iter().filter(|c| c.a.is_square()) {
        square += 1;
        let name = &c.name;
        assert_eq!(exact::det(&c.a).unwrap(), q(&c.json["det"]), "{name}: det");
        let want = &c.json["inverse"];
        match exact::inverse(&c.a) {
            Some(inv) => assert_eq!(inv, matrix(want), "{name}: inverse"),
            None => assert!(want.is_null(), "{name}: no inverse, SymPy has one"),
        }
    }
    assert!(square >= 50, "only {square} square cases");
}

#[test]
fn rref_pivots_and_rank_match_sympy() {
    for c in all_cases() {
        let name = &c.name;
        let rref = exact::rref(&c.a);
        assert_eq!(rref.matrix, matrix(&c.json["rref"]), "{name}: rref");
        let pivots: Vec<usize> = c.json["pivots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_u64().unwrap() as usize)
            .collect();
        assert_eq!(rref.pivots, pivots, "{name}: pivots");
        let rank = c.json["rank"].as_u64().unwrap() as usize;
        assert_eq!(exact::rank(&c.a), rank, "{name}: rank");
    }
}

#[test]
fn null_space_and_column_space_match_sympy() {
    for c in all_cases() {
        let name = &c.name;
        let want: Vec<Vec<BigRational>> = c.json["nullspace"]
            .as_array()
            .unwrap()
            .iter()
            .map(vector)
            .collect();
        assert_eq!(exact::null_space(&c.a), want, "{name}: null space");
        let (pivots, columns) = exact::column_space(&c.a);
        let want: Vec<Vec<BigRational>> = c.json["columnspace"]
            .as_array()
            .unwrap()
            .iter()
            .map(vector)
            .collect();
        assert_eq!(columns, want, "{name}: column space");
        assert_eq!(
            pivots,
            exact::rref(&c.a).pivots,
            "{name}: column space pivots"
        );
    }
}

#[test]
fn characteristic_polynomials_match_sympy() {
    let mut seen = 0;
    for c in all_cases() {
        let got = exact::char_poly(&c.a);
        match c.json.get("charpoly") {
            Some(want) => {
                seen += 1;
                assert_eq!(got, Some(vector(want)), "{}: charpoly", c.name);
            }
            None => assert_eq!(got, None, "{}: charpoly of a {:?}", c.name, c.a.shape()),
        }
    }
    assert!(seen >= 15, "only {seen} characteristic polynomials");
}

#[test]
fn systems_match_sympy_gauss_jordan_solve() {
    let mut kinds = [0; 3];
    for c in all_cases() {
        for s in c.json["systems"].as_array().unwrap() {
            let name = &c.name;
            let got = exact::solve(&c.a, &vector(&s["b"])).unwrap();
            let want = match s["kind"].as_str().unwrap() {
                "unique" => {
                    kinds[0] += 1;
                    ExactSolution::Unique(vector(&s["x"]))
                }
                "infinite" => {
                    kinds[1] += 1;
                    ExactSolution::Infinite {
                        particular: vector(&s["particular"]),
                        null: s["null"].as_array().unwrap().iter().map(vector).collect(),
                    }
                }
                _ => {
                    kinds[2] += 1;
                    ExactSolution::Inconsistent {
                        row: s["row"].as_u64().unwrap() as usize,
                    }
                }
            };
            assert_eq!(got, want, "{name}: solve with b = {}", s["b"]);
        }
    }
    assert!(kinds.iter().all(|&k| k >= 10), "systems by kind: {kinds:?}");
}

#[test]
fn decimal_cells_read_as_sympy_reads_them() {
    let mut seen = 0;
    for c in all_cases() {
        if let Some(cells) = c.json.get("cells") {
            seen += 1;
            let cells: Vec<Vec<String>> = serde_json::from_value(cells.clone()).unwrap();
            assert_eq!(QMatrix::from_cells(&cells), Some(c.a.clone()), "{}", c.name);
        }
    }
    assert!(seen >= 3);
}

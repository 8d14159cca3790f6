//! Exact mode against SymPy: every field of every case of `tests/fixtures/exact/` (written by
//! `scripts/gen_exact_fixtures.py`), compared exactly.
//!
//! SymPy's numbers are read as unbounded rationals (`num-bigint`, a test-only dependency).
//! Where one fits 128 bits it must be exact mode's answer, exactly; where one does not, exact
//! mode must say too big ([`Q::TOO_BIG`], [`ExactError::TooBig`]), never a wrong number.

use std::fmt::Debug;

use eigenplay::math::exact::{self, ExactError, ExactSolution, QMatrix, Q};
use num_bigint::BigInt;
use num_rational::Ratio;
use serde_json::Value as Json;

/// Cases whose answers fit 128 bits but whose elimination passes through numbers that do
/// not: exact mode must say too big for them, the only cases where a fitting answer may be
/// missing. The 12×12 Hilbert matrix: its inverse's entries have at most 18 digits, but its
/// pivots are ratios of leading minors with up to 78. The 4×4 with entries near 10¹²: its
/// RREF is I and its systems' answers small, but its pivots' products reach 48 digits. The
/// 5×5 of fractions with 20-digit parts: its determinant has 168 digits.
const TOO_BIG_ON_THE_WAY: &[&str] = &["hilbert-12", "huge-entries-4", "huge-fractions-5"];

/// One fixture: a matrix and what SymPy computed from it.
pub struct Case {
    /// What the case is, e.g. `hilbert-12`.
    pub name: String,
    /// The input.
    pub a: QMatrix,
    /// SymPy's results, by field.
    pub json: Json,
}

/// A rational written `p/q` or `p`, read by num-rational over unbounded integers (not by
/// exact mode's reader), then as a [`Q`]: [`Q::TOO_BIG`] when it does not fit 128 bits.
pub fn q(j: &Json) -> Q {
    let big: Ratio<BigInt> = j
        .as_str()
        .expect("a rational as a string")
        .parse()
        .expect("p/q");
    match (i128::try_from(big.numer()), i128::try_from(big.denom())) {
        (Ok(n), Ok(d)) => Q::new(n, d).expect("a nonzero denominator"),
        _ => Q::TOO_BIG,
    }
}

/// A vector written as a list of rationals.
pub fn vector(j: &Json) -> Vec<Q> {
    j.as_array().expect("a list").iter().map(q).collect()
}

/// A matrix written as a list of rows of rationals.
pub fn matrix(j: &Json) -> QMatrix {
    let rows: Vec<Vec<Q>> = j.as_array().expect("rows").iter().map(vector).collect();
    QMatrix::from_rows(&rows).expect("a rectangular matrix")
}

/// Holds exact mode's answer `got` to SymPy's `want`: equal when every number of `want`
/// (`want_fits`) and of the case's input fits 128 bits, except for [`TOO_BIG_ON_THE_WAY`];
/// [`ExactError::TooBig`] otherwise. Returns whether the answer was exact.
pub fn agrees<T: PartialEq + Debug>(
    case: &Case,
    field: &str,
    got: Result<T, ExactError>,
    want: T,
    want_fits: bool,
) -> bool {
    let name = &case.name;
    if want_fits && !case.a.is_too_big() {
        match got {
            Err(ExactError::TooBig) if TOO_BIG_ON_THE_WAY.contains(&name.as_str()) => false,
            got => {
                assert_eq!(got, Ok(want), "{name}: {field}");
                true
            }
        }
    } else {
        assert_eq!(
            got,
            Err(ExactError::TooBig),
            "{name}: {field} does not fit 128 bits"
        );
        false
    }
}

fn fits(v: &[Q]) -> bool {
    !v.iter().any(Q::is_too_big)
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
    let (mut square, mut past_i64, mut too_big) = (0, 0, 0);
    for c in all_cases().iter().filter(|c| c.a.is_square()) {
        square += 1;
        let det = q(&c.json["det"]);
        if agrees(c, "det", exact::det(&c.a), det, !det.is_too_big()) {
            let (n, d) = (det.numer().unwrap(), det.denom().unwrap());
            past_i64 += usize::from(i64::try_from(n).is_err() || i64::try_from(d).is_err());
        } else {
            too_big += 1;
        }
        let want = &c.json["inverse"];
        let inverse = (!want.is_null()).then(|| matrix(want));
        let want_fits = !inverse.as_ref().is_some_and(QMatrix::is_too_big);
        agrees(c, "inverse", exact::inverse(&c.a), inverse, want_fits);
    }
    assert!(square >= 50, "only {square} square cases");
    // Exact past i64 (Hilbert 8's determinant has 33 digits), and too big where SymPy's
    // numbers pass 128 bits.
    assert!(past_i64 >= 1, "no determinant past i64 was exact");
    assert!(too_big >= 2, "only {too_big} determinants were too big");
}

#[test]
fn rref_pivots_and_rank_match_sympy() {
    for c in all_cases() {
        let want = matrix(&c.json["rref"]);
        let fits = !want.is_too_big();
        let rref = exact::rref(&c.a);
        let got = rref
            .as_ref()
            .map(|r| r.matrix.clone())
            .map_err(Clone::clone);
        agrees(&c, "rref", got, want, fits);
        let pivots: Vec<usize> = c.json["pivots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_u64().unwrap() as usize)
            .collect();
        agrees(&c, "pivots", rref.map(|r| r.pivots), pivots, fits);
        let rank = c.json["rank"].as_u64().unwrap() as usize;
        agrees(&c, "rank", exact::rank(&c.a), rank, fits);
    }
}

#[test]
fn null_space_and_column_space_match_sympy() {
    for c in all_cases() {
        let rref_fits = !matrix(&c.json["rref"]).is_too_big();
        let want: Vec<Vec<Q>> = c.json["nullspace"]
            .as_array()
            .unwrap()
            .iter()
            .map(vector)
            .collect();
        let want_fits = rref_fits && want.iter().all(|v| fits(v));
        agrees(&c, "null space", exact::null_space(&c.a), want, want_fits);
        let want: Vec<Vec<Q>> = c.json["columnspace"]
            .as_array()
            .unwrap()
            .iter()
            .map(vector)
            .collect();
        let got = exact::column_space(&c.a).map(|(_, columns)| columns);
        agrees(&c, "column space", got, want, rref_fits);
        if let (Ok((pivots, _)), Ok(rref)) = (exact::column_space(&c.a), exact::rref(&c.a)) {
            assert_eq!(pivots, rref.pivots, "{}: column space pivots", c.name);
        }
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
                let want = vector(want);
                let want = fits(&want).then_some(want);
                assert_eq!(got, want, "{}: charpoly", c.name);
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
            let b = vector(&s["b"]);
            let got = exact::solve(&c.a, &b);
            let mut want_fits = fits(&b) && !matrix(&c.json["rref"]).is_too_big();
            let mut v = |j: &Json| {
                let v = vector(j);
                want_fits &= fits(&v);
                v
            };
            let want = match s["kind"].as_str().unwrap() {
                "unique" => {
                    kinds[0] += 1;
                    ExactSolution::Unique(v(&s["x"]))
                }
                "infinite" => {
                    kinds[1] += 1;
                    ExactSolution::Infinite {
                        particular: v(&s["particular"]),
                        null: s["null"].as_array().unwrap().iter().map(&mut v).collect(),
                    }
                }
                _ => {
                    kinds[2] += 1;
                    ExactSolution::Inconsistent {
                        row: s["row"].as_u64().unwrap() as usize,
                    }
                }
            };
            let field = format!("solve with b = {}", s["b"]);
            agrees(&c, &field, got, want, want_fits);
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

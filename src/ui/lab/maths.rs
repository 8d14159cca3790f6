//! "Show the maths" under a result, and the product of a decomposition's factors.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::result::MatrixTable;
use super::LabState;
use crate::math::matrix::Matrix;
use crate::math::outcome::{Factor, Outcome};
use crate::math::parse::{parse_cells, parse_number};
use crate::math::run::Inputs;

/// The inputs as the operation read them, parsed again from the grids. `None` when A
/// does not parse, which only happens while the result on screen is stale.
fn read_inputs(lab: &LabState) -> Option<Inputs> {
    let op = lab.op.get_untracked();
    let parse = |grid: &super::grid::Grid| {
        grid.cells
            .with_untracked(|c| parse_cells(&grid.label(), c).ok())
    };
    let mut inputs = Inputs::new(parse(&lab.a)?);
    inputs.b = op.needs_b().then(|| parse(&lab.b)).flatten();
    inputs.c = op.uses_c().then(|| parse(&lab.c)).flatten();
    inputs.vector = op
        .needs_vector()
        .then(|| parse(&lab.rhs))
        .flatten()
        .map(|m| nalgebra::DVector::from_iterator(m.len(), m.iter().copied()));
    inputs.scalar = lab
        .scalar
        .with_untracked(|s| parse_number(s))
        .unwrap_or(inputs.scalar);
    inputs.k = lab
        .index
        .with_untracked(|s| s.trim().parse().ok())
        .unwrap_or(inputs.k);
    inputs.norm = lab.norm.get_untracked();
    Some(inputs)
}

/// "Show the maths": the operation's formula, then the same with the person's numbers, in
/// MathML. Built only while open, so typing pays nothing for it when closed; `open` lives
/// in the panel, so the maths stays open while the result recomputes under it.
#[component]
pub fn MathsDetails(outcome: Outcome, stale: bool, open: RwSignal<bool>) -> impl IntoView {
    let lab = crate::ui::provided::<LabState>();
    let markup = move || {
        if !open.get() || stale {
            return String::new();
        }
        read_inputs(&lab)
            .map(|inputs| crate::math::mathml::maths(lab.op.get_untracked(), &inputs, &outcome))
            .unwrap_or_default()
    };
    let toggled = move |ev: leptos::ev::Event| {
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            open.set(el.has_attribute("open"));
        }
    };
    view! {
        <details class="maths" prop:open=move || open.get() on:toggle=toggled>
            <summary>"Show the maths"</summary>
            // A stale result belongs to inputs no longer on screen: its maths would mix the two.
            <p class="muted" hidden=!stale>"The maths follows once the inputs are valid."</p>
            <div class="maths-body" inner_html=markup></div>
        </details>
    }
}

/// What the factors multiply back into, and its name: `None` for factors that do not
/// rebuild a matrix (or whose shapes do not chain).
fn rebuilt(factors: &[Factor]) -> Option<(Matrix, &'static str, &'static str)> {
    let names: Vec<&str> = factors.iter().map(|f| f.name.as_str()).collect();
    let m = |k: usize| &factors[k].matrix;
    let chains = |x: &Matrix, y: &Matrix| x.ncols() == y.nrows();
    match names.as_slice() {
        ["U", "Σ", "Vᵀ"] if chains(m(0), m(1)) && chains(m(1), m(2)) => {
            Some((m(0) * m(1) * m(2), "U·Σ·Vᵀ", "A"))
        }
        // P·A = L·U, and P is a permutation, so A = Pᵀ·L·U.
        ["P", "L", "U"] if m(0).nrows() == m(1).nrows() && chains(m(1), m(2)) => {
            Some((m(0).transpose() * m(1) * m(2), "Pᵀ·L·U", "A"))
        }
        // The scores are the centred rows in the components' basis; that basis is
        // orthonormal, so turning back is multiplying by its transpose.
        ["variances", "components", "scores"] if m(2).ncols() == m(1).ncols() => Some((
            m(2) * m(1).transpose(),
            "scores·componentsᵀ",
            "A with each column's mean subtracted",
        )),
        _ => None,
    }
}

/// The product of a decomposition's factors, shown as a table next to them: seeing it
/// equal A is the point of a decomposition.
#[component]
pub fn FactorProduct(factors: Vec<Factor>) -> impl IntoView {
    rebuilt(&factors).map(|(product, name, equals)| {
        view! {
            <figure class="factor factor-product">
                <figcaption>{format!("{name} = {equals}")}</figcaption>
                <MatrixTable matrix=product label=format!("Result {name}") />
            </figure>
            <p class="muted">
                {format!("{name} rebuilds {equals}; the check below measures how closely.")}
            </p>
        }
    })
}
